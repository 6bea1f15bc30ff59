import base64
import copy
import datetime as dt
import hashlib

import pytest

from hopen_desktop.model.entities import Answer, EstablishmentData, EvidenceLink
from hopen_desktop.model.errors import HopenError, ImportFormatError, ValidationError
from hopen_desktop.model.exchange import export_campaign, parse_campaign_document
from hopen_desktop.model.operations.imports import import_campaign
from hopen_desktop.model.workspace import Workspace


@pytest.fixture
def filled(ws, clinic, campaign):
    ws.save_answer(campaign.id, Answer("P1.1", numerator=9, denominator=10, comment="Vérifié « INS »"))
    ws.save_answer(
        campaign.id,
        Answer("P1.4", criteria={c.id: True for c in ws.referential_of(campaign).indicator("P1.4").criteria}),
    )
    ws.save_answer(campaign.id, Answer("D7.3", not_applicable=True, justification="Pas de paiement"))
    ev = ws.add_evidence(
        clinic.id,
        "rssi_direction_meeting",
        dt.date(2025, 3, 3),
        "Point RSSI / Direction",
        {"participants": "RSSI, DG", "decisions": "Budget"},
        [EvidenceLink("P2.4")],
    )
    ws.attach_bytes(ev.id, "compte-rendu.pdf", b"%PDF-1.4 compte rendu")
    ws.add_evidence(
        clinic.id,
        "availability_measurement",
        dt.date(2025, 6, 1),
        "Disponibilité DPI",
        {"target": 0.99, "method": "supervision", "measured": 0.995},
    )
    ws.add_action(
        clinic.id,
        title="Planifier un test PRA",
        owner="DSI",
        due_date=dt.date(2026, 3, 1),
        indicator="P2.1",
        campaign_id=campaign.id,
    )
    return campaign


def test_export_import_export_is_identical(ws, filled, tmp_path):
    doc = export_campaign(ws, filled.id)
    assert doc["format"] == "hopen-desktop/campaign" and doc["version"] == 1
    with Workspace.open(tmp_path / "other.sqlite") as other:
        campaign = import_campaign(other, parse_campaign_document(doc)).value
        again = export_campaign(other, campaign.id)
        assert other.verify_files() == []
    # Identities and versions travel too (issue 18); each workspace names its own replica.
    assert again.pop("sync")["versions"] == doc.pop("sync")["versions"]
    assert again == doc


def test_import_into_same_workspace_reuses_establishment_and_evidence(ws, filled):
    doc = export_campaign(ws, filled.id)
    campaign = import_campaign(ws, parse_campaign_document(doc)).value
    assert campaign.establishment_id == filled.establishment_id
    assert len(ws.evidence(filled.establishment_id)) == 2
    assert len(ws.actions(filled.establishment_id)) == 1
    assert ws.answers(campaign.id) == ws.answers(filled.id)


def _mutated(doc, change):
    bad = copy.deepcopy(doc)
    change(bad)
    return bad


def _set(path, value):
    def change(d):
        target = d
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _uncarried(change):
    """``change``, the referential's text taken out of the document first."""

    def without(d):
        d.pop("referential_content", None)
        change(d)

    return without


