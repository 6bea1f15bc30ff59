"""HOP'EN Desktop: offline self-audit against the HOP'EN programme."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("hopen-desktop")
except PackageNotFoundError:  # a checkout that was never installed
    __version__ = "0.0.0+checkout"
