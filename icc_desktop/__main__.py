"""`python -m icc_desktop` runs the same entry point as the `icc-desktop` command."""

import sys

from icc_desktop.cli import main

sys.exit(main())
