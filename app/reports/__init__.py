"""The manager's reports: sales, mechanics, parts, receivables (plain rows) and their export."""
