import dataclasses
import datetime as dt
import sqlite3
from fractions import Fraction

import pytest

from hopen_desktop.model.entities import Answer, EstablishmentData, EvidenceLink
from hopen_desktop.model.errors import NotFoundError, ValidationError
from hopen_desktop.model.scoring import Status
from hopen_desktop.model.workspace import Workspace


def test_establishment_fields_round_trip(ws, clinic):
    assert ws.establishment(clinic.id) == clinic
    assert clinic.activities == ("MCO", "SSR") and not clinic.in_ght


@pytest.mark.parametrize("finess", ["75000000", "7500000021", "75A000001", "2C0000013", "", "abcdefghi"])
def test_bad_finess_refused(ws, finess):
    with pytest.raises(ValidationError, match="FINESS"):
        ws.add_establishment(EstablishmentData(finess=finess, name="X"))
    assert ws.establishments() == []


@pytest.mark.parametrize("finess", ["2A0000013", "2b0000013", "750 712 184"])
def test_corsican_and_spaced_finess_accepted(ws, finess):
    est = ws.add_establishment(EstablishmentData(finess=finess, name="Centre"))
    assert len(est.finess) == 9 and est.finess == est.finess.upper()


def test_duplicate_finess_refused(ws, clinic):
    with pytest.raises(ValidationError, match="déjà"):
        ws.add_establishment(EstablishmentData(finess=clinic.finess, name="Autre"))


def test_ght_support_needs_a_ght(ws):
    with pytest.raises(ValidationError, match="GHT"):
        ws.add_establishment(EstablishmentData(finess="750000028", name="X", ght_support=True))


def test_save_answer_returns_previous_for_undo(ws, campaign):
    first = ws.save_answer(campaign.id, Answer("P1.1", numerator=9, denominator=10))
    assert first == Answer("P1.1")
    previous = ws.save_answer(campaign.id, Answer("P1.1", numerator=5, denominator=10, comment="revu"))
    assert previous.numerator == 9
    ws.save_answer(campaign.id, previous)  # undo
    assert ws.answer(campaign.id, "P1.1") == Answer("P1.1", numerator=9, denominator=10)
    ws.save_answer(campaign.id, first)  # undo back to the empty answer
    assert ws.answers(campaign.id) == {"P1.1": Answer("P1.1")}


def test_invalid_answers_refused_and_nothing_written(ws, campaign):
    bad = [
        Answer("P1.1", numerator=11, denominator=10),
        Answer("P1.1", numerator=-1, denominator=10),
        Answer("P1.1", numerator="9", denominator=10),  # type: ignore[arg-type]
        Answer("P9.9", numerator=1, denominator=1),
        Answer("P1.4", numerator=1, denominator=1),  # existence indicator has no figures
        Answer("P2.4", criteria={"P2.4.rdv_direction": True}),  # derived: not ticked by hand
        Answer("P2.4", criteria={"P2.4.inconnu": True}),
        Answer("D7.3", not_applicable=True, justification="   "),
    ]
    journal_before = len(ws.journal())
    for answer in bad:
        with pytest.raises(ValidationError):
            ws.save_answer(campaign.id, answer)
    assert ws.answers(campaign.id) == {}
    assert len(ws.journal()) == journal_before


def test_not_applicable_needs_a_justification_message(ws, campaign):
    with pytest.raises(ValidationError, match="justification est obligatoire"):
        ws.save_answer(campaign.id, Answer("D7.3", not_applicable=True))
    ws.save_answer(campaign.id, Answer("D7.3", not_applicable=True, justification="Pas de facturation patient"))
    assert ws.score(campaign.id).indicators["D7.3"].status == Status.NON_APPLICABLE


def test_every_edit_is_journalled_with_old_and_new(ws, campaign):
    ws.save_answer(campaign.id, Answer("P1.1", numerator=9, denominator=10))
    ws.save_answer(campaign.id, Answer("P1.1", numerator=8, denominator=10))
    rows = [r for r in ws.journal(campaign.id) if r.key == "P1.1.numerator"]
    assert [(r.old, r.new) for r in rows] == [("9", "8"), (None, "9")]
    assert ws.verify_journal() is None


