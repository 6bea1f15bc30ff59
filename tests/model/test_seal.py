"""The seal of a report: its content digest is stable, a change of one item changes it and the
comparison names exactly that item; evidence dated after the campaign is outside it; the JSON
form reads back, and a hostile one is refused in French."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json

import pytest

from hopen_desktop.model.entities import Answer
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.exchange import export_campaign, strip_identities
from hopen_desktop.model.referential import referential_sha256
from hopen_desktop.model.seal import (
    MAX_SEAL_BYTES,
    Seal,
    canonical_bytes,
    canonical_content,
    compare,
    content_sha256,
    make_seal,
)
from hopen_desktop.model.snapshot import take_snapshot
from hopen_desktop.model.workspace import Workspace
from tests.reports.conftest import CAMPAIGN_DATE, data_dir, filled, workspace_path

__all__ = ["data_dir", "filled", "workspace_path"]


def seal_of(ws: Workspace, campaign_id: int) -> Seal:
    return make_seal(take_snapshot(ws, campaign_id, check_files=False))


def differences(ws: Workspace, campaign_id: int, seal: Seal) -> list[tuple[str, str, str, str]]:
    result = compare(seal, take_snapshot(ws, campaign_id, check_files=False))
    return [(d.section, d.key, d.what, d.label) for d in result.differences]


def evidence_id(ws: Workspace, campaign_id: int, title: str) -> int:
    establishment = ws.campaign(campaign_id).establishment_id
    return next(e.id for e in ws.evidence(establishment) if e.title == title)


# ---------------------------------------------------------------------------- content


def test_canonical_content_is_the_exchange_export_without_file_contents(filled: tuple[Workspace, int]) -> None:
    ws, campaign_id = filled
    snap = take_snapshot(ws, campaign_id, check_files=False)
    content = canonical_content(snap)
    exported = export_campaign(ws, campaign_id, include_files=False)
    # the fixture's actions all belong to the campaign or to none, and no evidence is later; the
    # export also carries the referential's text, which the seal covers by id and version (and
    # by the campaign's ``referential_sha256``, part of its journalled record), not in its content
    carried = exported.pop("referential_content")
    assert referential_sha256(carried) == ws.campaign(campaign_id).referential_sha256
    # The identities and versions an export carries (issue 18) are not in a seal's content.
    assert content == strip_identities(exported)
    assert all("content_base64" not in f for e in content["evidence"] for f in e["files"])
    assert {f["sha256"] for e in content["evidence"] for f in e["files"]} and content["answers"]
    text = canonical_bytes(content)
    assert text == json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    assert "Éléonore".encode() in text and not text.startswith(b"{ ")  # compact, UTF-8, not escaped
    assert content_sha256(snap) == hashlib.sha256(text).hexdigest()


def test_the_canonical_content_keeps_the_shape_seals_were_made_with(filled: tuple[Workspace, int]) -> None:
    """A seal made before issue 16 digests a content without the new optional keys: a campaign
    that uses none of them (no D2/D3 commitment, no criterion declared non applicable) must give
    the same keys, or re-rendering it would no longer match its seal."""
    ws, campaign_id = filled
    content = canonical_content(take_snapshot(ws, campaign_id, check_files=False))
    assert set(content["campaign"]) == {"date", "referential", "referential_version", "auditor", "hn_d2_d3_attained"}
    assert set(content["establishment"]) == {"finess", "name", "legal_status", "activities", "ght", "ght_support"}
    answer_keys = {"indicator", "numerator", "denominator", "criteria", "not_applicable", "justification", "comment"}
    assert all(set(a) <= answer_keys for a in content["answers"])
    ws.update_campaign(campaign_id, d2_d3_commitment=True)
    assert canonical_content(take_snapshot(ws, campaign_id, check_files=False))["campaign"]["d2_d3_commitment"]


def test_the_digest_is_stable_and_report_ids_differ(filled: tuple[Workspace, int]) -> None:
    ws, campaign_id = filled
    first, second = seal_of(ws, campaign_id), seal_of(ws, campaign_id)
    assert first.report_id != second.report_id and len(first.report_id) == 32
    assert first.content_sha256 == second.content_sha256
    assert first.items == second.items
    assert compare(first, take_snapshot(ws, campaign_id)).same


def test_the_seal_says_what_was_sealed(filled: tuple[Workspace, int]) -> None:
    ws, campaign_id = filled
    snap = take_snapshot(ws, campaign_id, check_files=False)
    seal = make_seal(snap, report_id="0" * 32)
    assert seal.report_id == "0" * 32
    assert (seal.format, seal.version) == ("hopen-seal", 1)
    assert (seal.campaign_id, seal.campaign_date) == (campaign_id, CAMPAIGN_DATE.isoformat())
    assert seal.establishment_finess == "2A0000013"
    assert (seal.journal_head_id, seal.journal_head_hash) == ws.journal.head() != (0, "0" * 64)
    assert (snap.journal_head_id, snap.journal_head_hash) == ws.journal.head()
    made = dt.datetime.fromisoformat(seal.made_at)
    assert made.utcoffset() is not None  # local time WITH its offset
    assert set(seal.items) == {"establishment", "campaign", "indicators", "evidence", "actions"}
    assert set(seal.items["indicators"]) == {i.id for i in snap.referential.indicators}
    pssi = seal.items["evidence"][str(evidence_id(ws, campaign_id, "Politique de sécurité du SI (PSSI) — révision 3"))]
    assert (pssi.title, pssi.date) == ("Politique de sécurité du SI (PSSI) — révision 3", "2024-09-01")
    assert {i.title for i in seal.items["actions"].values()} == {
        "Planifier le test du PRA",
        "Faire auditer l'exposition Internet",
    }


# ---------------------------------------------------------------------------- changes are named


def test_changing_an_answer_names_that_indicator(filled: tuple[Workspace, int]) -> None:
    ws, campaign_id = filled
    seal = seal_of(ws, campaign_id)
    ws.save_answer(campaign_id, Answer("P1.3", numerator=18, denominator=20))
    assert seal_of(ws, campaign_id).content_sha256 != seal.content_sha256
    assert differences(ws, campaign_id, seal) == [("indicators", "P1.3", "modified", "Indicateur P1.3 modifié")]
    result = compare(seal, take_snapshot(ws, campaign_id))
    assert not result.same
    assert result.lines() == [
        "La campagne a changé depuis le rapport (1 différence(s)) :",
        "  – Indicateur P1.3 modifié",
    ]
    as_json = result.to_json()
    assert as_json["same"] is False and as_json["differences"][0]["key"] == "P1.3"
    json.dumps(as_json)


def test_answering_an_unanswered_indicator_is_a_modification(filled: tuple[Workspace, int]) -> None:
    ws, campaign_id = filled
    seal = seal_of(ws, campaign_id)
    ws.save_answer(campaign_id, Answer("D4.4", comment="Ajouté après le rapport."))
    assert differences(ws, campaign_id, seal) == [("indicators", "D4.4", "modified", "Indicateur D4.4 modifié")]


def test_a_direct_sqlite_edit_of_an_answer_is_named(filled: tuple[Workspace, int]) -> None:
    ws, campaign_id = filled
    seal = seal_of(ws, campaign_id)
    before = ws.answer(campaign_id, "P1.1")
    ws.db.execute(
        "UPDATE answers SET numerator = ? WHERE campaign_id = ? AND indicator = ?",
        [(before.numerator or 0) + 1, campaign_id, "P1.1"],
    )
    assert differences(ws, campaign_id, seal) == [("indicators", "P1.1", "modified", "Indicateur P1.1 modifié")]


def test_changing_an_evidence_title_names_that_item(filled: tuple[Workspace, int]) -> None:
    ws, campaign_id = filled
    seal = seal_of(ws, campaign_id)
    item = ws.evidence_item(evidence_id(ws, campaign_id, "Comité RSSI / Direction n°2"))
    ws.update_evidence(item.id, date=item.date, title="Comité sécurité", fields=item.fields)
    assert seal_of(ws, campaign_id).content_sha256 != seal.content_sha256
    assert differences(ws, campaign_id, seal) == [
        (
            "evidence",
            str(item.id),
            "modified",
            "Pièce « Comité RSSI / Direction n°2 » du 12/03/2025 modifiée "
            "(désormais « Comité sécurité » du 12/03/2025)",
        )
    ]


def test_removing_and_adding_evidence_and_actions_are_named(filled: tuple[Workspace, int]) -> None:
    ws, campaign_id = filled
    est = ws.campaign(campaign_id).establishment_id
    seal = seal_of(ws, campaign_id)
    ws.delete_evidence(evidence_id(ws, campaign_id, "Comité RSSI / Direction n°2"))
    ws.add_evidence(est, "rssi_direction_meeting", dt.date(2025, 6, 1), "Comité sécurité")
    ws.add_action(est, title="Former les cadres de santé", campaign_id=campaign_id)
    found = [(d[0], d[2], d[3]) for d in differences(ws, campaign_id, seal)]
    assert found == [
        ("evidence", "removed", "Pièce « Comité RSSI / Direction n°2 » du 12/03/2025 supprimée"),
        ("evidence", "added", "Pièce « Comité sécurité » du 01/06/2025 ajoutée"),
        ("actions", "added", "Action « Former les cadres de santé » ajoutée"),
    ]


def test_changing_an_action_names_that_action(filled: tuple[Workspace, int]) -> None:
    ws, campaign_id = filled
    seal = seal_of(ws, campaign_id)
    action = next(a for a in ws.actions(ws.campaign(campaign_id).establishment_id) if a.title.startswith("Planifier"))
    ws.update_action(
        action.id, title=action.title, owner=action.owner, due_date=action.due_date, status="fait", notes=action.notes
    )
    assert differences(ws, campaign_id, seal) == [
        ("actions", str(action.id), "modified", "Action « Planifier le test du PRA » modifiée")
    ]


def test_changing_the_establishment_is_named(filled: tuple[Workspace, int]) -> None:
    ws, campaign_id = filled
    seal = seal_of(ws, campaign_id)
    ws.db.execute("UPDATE establishments SET name = 'Autre nom'")
    assert differences(ws, campaign_id, seal) == [
        ("establishment", "establishment", "modified", "Informations de l'établissement modifiées")
    ]


def test_evidence_dated_after_the_campaign_is_not_a_change(filled: tuple[Workspace, int]) -> None:
    """The scoring windows end on the campaign date: later evidence can never count for it, so
    adding some (the next campaign's proofs) leaves the sealed content as it was."""
    ws, campaign_id = filled
    est = ws.campaign(campaign_id).establishment_id
    seal = seal_of(ws, campaign_id)
    ws.add_evidence(est, "rssi_direction_meeting", CAMPAIGN_DATE + dt.timedelta(days=1), "Comité de juillet")
    assert seal_of(ws, campaign_id).content_sha256 == seal.content_sha256
    assert compare(seal, take_snapshot(ws, campaign_id)).same
    # ...but an item dated on the campaign date counts, hence is a change
    ws.add_evidence(est, "rssi_direction_meeting", CAMPAIGN_DATE, "Comité du jour même")
    assert [d[2] for d in differences(ws, campaign_id, seal)] == ["added"]


def test_records_numbered_anew_with_the_same_content_are_the_same(filled: tuple[Workspace, int]) -> None:
    ws, campaign_id = filled
    seal = seal_of(ws, campaign_id)
    renumbered = {
        **seal.items,
        "actions": {str(int(k) + 100): v for k, v in seal.items["actions"].items()},
    }
    assert compare(dataclasses.replace(seal, items=renumbered), take_snapshot(ws, campaign_id)).same


# ---------------------------------------------------------------------------- JSON, hostile


def test_the_seal_reads_back_from_its_json(filled: tuple[Workspace, int]) -> None:
    ws, campaign_id = filled
    seal = seal_of(ws, campaign_id)
    text = seal.to_json()
    assert Seal.from_json(text) == seal
    assert Seal.from_json(text.encode("utf-8")) == seal
    assert json.loads(text)["format"] == "hopen-seal"


def _valid(filled: tuple[Workspace, int]) -> dict[str, object]:
    ws, campaign_id = filled
    return json.loads(seal_of(ws, campaign_id).to_json())  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(version=2), "d'une version inconnue (2, connue : 1) : mettez à jour"),
        (lambda d: d.update(version="1"), "d'une version inconnue ('1', connue : 1)"),
        (lambda d: d.update(version=True), "d'une version inconnue (True, connue : 1)"),
        (lambda d: d.update(format="autre"), "n'est pas un sceau HOP'EN Desktop"),
        (lambda d: d.update(content_sha256=12), "invalide à « content_sha256 » : 64 chiffres hexadécimaux"),
        (lambda d: d.update(content_sha256="ZZ" * 32), "invalide à « content_sha256 »"),
        (lambda d: d.update(report_id=["x"]), "invalide à « report_id » : un texte est attendu"),
        (lambda d: d.update(campaign={"id": "1", "date": "2025-06-30"}), "« campaign.id » : un entier positif"),
        (lambda d: d.update(campaign={"id": 1, "date": "hier"}), "« campaign.date » : une date AAAA-MM-JJ"),
        (lambda d: d.update(items=[]), "« items » : un objet est attendu"),
        (lambda d: d["items"].update(evidence={"1": {"digest": "0" * 64, "title": 3}}), "« items.evidence.1.title »"),
        (lambda d: d["items"].update(actions={"1": {"digest": "0" * 64, "title": "\x1b[31m"}}), "caractères invalides"),
        (lambda d: d["items"].update(actions={"1": "texte"}), "« items.actions.1 » : un objet est attendu"),
        (lambda d: d.update(journal={"head_id": -1, "head_hash": "0" * 64}), "« journal.head_id »"),
        (lambda d: d.update(journal=None), "« journal » : un objet est attendu"),
        (lambda d: d.update(establishment={"finess": "1" * 50, "name": "x"}), "texte trop long"),
    ],
)
def test_a_hostile_seal_is_refused_in_french(filled: tuple[Workspace, int], change: object, expected: str) -> None:
    document = _valid(filled)
    change(document)  # type: ignore[operator]
    with pytest.raises(HopenError) as info:
        Seal.from_json(json.dumps(document))
    assert expected in info.value.text("fr")
    assert info.value.code is not None and info.value.code.startswith("seal.")
    assert info.value.text("en") != info.value.text("fr")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pas du JSON", "illisible (ce n'est pas du JSON)"),
        ("[1, 2]", "illisible (un objet JSON est attendu)"),
        ("[" * 100_000 + "]" * 100_000, "illisible"),
        ("[" + "[]," * 1_000_000 + "[]]", "illisible (structure démesurée)"),
        ('{"format": "hopen-seal", "version": ' + "9" * 5000 + "}", "illisible (un nombre est inutilisable)"),
        ('{"format": "hopen-seal", "version": NaN}', "illisible (un nombre est inutilisable)"),
        (b"\xff\xfe", "illisible (ce n'est pas du texte UTF-8)"),
        ('{"format": "hopen-seal", "version": 1, "report_id": "\\ud800"}', "invalide"),
        (" " * (MAX_SEAL_BYTES + 1), "dépasse 16 Mo"),
    ],
)
def test_a_seal_that_is_not_json_is_refused_in_french(text: str | bytes, expected: str) -> None:
    with pytest.raises(HopenError) as info:
        Seal.from_json(text)
    assert expected in info.value.text("fr")


