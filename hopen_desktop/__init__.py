"""HOP'EN Desktop: offline self-audit against the HOP'EN programme."""

# The single place of the version: pyproject.toml reads it from here (a literal, so that
# start-up does not pay importlib.metadata's ~0.1 s).
__version__ = "0.1.0"

# The package's log goes where ``diagnostics.configure`` sends it, and nowhere else: without it
# (a command run without --verbose, a library use), Python's last-resort handler would print
# warnings with their tracebacks and messages on the terminal.
import logging as _logging

_logging.getLogger(__name__).addHandler(_logging.NullHandler())
