"""The frozen application's entry point: what the ``coordinator`` console script runs."""

import sys

from coordinator.cli import main

if __name__ == "__main__":
    sys.exit(main())