# ---------------------------------------------------------------------------- the referential's hash


def test_the_seal_names_the_referential_text_and_older_seals_still_compare(filled: tuple[Workspace, int]) -> None:
    import dataclasses

    ws, campaign_id = filled
    snap = take_snapshot(ws, campaign_id, check_files=False)
    seal = make_seal(snap)
    assert seal.referential_sha256 == ws.campaign(campaign_id).referential_sha256
    read = Seal.from_json(seal.to_json())
    assert read.referential_sha256 == seal.referential_sha256 and compare(read, snap).same
    # A seal made before schema step 0005 has no such key: it reads and compares as before.
    older = json.loads(seal.to_json())
    del older["campaign"]["referential_sha256"]
    old_seal = Seal.from_json(json.dumps(older))
    assert old_seal.referential_sha256 == "" and compare(old_seal, snap).same
    # Another referential text under the same id and version is named.
    other = dataclasses.replace(read, referential_sha256="ab" * 32)
    differences = compare(other, snap).differences
    assert [(d.section, d.key, d.label) for d in differences] == [
        ("campaign", "referential", "Référentiel de la campagne modifié")
    ]
    with pytest.raises(HopenError, match="referential_sha256"):
        older["campaign"]["referential_sha256"] = "pas un hash"
        Seal.from_json(json.dumps(older))


