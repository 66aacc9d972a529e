"""The PySide6 desktop client: screens, table models and widgets. Talks to app/ only."""
