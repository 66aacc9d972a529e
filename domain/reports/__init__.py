"""The manager's reports: periods, and the figures they add up (pure Python)."""
