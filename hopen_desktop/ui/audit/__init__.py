"""Auditing one campaign: the indicator pages, the dashboard and its charts, the establishment and campaign dialogs."""
