"""What every context shares: the sentences of input validation and the names of fields."""
