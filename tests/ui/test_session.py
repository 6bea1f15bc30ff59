"""The session's one notice: each edit announces once what it changed, selection moves ride on
the same notice, opening and closing announce everything, undo goes through the operation."""

import datetime as dt

import pytest

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.entities import Answer, EstablishmentData
from hopen_desktop.model.operations.evidence import add_evidence
from hopen_desktop.ui.session import Session


@pytest.fixture
def session(qtbot, workspace_path):
    s = Session()
    s.open(workspace_path)
    yield s
    s.close()


@pytest.fixture
def heard(session):
    notices: list[Changes] = []
    session.changed.connect(notices.append)
    return notices


def test_adding_an_establishment_then_a_campaign_announces_each_once_with_the_selection(session, heard):
    est = session.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    assert heard == [Changes(establishments=frozenset({est.id}), selection=True)]
    assert session.establishment_id == est.id and session.campaign_id is None
    heard.clear()
    camp = session.add_campaign(dt.date(2025, 6, 1), "hopen-2019", "Mme Durand")
    assert heard == [Changes(campaigns=frozenset({camp.id}), selection=True)]
    assert session.current_changed(heard[0])


def test_an_answer_is_announced_alone_and_undo_writes_it_back_through_the_operation(session, heard):
    session.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    camp = session.add_campaign(dt.date(2025, 6, 1), "hopen-2019", "")
    heard.clear()
    session.save_answer(Answer("P1.1", numerator=3, denominator=10))
    assert heard == [Changes(answers=frozenset({(camp.id, "P1.1")}))]
    assert not session.current_changed(heard[0])
    rows = len(session.workspace.journal(camp.id))
    session.undo_stack.undo()
    assert session.answer("P1.1") == Answer("P1.1")
    assert heard[-1] == Changes(answers=frozenset({(camp.id, "P1.1")}))
    assert len(session.workspace.journal(camp.id)) > rows  # the undo is a journalled edit too


def test_run_announces_the_operation_changes(session, heard):
    est = session.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    heard.clear()
    item = session.run(add_evidence, est.id, "document", dt.date(2025, 1, 5), "PSSI", {"kind": "pssi"})
    assert heard == [Changes(evidence=frozenset({item.id}), evidence_of=frozenset({est.id}))]


def test_a_refused_edit_announces_nothing(session, heard):
    est = session.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    heard.clear()
    with pytest.raises(Exception, match="titre"):
        session.add_action(est.id, title=" ", owner="", due_date=None, status="a_faire", notes="")
    assert heard == []


def test_selecting_and_closing_are_announced(session, heard, workspace_path):
    first = session.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    second = session.add_establishment(EstablishmentData(finess="750000010", name="Hôpital"))
    heard.clear()
    session.select_establishment(first.id)
    assert heard == [Changes(selection=True)]
    session.select_establishment(first.id)  # no move, no notice
    assert len(heard) == 1
    session.close()
    assert heard[-1].everything and session.workspace is None
    session.open(workspace_path)
    assert heard[-1].everything and session.establishment_id in {first.id, second.id}
