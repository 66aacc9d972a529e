"""The billing context (청구·결제): a job's bill lines, its invoice, payments in one step."""
