"""The billing context's screens: a job's bill lines, labour and discounts."""
