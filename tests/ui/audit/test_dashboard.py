"""The dashboard on a real workspace: what it says with no workspace, no campaign, then a
campaign; the global prerequisite rate follows each answer saved; a blocker opens its indicator."""

import datetime as dt

from PySide6.QtWidgets import QWidget

from hopen_desktop.model.entities import Answer, EstablishmentData
from hopen_desktop.ui.audit.dashboard import Dashboard
from hopen_desktop.ui.audit.item_models import ID_ROLE
from hopen_desktop.ui.audit.rate_bar import percent
from hopen_desktop.ui.session import Session


def make_dashboard(qtbot, session) -> Dashboard:
    dashboard = Dashboard(session)
    qtbot.addWidget(dashboard)
    dashboard.resize(900, 700)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    dashboard.refresh()
    return dashboard


def test_without_a_workspace_it_says_how_to_open_one(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    dashboard = make_dashboard(qtbot, Session(owner))
    assert dashboard.heading.text() == "Aucun espace de travail ouvert"
    assert "Ctrl+O" in dashboard.subheading.text() and dashboard.rate_value.text() == "—"


def test_from_no_campaign_to_a_campaign_with_its_rate_and_blockers(qtbot, session):
    dashboard = make_dashboard(qtbot, session)
    assert dashboard.heading.text() == "Aucune campagne"
    assert dashboard.chart.bars() == [] and dashboard.blocker_model.rowCount() == 0
    session.add_establishment(EstablishmentData("750712184", "Clinique des Lilas", "prive", ("MCO",)))
    session.add_campaign(dt.date(2025, 6, 30), "hopen-2019", "Mme Durand")
    assert dashboard.heading.text() == "Tableau de bord — Clinique des Lilas"
    assert "30/06/2025" in dashboard.subheading.text() and "Mme Durand" in dashboard.subheading.text()
    score = session.score()
    assert dashboard.rate_value.text() == percent(score.prerequisites_rate)
    assert f"sur {score.prerequisites_applicable} applicables" in dashboard.rate_caption.text()
    assert len(dashboard.chart.bars()) == len(session.referential().groups)
    assert dashboard.blocker_model.rowCount() > 0
    assert "non éligible" in dashboard.eligibility_notes.text()

    before = session.score().prerequisites_attained
    session.save_answer(Answer("P1.1", numerator=10, denominator=10))  # one prerequisite attained
    after = session.score().prerequisites_attained
    assert after == before + 1
    assert f"{after} indicateurs atteints" in dashboard.rate_caption.text()
    assert "P1.1" not in blocker_ids(dashboard)


def blocker_ids(dashboard) -> list[str]:
    model = dashboard.blocker_model
    return [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]


def test_a_blocker_activated_asks_for_its_indicator(qtbot, session):
    session.add_establishment(EstablishmentData("750712184", "Clinique des Lilas"))
    session.add_campaign(dt.date(2025, 6, 30), "hopen-2019", "")
    dashboard = make_dashboard(qtbot, session)
    first = dashboard.blocker_model.index(0, 0)
    with qtbot.waitSignal(dashboard.indicatorRequested) as asked:
        dashboard.blockers.activated.emit(first)
    assert asked.args == [first.data(ID_ROLE)]


def test_blockers_say_why_and_d7_shows_its_reserve(qtbot, session):
    from hopen_desktop.model.exchange import parse_campaign_document
    from hopen_desktop.model.operations.imports import import_campaign
    from hopen_desktop.ui.audit.item_models import GroupTableModel
    from tests.model.test_rules_scenarios import complete_document

    doc = complete_document()
    doc["campaign"]["d2_d3_commitment"] = True
    for a in doc["answers"]:  # D2 and D3 not attained: D7 opens on the commitment only
        if a["indicator"].startswith(("D2.", "D3.")) and "numerator" in a:
            a["numerator"] = 0
    for a in doc["answers"]:  # one prerequisite left blocking, for the list of blockers
        if a["indicator"] == "P1.1":
            a["numerator"] = 1
    ws = session.workspace
    campaign = import_campaign(ws, parse_campaign_document(doc)).value
    session.select_establishment(campaign.establishment_id)
    dashboard = make_dashboard(qtbot, session)
    assert blocker_ids(dashboard) == ["P1.1"]
    row = dashboard.blocker_model.index(0, 0).data()
    assert "\n      Non atteint : taux 10 % (1/10) sous la cible" in row
    # With the prerequisite attained, D7 is eligible under its reserve.
    p11 = session.answer("P1.1")
    from dataclasses import replace

    session.save_answer(replace(p11, numerator=10))
    assert blocker_ids(dashboard) == []
    assert "<b>D7 éligible</b> sous réserve : l'établissement s'engage" in dashboard.eligibility_notes.text()
    groups = dashboard.group_model
    d7_row = next(r for r in range(groups.rowCount()) if groups.index(r, GroupTableModel.TITLE).data(ID_ROLE) == "D7")
    assert groups.index(d7_row, GroupTableModel.ELIGIBILITY).data() == "Éligible sous réserve"
