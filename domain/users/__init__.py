"""Users context (사용자): who works at the shop, their role, their PIN, and sign-in on shared terminals."""
