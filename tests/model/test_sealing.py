"""Sealed campaigns (issue 15, item 5): sealing, what a seal freezes, and « Nouvelle version »."""

import datetime as dt

import pytest
import sqlite_utils

from hopen_desktop.model import database, sealing
from hopen_desktop.model.bundle import OnConflict
from hopen_desktop.model.changes import Changes
from hopen_desktop.model.entities import Answer, EstablishmentData, EvidenceLink
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.exchange import export_campaign, parse_campaign_document, strip_identities
from hopen_desktop.model.operations import actions, answers, campaigns, establishments, evidence, imports, workbook
from hopen_desktop.model.sealing import SealedError
from hopen_desktop.model.workspace import Workspace
from tests.model.operations.helpers import dump, head, journal_keys, one

SEAL = {"report_id": "ab12cd34ef56ab12cd34ef56", "content_sha256": "0" * 64, "journal_head": [3, "f" * 64]}
DAY = dt.date(2025, 3, 12)


@pytest.fixture
def sealed(ws, clinic):
    """A campaign with answers, an action and evidence, then sealed; and the evidence it covers."""
    camp = ws.add_campaign(clinic.id, DAY, "hopen-2019", "Mme Durand")
    ws.save_answer(camp.id, Answer("P1.1", numerator=9, denominator=10))
    ws.save_answer(camp.id, Answer("P2.4", criteria={"P2.4.pssi": True}))
    act = actions.add_action(ws, clinic.id, title="Écrire la PSSI", campaign_id=camp.id).value
    loose = actions.add_action(ws, clinic.id, title="Action du plan").value
    before = evidence.add_evidence(ws, clinic.id, "document", dt.date(2025, 1, 5), "PSSI", {"doc_kind": "pssi"}).value
    evidence.attach_bytes(ws, before.id, "pssi.pdf", b"%PDF-1.4 pssi")
    after = evidence.add_evidence(ws, clinic.id, "document", dt.date(2025, 3, 20), "Charte", {}).value
    outcome = campaigns.seal_campaign(ws, camp.id, SEAL)
    return {"campaign": outcome.value, "action": act, "loose": loose, "covered": before, "later": after}


def test_sealing_stores_the_seal_as_given_with_a_journal_row(ws, clinic):
    camp = ws.add_campaign(clinic.id, DAY, "hopen-2019", "Mme Durand")
    assert not camp.sealed and camp.seal is None and camp.sealed_at is None and camp.predecessor_id is None
    mark = head(ws)
    outcome = campaigns.seal_campaign(ws, camp.id, SEAL)
    value = outcome.value
    assert value.sealed and value.seal == SEAL and value.sealed_at
    assert ws.campaigns.get(camp.id) == value  # read back from the file, as given
    assert journal_keys(ws, mark) == [("campaign", str(camp.id))]
    assert outcome.changes == Changes(campaigns=one(camp.id), evidence_of=one(clinic.id), actions_of=one(clinic.id))
    # the campaign lists read it too
    assert [c.sealed for c in ws.campaigns(clinic.id)] == [True]


def test_sealing_twice_is_refused_and_writes_nothing(ws, sealed):
    camp = sealed["campaign"]
    before = dump(ws)
    with pytest.raises(SealedError) as info:
        campaigns.seal_campaign(ws, camp.id, {"report_id": "autre", "content_sha256": "1" * 64})
    assert info.value.code == "campaign.already_sealed"
    assert "est déjà scellée" in info.value.message and "ab12cd34…" in info.value.message
    assert dump(ws) == before
    assert ws.campaigns.get(camp.id).seal == SEAL


@pytest.mark.parametrize(
    "seal",
    [{}, {"report_id": "r"}, {"report_id": "", "content_sha256": "x"}, {"report_id": 3, "content_sha256": "x"}],
)
def test_an_incomplete_seal_is_refused(ws, campaign, seal):
    before = dump(ws)
    with pytest.raises(HopenError) as info:
        campaigns.seal_campaign(ws, campaign.id, seal)
    assert info.value.code == "seal.invalid" and "Le sceau du rapport signé est incomplet" in info.value.message
    assert dump(ws) == before