def test_edits_survive_reopening(tmp_path, data_dir):
    path = tmp_path / "w.sqlite"
    with Workspace.open(path) as ws:
        est = ws.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
        c = ws.add_campaign(est.id, dt.date(2025, 6, 1), "hopen-2019")
        ws.save_answer(c.id, Answer("P1.1", numerator=9, denominator=10, comment="Vérifié"))
    with Workspace.open(path) as ws:
        assert ws.answer(c.id, "P1.1").comment == "Vérifié"
        assert ws.score(c.id).indicators["P1.1"].status == Status.ATTEINT


def test_campaign_in_the_future_refused(ws, clinic):
    with pytest.raises(ValidationError, match="futur"):
        ws.add_campaign(clinic.id, dt.date.today() + dt.timedelta(days=1), "hopen-2019")


def test_unknown_campaign(ws):
    with pytest.raises(NotFoundError):
        ws.score(999)


def test_copy_campaign_copies_answers(ws, campaign):
    ws.save_answer(campaign.id, Answer("P1.4", comment="Référentiel en cours de mise à jour"))
    ws.save_answer(campaign.id, Answer("P1.1", numerator=9, denominator=10))
    copy = ws.copy_campaign(campaign.id, dt.date(2025, 12, 31))
    assert copy.id != campaign.id
    assert ws.answers(copy.id) == ws.answers(campaign.id)
    ws.save_answer(copy.id, Answer("P1.1", numerator=1, denominator=10))
    assert ws.answer(campaign.id, "P1.1").numerator == 9


def test_delete_campaign_and_establishment_cascade(ws, clinic, campaign):
    ws.save_answer(campaign.id, Answer("P1.1", numerator=9, denominator=10))
    ev = ws.add_evidence(clinic.id, "pra_test", dt.date(2025, 5, 1), "Test PRA")
    ws.attach_bytes(ev.id, "pv.pdf", b"%PDF proces-verbal")
    ws.delete_campaign(campaign.id)
    assert ws.campaigns(clinic.id) == []
    ws.delete_establishment(clinic.id)
    assert ws.establishments() == []
    assert ws.db.execute("SELECT count(*) FROM answers").fetchone()[0] == 0
    assert ws.db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0
    assert ws.db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0


def test_evidence_drives_the_derived_criterion(ws, clinic, campaign):
    ticked = {c.id: True for c in ws.referential_of(campaign).indicator("P2.4").criteria if not c.is_derived}
    ws.save_answer(campaign.id, Answer("P2.4", criteria=ticked))
    assert ws.score(campaign.id).indicators["P2.4"].status == Status.NON_ATTEINT
    ws.add_evidence(clinic.id, "rssi_direction_meeting", dt.date(2025, 3, 10), "Point RSSI mars")
    second = ws.add_evidence(
        clinic.id,
        "rssi_direction_meeting",
        dt.date(2025, 10, 2),
        "Point RSSI octobre",
        links=[EvidenceLink("P2.4", "P2.4.rdv_direction")],
    )
    assert ws.score(campaign.id).indicators["P2.4"].status == Status.ATTEINT
    assert second.links == (EvidenceLink("P2.4", "P2.4.rdv_direction"),)
    ws.update_evidence(second.id, date=dt.date(2024, 12, 31), title=second.title, fields={})  # out of the window
    assert ws.score(campaign.id).indicators["P2.4"].status == Status.NON_ATTEINT


def test_files_are_deduplicated_and_tamper_detected(ws, clinic):
    a = ws.add_evidence(clinic.id, "document", dt.date(2025, 1, 5), "PSSI", {"kind": "pssi"})
    b = ws.add_evidence(clinic.id, "document", dt.date(2025, 1, 6), "PSSI annexe", {"kind": "other"})
    fa = ws.attach_bytes(a.id, "pssi.pdf", b"contenu identique")
    fb = ws.attach_bytes(b.id, "copie.pdf", b"contenu identique")
    assert fa.sha256 == fb.sha256
    assert ws.db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1
    assert ws.verify_files() == []
    ws.db.execute("UPDATE blobs SET content = ? WHERE sha256 = ?", [b"contenu modifie!", fa.sha256])
    names = sorted(p.name for p in ws.verify_files())
    assert names == ["copie.pdf", "pssi.pdf"]


