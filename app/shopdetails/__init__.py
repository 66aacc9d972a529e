"""The shop's letterhead as the manager keeps it in the app (context shopdetails)."""
