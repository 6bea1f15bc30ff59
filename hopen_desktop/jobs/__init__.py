"""Jobs: the long work of reports, signatures, Excel workbooks and audit bundles, with no Qt.

The window runs them in pool threads (``ui/reports/job.py``, ``ui/followup/bundles.py``) passing
the workspace's PATH, so that each job opens its own read-only connection (SQLite connections are
per thread); the command line runs the same functions passing the ``Workspace`` it opened. Long
jobs take the Qt-free ``progress`` and ``cancelled`` callbacks of ``reports/progress.py``.

A report or a workbook is rendered from ONE ``CampaignSnapshot`` (``model/snapshot.py``) read at
the start of the job; rendering, signing and the atomic write happen once, here.

- ``common``: opening the source, writing an output atomically, output file names;
- ``reports``: PDF report (signed or not), verification of a signed PDF;
- ``workbook``: Excel export, reading (checks, writes nothing) and import (an operation);
- ``identities``: signing identities kept by the application;
- ``bundles``: writing and reading audit bundles (.hopen).

ReportLab, pyHanko and openpyxl are imported inside the functions (start-up speed).
"""
