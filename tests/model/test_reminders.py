import datetime as dt

from hopen_desktop.model.entities import Action, Evidence
from hopen_desktop.model.referential import load_referential
from hopen_desktop.model.reminders import due_actions, due_proofs

D = dt.date
REF = load_referential("hopen-2019")


def ev(n, etype, day, **fields):
    return Evidence(n, 1, etype, day, f"e{n}", fields)


def by_type(items):
    return {d.evidence_type: d for d in items}


def test_every_recurring_proof_is_listed_and_due_now_when_the_register_is_empty():
    items = by_type(due_proofs(REF, [], D(2025, 12, 31)))
    assert set(items) == {
        "rssi_direction_meeting",
        "civ_meeting",
        "dpo_activity_report",
        "pra_test",
        "external_security_audit",
        "availability_measurement",
    }
    assert all(d.due_date is None and d.is_overdue(D(2025, 12, 31)) for d in items.values())
    assert items["rssi_direction_meeting"].indicators == ("P2.4",)


def test_rssi_meeting_due_twelve_months_after_the_second_latest():
    evidence = [ev(1, "rssi_direction_meeting", D(2025, 2, 10)), ev(2, "rssi_direction_meeting", D(2025, 9, 1))]
    item = by_type(due_proofs(REF, evidence, D(2025, 12, 31)))["rssi_direction_meeting"]
    assert item.due_date == D(2026, 2, 10) and item.last_date == D(2025, 9, 1)
    assert not item.is_overdue(D(2025, 12, 31))
    assert item.is_overdue(D(2026, 2, 11)) and item.overdue_since(D(2026, 3, 1)) == D(2026, 2, 11)
    assert not item.is_overdue(D(2026, 2, 10))  # due that day included


def test_civ_meeting_due_six_months_after_the_last_and_future_ignored():
    evidence = [ev(1, "civ_meeting", D(2025, 3, 31)), ev(2, "civ_meeting", D(2026, 1, 5))]
    item = by_type(due_proofs(REF, evidence, D(2025, 12, 31)))["civ_meeting"]
    assert item.due_date == D(2025, 9, 30)
    assert item.overdue_since(D(2025, 12, 31)) == D(2025, 10, 1)


def test_overdue_first_then_soonest():
    evidence = [
        ev(1, "pra_test", D(2025, 6, 1)),
        ev(2, "external_security_audit", D(2025, 1, 15)),
        ev(3, "dpo_activity_report", D(2025, 1, 1)),
        ev(4, "availability_measurement", D(2025, 5, 1), target=0.99, method="x", measured=0.995),
        ev(5, "civ_meeting", D(2025, 11, 1)),
        ev(6, "rssi_direction_meeting", D(2025, 10, 1)),
        ev(7, "rssi_direction_meeting", D(2025, 11, 1)),
    ]
    today = D(2025, 12, 31)
    order = [d.evidence_type for d in due_proofs(REF, evidence, today)]
    assert order == [
        "dpo_activity_report",
        "external_security_audit",
        "availability_measurement",
        "civ_meeting",
        "pra_test",
        "rssi_direction_meeting",
    ]
    assert [d.is_overdue(today) for d in due_proofs(REF, evidence, today)][:1] == [True]


def test_availability_without_its_fields_does_not_count():
    evidence = [ev(1, "availability_measurement", D(2025, 5, 1), target=0.99)]
    assert by_type(due_proofs(REF, evidence, D(2025, 12, 31)))["availability_measurement"].due_date is None


def action(n, due, status="a_faire"):
    return Action(n, 1, None, "P2.1", None, f"a{n}", "", due, status, "")


def test_due_actions_late_first_then_within_thirty_days():
    today = D(2025, 12, 1)
    actions = [
        action(1, D(2025, 12, 31)),
        action(2, D(2026, 1, 1)),
        action(3, D(2025, 11, 30)),
        action(4, D(2025, 11, 1), "fait"),
        action(5, None),
        action(6, D(2025, 12, 1), "en_cours"),
    ]
    found = due_actions(actions, today)
    assert [(d.action.id, d.late) for d in found] == [(3, True), (6, False), (1, False)]