def test_file_over_the_limit_refused_without_change(ws, clinic, tmp_path):
    ev = ws.add_evidence(clinic.id, "document", dt.date(2025, 1, 5), "PSSI", {"kind": "pssi"})
    big = tmp_path / "gros.pdf"
    big.write_bytes(b"x" * 2048)
    before = len(ws.journal())
    with pytest.raises(ValidationError, match="limite"):
        ws.attach_path(ev.id, big, max_bytes=1024)
    with pytest.raises(ValidationError, match="illisible"):
        ws.attach_path(ev.id, tmp_path / "absent.pdf")
    assert ws.evidence_item(ev.id).files == ()
    assert len(ws.journal()) == before


def test_evidence_in_the_future_and_unknown_type_refused(ws, clinic):
    with pytest.raises(ValidationError, match="futur"):
        ws.add_evidence(clinic.id, "pra_test", dt.date.today() + dt.timedelta(days=2), "Test")
    with pytest.raises(ValidationError, match="Type de preuve inconnu"):
        ws.add_evidence(clinic.id, "rumeur", dt.date(2025, 1, 1), "Test")


def test_journal_tampering_detected(ws, campaign):
    for n in range(1, 5):
        ws.save_answer(campaign.id, Answer("P1.1", numerator=n, denominator=10))
    assert ws.verify_journal() is None
    ws.db.execute("UPDATE journal SET new = '7' WHERE id = 3")
    problem = ws.verify_journal()
    assert problem is not None and problem.row_id == 3


def test_journal_row_removed_detected(ws, campaign):
    for n in range(1, 5):
        ws.save_answer(campaign.id, Answer("P1.1", numerator=n, denominator=10))
    ws.db.execute("DELETE FROM journal WHERE id = 2")
    problem = ws.verify_journal()
    assert problem is not None and problem.row_id == 3


def test_foreign_keys_are_enforced(ws):
    with pytest.raises(sqlite3.IntegrityError):
        ws.db.execute(
            "INSERT INTO campaigns (establishment_id, date, referential, referential_version, created_at)"
            " VALUES (999, '2025-01-01', 'hopen-2019', 'x', 'now')"
        )


def test_file_size_limit_is_a_workspace_setting(ws, clinic):
    from hopen_desktop.model.settings import MAX_FILE_MB

    assert ws.setting(MAX_FILE_MB) == 100
    ws.set_setting(MAX_FILE_MB, 1)
    ev = ws.add_evidence(clinic.id, "document", dt.date(2025, 1, 5), "Scan", {"kind": "other"})
    with pytest.raises(ValidationError, match="limite de 1 Mo"):
        ws.attach_bytes(ev.id, "scan.pdf", b"x" * (1024 * 1024 + 1))
    ws.attach_bytes(ev.id, "scan.pdf", b"x" * (1024 * 1024))
    with pytest.raises(ValidationError, match="entre 1 et"):
        ws.set_setting(MAX_FILE_MB, 0)


def test_validation_errors_name_their_field(ws, campaign):
    with pytest.raises(ValidationError) as info:
        ws.add_establishment(EstablishmentData(finess="123", name="X"))
    assert info.value.field == "finess"
    with pytest.raises(ValidationError) as info:
        ws.save_answer(campaign.id, Answer("P1.1", numerator=11, denominator=10))
    assert info.value.field == "numerator"
    with pytest.raises(ValidationError) as info:
        ws.save_answer(campaign.id, Answer("P1.1", denominator=-3))
    assert info.value.field == "denominator"
    with pytest.raises(ValidationError) as info:
        ws.save_answer(campaign.id, Answer("D7.3", not_applicable=True))
    assert info.value.field == "justification"


def test_check_attachment_before_the_item_exists(ws, tmp_path):
    small = tmp_path / "ok.pdf"
    small.write_bytes(b"x" * 10)
    assert ws.check_attachment(small) == 10
    with pytest.raises(ValidationError, match="limite") as info:
        ws.check_attachment(small, max_bytes=5)
    assert info.value.field == "file"
    with pytest.raises(ValidationError, match="illisible"):
        ws.check_attachment(tmp_path / "absent.pdf")


