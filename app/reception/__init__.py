"""Reception context (접수): receipts, and for now the till (invoices, payments, day close)."""