def test_the_refusal_names_the_campaign_the_seal_day_and_the_report(ws, sealed):
    camp = sealed["campaign"]
    with pytest.raises(SealedError) as info:
        answers.save_answer(ws, camp.id, Answer("P1.1", numerator=10, denominator=10))
    day = sealing.sealed_day(camp)
    assert info.value.text("fr") == (
        f"La campagne du 12/03/2025 est scellée depuis le {day:%d/%m/%Y} (rapport signé n° ab12cd34…) : "
        "elle ne peut plus être modifiée. Pour la faire évoluer, créez-en une nouvelle version "
        "(menu Campagne › Nouvelle version)."
    )
    assert info.value.text("en").startswith("The campaign of 12/03/2025 has been sealed since")
    assert info.value.campaign == camp


def test_every_operation_on_what_a_seal_freezes_is_refused_and_writes_nothing(ws, clinic, sealed, tmp_path):
    camp, act, covered = sealed["campaign"], sealed["action"], sealed["covered"]
    file_id = ws.evidence.item(covered.id).files[0].id
    attachment = tmp_path / "scan.pdf"
    attachment.write_bytes(b"%PDF-1.4 scan")
    parsed_workbook = workbook.ParsedWorkbook(tmp_path / "grid.xlsx", (Answer("P1.1", numerator=1, denominator=2),))
    refused = {
        "save_answer": lambda: answers.save_answer(ws, camp.id, Answer("P1.1", numerator=1, denominator=2)),
        "criterion": lambda: answers.save_answer(ws, camp.id, Answer("P2.4", criteria={"P2.4.pssi": False})),
        "update_campaign": lambda: campaigns.update_campaign(ws, camp.id, auditor="M. Martin"),
        "update_campaign_hn": lambda: campaigns.update_campaign(ws, camp.id, hn_d2_d3_attained=True),
        "delete_campaign": lambda: campaigns.delete_campaign(ws, camp.id),
        "delete_establishment": lambda: establishments.delete_establishment(ws, clinic.id),
        "import_workbook": lambda: workbook.import_workbook(ws, camp.id, parsed_workbook),
        "add_action": lambda: actions.add_action(ws, clinic.id, title="Nouvelle", campaign_id=camp.id),
        "update_action": lambda: actions.update_action(
            ws, act.id, title="Autre", owner="", due_date=None, status="fait", notes=""
        ),
        "set_action_status": lambda: actions.set_action_status(ws, act.id, "fait"),
        "delete_action": lambda: actions.delete_action(ws, act.id),
        "update_evidence": lambda: evidence.update_evidence(
            ws, covered.id, date=covered.date, title="PSSI v2", fields=covered.fields
        ),
        "relink_evidence": lambda: evidence.update_evidence(
            ws, covered.id, date=covered.date, title=covered.title, fields=covered.fields, links=[EvidenceLink("P2.4")]
        ),
        "delete_evidence": lambda: evidence.delete_evidence(ws, covered.id),
        "attach_bytes": lambda: evidence.attach_bytes(ws, covered.id, "v2.pdf", b"%PDF v2"),
        "attach_path": lambda: evidence.attach_path(ws, covered.id, attachment),
        "detach_file": lambda: evidence.detach_file(ws, file_id),
    }
    before = dump(ws)
    codes = {}
    for name, call in refused.items():
        with pytest.raises(SealedError) as info:
            call()
        codes[name] = info.value.code
        assert dump(ws) == before, name
    assert codes["save_answer"] == codes["update_campaign"] == codes["import_workbook"] == "campaign.sealed"
    assert codes["delete_campaign"] == "campaign.sealed_delete"
    assert codes["delete_establishment"] == "establishment.sealed_delete"
    assert codes["add_action"] == "action.sealed_add"
    assert {codes[k] for k in ("update_action", "set_action_status", "delete_action")} == {"action.sealed"}
    evidence_codes = {"update_evidence", "relink_evidence", "delete_evidence", "attach_bytes", "attach_path"}
    assert {codes[k] for k in evidence_codes | {"detach_file"}} == {"evidence.sealed"}


def test_the_evidence_refusal_says_which_sealed_campaign_covers_it(ws, sealed):
    covered = sealed["covered"]
    with pytest.raises(SealedError) as info:
        evidence.delete_evidence(ws, covered.id)
    message = info.value.message
    assert message.startswith(
        "La preuve « PSSI » du 05/01/2025 figure dans le rapport signé de la campagne du 12/03/2025"
    )
    assert "Enregistrez plutôt une nouvelle preuve" in message


