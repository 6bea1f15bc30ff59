"""Fuzzed Excel imports (issue 7): mutated cells of our own workbook either import or are refused
with our typed error and a French message; a refusal changes nothing in the workspace.
HOPEN_FUZZ_EXAMPLES raises the number of examples for the long run (bench/fuzz_imports.sh)."""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hopen_desktop.jobs.workbook import read_xlsx
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.operations.workbook import import_workbook
from hopen_desktop.model.snapshot import take_snapshot
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.reports.xlsx_export import render_workbook
from tests.reports.conftest import fill_workspace

EXAMPLES = int(os.environ.get("HOPEN_FUZZ_EXAMPLES", "60"))
# The bounded CI run is derandomized (the same inputs every run, so CI never fails by chance);
# the long run (HOPEN_FUZZ_EXAMPLES set) explores new inputs each time.
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize="HOPEN_FUZZ_EXAMPLES" not in os.environ,
)

cell_values = (
    st.none()
    | st.booleans()
    | st.integers(-(10**15), 10**15)
    | st.floats(allow_nan=True, allow_infinity=False)
    | st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=20)
    | st.sampled_from(["oui", "non", "=1+1", "=A1", "P9.9", "", " ", "1e9", "-1", "9/10", "NA"])
    | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2999, 1, 1))
)


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    folder = tmp_path_factory.mktemp("xlsx-fuzz")
    ws = Workspace.open(folder / "w.sqlite")
    campaign_id = fill_workspace(ws)
    content = render_workbook(take_snapshot(ws, campaign_id, check_files=False))
    yield ws, campaign_id, content, folder
    ws.close()


def fingerprint(ws: Workspace, campaign_id: int) -> list[str]:
    """The whole workspace, every row of every table (issue 14: not row counts)."""
    return list(ws.db.conn.iterdump())


def attempt(ws: Workspace, campaign_id: int, path) -> None:
    before = fingerprint(ws, campaign_id)
    try:
        import_workbook(ws, campaign_id, read_xlsx(ws, campaign_id, path))
    except HopenError as exc:
        assert exc.message.strip()
        assert fingerprint(ws, campaign_id) == before
        assert not ws.db.conn.in_transaction


@FUZZ
@given(data=st.data())
def test_mutated_cells(setup, data):
    ws, campaign_id, content, folder = setup
    wb = openpyxl.load_workbook(io.BytesIO(content))
    for _ in range(data.draw(st.integers(1, 6))):
        sheet = wb[data.draw(st.sampled_from(wb.sheetnames))]
        row = data.draw(st.integers(1, max(1, min(sheet.max_row + 1, 60))))
        col = data.draw(st.integers(1, max(1, min(sheet.max_column + 1, 20))))
        sheet.cell(row=row, column=col).value = data.draw(cell_values)
    if data.draw(st.booleans()) and len(wb.sheetnames) > 2:
        del wb[data.draw(st.sampled_from(wb.sheetnames))]
    path = folder / "mutated.xlsx"
    wb.save(path)
    attempt(ws, campaign_id, path)


@FUZZ
@given(data=st.data())
def test_mutated_bytes(setup, data):
    ws, campaign_id, content, folder = setup
    raw = bytearray(content)
    how = data.draw(st.sampled_from(["flip", "truncate", "member"]))
    if how == "flip":
        for _ in range(data.draw(st.integers(1, 6))):
            raw[data.draw(st.integers(0, len(raw) - 1))] ^= data.draw(st.integers(1, 255))
    elif how == "truncate":
        raw = raw[: data.draw(st.integers(0, len(raw) - 1))]
    else:
        with zipfile.ZipFile(io.BytesIO(content)) as zin:
            members = {n: zin.read(n) for n in zin.namelist()}
        name = data.draw(st.sampled_from(sorted(members)))
        members[name] = data.draw(st.binary(max_size=300))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as zout:
            for n, d in members.items():
                zout.writestr(n, d)
        raw = bytearray(out.getvalue())
    path = folder / "mutated-bytes.xlsx"
    path.write_bytes(bytes(raw))
    attempt(ws, campaign_id, path)