def test_the_differences_are_named_in_the_current_language(filled: tuple[Workspace, int]) -> None:
    """Issue 19 item 2: the window in English names the differences in English, when they are
    shown; the command line (French by default) keeps its French sentences."""
    from hopen_desktop.model.i18n import set_language

    ws, campaign_id = filled
    est = ws.campaign(campaign_id).establishment_id
    seal = seal_of(ws, campaign_id)
    ws.save_answer(campaign_id, Answer("P1.3", numerator=18, denominator=20))
    item = ws.evidence_item(evidence_id(ws, campaign_id, "Comité RSSI / Direction n°2"))
    ws.update_evidence(item.id, date=item.date, title="Comité sécurité", fields=item.fields)
    ws.add_action(est, title="Former les cadres de santé", campaign_id=campaign_id)
    ws.db.execute("UPDATE establishments SET name = 'Autre nom'")
    ws.db.execute("UPDATE campaigns SET auditor = 'Autre auditeur'")
    result = compare(dataclasses.replace(seal, referential_sha256="ab" * 32), take_snapshot(ws, campaign_id))
    french = [
        "La campagne a changé depuis le rapport (6 différence(s)) :",
        "  – Informations de l'établissement modifiées",
        "  – Informations de la campagne modifiées",
        "  – Indicateur P1.3 modifié",
        "  – Pièce « Comité RSSI / Direction n°2 » du 12/03/2025 modifiée "
        "(désormais « Comité sécurité » du 12/03/2025)",
        "  – Action « Former les cadres de santé » ajoutée",
        "  – Référentiel de la campagne modifié",
    ]
    english = [
        "The campaign has changed since the report (6 difference(s)):",
        "  – Establishment details modified",
        "  – Campaign details modified",
        "  – Indicator P1.3 modified",
        "  – Evidence “Comité RSSI / Direction n°2” of 12/03/2025 modified (now “Comité sécurité” of 12/03/2025)",
        "  – Action “Former les cadres de santé” added",
        "  – Campaign referential modified",
    ]
    assert result.lines() == french and result.lines("en") == english
    set_language("en")
    try:
        assert result.lines() == english
        assert [d.label for d in result.differences] == [line[4:] for line in english[1:]]
        assert result.to_json()["differences"][0]["label"] == "Establishment details modified"
        assert compare(seal, take_snapshot(ws, campaign_id)).differences[0].label == "Establishment details modified"
    finally:
        set_language("fr")
    assert result.differences[2].label == "Indicateur P1.3 modifié"  # the same difference, French again
    removed = compare(seal_of(ws, campaign_id), take_snapshot(ws, campaign_id))
    assert removed.same and removed.lines("en") == ["The campaign is identical to its content sealed in the report."]