@pytest.mark.parametrize(
    ("change", "error", "words"),
    [
        (_set(("format",), "autre"), ImportFormatError, "n'est pas une campagne"),
        (_set(("version",), 2), ImportFormatError, "Version 2"),
        (_set(("establishment", "finess"), "12345"), ValidationError, "FINESS"),
        (_set(("establishment", "legal_status"), "mutualiste"), ValidationError, "Statut"),
        (_set(("establishment", "activities"), ["USLD"]), ValidationError, "Activité inconnue"),
        (_set(("campaign", "date"), "31/12/2025"), ValidationError, "mal formée"),
        (_set(("campaign", "date"), "2025-02-30"), ValidationError, "n'existe pas"),
        (_set(("campaign", "date"), "2999-01-01"), ValidationError, "futur"),
        # Without the referential's text (an older export), the id names an available file.
        (_uncarried(_set(("campaign", "referential"), "sun-es")), ValidationError, "Référentiel inconnu"),
        # With it, the text carried must be the referential named.
        (_set(("campaign", "referential"), "sun-es"), ImportFormatError, "référentiel joint est « hopen-2019 »"),
        (_set(("referential_content",), "{"), ValidationError, "JSON invalide"),
        (_set(("referential_content",), 3), ImportFormatError, "un texte est attendu"),
        (_set(("answers", 0, "indicator"), "P9.9"), ImportFormatError, "P9.9"),
        (_set(("answers", 0, "numerator"), 11), ValidationError, "dépasse"),
        (_set(("answers", 0, "numerator"), -1), ValidationError, "négatif"),
        (_set(("answers", 0, "numerator"), "neuf"), ValidationError, "entier"),
        (_set(("evidence", 0, "type"), "rumeur"), ValidationError, "Type de preuve inconnu"),
        (_set(("evidence", 0, "date"), "2999-01-01"), ValidationError, "futur"),
        (
            _set(("evidence", 0, "files", 0, "content_base64"), base64.b64encode(b"autre").decode()),
            ImportFormatError,
            "compte-rendu.pdf",
        ),
        (_set(("evidence", 0, "files", 0, "content_base64"), "@@@"), ImportFormatError, "base64"),
        (_set(("actions", 0, "status"), "oublié"), ImportFormatError, "statut inconnu"),
        (_set(("answers",), {"P1.1": 3}), ImportFormatError, "liste"),
    ],
)
def test_bad_documents_refused_without_touching_the_workspace(ws, filled, change, error, words):
    doc = export_campaign(ws, filled.id)
    bad = _mutated(doc, change)
    campaigns_before = ws.campaigns()
    journal_before = len(ws.journal())
    with pytest.raises(error, match=words) as info:
        import_campaign(ws, parse_campaign_document(bad))
    assert isinstance(info.value, HopenError) and info.value.message
    assert ws.campaigns() == campaigns_before
    assert len(ws.journal()) == journal_before


def test_tampered_file_message_names_the_file(ws, filled):
    doc = export_campaign(ws, filled.id)
    f = doc["evidence"][0]["files"][0]
    f["content_base64"] = base64.b64encode(b"%PDF-1.4 compte rendu modifie").decode()
    with pytest.raises(ImportFormatError) as info:
        parse_campaign_document(doc)
    assert "compte-rendu.pdf" in info.value.message
    assert hashlib.sha256(b"%PDF-1.4 compte rendu").hexdigest() in info.value.message


def test_failure_in_the_middle_rolls_everything_back(ws, filled, tmp_path, monkeypatch):
    doc = export_campaign(ws, filled.id)
    target = Workspace.open(tmp_path / "target.sqlite")
    calls = {"n": 0}

    def failing(*args, **kwargs):
        calls["n"] += 1
        raise ValidationError("panne simulée")

    # The import's last step (adding the actions) fails: everything written before is undone.
    monkeypatch.setattr("hopen_desktop.model.operations.imports.add_action", failing)
    with pytest.raises(ValidationError):
        import_campaign(target, parse_campaign_document(doc))
    monkeypatch.undo()
    assert calls["n"] == 1
    assert target.establishments() == [] and target.campaigns() == []
    assert target.db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
    target.close()


@pytest.mark.parametrize(
    "path",
    [
        ("evidence", 0, "type"),
        ("establishment", "legal_status"),
        ("actions", 0, "status"),
        ("evidence", 0, "fields", "kind"),
    ],
)
def test_unhashable_values_are_refused_not_crashing(ws, filled, path):
    # Found by the fuzzer: a list where a name is expected raised TypeError (unhashable).
    doc = export_campaign(ws, filled.id)
    if path[-1] == "kind":
        doc["evidence"][0]["type"] = "document"
    _set(path, ["liste"])(doc)
    with pytest.raises(HopenError):
        parse_campaign_document(doc)


