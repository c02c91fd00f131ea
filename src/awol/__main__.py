"""``python -m awol``."""

from awol.cli import main

main()
