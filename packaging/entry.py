"""Entry point of the frozen application."""

import sys

from hopen_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
