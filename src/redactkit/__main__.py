"""``python -m redactkit``."""

import sys

from .cli import main

sys.exit(main())
