"""The evidence item models without widgets: qtmodeltester, sort role, filters and search."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from hopen_desktop.model.demo import build_demo_workspace
from hopen_desktop.model.reminders import due_actions, due_proofs
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.ui.audit.item_models import OBJECT_ROLE, SORT_ROLE
from hopen_desktop.ui.evidence.dialog import format_percent, parse_percent
from hopen_desktop.ui.evidence.models import (
    DueListModel,
    EvidenceFilterProxy,
    EvidenceTableModel,
    FileTableModel,
    human_size,
)

DEMO_DATE = dt.date(2025, 11, 20)


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.sqlite"
    build_demo_workspace(path, today=DEMO_DATE)
    ws = Workspace.open(path)
    clinic = next(e for e in ws.establishments() if e.finess == "690000013")
    yield ws, clinic
    ws.close()


def titles(proxy) -> list[str]:
    return [proxy.index(r, EvidenceTableModel.TITLE).data() for r in range(proxy.rowCount())]


def test_evidence_table_model(qtmodeltester, demo):
    ws, clinic = demo
    model = EvidenceTableModel()
    model.set_evidence(ws.evidence(clinic.id))
    qtmodeltester.check(model)
    assert model.rowCount() == len(ws.evidence(clinic.id)) >= 10
    row = next(r for r in range(model.rowCount()) if model.evidence(r).title.startswith("Disponibilité"))
    e = model.evidence(row)
    assert model.index(row, model.DATE).data() == e.date.strftime("%d/%m/%Y")
    assert model.index(row, model.DATE).data(SORT_ROLE) == e.date.isoformat()
    assert model.index(row, model.TYPE).data() == "Mesure du taux de disponibilité"
    assert model.index(row, model.TITLE).data(OBJECT_ROLE) == e
    assert model.index(row, model.FILES).data(SORT_ROLE) == len(e.files)
    p24 = next(r for r in range(model.rowCount()) if "semestre 1" in model.evidence(r).title)
    assert model.index(p24, model.INDICATORS).data() == "P2.4"
    assert model.headerData(model.TITLE, Qt.Orientation.Horizontal) == "Titre"


def test_filters_and_search(qtmodeltester, demo):
    ws, clinic = demo
    model = EvidenceTableModel()
    model.set_evidence(ws.evidence(clinic.id))
    proxy = EvidenceFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    total = model.rowCount()
    assert proxy.rowCount() == total

    proxy.set_type("civ_meeting")
    assert sorted(titles(proxy)) == [
        "Cellule d'identitovigilance — réunion d'automne",
        "Cellule d'identitovigilance — réunion de printemps",
    ]
    proxy.set_type(None)
    proxy.set_indicator("P2.4")  # linked in the demo
    assert len(titles(proxy)) == 2 and all("RSSI / Direction" in t for t in titles(proxy))
    proxy.set_indicator(None)

    # Date range, both ends included.
    proxy.set_date_range(DEMO_DATE - dt.timedelta(days=200), DEMO_DATE)
    shown = [proxy.index(r, 0).data(OBJECT_ROLE) for r in range(proxy.rowCount())]
    assert shown and all(DEMO_DATE - dt.timedelta(days=200) <= e.date <= DEMO_DATE for e in shown)
    assert len(shown) < total
    first = min(e.date for e in ws.evidence(clinic.id))
    proxy.set_date_range(first, first)
    assert [proxy.index(r, 0).data(OBJECT_ROLE).date for r in range(proxy.rowCount())] == [first]
    proxy.set_date_range(None, None)

    # Search: every word, accents and case ignored.
    proxy.set_search("securite direction")
    assert len(titles(proxy)) == 2
    proxy.set_search("RÉUNION printemps")
    assert titles(proxy) == ["Cellule d'identitovigilance — réunion de printemps"]
    proxy.set_search("introuvable")
    assert proxy.rowCount() == 0
    proxy.set_search("")

    # Combined with the type filter; sorting on raw values.
    proxy.set_type("document")
    proxy.sort(EvidenceTableModel.DATE, Qt.SortOrder.AscendingOrder)
    assert titles(proxy) == ["Politique de sécurité (PSSI) v2", "Registre des activités de traitement"]
    proxy.sort(EvidenceTableModel.DATE, Qt.SortOrder.DescendingOrder)
    assert titles(proxy)[0] == "Registre des activités de traitement"


def test_register_widget_filters(window, qtbot):
    from hopen_desktop.model.entities import EstablishmentData
    from tests.conftest import type_text

    s = window.session
    s.add_establishment(EstablishmentData("750712184", "Clinique des Lilas", "prive", ("MCO",)))
    s.add_evidence("civ_meeting", dt.date(2025, 1, 10), "Réunion CIV de janvier", {})
    s.add_evidence("civ_meeting", dt.date(2025, 7, 10), "Réunion CIV de juillet", {})
    s.add_evidence("pra_test", dt.date(2025, 3, 1), "Test PRA", {})
    window.show_register()
    reg = window.register
    assert reg.proxy.rowCount() == 3 and reg.count_label.text() == "3 preuve(s)"
    type_text(reg.search, "réunion")
    assert reg.proxy.rowCount() == 2 and "2 preuve(s) affichée(s) sur 3" in reg.count_label.text()
    reg.from_check.setChecked(True)
    reg.from_date.setDate(reg.from_date.date().fromString("2025-06-01", "yyyy-MM-dd"))
    assert titles(reg.proxy) == ["Réunion CIV de juillet"]
    reg.clear_filters()
    reg.set_type_filter("pra_test")
    assert titles(reg.proxy) == ["Test PRA"]


def test_file_and_due_models(qtmodeltester, demo):
    ws, clinic = demo
    item = ws.evidence(clinic.id)[0]
    ws.attach_bytes(item.id, "a.pdf", b"a" * 2048)
    ws.attach_bytes(item.id, "b.txt", b"bb")
    files = FileTableModel()
    files.set_files(ws.evidence_item(item.id).files)
    qtmodeltester.check(files)
    assert files.index(0, files.SIZE).data() == "2,0 Ko"
    assert files.index(1, files.SIZE).data() == "2 octets"
    assert len(files.index(0, files.SHA256).data()) == 64

    due = DueListModel()
    ref = ws.referential_of(ws.campaigns(clinic.id)[0])
    proofs = due_proofs(ref, ws.evidence(clinic.id), DEMO_DATE)
    due.set_data(proofs, due_actions(ws.actions(clinic.id), DEMO_DATE), DEMO_DATE)
    qtmodeltester.check(due)
    assert due.rowCount() >= 6


def test_percent_and_size_helpers():
    assert parse_percent("99,5") == pytest.approx(0.995)
    assert parse_percent(" 100 % ") == 1
    assert parse_percent("") is None
    for bad in ("abc", "-1", "100,1", "1e3"):
        with pytest.raises(ValueError):
            parse_percent(bad)
    assert format_percent(0.9971) == "99,71"
    assert format_percent(1) == "100"
    assert format_percent(None) == ""
    assert human_size(1_572_864) == "1,5 Mo"


def test_copies_opened_in_other_applications_are_removed_at_exit():
    # They used to stay in the temporary folder for ever.
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "from hopen_desktop.ui.evidence.dialog import _opened_copies_root\n"
        "root = _opened_copies_root()\n"
        "(root / 'copie.pdf').write_bytes(b'x')\n"
        "print(root)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    root = Path(done.stdout.strip())
    assert root.name.startswith("hopen-copies-") and not root.exists()


def test_register_built_on_first_use_shows_the_current_establishment_and_follows_it(window, qtbot):
    """The register is built when first needed (start-up time); built late, it must still show the
    establishment chosen before, and follow the changes made after."""
    from hopen_desktop.model.entities import EstablishmentData

    s = window.session
    s.add_establishment(EstablishmentData("750712184", "Clinique des Lilas", "prive", ("MCO",)))
    s.add_evidence("civ_meeting", dt.date(2025, 1, 10), "Réunion CIV des Lilas", {})
    s.add_establishment(EstablishmentData("690000013", "Clinique des Tilleuls", "prive", ("MCO",)))
    s.add_evidence("pra_test", dt.date(2025, 3, 1), "Test PRA des Tilleuls", {})
    assert window._register is None  # nothing asked for it yet
    reg = window.register  # built now, without going through the page switch
    assert titles(reg.proxy) == ["Test PRA des Tilleuls"]
    assert "Clinique des Tilleuls" in reg.heading.text()
    lilas = next(e for e in s.establishments() if e.finess == "750712184")
    s.select_establishment(lilas.id)
    assert titles(reg.proxy) == ["Réunion CIV des Lilas"]
    s.add_evidence("pra_test", dt.date(2025, 4, 1), "Test PRA des Lilas", {})
    assert sorted(titles(reg.proxy)) == ["Réunion CIV des Lilas", "Test PRA des Lilas"]
