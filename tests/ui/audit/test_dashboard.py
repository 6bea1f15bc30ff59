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
