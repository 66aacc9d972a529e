"""Setting the shop up: its details (the letterhead), and the first-run wizard of a new, empty shop."""
