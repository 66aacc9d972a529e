"""Users context in app/: the user table, sign-in on this terminal, the permission check, the audit."""