def test_evidence_errors_name_their_field(ws, clinic):
    with pytest.raises(ValidationError) as info:
        ws.add_evidence(clinic.id, "pra_test", dt.date(2025, 1, 1), "  ")
    assert info.value.field == "title"
    with pytest.raises(ValidationError) as info:
        ws.add_evidence(clinic.id, "pra_test", dt.date.today() + dt.timedelta(days=1), "Test")
    assert info.value.field == "date"
    with pytest.raises(ValidationError) as info:
        ws.add_evidence(clinic.id, "availability_measurement", dt.date(2025, 1, 1), "Dispo", {"measured": 1.5})
    assert info.value.field == "measured"


# ---------------------------------------------------------------------------- issue 14, families 6 to 8


def _closed_workspace(tmp_path):
    from tests.model.helpers import make

    path = tmp_path / "w.sqlite"
    cid = make(path)
    return path, cid


def test_the_backup_is_taken_just_before_the_first_write_and_only_once(tmp_path):
    from hopen_desktop.model.backup import list_backups

    path, cid = _closed_workspace(tmp_path)
    ws = Workspace.open(path, backup=True, backup_before_write=True, exclusive=True)
    assert list_backups(path) == []  # opening alone backs nothing up
    ws.score(cid)
    assert list_backups(path) == []  # nor does reading
    ws.save_answer(cid, Answer("P1.1", numerator=2, denominator=10))
    ws.save_answer(cid, Answer("P1.1", numerator=3, denominator=10))
    ws.close()
    (backup,) = list_backups(path)
    with Workspace.open(backup.path, read_only=True) as old:
        assert old.answer(cid, "P1.1").numerator == 1  # the state before the first write


def test_a_refused_write_leaves_no_backup(tmp_path):
    from hopen_desktop.model.backup import backups_dir, list_backups

    path, cid = _closed_workspace(tmp_path)
    ws = Workspace.open(path, backup=True, backup_before_write=True, exclusive=True)
    with pytest.raises(ValidationError):
        ws.save_answer(cid, Answer("P1.1", numerator=11, denominator=10))  # refused inside the transaction
    assert list_backups(path) == [] and not backups_dir(path).exists()
    ws.save_answer(cid, Answer("P1.1", numerator=4, denominator=10))  # the next write that happens
    ws.close()
    assert len(list_backups(path)) == 1


def _fill_the_disk(ws):
    """SQLite's own way of running out of room: no page may be added to the file."""
    pages = ws.db.execute("PRAGMA page_count").fetchone()[0]
    ws.db.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_is_a_french_refusal_and_the_workspace_is_intact(tmp_path):
    from hopen_desktop.model.errors import WorkspaceError

    path, cid = _closed_workspace(tmp_path)
    with Workspace.open(path) as ws:
        est = ws.establishments()[0]
        evidence = ws.add_evidence(est.id, "rssi_direction_meeting", dt.date(2025, 3, 3), "Point")
        _fill_the_disk(ws)
        with pytest.raises(WorkspaceError) as refused:
            ws.attach_bytes(evidence.id, "gros.pdf", b"%PDF" + bytes(range(256)) * 4096)
        assert refused.value.code == "workspace.disk_full"
        assert "Disque plein" in refused.value.text("fr") and "intact" in refused.value.text("fr")
        assert ws.evidence_item(evidence.id).files == ()
        assert ws.verify_journal() is None
    with Workspace.open(path, read_only=True) as ws:
        assert ws.evidence_item(evidence.id).files == ()


def test_a_backup_that_fails_before_a_write_is_reported_and_the_write_still_happens(tmp_path, monkeypatch):
    from hopen_desktop.model import backup
    from hopen_desktop.model.errors import WorkspaceError

    path, cid = _closed_workspace(tmp_path)

    def full(*args, **kwargs):
        raise WorkspaceError("backup.disk_full", name=path.name)

    monkeypatch.setattr(backup, "create_backup", full)
    reported = []
    ws = Workspace.open(path, backup=True, backup_before_write=True, exclusive=True)
    ws.on_backup_failed = reported.append
    ws.save_answer(cid, Answer("P1.1", numerator=2, denominator=10))
    ws.close()
    assert [e.code for e in reported] == ["backup.disk_full"]


