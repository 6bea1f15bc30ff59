"""The evidence register of an establishment, the form of one item and its attached files."""
