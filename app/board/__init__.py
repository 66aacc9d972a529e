"""The read side's status board: its table, the projection that keeps it, and its queries."""