@pytest.mark.parametrize(
    ("statement", "read"),
    [
        ("UPDATE establishments SET activities = 'pas du json'", lambda ws, cid: ws.establishments()),
        ("UPDATE establishments SET activities = '{\"a\": 1}'", lambda ws, cid: ws.establishments()),
        ("UPDATE establishments SET activities = '[1]'", lambda ws, cid: ws.establishments()),
        ("UPDATE establishments SET name = X'00'", lambda ws, cid: ws.establishment(1)),
        ("UPDATE campaigns SET date = 'hier'", lambda ws, cid: ws.campaign(cid)),
        ("UPDATE campaigns SET date = X'00'", lambda ws, cid: ws.campaigns()),
        ("UPDATE answers SET numerator = 'neuf'", lambda ws, cid: ws.score(cid)),
        ("UPDATE answers SET comment = X'00'", lambda ws, cid: ws.answer(cid, "P1.1")),
        ("UPDATE journal SET old = X'00'", lambda ws, cid: ws.verify_journal()),
        ("UPDATE journal SET hash = X'00'", lambda ws, cid: ws.verify_journal()),
        ("UPDATE journal SET key = X'00'", lambda ws, cid: ws.journal()),
    ],
)
def test_a_damaged_value_is_a_refusal_that_offers_a_backup(tmp_path, statement, read):
    from hopen_desktop.model.errors import WorkspaceError

    path, cid = _closed_workspace(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(statement)
    conn.commit()
    conn.close()
    with Workspace.open(path, read_only=True) as ws, pytest.raises(WorkspaceError) as refused:
        read(ws, cid)
    assert refused.value.code == "workspace.damaged"
    assert "backup restore" in refused.value.text("fr")


def test_damaged_evidence_fields_are_a_refusal(tmp_path):
    from hopen_desktop.model.errors import WorkspaceError

    path, cid = _closed_workspace(tmp_path)
    with Workspace.open(path) as ws:
        ws.add_evidence(ws.establishments()[0].id, "rssi_direction_meeting", dt.date(2025, 3, 3), "Point")
    for fields in ("{pas du json", "[1, 2]", "[" * 100_000 + "]" * 100_000):
        conn = sqlite3.connect(path)
        conn.execute("UPDATE evidence SET fields = ?", [fields])
        conn.commit()
        conn.close()
        with Workspace.open(path, read_only=True) as ws, pytest.raises(WorkspaceError, match="endommagé"):
            ws.score(cid)


@pytest.mark.parametrize("campaign_id", [2**63, -(2**63) - 1, 10**30, 0, -1])
def test_an_id_out_of_sqlite_range_is_not_found(ws, campaign_id):
    for lookup in (ws.campaign, ws.establishment, ws.action, ws.evidence_item, ws.evidence.file, ws.score):
        with pytest.raises(NotFoundError):
            lookup(campaign_id)


# ---------------------------------------------------------------------------- the campaign's referential


def _scores(ws, campaign_id):
    score = ws.score(campaign_id)
    return {i: (s.status, s.value) for i, s in score.indicators.items()}, score.prerequisites_rate


def test_a_campaign_keeps_its_referential_when_the_file_changes_or_goes(ws, clinic, shipped_copy):
    import json

    from hopen_desktop.model.referential import forget_loaded_referentials, referential_sha256

    c = ws.add_campaign(clinic.id, dt.date(2025, 12, 31), "hopen-2019")
    ws.save_answer(c.id, Answer("P1.1", numerator=6, denominator=10))  # 60 % under a 90 % target
    before = _scores(ws, c.id)
    assert before[0]["P1.1"][0].value == "non_atteint"
    kept = (shipped_copy / "hopen-2019.json").read_text(encoding="utf-8")
    assert c.referential_sha256 == referential_sha256(kept)
    # A later version of the application ships the file changed (same id, same version)...
    doc = json.loads(kept)
    next(i for i in doc["indicators"] if i["id"] == "P1.1")["target"] = 0.5
    (shipped_copy / "hopen-2019.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    forget_loaded_referentials()
    assert _scores(ws, c.id) == before
    fresh = ws.add_campaign(clinic.id, dt.date(2025, 12, 31), "hopen-2019")
    ws.save_answer(fresh.id, Answer("P1.1", numerator=6, denominator=10))
    assert ws.score(fresh.id).indicators["P1.1"].status.value == "atteint"  # a new one takes the new file
    # ... or removes it: the campaign still opens and scores the same.
    (shipped_copy / "hopen-2019.json").unlink()
    forget_loaded_referentials()
    assert _scores(ws, c.id) == before
    assert ws.referential_of(ws.campaign(c.id)).indicator("P1.1").target == Fraction(9, 10)


def test_a_copy_and_a_new_version_keep_the_referential_of_their_source(ws, clinic, shipped_copy):
    from hopen_desktop.model.referential import forget_loaded_referentials

    c = ws.add_campaign(clinic.id, dt.date(2025, 6, 30), "hopen-2019")
    (shipped_copy / "hopen-2019.json").unlink()
    forget_loaded_referentials()
    copy = ws.copy_campaign(c.id, dt.date(2025, 12, 31))
    assert copy.referential_sha256 == c.referential_sha256


def test_a_campaign_on_an_added_referential_scores_by_its_reading(ws, clinic, tmp_path):
    import json

    from hopen_desktop.model.user_referentials import add_referential
    from tests.model.conftest import referential_variant

    # The establishment's reading of « régulière »: one RSSI/Direction meeting a year, not two.
    doc = referential_variant()
    p24 = next(i for i in doc["indicators"] if i["id"] == "P2.4")
    next(c for c in p24["criteria"] if c.get("derived"))["derived"]["min_count"] = 1
    source = tmp_path / "variante.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    add_referential(source)
    ws.add_evidence(clinic.id, "rssi_direction_meeting", dt.date(2025, 3, 3), "Point RSSI / Direction", {})
    shipped = ws.add_campaign(clinic.id, dt.date(2025, 12, 31), "hopen-2019")
    added = ws.add_campaign(clinic.id, dt.date(2025, 12, 31), "hopen-variante")

    def meetings_met(campaign_id):
        s = ws.score(campaign_id).indicators["P2.4"]
        return next(c.met for c in s.criteria if c.criterion_id == "P2.4.rdv_direction")

    assert meetings_met(shipped.id) is False and meetings_met(added.id) is True
    # The added file replaced or removed later changes nothing for that campaign.
    from hopen_desktop.model.referential import forget_loaded_referentials, user_referentials_dir

    (user_referentials_dir() / "hopen-variante.json").unlink()
    forget_loaded_referentials()
    assert meetings_met(added.id) is True


def test_a_referential_changed_inside_the_workspace_is_refused(tmp_path, data_dir):
    import sqlite3

    from hopen_desktop.model import referential
    from hopen_desktop.model.errors import ReferentialError

    path = tmp_path / "w.sqlite"
    with Workspace.open(path) as ws:
        est = ws.add_establishment(EstablishmentData(finess="750000002", name="X", legal_status="prive"))
        c = ws.add_campaign(est.id, dt.date(2025, 12, 31), "hopital-numerique-2012")
    referential._BY_SHA256.pop(c.referential_sha256, None)  # as in a new process
    raw = sqlite3.connect(path)
    raw.execute("UPDATE referentials SET content = content || ' '")  # still a valid referential
    raw.commit()
    raw.close()
    with Workspace.open(path) as ws, pytest.raises(ReferentialError, match="modifié hors de l'application"):
        ws.referential_of(ws.campaign(c.id))


def test_a_campaign_without_kept_referential_whose_file_is_gone_says_what_to_do(ws, clinic):
    from hopen_desktop.model.errors import ReferentialError

    c = ws.add_campaign(clinic.id, dt.date(2025, 12, 31), "hopen-2019")
    orphan = dataclasses.replace(c, referential_id="retire-2010", referential_sha256=None)
    with pytest.raises(ReferentialError, match="Ajoutez-le") as info:
        ws.referential_of(orphan)
    assert "retire-2010" in info.value.message and f"n° {c.id}" in info.value.message


def test_a_campaign_whose_kept_text_is_gone_is_refused_not_scored_by_the_file(ws, clinic):
    from hopen_desktop.model.errors import ReferentialError

    c = ws.add_campaign(clinic.id, dt.date(2025, 12, 31), "hopen-2019")
    gone = dataclasses.replace(c, referential_sha256="ab" * 32)
    with pytest.raises(ReferentialError, match="manque dans l'espace de travail"):
        ws.referential_of(gone)
