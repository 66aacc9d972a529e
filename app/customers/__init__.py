"""The customers context (고객·차량) in the application: its tables, repository and handlers."""