# ---------------------------------------------------------------------------- FINESS key, provisional


def _old_establishment(ws, monkeypatch, finess="750000001"):
    """An establishment saved before the key was checked (an older version accepted any key)."""
    from hopen_desktop.model.operations import establishments
    from hopen_desktop.model.validation import check_finess_format

    with monkeypatch.context() as m:
        m.setattr(establishments, "check_finess", check_finess_format)
        return ws.add_establishment(EstablishmentData(finess=finess, name="Clinique ancienne"))


def test_a_new_establishment_with_a_wrong_key_is_refused_and_nothing_written(ws, filled, tmp_path):
    doc = copy.deepcopy(export_campaign(ws, filled.id))
    doc["establishment"]["finess"] = "750000001"
    parsed = parse_campaign_document(doc)  # the shape is right; the workspace decides on the key
    with Workspace.open(tmp_path / "other.sqlite") as other:
        before = list(other.db.conn.iterdump())
        with pytest.raises(ValidationError) as caught:
            import_campaign(other, parsed)
        assert caught.value.code == "finess.bad_key" and "clé de contrôle fausse" in caught.value.message
        assert list(other.db.conn.iterdump()) == before


def test_a_campaign_of_an_establishment_already_there_imports_whatever_its_key(ws, tmp_path, monkeypatch):
    old = _old_establishment(ws, monkeypatch)
    campaign = ws.add_campaign(old.id, dt.date(2025, 6, 1), "hopen-2019")
    ws.save_answer(campaign.id, Answer("P1.1", numerator=9, denominator=10))
    assert ws.score(campaign.id).indicators["P1.1"].value is not None  # scored as before
    doc = export_campaign(ws, campaign.id)  # exported as before
    assert doc["establishment"]["finess"] == "750000001" and "finess_provisional" not in doc["establishment"]
    again = import_campaign(ws, parse_campaign_document(doc)).value
    assert again.establishment_id == old.id and len(ws.establishments()) == 1
    assert ws.journal.verify_all() == []


def test_a_provisional_establishment_travels_through_the_exchange_document(ws, tmp_path):
    est = ws.add_establishment(EstablishmentData(finess="", name="Clinique sans FINESS", finess_provisional=True))
    campaign = ws.add_campaign(est.id, dt.date(2025, 6, 1), "hopen-2019")
    doc = export_campaign(ws, campaign.id)
    assert doc["version"] == 1
    assert doc["establishment"]["finess"] == est.finess and doc["establishment"]["finess_provisional"] is True
    with Workspace.open(tmp_path / "other.sqlite") as other:
        imported = import_campaign(other, parse_campaign_document(doc)).value
        there = other.establishment(imported.establishment_id)
        assert (there.finess, there.finess_provisional) == (est.finess, True)  # the same placeholder
        # Imported again: matched by its placeholder, not created twice.
        import_campaign(other, parse_campaign_document(doc))
        assert len(other.establishments()) == 1
        assert export_campaign(other, imported.id)["establishment"] == doc["establishment"]


def test_provisional_flag_in_a_written_document(ws, filled, tmp_path):
    doc = copy.deepcopy(export_campaign(ws, filled.id))
    assert "finess_provisional" not in doc["establishment"]  # absent: false (version 1 unchanged)
    doc["establishment"].update(finess="", finess_provisional=True)
    with Workspace.open(tmp_path / "other.sqlite") as other:
        imported = import_campaign(other, parse_campaign_document(doc)).value
        est = other.establishment(imported.establishment_id)
        assert est.finess_provisional and est.finess.startswith("PROV-")
    doc["establishment"].update(finess="750000001", finess_provisional=True)  # not sure yet: key not checked
    assert parse_campaign_document(doc).establishment.finess == "750000001"
    for value in ("oui", 1, None):
        doc["establishment"]["finess_provisional"] = value
        with pytest.raises(ImportFormatError, match="finess_provisional"):
            parse_campaign_document(doc)
    doc["establishment"].update(finess="PROV-12", finess_provisional=True)
    with pytest.raises(ValidationError, match="provisoire"):
        parse_campaign_document(doc)
    doc["establishment"].update(finess="PROV-1234ABCD", finess_provisional=False)
    with pytest.raises(ValidationError, match="FINESS"):
        parse_campaign_document(doc)


