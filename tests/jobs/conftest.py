"""The jobs tests use the filled workspace of the reports tests."""

from tests.reports.conftest import data_dir, filled, workspace_path

__all__ = ["data_dir", "filled", "workspace_path"]
