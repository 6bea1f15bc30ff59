"""GHT view: a GHT of three establishments (support first), members against each indicator,
common indicators marked, and the support establishment's prerequisite check."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from hopen_desktop.model.entities import Answer, EstablishmentData
from hopen_desktop.model.referential import load_referential
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.ui.followup.ght import GhtWindow, SupportCheckModel
from hopen_desktop.ui.followup.menu import FollowUpActions
from hopen_desktop.ui.session import Session

GHT = "GHT Alpes-Test"


def build_ght(path) -> None:
    ref = load_referential("hopen-2019")
    with Workspace.open(path) as ws:
        support = ws.add_establishment(
            EstablishmentData("380780080", "CHU de Grenoble (test)", "public", ("MCO",), GHT, True)
        )
        clinic = ws.add_establishment(
            EstablishmentData("380000018", "Hôpital de Voiron (test)", "public", ("MCO",), GHT)
        )
        ws.add_establishment(EstablishmentData("730000015", "CH de Chambéry (test)", "public", ("PSY",), GHT))
        ws.add_establishment(EstablishmentData("690000013", "Clinique hors GHT", "prive", ("SSR",)))
        # The support reaches the prerequisites: every rate at 1/1, every criterion ticked, and the
        # register the derived criteria ask for (a prerequisite cannot be declared not applicable).
        camp = ws.add_campaign(support.id, dt.date(2025, 6, 1), ref.id, "Audit GHT")
        for g in ref.prerequisite_groups:
            for ind in ref.indicators_of(g.id):
                ticked = {c.id: True for c in ind.criteria if not c.is_derived}
                counts = {"numerator": 1, "denominator": 1} if ind.is_rate else {}
                ws.save_answer(camp.id, Answer(ind.id, criteria=ticked, **counts))
        for etype, day, fields in (
            ("rssi_direction_meeting", dt.date(2025, 1, 10), {}),
            ("rssi_direction_meeting", dt.date(2025, 4, 10), {}),
            ("civ_meeting", dt.date(2024, 9, 1), {}),
            ("civ_meeting", dt.date(2025, 2, 1), {}),
            ("pra_test", dt.date(2025, 3, 1), {}),
            ("availability_measurement", dt.date(2025, 3, 1), {"target": 0.99, "method": "sonde", "measured": 0.995}),
            ("external_security_audit", dt.date(2025, 3, 1), {}),
            ("dpo_activity_report", dt.date(2025, 4, 1), {}),
        ):
            ws.add_evidence(support.id, etype, day, f"{etype} {day}", fields=fields)
        ws.save_answer(camp.id, Answer("D1.1", numerator=9, denominator=10))
        # The second member has an empty campaign; the third has none.
        ws.add_campaign(clinic.id, dt.date(2025, 5, 1), ref.id, "Audit GHT")


@pytest.fixture
def host(qtbot, tmp_path):
    path = tmp_path / "ght.hopen.sqlite"
    build_ght(path)
    win = QMainWindow()
    qtbot.addWidget(win)
    session = Session(win)
    session.open(path)
    follow = FollowUpActions(session, win)
    follow.install(win.menuBar())
    win.show()
    yield win, session, follow
    follow.close_windows()
    session.close()


def test_ght_table_of_three_members(host):
    _win, _session, follow = host
    follow.act_ght.trigger()
    window = follow.ght
    assert isinstance(window, GhtWindow) and window.isVisible()
    assert [window.ght.itemData(i) for i in range(window.ght.count())] == [GHT]
    model = window.model
    assert model.columnCount() == 4 and model.rowCount() == 41
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, 4)]
    assert headers[0] == "CHU de Grenoble (test) (support)\ncampagne du 01/06/2025"
    assert headers[1] == "CH de Chambéry (test)\naucune campagne"
    assert headers[2] == "Hôpital de Voiron (test)\ncampagne du 01/05/2025"

    # Common indicators are marked in the row header; others not.
    vertical = {model.headerData(r, Qt.Orientation.Vertical).split()[-1]: r for r in range(model.rowCount())}
    assert model.headerData(vertical["P1.1"], Qt.Orientation.Vertical) == "◆ P1.1"
    assert model.headerData(vertical["P1.3"], Qt.Orientation.Vertical) == "P1.3"
    assert "Commun au GHT" in model.headerData(vertical["P1.1"], Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)

    d11 = vertical["D1.1"]
    p11 = vertical["P1.1"]
    assert model.index(p11, 1).data() == "✔ Atteint"
    assert model.index(p11, 2).data() == "— pas de campagne"
    assert model.index(p11, 3).data() == "… Non renseigné"
    assert model.index(d11, 1).data() == "… Non renseigné"  # 9/10 but the GHT criterion is not ticked

    # The support's check: who is missing.
    texts = window.support_texts()
    assert texts[0].startswith("✔ CHU de Grenoble (test) (support) — prérequis atteints")
    assert texts[1] == "✖ CH de Chambéry (test) — aucune campagne HOP'EN : à auditer"
    assert texts[2].startswith("✖ Hôpital de Voiron (test) — prérequis non atteints : P1, P2, P3, P4")
    verdict = window.check_title.text()
    assert verdict.startswith("✖ 2 membres sur 3")
    assert "CH de Chambéry (test)" in verdict and "Hôpital de Voiron (test)" in verdict
    assert "CHU de Grenoble" not in verdict


def test_ght_models_under_modeltester(qtmodeltester, host):
    _win, _session, follow = host
    window = follow.show_ght()
    qtmodeltester.check(window.model)
    qtmodeltester.check(window.check_model)
    assert isinstance(window.check_model, SupportCheckModel)
