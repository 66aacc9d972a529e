"""Billing (청구·결제): a job's bill, the issued invoice, payments, refunds, credit notes, the till's day."""
