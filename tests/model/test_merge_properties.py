"""Properties of the merge (issue 18), on random edit sequences on two or three laptops that
received the same campaign: answers, criteria, evidence added/edited/deleted, attached files,
actions, the establishment's details, the campaign's auditor.

- importing the same bundle twice changes nothing;
- A→B then B→A makes both campaigns identical when there is no conflict;
- no edit is lost without a conflict being reported;
- merging commutes when there is no conflict.

The suite runs each property on a few dozen cases (``SUITE``);
``bench/merge_properties.py`` runs the same checks on 500 and more.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hopen_desktop.model.entities import Answer, EstablishmentData, EvidenceLink
from hopen_desktop.model.exchange import ParsedCampaign, export_campaign, parse_campaign_document
from hopen_desktop.model.merge import Side, campaign_contents, plan_merge
from hopen_desktop.model.operations import actions as action_ops
from hopen_desktop.model.operations import evidence as evidence_ops
from hopen_desktop.model.operations.imports import import_campaign
from hopen_desktop.model.operations.merge import merge_campaign
from hopen_desktop.model.workspace import Workspace

#: The suite's settings: a few dozen cases per property (``bench/merge_properties.py`` runs 500+).
SUITE = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)

RATES = ("P1.1", "P1.3")
CRITERIA = (("P1.4", "P1.4.referentiel"), ("P1.4", "P1.4.procedures_mise_a_jour"), ("P2.1", "P2.1.pra_formalise"))
TITLES = ("Point RSSI", "Comité", "Revue")
CLINIC = EstablishmentData(finess="750000002", name="Clinique des Lilas", legal_status="prive", activities=("MCO",))

# One edit: a tuple whose first item names it; indexes are taken modulo what exists (an edit on
# nothing is skipped).
EDITS = st.one_of(
    st.tuples(st.just("answer"), st.sampled_from(RATES), st.integers(0, 10)),
    st.tuples(st.just("criterion"), st.sampled_from(CRITERIA), st.sampled_from([True, False, None])),
    st.tuples(st.just("add_evidence"), st.sampled_from(TITLES), st.integers(1, 28)),
    st.tuples(st.just("edit_evidence"), st.integers(0, 5), st.sampled_from(TITLES)),
    st.tuples(st.just("delete_evidence"), st.integers(0, 5)),
    st.tuples(
        st.just("attach"), st.integers(0, 5), st.sampled_from(["a.pdf", "b.pdf"]), st.binary(min_size=1, max_size=8)
    ),
    st.tuples(st.just("detach"), st.integers(0, 5)),
    st.tuples(st.just("add_action"), st.sampled_from(TITLES)),
    st.tuples(st.just("edit_action"), st.integers(0, 5), st.sampled_from(["a_faire", "en_cours", "fait"])),
    st.tuples(st.just("delete_action"), st.integers(0, 5)),
    st.tuples(st.just("ght"), st.sampled_from([None, "GHT Nord", "GHT Sud"])),
    st.tuples(st.just("auditor"), st.sampled_from(["Mme Durand", "M. Martin"])),
)
SEQUENCES = st.lists(EDITS, max_size=6)


def apply(ws: Workspace, campaign_id: int, edit: tuple[Any, ...]) -> None:
    """One edit through the operations, as a user would make it."""
    est = ws.campaign(campaign_id).establishment_id
    kind = edit[0]
    items = sorted(ws.evidence(est), key=lambda e: e.id)
    plan = sorted(ws.actions(est), key=lambda a: a.id)
    if kind == "answer":
        old = ws.answer(campaign_id, edit[1])
        ws.save_answer(campaign_id, replace(old, numerator=edit[2], denominator=10))
    elif kind == "criterion":
        (indicator, criterion), value = edit[1], edit[2]
        old = ws.answer(campaign_id, indicator)
        criteria = {k: v for k, v in old.criteria.items() if k != criterion}
        if value is not None:
            criteria[criterion] = value
        ws.save_answer(campaign_id, replace(old, criteria=criteria))
    elif kind == "add_evidence":
        ws.add_evidence(est, "rssi_direction_meeting", dt.date(2025, 1, edit[2]), edit[1], {}, [EvidenceLink("P2.4")])
    elif kind == "edit_evidence" and items:
        item = items[edit[1] % len(items)]
        ws.update_evidence(item.id, date=item.date, title=edit[2], fields=item.fields)
    elif kind == "delete_evidence" and items:
        evidence_ops.delete_evidence(ws, items[edit[1] % len(items)].id)
    elif kind == "attach" and items:
        ws.attach_bytes(items[edit[1] % len(items)].id, edit[2], edit[3])
    elif kind == "detach" and items:
        files = items[edit[1] % len(items)].files
        if files:
            ws.detach_file(files[0].id)
    elif kind == "add_action":
        ws.add_action(est, title=edit[1], campaign_id=campaign_id)
    elif kind == "edit_action" and plan:
        a = plan[edit[1] % len(plan)]
        ws.update_action(a.id, title=a.title, owner=a.owner, due_date=a.due_date, status=edit[2], notes=a.notes)
    elif kind == "delete_action" and plan:
        action_ops.delete_action(ws, plan[edit[1] % len(plan)].id)
    elif kind == "ght":
        ws.update_establishment(est, replace(CLINIC, ght=edit[1]))
    elif kind == "auditor":
        ws.update_campaign(campaign_id, auditor=edit[1])


def ship(ws: Workspace, campaign_id: int) -> ParsedCampaign:
    return parse_campaign_document(json.loads(json.dumps(export_campaign(ws, campaign_id))))


@functools.cache
def _templates() -> tuple[Path, int]:
    """Laptop A with a campaign, and B and C that each received it (three replicas), written
    once per process and copied for each case."""
    folder = Path(tempfile.mkdtemp(prefix="hopen-merge-"))
    with Workspace.open(folder / "a.sqlite") as a:
        est = a.add_establishment(CLINIC)
        camp = a.add_campaign(est.id, dt.date(2025, 3, 12), "hopen-2019", "Mme Durand")
        a.save_answer(camp.id, Answer("P1.1", numerator=9, denominator=10))
        a.save_answer(camp.id, Answer("P1.4", criteria={"P1.4.referentiel": True}))
        item = a.add_evidence(est.id, "rssi_direction_meeting", dt.date(2025, 1, 5), "Comité", {})
        a.attach_bytes(item.id, "cr.pdf", b"compte rendu")
        a.add_action(est.id, title="Écrire la charte", campaign_id=camp.id)
        doc = ship(a, camp.id)
    for name in ("b", "c"):
        with Workspace.open(folder / f"{name}.sqlite") as other:
            assert import_campaign(other, doc).value.id == camp.id
    return folder, camp.id


@contextmanager
def laptops(*names: str) -> Iterator[tuple[list[Workspace], int]]:
    """Fresh copies of the template laptops ``names`` (all of them hold the campaign under the same id)."""
    template, cid = _templates()
    folder = Path(tempfile.mkdtemp(prefix="hopen-case-"))
    old = os.environ.get("HOPEN_DATA_DIR")
    os.environ["HOPEN_DATA_DIR"] = str(folder / "data")
    opened: list[Workspace] = []
    try:
        for name in names:
            shutil.copy(template / f"{name}.sqlite", folder / f"{name}.sqlite")
            opened.append(Workspace.open(folder / f"{name}.sqlite"))
        yield opened, cid
    finally:
        for ws in opened:
            ws.close()
        if old is None:
            os.environ.pop("HOPEN_DATA_DIR", None)
        else:
            os.environ["HOPEN_DATA_DIR"] = old
        shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------------------- the properties


def check_same_bundle_twice(edits_a: list[Any], edits_b: list[Any]) -> None:
    with laptops("a", "b") as ((a, b), cid):
        for e in edits_a:
            apply(a, cid, e)
        for e in edits_b:
            apply(b, cid, e)
        doc = ship(a, cid)
        merge_campaign(b, doc, Side.THEIRS)
        after = campaign_contents(b, cid)
        head = b.journal.head()
        again = merge_campaign(b, ship(a, cid), Side.THEIRS).value
        assert again.plan.unchanged(), again.plan
        assert campaign_contents(b, cid) == after and b.journal.head() == head
        assert b.verify_journal_all() == []


def check_round_trip_converges(edits_a: list[Any], edits_b: list[Any]) -> None:
    with laptops("a", "b") as ((a, b), cid):
        for e in edits_a:
            apply(a, cid, e)
        for e in edits_b:
            apply(b, cid, e)
        if plan_merge(b, ship(a, cid)).conflicts:
            return
        merge_campaign(b, ship(a, cid))
        back = plan_merge(a, ship(b, cid))
        assert not back.conflicts, back.conflicts
        merge_campaign(a, ship(b, cid))
        assert campaign_contents(a, cid) == campaign_contents(b, cid)
        assert plan_merge(a, ship(b, cid)).unchanged() and plan_merge(b, ship(a, cid)).unchanged()
        assert a.verify_journal_all() == [] and b.verify_journal_all() == []


def check_no_edit_lost(edits_a: list[Any], edits_b: list[Any], prefer: Side) -> None:
    with laptops("a", "b") as ((a, b), cid):
        base = campaign_contents(a, cid)
        for e in edits_a:
            apply(a, cid, e)
        for e in edits_b:
            apply(b, cid, e)
        theirs, mine = campaign_contents(a, cid), campaign_contents(b, cid)
        result = merge_campaign(b, ship(a, cid), prefer).value
        conflicting = {c.uuid for c in result.plan.conflicts}
        after = campaign_contents(b, cid)
        for u in set(base) | set(theirs) | set(mine):
            parents = {str(c["evidence"]) for c in (base.get(u), theirs.get(u), mine.get(u)) if c and "evidence" in c}
            if u in conflicting or parents & conflicting:  # the conflict on an item covers its files
                continue
            changed_there = theirs.get(u) != base.get(u)
            changed_here = mine.get(u) != base.get(u)
            if changed_there and not changed_here:
                assert after.get(u) == theirs.get(u), (u, "their edit lost")
            elif changed_here and not changed_there:
                assert after.get(u) == mine.get(u), (u, "my edit lost")
            elif changed_here and changed_there:
                assert theirs.get(u) == mine.get(u) == after.get(u), (u, "both changed, no conflict")


def check_merge_commutes(edits_a: list[Any], edits_c: list[Any]) -> None:
    with laptops("a", "b", "c") as ((a, b, c), cid):
        for e in edits_a:
            apply(a, cid, e)
        for e in edits_c:
            apply(c, cid, e)
        doc_a, doc_c = ship(a, cid), ship(c, cid)
        b.close()
        copy = b.path.with_name("b2.sqlite")
        shutil.copy(b.path, copy)
        with Workspace.open(b.path) as first, Workspace.open(copy) as second:
            plans = []
            for ws, order in ((first, (doc_a, doc_c)), (second, (doc_c, doc_a))):
                for doc in order:
                    plan = plan_merge(ws, doc)
                    plans.append(plan)
                    if plan.conflicts:
                        return
                    merge_campaign(ws, doc)
            assert campaign_contents(first, cid) == campaign_contents(second, cid)


# ---------------------------------------------------------------------------- in the suite


@SUITE
@given(SEQUENCES, SEQUENCES)
def test_importing_the_same_bundle_twice_changes_nothing(edits_a: list[Any], edits_b: list[Any]) -> None:
    check_same_bundle_twice(edits_a, edits_b)


@SUITE
@given(SEQUENCES, SEQUENCES)
def test_a_to_b_then_b_to_a_makes_both_identical_without_conflict(edits_a: list[Any], edits_b: list[Any]) -> None:
    check_round_trip_converges(edits_a, edits_b)


@SUITE
@given(SEQUENCES, SEQUENCES, st.sampled_from(Side))
def test_no_edit_is_lost_without_a_conflict(edits_a: list[Any], edits_b: list[Any], prefer: Side) -> None:
    check_no_edit_lost(edits_a, edits_b, prefer)


@SUITE
@given(SEQUENCES, SEQUENCES)
def test_merging_commutes_without_conflict(edits_a: list[Any], edits_c: list[Any]) -> None:
    check_merge_commutes(edits_a, edits_c)
