"""Evidence types are declared once in the model: labels, fields, validation and printing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from hopen_desktop.model.entities import Evidence
from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.evidence_types import (
    EVIDENCE_TYPE_DEFS,
    FieldType,
    kind_label,
    printable_fields,
    type_label,
    type_labels,
)
from hopen_desktop.model.i18n import set_language
from hopen_desktop.model.referential import DOCUMENT_KINDS, EVIDENCE_TYPES
from hopen_desktop.model.validation import check_evidence_fields, check_evidence_type

ROOT = Path(__file__).resolve().parents[2]


def item(etype: str, **fields: object) -> Evidence:
    return Evidence(1, 1, etype, dt.date(2025, 1, 7), "Titre", dict(fields))


def test_every_type_of_the_exchange_format_is_declared_with_both_labels():
    documented = (ROOT / "docs" / "exchange-format.md").read_text(encoding="utf-8")
    for key, etype in EVIDENCE_TYPE_DEFS.items():
        assert f"`{key}`" in documented
        assert etype.label.fr and etype.label.en and etype.label.fr != key
        for f in etype.fields:
            assert f"`{f.name}`" in documented, (key, f.name)
            assert f.title("fr") and f.title("en") and "&" not in f.title("en")
            assert f.label.fr.count("&") == 1 and f.label.en.count("&") == 1  # one shortcut letter in the form
    # The French catalogues the reports still read come from the same declaration.
    assert type_labels("fr") == EVIDENCE_TYPES
    assert DOCUMENT_KINDS["pssi"] == "Politique de sécurité (PSSI)"


def test_every_derived_criterion_names_a_declared_type_and_declared_fields():
    for path in sorted((ROOT / "resources" / "referentials").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for ind in doc["indicators"]:
            for crit in ind.get("criteria", []):
                rule = crit.get("derived")
                if rule:
                    etype = EVIDENCE_TYPE_DEFS[rule["evidence_type"]]
                    for name in rule.get("required_fields", []):
                        assert etype.field(name) is not None, (path.name, crit["id"], name)


def test_labels_follow_the_language():
    assert type_label("pra_test") == "Test du plan de reprise d'activité (PRA)"
    assert type_label("pra_test", "en") == "Disaster recovery plan (DRP) test"
    assert type_label("unknown_type") == "unknown_type"
    set_language("en")
    assert type_label("document") == "Document"
    assert kind_label(item("document", kind="risk_analysis")) == "Document — Risk analysis"


def test_validation_uses_the_declaration_and_names_the_field():
    assert check_evidence_fields("availability_measurement", {"target": 0.995, "extra": 1}) == {
        "target": 0.995,
        "extra": 1,
    }
    with pytest.raises(ValidationError) as info:
        check_evidence_fields("availability_measurement", {"measured": 1.5})
    assert info.value.field == "measured"
    assert info.value.text("fr") == (
        "Mesure du taux de disponibilité : « Taux mesuré » doit être un taux entre 0 et 1 (reçu : 1.5)."
    )
    assert (
        info.value.text("en") == "Availability measurement: “Measured rate” must be a rate between 0 and 1 (got 1.5)."
    )
    with pytest.raises(ValidationError) as info:
        check_evidence_fields("document", {"kind": "poem"})
    assert info.value.field == "kind" and "Type de document inconnu « poem »" in info.value.message
    with pytest.raises(ValidationError) as info:
        check_evidence_fields("dpo_activity_report", {"period_start": "2025-13-01"})
    assert info.value.field == "period_start"
    with pytest.raises(ValidationError) as info:
        check_evidence_fields("civ_activity_report", {"period_start": "2025-06-01", "period_end": "2025-01-01"})
    assert info.value.field == "period_end" and "précède son début" in info.value.message
    with pytest.raises(ValidationError) as info:
        check_evidence_fields("pra_test", {"scenario": 12})
    assert info.value.field == "scenario"
    with pytest.raises(ValidationError) as info:
        check_evidence_type("coffee")
    assert info.value.field == "type" and "Type de preuve inconnu « coffee »" in info.value.message


def test_printable_fields_never_show_a_raw_key():
    pra = item("pra_test", scenario="Perte de la salle", rto_observed="3 h 10", rpo_observed="15 min")
    assert printable_fields(pra) == [
        ("Scénario", "Perte de la salle"),
        ("Durée d'interruption observée (RTO)", "3 h 10"),
        ("Perte de données observée (RPO)", "15 min"),
    ]
    report = item("dpo_activity_report", period_start="2025-01-07", period_end="2025-06-30")
    assert printable_fields(report) == [
        ("Début de la période couverte", "07/01/2025"),
        ("Fin de la période couverte", "30/06/2025"),
    ]
    availability = item("availability_measurement", target=0.995, method="Supervision", measured=0.9971)
    assert printable_fields(availability) == [
        ("Taux cible", "99,5 %"),
        ("Méthode de mesure", "Supervision"),
        ("Taux mesuré", "99,71 %"),
    ]
    assert printable_fields(availability, "en") == [
        ("Target rate", "99.5%"),
        ("Measurement method", "Supervision"),
        ("Measured rate", "99.71%"),
    ]
    document = item("document", kind="pssi", review_date="2024-11-02", note="v2")
    assert printable_fields(document) == [
        ("Nature du document", "Politique de sécurité (PSSI)"),
        ("Date de révision", "02/11/2024"),
        ("Autre champ « note »", "v2"),
    ]
    for etype in EVIDENCE_TYPE_DEFS.values():
        for label, _ in printable_fields(item(etype.key, **{f.name: _sample(f.type) for f in etype.fields})):
            assert "_" not in label


def _sample(kind: FieldType) -> object:
    return {
        FieldType.DATE: "2025-01-07",
        FieldType.PERCENT: 0.5,
        FieldType.NUMBER: 3,
        FieldType.YES_NO: True,
        FieldType.CHOICE: "other",
    }.get(kind, "texte")


def test_the_nature_of_a_document_can_be_left_to_its_kind_label():
    import datetime as dt

    from hopen_desktop.model.entities import Evidence
    from hopen_desktop.model.evidence_types import kind_label, printable_fields

    e = Evidence(1, 1, "document", dt.date(2025, 1, 1), "PSSI v2", {"kind": "pssi", "review_date": "2025-06-01"})
    assert "Politique de sécurité" in kind_label(e, "fr")
    with_kind = printable_fields(e, "fr")
    without = printable_fields(e, "fr", with_kind=False)
    assert len(with_kind) == len(without) + 1
    assert not any("Politique de sécurité" in text for _, text in without)
    assert "01/06/2025" in [text for _, text in without]


def test_each_type_declares_its_own_title_example_in_both_languages():
    """Issue 19 item 6: « Comité sécurité RSSI / Direction du 12 mars » was the example of every
    type; each type now has its own, declared with it."""
    from hopen_desktop.model.evidence_types import EVIDENCE_TYPE_DEFS, title_hint

    examples = {}
    for key, etype in EVIDENCE_TYPE_DEFS.items():
        assert etype.title_hint is not None, key
        assert etype.title_hint.fr and etype.title_hint.en, key
        examples[key] = title_hint(key)
    assert len(set(examples.values())) == len(examples)  # one per type
    assert examples["rssi_direction_meeting"] == "Comité sécurité RSSI / Direction du 12 mars"
    assert "RSSI" not in examples["pra_test"] and "PRA" in examples["pra_test"]
    assert "DPO" in examples["dpo_activity_report"]
    assert title_hint("pra_test", "en") == "DRP failover test to the backup site"
    assert title_hint("unknown_type") == ""
