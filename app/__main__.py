"""`python -m app [--database URL] COMMAND`: the admin command line."""

import sys

from app.cli import main

sys.exit(main())