def test_the_export_carries_its_referential_and_the_import_keeps_it(ws, filled, tmp_path, shipped_copy):
    """Format version 1 still; the optional ``referential_content`` is the exact text the
    campaign was answered against, kept by the importing workspace even when its own file of
    that id differs or is gone."""
    import json

    from hopen_desktop.model.referential import forget_loaded_referentials, referential_sha256

    doc = export_campaign(ws, filled.id)
    assert doc["version"] == 1
    assert referential_sha256(doc["referential_content"]) == ws.campaign(filled.id).referential_sha256
    before = {i: s.status for i, s in ws.score(filled.id).indicators.items()}
    changed = json.loads(doc["referential_content"])
    for ind in changed["indicators"]:
        if ind["kind"] == "rate":
            ind["target"] = 0.01
    (shipped_copy / "hopen-2019.json").write_text(json.dumps(changed), encoding="utf-8")
    forget_loaded_referentials()
    with Workspace.open(tmp_path / "other.sqlite") as other:
        imported = import_campaign(other, parse_campaign_document(copy.deepcopy(doc))).value
        assert imported.referential_sha256 == ws.campaign(filled.id).referential_sha256
        assert {i: s.status for i, s in other.score(imported.id).indicators.items()} == before
        # A document without the text (an older export) takes the file of its id available now.
        doc.pop("referential_content")
        older = import_campaign(other, parse_campaign_document(doc)).value
        assert older.referential_sha256 == referential_sha256(json.dumps(changed))


def test_the_measurement_of_a_rate_travels_and_is_written_only_when_given(ws, filled, tmp_path):
    """Issue 17: optional keys ``period_start``, ``period_end``, ``source`` on an answer, format
    version still 1; an answer without them keeps its shape (and an old document still imports)."""
    plain = export_campaign(ws, filled.id)
    assert all(not {"period_start", "period_end", "source"} & set(a) for a in plain["answers"])
    ws.save_answer(
        filled.id,
        Answer("P1.1", 9, 10, comment="Vérifié « INS »", period_start=dt.date(2025, 1, 1), source="extraction DPI"),
    )
    doc = export_campaign(ws, filled.id)
    assert doc["version"] == 1
    p11 = next(a for a in doc["answers"] if a["indicator"] == "P1.1")
    assert (p11["period_start"], p11["source"]) == ("2025-01-01", "extraction DPI")
    assert "period_end" not in p11
    with Workspace.open(tmp_path / "other.sqlite") as other:
        campaign = import_campaign(other, parse_campaign_document(doc)).value
        got = other.answer(campaign.id, "P1.1")
        assert (got.period_start, got.period_end, got.source) == (dt.date(2025, 1, 1), None, "extraction DPI")
        assert export_campaign(other, campaign.id)["answers"] == doc["answers"]


@pytest.mark.parametrize(
    ("answer_keys", "words"),
    [
        ({"period_start": "2025-07-01", "period_end": "2025-06-30"}, "avant son début"),
        ({"period_end": "2999-01-01"}, "dans le futur"),
        ({"period_start": "31/12/2025"}, "AAAA-MM-JJ"),
        ({"source": 12}, "un texte est attendu"),
    ],
)
def test_a_bad_measurement_in_a_document_is_refused(ws, filled, answer_keys, words):
    doc = export_campaign(ws, filled.id)
    next(a for a in doc["answers"] if a["indicator"] == "P1.1").update(answer_keys)
    with pytest.raises(HopenError) as refused:
        parse_campaign_document(doc)
    assert words in refused.value.message
