"""Domain and storage. No Qt and no hopen_desktop.ui import anywhere in this package."""
