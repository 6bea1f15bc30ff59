"""Planning a merge of two laptops' copies of a campaign (issue 18): every rule of the version
vectors, deletions both ways, establishment details, conflicts, a sealed campaign."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from hopen_desktop.model.entities import Answer, EstablishmentData, EvidenceLink
from hopen_desktop.model.exchange import ParsedCampaign, export_campaign, parse_campaign_document
from hopen_desktop.model.merge import Side, find_merge_target, plan_merge
from hopen_desktop.model.operations import actions, campaigns, evidence
from hopen_desktop.model.operations.imports import import_campaign
from hopen_desktop.model.operations.merge import MergeConflicts, merge_campaign
from hopen_desktop.model.sealing import SealedError
from hopen_desktop.model.workspace import Workspace

DAY = dt.date(2025, 3, 12)
CLINIC = EstablishmentData(finess="750000002", name="Clinique des Lilas", legal_status="prive", activities=("MCO",))


def ship(ws: Workspace, campaign_id: int) -> ParsedCampaign:
    """What the other laptop reads: the export, through JSON."""
    return parse_campaign_document(json.loads(json.dumps(export_campaign(ws, campaign_id))))


@pytest.fixture
def pair(tmp_path: Path, data_dir: Path):
    """Laptop A with a campaign (answers, evidence with a file, an action), and laptop B that
    received it: (a, a's campaign id, b, b's campaign id)."""
    a = Workspace.open(tmp_path / "a.sqlite")
    b = Workspace.open(tmp_path / "b.sqlite")
    est = a.add_establishment(CLINIC)
    camp = a.add_campaign(est.id, DAY, "hopen-2019", "Mme Durand")
    a.save_answer(camp.id, Answer("P1.1", numerator=9, denominator=10))
    a.save_answer(camp.id, Answer("P2.4", criteria={"P2.4.pssi": True}))
    ev = a.add_evidence(est.id, "document", dt.date(2025, 1, 5), "PSSI", {"doc_kind": "pssi"}, [EvidenceLink("P2.4")])
    a.attach_bytes(ev.id, "pssi.pdf", b"%PDF-1.4 pssi")
    a.add_action(est.id, title="Écrire la charte", campaign_id=camp.id)
    received = import_campaign(b, ship(a, camp.id)).value
    yield a, camp.id, b, received.id
    a.close()
    b.close()


def est_of(ws: Workspace, campaign_id: int) -> int:
    return ws.campaign(campaign_id).establishment_id


def test_the_received_campaign_keeps_the_senders_identities_and_versions(pair):
    a, ca, b, cb = pair
    assert find_merge_target(b, ship(a, ca)).id == cb
    plan = plan_merge(b, ship(a, ca))
    assert plan.unchanged() and (plan.taken, plan.kept, plan.added, plan.deleted) == (0, 0, 0, 0)
    assert plan.summary() == ["Rien à fusionner : ce poste a déjà tout ce que contient le paquet."]
    # and the other way round
    assert plan_merge(a, ship(b, cb)).unchanged()


def test_a_document_without_identities_has_no_merge_target(pair):
    a, ca, b, _cb = pair
    doc = json.loads(json.dumps(export_campaign(a, ca)))
    del doc["campaign"]["uuid"], doc["sync"]
    assert find_merge_target(b, parse_campaign_document(doc)) is None


def test_changed_only_there_is_taken(pair):
    a, ca, b, cb = pair
    a.save_answer(ca, Answer("P1.1", numerator=8, denominator=10))
    plan = plan_merge(b, ship(a, ca))
    assert (plan.taken, plan.kept, plan.added, plan.deleted, plan.conflicts) == (1, 0, 0, 0, ())
    merge_campaign(b, ship(a, ca))
    assert b.answer(cb, "P1.1").numerator == 8
    assert plan_merge(b, ship(a, ca)).unchanged()  # the same bundle twice changes nothing


def test_changed_only_here_is_kept(pair):
    a, ca, b, cb = pair
    b.save_answer(cb, Answer("P1.1", numerator=7, denominator=10))
    plan = plan_merge(b, ship(a, ca))
    assert plan.unchanged() and plan.kept == 1
    assert plan.summary() == ["Rien à fusionner : ce poste a déjà tout ce que contient le paquet."]
    assert merge_campaign(b, ship(a, ca)).value.plan.kept == 1
    assert b.answer(cb, "P1.1").numerator == 7


def test_new_records_on_either_side_are_kept(pair):
    a, ca, b, cb = pair
    ea, eb = est_of(a, ca), est_of(b, cb)
    new = a.add_evidence(ea, "rssi_direction_meeting", dt.date(2025, 2, 1), "Point RSSI", {})
    a.attach_bytes(new.id, "cr.pdf", b"compte rendu")
    a.add_action(ea, title="Tester le PRA")
    b.add_evidence(eb, "rssi_direction_meeting", dt.date(2025, 2, 2), "Point RSSI bis", {})
    plan = plan_merge(b, ship(a, ca))
    assert (plan.added, plan.kept, plan.conflicts) == (3, 1, ())
    result = merge_campaign(b, ship(a, ca)).value
    assert result.files == 1
    assert {e.title for e in b.evidence(eb)} == {"PSSI", "Point RSSI", "Point RSSI bis"}
    assert {x.title for x in b.actions(eb)} == {"Écrire la charte", "Tester le PRA"}
    assert b.verify_files() == []


def test_deletions_propagate_both_ways(pair):
    a, ca, b, cb = pair
    ea, eb = est_of(a, ca), est_of(b, cb)
    evidence.delete_evidence(a, a.evidence(ea)[0].id)
    plan = plan_merge(b, ship(a, ca))
    assert plan.deleted == 2 and not plan.conflicts  # the item and its file
    merge_campaign(b, ship(a, ca))
    assert b.evidence(eb) == []
    # deleted here, unchanged there: stays deleted
    act = b.actions(eb)[0]
    actions.delete_action(b, act.id)
    assert plan_merge(b, ship(a, ca)).unchanged()
    merge_campaign(a, ship(b, cb))
    assert a.actions(ea) == [] and a.evidence(ea) == []


def test_a_criterion_unticked_there_is_removed_here(pair):
    a, ca, b, cb = pair
    a.save_answer(ca, Answer("P2.4", criteria={"P2.4.pssi": False}))
    merge_campaign(b, ship(a, ca))
    assert b.answer(cb, "P2.4").criteria == {"P2.4.pssi": False}
    a.save_answer(ca, Answer("P2.4"))  # unanswered: the criterion's row goes
    plan = plan_merge(b, ship(a, ca))
    assert plan.deleted == 1
    merge_campaign(b, ship(a, ca))
    assert b.answer(cb, "P2.4").criteria == {}


def test_establishment_details_are_carried(pair):
    a, ca, b, cb = pair
    a.update_establishment(est_of(a, ca), EstablishmentData(**{**CLINIC.__dict__, "ght": "GHT Paris Nord"}))
    merge_campaign(b, ship(a, ca))
    assert b.establishment(est_of(b, cb)).ght == "GHT Paris Nord"


def test_the_same_change_on_both_sides_is_no_conflict(pair):
    a, ca, b, cb = pair
    a.save_answer(ca, Answer("P1.1", numerator=5, denominator=10))
    b.save_answer(cb, Answer("P1.1", numerator=5, denominator=10))
    plan = plan_merge(b, ship(a, ca))
    assert not plan.conflicts and not plan.unchanged()
    assert plan.summary() == [
        "Les deux postes ont fait les mêmes modifications : seules leurs versions sont mises à jour."
    ]
    merge_campaign(b, ship(a, ca))
    assert plan_merge(b, ship(a, ca)).unchanged()
    assert plan_merge(a, ship(b, cb)).taken == 0


def test_changed_on_both_sides_is_a_conflict_shown_side_by_side(pair):
    a, ca, b, cb = pair
    a.journal.author = "Consultant"
    b.journal.author = "Qualiticienne"
    a.save_answer(ca, Answer("P1.1", numerator=5, denominator=10))
    b.save_answer(cb, Answer("P1.1", numerator=6, denominator=10, comment="recompté"))
    plan = plan_merge(b, ship(a, ca))
    (c,) = plan.conflicts
    assert (c.kind, c.label) == ("answer", "Réponse à P1.1")
    assert c.mine.summary == "numérateur 6, dénominateur 10, commentaire « recompté »"
    assert c.theirs.summary == "numérateur 5, dénominateur 10"
    assert (c.mine.by, c.theirs.by) == ("Qualiticienne", "Consultant")
    assert c.mine.at and c.theirs.at
    assert any("1 conflit(s)" in line for line in plan.summary())
    with pytest.raises(MergeConflicts) as info:
        merge_campaign(b, ship(a, ca))
    assert info.value.plan.conflicts == plan.conflicts
    assert b.answer(cb, "P1.1").numerator == 6  # nothing written


def test_edited_there_and_deleted_here_is_a_conflict(pair):
    a, ca, b, cb = pair
    ea, eb = est_of(a, ca), est_of(b, cb)
    item = a.evidence(ea)[0]
    a.update_evidence(item.id, date=item.date, title="PSSI v2", fields=item.fields)
    evidence.delete_evidence(b, b.evidence(eb)[0].id)
    plan = plan_merge(b, ship(a, ca))
    (c,) = plan.conflicts
    assert c.kind == "evidence" and c.label == "Preuve « PSSI v2 » du 05/01/2025"
    assert c.mine.content is None and c.mine.summary == "Supprimée"
    merge_campaign(b, ship(a, ca), {c.uuid: Side.THEIRS})
    assert [e.title for e in b.evidence(eb)] == ["PSSI v2"]
    # restored as the other side has it: with its file, which wins on the other side next time
    assert [f.name for f in b.evidence(eb)[0].files] == ["pssi.pdf"]
    assert b.verify_journal_all() == []
    merge_campaign(a, ship(b, cb))
    assert [f.name for f in a.evidence(est_of(a, ca))[0].files] == ["pssi.pdf"]


def test_keeping_mine_wins_on_the_other_side(pair):
    a, ca, b, cb = pair
    a.save_answer(ca, Answer("P1.1", numerator=5, denominator=10))
    b.save_answer(cb, Answer("P1.1", numerator=6, denominator=10))
    merge_campaign(b, ship(a, ca), Side.MINE)
    assert b.answer(cb, "P1.1").numerator == 6
    plan = plan_merge(a, ship(b, cb))
    assert not plan.conflicts and plan.taken == 1
    merge_campaign(a, ship(b, cb))
    assert a.answer(ca, "P1.1").numerator == 6


def test_a_missing_choice_writes_nothing(pair):
    a, ca, b, cb = pair
    a.save_answer(ca, Answer("P1.1", numerator=5, denominator=10))
    b.save_answer(cb, Answer("P1.1", numerator=6, denominator=10))
    with pytest.raises(MergeConflicts):
        merge_campaign(b, ship(a, ca), {})


def test_a_sealed_campaign_refuses_what_its_seal_freezes(pair):
    a, ca, b, cb = pair
    campaigns.seal_campaign(b, cb, {"report_id": "ab12cd34ef56", "content_sha256": "0" * 64})
    a.save_answer(ca, Answer("P1.1", numerator=1, denominator=10))
    head = b.journal.head()
    with pytest.raises(SealedError):
        merge_campaign(b, ship(a, ca))
    assert b.journal.head() == head and b.answer(cb, "P1.1").numerator == 9


def test_new_evidence_merges_into_a_sealed_campaigns_establishment(pair):
    a, ca, b, cb = pair
    campaigns.seal_campaign(b, cb, {"report_id": "ab12cd34ef56", "content_sha256": "0" * 64})
    a.add_evidence(est_of(a, ca), "rssi_direction_meeting", dt.date(2025, 4, 1), "Point d'avril", {})
    merge_campaign(b, ship(a, ca))
    assert "Point d'avril" in {e.title for e in b.evidence(est_of(b, cb))}


def test_a_file_attached_here_to_an_item_deleted_there_is_a_conflict(pair):
    a, ca, b, cb = pair
    ea, eb = est_of(a, ca), est_of(b, cb)
    evidence.delete_evidence(a, a.evidence(ea)[0].id)
    b.attach_bytes(b.evidence(eb)[0].id, "annexe.pdf", b"annexe")
    plan = plan_merge(b, ship(a, ca))
    (c,) = plan.conflicts
    assert c.kind == "evidence" and c.theirs.content is None and c.mine.content is not None
    merge_campaign(b, ship(a, ca), Side.MINE)
    assert [f.name for f in b.evidence(eb)[0].files] == ["annexe.pdf"]  # the file added here is kept
    merge_campaign(a, ship(b, cb))  # and the item comes back on the other side, with it
    assert [f.name for f in a.evidence(ea)[0].files] == ["annexe.pdf"]


def test_a_file_attached_there_to_an_item_deleted_here_is_a_conflict(pair):
    a, ca, b, cb = pair
    ea, eb = est_of(a, ca), est_of(b, cb)
    a.attach_bytes(a.evidence(ea)[0].id, "annexe.pdf", b"annexe")
    evidence.delete_evidence(b, b.evidence(eb)[0].id)
    plan = plan_merge(b, ship(a, ca))
    (c,) = plan.conflicts
    assert c.kind == "evidence" and c.mine.content is None and c.theirs.content is not None
    merge_campaign(b, ship(a, ca), Side.THEIRS)
    assert sorted(f.name for f in b.evidence(eb)[0].files) == ["annexe.pdf", "pssi.pdf"]
    assert b.verify_journal_all() == [] and b.verify_files() == []


def test_a_criterion_conflict_names_the_criterion(pair):
    a, ca, b, cb = pair
    a.save_answer(ca, Answer("P2.4", criteria={"P2.4.pssi": False}))
    b.save_answer(cb, Answer("P2.4"))  # unanswered here
    (c,) = plan_merge(b, ship(a, ca)).conflicts
    assert (c.kind, c.label) == ("criterion", "Critère P2.4.pssi de P2.4")
    assert (c.mine.summary, c.theirs.summary) == ("Supprimé", "non coché (non)")
    merge_campaign(b, ship(a, ca), {c.uuid: Side.THEIRS})
    assert b.answer(cb, "P2.4").criteria == {"P2.4.pssi": False}


def test_a_tombstone_of_another_kind_touches_nothing(pair):
    a, ca, b, cb = pair
    doc = json.loads(json.dumps(export_campaign(a, ca)))
    item = doc["evidence"][0]
    doc["sync"]["deleted"].append({"uuid": item["uuid"], "kind": "action", "vector": {doc["sync"]["replica"]: 99}})
    doc["evidence"] = []
    plan = plan_merge(b, parse_campaign_document(doc))
    assert plan.unchanged() and plan.deleted == 0  # the item is no action: nothing is deleted
    merge_campaign(b, parse_campaign_document(doc))
    assert [e.title for e in b.evidence(est_of(b, cb))] == ["PSSI"] and b.actions(est_of(b, cb))


def test_conflicts_are_named_in_the_language_of_the_window(pair):
    """Issue 19 item 2: planned in the English window, the conflicts' labels and both sides'
    summaries are English; the command line plans in French."""
    from hopen_desktop.model.i18n import set_language

    a, ca, b, cb = pair
    a.save_answer(ca, Answer("P1.1", numerator=5, denominator=10))
    b.save_answer(cb, Answer("P1.1", numerator=6, denominator=10, comment="recompté"))
    item = a.evidence(est_of(a, ca))[0]
    a.update_evidence(item.id, date=item.date, title="PSSI v2", fields=item.fields)
    evidence.delete_evidence(b, b.evidence(est_of(b, cb))[0].id)
    set_language("en")
    try:
        plan = plan_merge(b, ship(a, ca))
    finally:
        set_language("fr")
    found = {c.kind: c for c in plan.conflicts}
    assert found["answer"].label == "Answer to P1.1"
    assert found["answer"].mine.summary == "numerator 6, denominator 10, comment “recompté”"
    assert found["answer"].theirs.summary == "numerator 5, denominator 10"
    assert found["evidence"].label == "Evidence “PSSI v2” of 05/01/2025"
    assert found["evidence"].mine.summary == "Deleted"
    assert found["evidence"].theirs.summary.startswith("“PSSI v2” of 05/01/2025 (doc_kind: pssi")
    assert sorted(c.label for c in plan_merge(b, ship(a, ca)).conflicts) == [
        "Preuve « PSSI v2 » du 05/01/2025",
        "Réponse à P1.1",
    ]


@pytest.mark.parametrize(
    ("kind", "content", "french", "english"),
    [
        (
            "establishment",
            {"name": "Clinique", "finess": "750000002", "ght": None},
            "Clinique, FINESS 750000002, hors GHT",
            "Clinique, FINESS 750000002, not in a GHT",
        ),
        (
            "campaign",
            {"date": "2025-03-12", "auditor": "Mme Durand"},
            "Campagne du 12/03/2025, auditeur Mme Durand",
            "Campaign of 12/03/2025, auditor Mme Durand",
        ),
        ("answer", {}, "sans réponse", "no answer"),
        (
            "answer",
            {"not_applicable": True, "justification": ""},
            "non applicable (sans justification)",
            "not applicable (no justification)",
        ),
        ("criterion", {"met": True}, "coché (oui)", "ticked (yes)"),
        ("criterion", {"met": False}, "non coché (non)", "not ticked (no)"),
        (
            "file",
            {"name": "a.pdf", "sha256": "ab" * 32},
            "a.pdf (empreinte abababababab…)",
            "a.pdf (fingerprint abababababab…)",
        ),  # fmt: skip
        (
            "action",
            {"title": "Écrire", "status": "en_cours", "owner": "DSI", "due_date": "2025-06-30"},
            "« Écrire », En cours, responsable DSI, échéance 30/06/2025",
            "“Écrire”, In progress, owner DSI, due 30/06/2025",
        ),
        ("action", None, "Supprimée", "Deleted"),
    ],
)
def test_each_kind_of_record_is_summarised_in_both_languages(kind, content, french, english):
    from hopen_desktop.model.merge import _summary

    assert _summary(kind, content, "fr") == french
    assert _summary(kind, content, "en") == english


def test_each_kind_of_record_is_labelled_in_both_languages():
    from hopen_desktop.model.merge import _label, _Rec

    def rec(kind, content):
        return _Rec(kind, content, {}, None, None)

    evidence_rec = rec("evidence", {"title": "PSSI", "date": "2025-01-05"})
    cases = [
        (rec("establishment", {"name": "Clinique"}), "Établissement « Clinique »", "Establishment “Clinique”"),
        (rec("campaign", {"date": "2025-03-12"}), "Campagne du 12/03/2025", "Campaign of 12/03/2025"),
        (
            rec("criterion", {"criterion": "P2.4.pssi", "indicator": "P2.4"}),
            "Critère P2.4.pssi de P2.4",
            "Criterion P2.4.pssi of P2.4",
        ),  # fmt: skip
        (evidence_rec, "Preuve « PSSI » du 05/01/2025", "Evidence “PSSI” of 05/01/2025"),
        (rec("evidence", None), "Preuve", "Evidence"),
        (
            rec("file", {"name": "a.pdf", "evidence": "ev"}),
            "Fichier joint « a.pdf » de la preuve « PSSI »",
            "Attached file “a.pdf” of the evidence “PSSI”",
        ),  # fmt: skip
        (rec("action", {"title": "Écrire"}), "Action « Écrire »", "Action “Écrire”"),
    ]
    for record, french, english in cases:
        local = {"ev": evidence_rec}
        assert _label("u", record, record, local, {}, "fr") == french
        assert _label("u", record, record, local, {}, "en") == english


def test_the_same_versions_with_other_contents_are_a_conflict_never_a_silent_choice(tmp_path, data_dir):
    """A workspace file copied by hand (or a backup restored) has the same replica and versions as
    the original: once both are edited again, their versions are equal but their contents are
    not. Before, the merge kept « mine » without a word and the other edit was lost."""
    import shutil

    a = Workspace.open(tmp_path / "a.sqlite")
    est = a.add_establishment(CLINIC)
    camp = a.add_campaign(est.id, DAY, "hopen-2019", "Mme Durand")
    a.save_answer(camp.id, Answer("P1.1", numerator=9, denominator=10))
    a.close()
    shutil.copyfile(tmp_path / "a.sqlite", tmp_path / "copy.sqlite")
    a, copy = Workspace.open(tmp_path / "a.sqlite"), Workspace.open(tmp_path / "copy.sqlite")
    try:
        assert a.sync.replica() == copy.sync.replica()
        a.save_answer(camp.id, Answer("P1.1", numerator=8, denominator=10))
        copy.save_answer(camp.id, Answer("P1.1", numerator=7, denominator=10))
        plan = plan_merge(a, ship(copy, camp.id))
        assert [c.label for c in plan.conflicts] == ["Réponse à P1.1"]
        with pytest.raises(MergeConflicts):
            merge_campaign(a, ship(copy, camp.id))
        merge_campaign(a, ship(copy, camp.id), Side.THEIRS)
        assert a.answers(camp.id)["P1.1"].numerator == 7
        # Settled: the copy now receives a's campaign as up to date, or as a change to take.
        back = plan_merge(copy, ship(a, camp.id))
        assert not back.conflicts
    finally:
        a.close()
        copy.close()
