"""Users on the terminal: the PIN pad (sign in, switch user), the idle lock, the manager's audit screen."""
