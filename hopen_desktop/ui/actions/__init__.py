"""The action plan: its item models, the window and the dialog of one action."""
