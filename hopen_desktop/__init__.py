"""HOP'EN Desktop: offline self-audit against the HOP'EN programme."""

# The single place of the version: pyproject.toml reads it from here (a literal, so that
# start-up does not pay importlib.metadata's ~0.1 s).
__version__ = "0.1.0"