def test_what_a_seal_does_not_freeze_stays_editable(ws, clinic, sealed):
    camp, later, loose = sealed["campaign"], sealed["later"], sealed["loose"]
    # new evidence, even dated before the sealed campaign, then edited, given a file, deleted
    new = evidence.add_evidence(ws, clinic.id, "rssi_direction_meeting", dt.date(2025, 2, 1), "Réunion", {}).value
    evidence.update_evidence(ws, new.id, date=new.date, title="Réunion RSSI", fields={})
    attached = evidence.attach_bytes(ws, new.id, "cr.pdf", b"%PDF cr").value
    evidence.detach_file(ws, attached.id)
    evidence.delete_evidence(ws, new.id)
    # evidence dated after the sealed campaign (its report did not cover it)
    evidence.update_evidence(ws, later.id, date=later.date, title="Charte v2", fields={})
    # a new action of the plan attached to no campaign (the one its report listed is frozen)
    with pytest.raises(SealedError) as frozen:
        actions.set_action_status(ws, loose.id, "fait")
    assert frozen.value.code == "action.sealed_plan" and "figurait dans le rapport signé" in frozen.value.message
    extra = actions.add_action(ws, clinic.id, title="Encore une").value
    actions.set_action_status(ws, extra.id, "fait")
    # the establishment's details (shared with later campaigns)
    renamed = EstablishmentData(finess=clinic.finess, name="Lilas", legal_status=clinic.legal_status)
    assert establishments.update_establishment(ws, clinic.id, renamed).value.name == "Lilas"
    # copying the sealed campaign and exporting it read it, they do not change it
    copy = campaigns.copy_campaign(ws, camp.id, dt.date(2025, 6, 1)).value
    assert not copy.sealed and copy.predecessor_id is None
    assert export_campaign(ws, camp.id)
    assert sealing.frozen_evidence(ws, clinic.id).keys() == {sealed["covered"].id}


def test_evidence_added_after_the_seal_is_not_frozen_even_when_dated_before(ws, clinic, sealed):
    new = evidence.add_evidence(ws, clinic.id, "document", dt.date(2024, 12, 1), "Ancien document", {}).value
    assert sealing.evidence_refusal(ws, new.id) is None
    assert sealing.evidence_refusal(ws, sealed["covered"].id) is not None


def test_new_version_is_an_editable_copy_naming_its_predecessor(ws, clinic, sealed):
    camp = sealed["campaign"]
    mark = head(ws)
    outcome = campaigns.new_version(ws, camp.id)
    new = outcome.value
    assert new.id != camp.id and not new.sealed and new.seal is None
    assert new.predecessor_id == camp.id and new.date == camp.date
    assert new.establishment_id == clinic.id and new.referential_id == camp.referential_id
    assert new.auditor == camp.auditor
    assert ws.answers(new.id) == ws.answers(camp.id)
    assert ws.answer(new.id, "P2.4").criteria == {"P2.4.pssi": True}
    assert ("campaign", str(new.id)) in journal_keys(ws, mark)
    assert new.id in outcome.changes.campaigns
    assert outcome.changes.answers == frozenset({(new.id, "P1.1"), (new.id, "P2.4")})
    # the open action of the sealed campaign is carried over, editable; the sealed one stays as it was
    carried = [a for a in ws.actions(clinic.id) if a.campaign_id == new.id]
    assert [(a.title, a.status) for a in carried] == [("Écrire la PSSI", "a_faire")]
    actions.set_action_status(ws, carried[0].id, "fait")
    assert ws.action(sealed["action"].id).status == "a_faire"
    # editable, and the source stays sealed and unchanged
    answers.save_answer(ws, new.id, Answer("P1.1", numerator=10, denominator=10))
    assert ws.answer(camp.id, "P1.1").numerator == 9 and ws.campaigns.get(camp.id).sealed
    other = campaigns.new_version(ws, camp.id, dt.date(2025, 4, 1), auditor="M. Martin").value
    assert other.date == dt.date(2025, 4, 1) and other.auditor == "M. Martin" and other.predecessor_id == camp.id


def test_a_bundle_import_may_not_replace_a_sealed_campaign_but_may_copy_beside_it(ws, clinic, sealed):
    camp = sealed["campaign"]
    parsed = parse_campaign_document(export_campaign(ws, camp.id))
    before = dump(ws)
    with pytest.raises(SealedError) as info:
        imports.import_bundle(ws, parsed, OnConflict.REPLACE)
    assert info.value.code == "campaign.sealed_replace" and "comme une copie" in info.value.message
    assert dump(ws) == before
    copy = imports.import_bundle(ws, parsed, OnConflict.COPY).value.campaign
    assert not copy.sealed and copy.seal is None  # the seal belongs to the workspace that signed


