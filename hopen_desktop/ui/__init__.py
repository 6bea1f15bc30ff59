"""The Qt desktop application. Widgets only: every rule lives in hopen_desktop.model."""
