import base64
import copy
import datetime as dt
import hashlib

import pytest

from hopen_desktop.model.entities import Answer, EvidenceLink
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