def test_importing_an_export_of_a_sealed_campaign_gives_an_unsealed_one(ws, sealed, tmp_path, data_dir):
    document = export_campaign(ws, sealed["campaign"].id)
    other = Workspace.open(tmp_path / "other.sqlite")
    try:
        imported = imports.import_campaign(other, parse_campaign_document(document)).value
        assert not imported.sealed and imported.seal is None and imported.predecessor_id is None
        answers.save_answer(other, imported.id, Answer("P1.1", numerator=10, denominator=10))
    finally:
        other.close()


def test_a_workspace_from_schema_step_1_opens_with_no_campaign_sealed(tmp_path, data_dir):
    path = tmp_path / "old.sqlite"
    old = sqlite_utils.Database(path)
    database.MIGRATIONS.apply(old, stop_before="0002_trust")
    old.execute("PRAGMA user_version = 1")
    old.execute(
        "INSERT INTO establishments (finess, name, legal_status, activities, ght, ght_support, created_at) "
        "VALUES ('750000002', 'Clinique', 'prive', '[]', NULL, 0, '2025-01-01T00:00:00+00:00')"
    )
    old.execute(
        "INSERT INTO campaigns (establishment_id, date, referential, referential_version, auditor, "
        "hn_d2_d3_attained, created_at) VALUES (1, '2025-03-12', 'hopen-2019', '1', '', 0, "
        "'2025-03-12T00:00:00+00:00')"
    )
    old.conn.commit()
    old.close()
    ws = Workspace.open(path)
    try:
        (camp,) = ws.campaigns()
        assert not camp.sealed and camp.seal is None and camp.sealed_at is None and camp.predecessor_id is None
        answers.save_answer(ws, camp.id, Answer("P1.1", numerator=1, denominator=2))
    finally:
        ws.close()


def test_a_damaged_seal_column_is_a_damaged_workspace(ws, sealed):
    ws.db.execute("UPDATE campaigns SET seal = '[1, 2]' WHERE id = ?", [sealed["campaign"].id])
    with pytest.raises(HopenError) as info:
        ws.campaigns.get(sealed["campaign"].id)
    assert info.value.code == "workspace.damaged"


def test_sealing_does_not_change_the_exported_content(ws, clinic):
    """The seal's content digest is computed over the exchange export: sealing must not move it."""
    camp = ws.add_campaign(clinic.id, DAY, "hopen-2019", "Mme Durand")
    ws.save_answer(camp.id, Answer("P1.1", numerator=9, denominator=10))
    before = export_campaign(ws, camp.id)
    campaigns.seal_campaign(ws, camp.id, SEAL)
    after = export_campaign(ws, camp.id)
    # The campaign's record changed (sealed_at): its version moves on (issue 18), its content does not.
    assert after["sync"]["versions"] != before["sync"]["versions"]
    assert strip_identities(after) == strip_identities(before)
    assert {k: v for k, v in after.items() if k != "sync"} == {k: v for k, v in before.items() if k != "sync"}


def test_a_sealed_campaign_keeps_its_establishment_provisional_as_sealed(ws):
    """The report of a campaign sealed while its establishment's FINESS was provisional still says
    so, and its seal still matches, after the real number is entered."""
    from hopen_desktop.model.operations import seals
    from hopen_desktop.model.seal import compare, make_seal
    from hopen_desktop.model.snapshot import take_snapshot

    est = establishments.add_establishment(
        ws, EstablishmentData(finess="", name="Clinique", finess_provisional=True)
    ).value
    camp = ws.add_campaign(est.id, DAY, "hopen-2019")
    seal = make_seal(take_snapshot(ws, camp.id))
    sealed_campaign = seals.seal_with_report(ws, camp.id, seal).value
    assert sealed_campaign.seal["establishment_record"]["finess_provisional"] is True
    establishments.update_establishment(
        ws, est.id, EstablishmentData(finess="750000002", name="Clinique", finess_provisional=False)
    )
    seen, _evidence, _actions = sealing.campaign_inputs(ws, ws.campaign(camp.id))
    assert (seen.finess, seen.finess_provisional) == (est.finess, True)
    assert compare(seal, take_snapshot(ws, camp.id)).same
    # Not provisional: the record has no such key (as every seal made before it existed).
    assert "finess_provisional" not in sealing.establishment_record(ws.establishment(est.id))
