"""The referential data files (resources/referentials/*.json) and the loader's refusals.

The HOP'EN referential is checked against Annex 1 of instruction N° DGOS/PF5/2019/32
du 12 février 2019; the Hôpital numérique one is partial by construction.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from hopen_desktop.model.errors import ReferentialError
from hopen_desktop.model.referential import (
    DerivationRule,
    Referential,
    available_referentials,
    load_referential,
    load_referential_file,
)

# fmt: off
HOPEN_IDS = [
    "P1.1", "P1.2", "P1.3", "P1.4", "P2.1", "P2.2", "P2.4", "P2.5",
    "P3.2", "P3.3", "P3.4", "P3.6", "P4.1", "P4.2", "P4.3",
    "D1.1", "D1.2", "D1.3", "D1.5", "D2.2", "D2.3", "D2.4", "D2.5", "D3.1", "D3.2", "D3.3", "D3.4", "D3.5",
    "D4.1", "D4.2", "D4.3", "D4.4", "D5.1", "D5.2", "D5.3", "D6.1", "D6.2", "D6.3", "D7.1", "D7.2", "D7.3",
]
# fmt: on

#: The only criteria computed from the evidence register, with their rules.
EXPECTED_DERIVED = {
    "P2.4.rdv_direction": DerivationRule("rssi_direction_meeting", 12, min_count=2, periods=1),
    "P1.2.reunions_semestrielles": DerivationRule("civ_meeting", 6, min_count=1, periods=2),
    "P3.6.rapport_dpo": DerivationRule("dpo_activity_report", 6, min_count=1, periods=1),
    "P2.1.pra_teste": DerivationRule("pra_test", 12),
    "P2.5.attestation_audit": DerivationRule("external_security_audit", 12),
    "P2.2.observation_disponibilite": DerivationRule(
        "availability_measurement", 12, required_fields=("target", "method", "measured")
    ),
}


@pytest.fixture(autouse=True)
def _fresh_caches() -> Iterator[None]:
    """load_referential and available_referentials are cached: start and end each test clean."""
    load_referential.cache_clear()
    available_referentials.cache_clear()
    yield
    load_referential.cache_clear()
    available_referentials.cache_clear()


@pytest.fixture
def hopen() -> Referential:
    return load_referential("hopen-2019")


@pytest.fixture
def hn() -> Referential:
    return load_referential("hopital-numerique-2012")


# --------------------------------------------------------------------------- HOP'EN content


def test_both_referentials_are_available() -> None:
    found = available_referentials()
    assert "hopen-2019" in found
    assert "hopital-numerique-2012" in found


def test_hopen_identity(hopen: Referential) -> None:
    assert hopen.id == "hopen-2019"
    assert hopen.version == "2019-02"
    assert "DGOS/PF5/2019/32" in hopen.source
    assert "12 février 2019" in hopen.source
    assert not hopen.partial


def test_hopen_has_exactly_the_41_indicators_in_order(hopen: Referential) -> None:
    assert [i.id for i in hopen.indicators] == HOPEN_IDS
    assert len(HOPEN_IDS) == 41


def test_hopen_groups(hopen: Referential) -> None:
    assert [g.id for g in hopen.prerequisite_groups] == ["P1", "P2", "P3", "P4"]
    assert [g.id for g in hopen.domain_groups] == [f"D{n}" for n in range(1, 8)]
    assert hopen.group("P1").title == "Identités, mouvements"
    assert hopen.group("P4").title == "Échange et partage"
    assert hopen.group("D1").title == "Partager les résultats d'imagerie, de biologie et d'anatomo-pathologie"
    assert hopen.group("D7").title == "Mettre à disposition des services en ligne aux usagers et aux patients"


@pytest.mark.parametrize("ref_id", ["hopen-2019", "hopital-numerique-2012"])
def test_every_indicator_belongs_to_a_declared_group(ref_id: str) -> None:
    ref = load_referential(ref_id)
    group_ids = {g.id for g in ref.groups}
    for ind in ref.indicators:
        assert ind.group in group_ids, ind.id
        assert ind.id.startswith(ind.group + "."), ind.id
    # every declared group is used
    assert {i.group for i in ref.indicators} == group_ids


@pytest.mark.parametrize("ref_id", ["hopen-2019", "hopital-numerique-2012"])
def test_rate_and_existence_indicators_are_well_formed(ref_id: str) -> None:
    ref = load_referential(ref_id)
    for ind in ref.indicators:
        assert ind.label.strip() and ind.target_text.strip(), ind.id
        for c in ind.criteria:
            assert c.id.startswith(ind.id + "."), c.id
            assert c.label.strip(), c.id
        if ind.is_rate:
            assert ind.target is not None and 0 < ind.target <= 1, ind.id
            assert ind.numerator.strip() and ind.denominator.strip(), ind.id
            assert all(c.applies_to == "ght" for c in ind.criteria), ind.id
        else:
            assert ind.target is None, ind.id
            assert any(c.applies_to == "all" for c in ind.criteria), ind.id


def test_exactly_the_six_derived_criteria(hopen: Referential, hn: Referential) -> None:
    derived = {c.id: c.derived for i in hopen.indicators for c in i.criteria if c.derived is not None}
    assert derived == EXPECTED_DERIVED
    assert not [c.id for i in hn.indicators for c in i.criteria if c.derived is not None]


def test_manual_criteria_next_to_derived_ones(hopen: Referential) -> None:
    p12 = hopen.indicator("P1.2")
    assert not p12.criterion("P1.2.rapport_activite").is_derived
    p36 = hopen.indicator("P3.6")
    assert not p36.criterion("P3.6.registre").is_derived
    assert not p36.criterion("P3.6.fonction_dpo").is_derived
    p21 = hopen.indicator("P2.1")
    assert not p21.criterion("P2.1.fonctionnement_degrade").is_derived
    assert not p21.criterion("P2.1.pra_formalise").is_derived
    p24 = hopen.indicator("P2.4")
    for name in (
        "pssi",
        "analyse_risques",
        "plan_action",
        "rssi",
        "rssi_hors_dsi",
        "plan_ssi_acheve",
        "procedure_incidents",
    ):
        assert not p24.criterion(f"P2.4.{name}").is_derived
    assert p24.criterion("P2.4.rdv_direction").label.startswith("Au moins 2 rendez-vous annuels RSSI / Direction")


@pytest.mark.parametrize("indicator_id", ["P1.1", "P1.2", "P2.2", "P2.4", "D1.1", "D4.1", "D6.2", "D7.1", "D7.2"])
def test_ght_criterion_present(hopen: Referential, indicator_id: str) -> None:
    ind = hopen.indicator(indicator_id)
    ght = [c for c in ind.criteria if c.applies_to == "ght"]
    assert [c.id for c in ght] == [f"{indicator_id}.ght"]
    assert ght[0].derived is None
    assert "GHT" in ght[0].label
    # outside a GHT the criterion does not apply
    assert f"{indicator_id}.ght" not in {c.id for c in ind.applicable_criteria(in_ght=False)}
    assert f"{indicator_id}.ght" in {c.id for c in ind.applicable_criteria(in_ght=True)}


@pytest.mark.parametrize("indicator_id", ["P1.3", "P2.5", "P3.6", "D1.5", "D2.2", "D6.1", "D6.3", "D7.3"])
def test_ght_criterion_absent(hopen: Referential, indicator_id: str) -> None:
    ind = hopen.indicator(indicator_id)
    assert not [c for c in ind.criteria if c.applies_to == "ght"]


def test_ght_criteria_only_under_the_ght_id(hopen: Referential) -> None:
    for ind in hopen.indicators:
        ght = [c.id for c in ind.criteria if c.applies_to == "ght"]
        assert ght in ([], [f"{ind.id}.ght"]), ind.id
        if ght:
            assert ind.ght_declination.strip(), ind.id


def test_spot_checks_against_the_annex(hopen: Referential) -> None:
    p11 = hopen.indicator("P1.1")
    assert p11.kind == "rate"
    assert p11.target == Fraction(9, 10)
    assert p11.label == (
        "Taux d'applications au cœur du processus de soins, de la gestion administrative du patient et du "
        "PMSI connectées à un référentiel unique d'identités des patients et intégrant l'INS"
    )
    assert p11.target_text == "90% des applications concernées et intégrant l'INS"
    assert p11.ght_declination == "Ce référentiel d'identités est unique au sein du GHT."
    assert "INS" in p11.numerator

    p34 = hopen.indicator("P3.4")
    assert p34.target == 1
    assert p34.target_text == "100% des applications gérant des données de santé à caractère personnel"

    assert hopen.indicator("D2.2").target == Fraction(98, 100)
    assert hopen.indicator("D6.3").target == Fraction(3, 5)
    assert hopen.indicator("D6.3").target == Fraction("0.6")
    d71 = hopen.indicator("D7.1")
    assert d71.target == Fraction(6, 10)
    assert d71.target_text == "60% des services de consultations"
    assert d71.label == "Mise à disposition d'un service de rendez-vous en ligne pour les consultations"
    assert hopen.indicator("D5.2").target == 1

    assert hopen.indicator("P1.2").label == "Cellule d'identitovigilance opérationnelle"
    assert hopen.indicator("P2.1").label == "Continuité d'activité"
    assert hopen.indicator("P2.1").evolution == "Fusion P2.1 et P2.3"
    assert hopen.indicator("P2.5").evolution == "Nouvel indicateur"
    assert hopen.indicator("D1.1").evolution == "Fusion des anciens D1.1 et D1.4"
    assert hopen.indicator("D1.2").evolution == ""
    for existence in ("P1.2", "P1.4", "P2.1", "P2.2", "P2.4", "P2.5", "P3.6", "P4.1", "D4.1", "D7.2", "D7.3"):
        assert hopen.indicator(existence).kind == "existence", existence


def test_straight_apostrophes_and_no_double_spaces(hopen: Referential, hn: Referential) -> None:
    for ref in (hopen, hn):
        for ind in ref.indicators:
            texts = [ind.label, ind.target_text, ind.numerator, ind.denominator, ind.ght_declination]
            texts += [ind.evolution, ind.guidance.asked, ind.guidance.counting, *ind.guidance.proofs]
            texts += [c.label for c in ind.criteria]
            texts += [t for c in ind.criteria for t in (c.instruction, c.reading, c.conditional)]
            for text in texts:
                assert "’" not in text, (ind.id, text)
                assert "  " not in text, (ind.id, text)


def test_hn_attainment_rates(hopen: Referential) -> None:
    def rates(indicator_id: str) -> list[tuple[str | None, float]]:
        return [(h.hn_indicator, h.rate) for h in hopen.indicator(indicator_id).hn_attainment]

    assert rates("P1.1") == [("P1.1", 0.84)]
    assert rates("P2.1") == [("P2.1", 0.92)]
    assert rates("P2.2") == [("P2.2", 0.86)]
    assert rates("P3.4") == [("P3.4", 0.90)]
    assert rates("P4.1") == [("D2.1", 0.66)]
    assert rates("D1.1") == [("D1.1", 0.54), ("D1.4", 0.42)]
    assert rates("D3.1") == [("D3.1", 0.90)]
    for new in ("P2.4", "P2.5", "P3.6", "P4.2", "P4.3", "D2.2", "D6.1", "D6.2", "D6.3", "D7.1", "D7.2", "D7.3"):
        assert rates(new) == [], new


@pytest.mark.parametrize("ref_id", ["hopen-2019", "hopital-numerique-2012"])
def test_every_indicator_has_guidance(ref_id: str) -> None:
    for ind in load_referential(ref_id).indicators:
        assert ind.guidance.asked.strip(), ind.id
        assert ind.guidance.proofs and all(p.strip() for p in ind.guidance.proofs), ind.id


def test_hopen_guidance_is_complete(hopen: Referential) -> None:
    for ind in hopen.indicators:
        assert ind.guidance.counting.strip(), ind.id
        assert 2 <= len(ind.guidance.proofs) <= 5, ind.id


# --------------------------------------------------------------------------- Hôpital numérique


def test_hn_referential_is_partial_and_loads(hn: Referential) -> None:
    assert hn.id == "hopital-numerique-2012"
    assert hn.version == "2012"
    assert hn.partial
    assert hn.partial_note.strip()
    assert [g.id for g in hn.prerequisite_groups] == ["P1", "P2", "P3"]
    assert [g.id for g in hn.domain_groups] == ["D1", "D2", "D3", "D4", "D5"]
    for d4 in ("D4.2", "D4.3", "D4.4"):
        assert hn.indicator(d4).target == Fraction(9, 10)
    assert hn.indicator("D4.1").kind == "existence"
    assert [(h.hn_indicator, h.rate) for h in hn.indicator("P1.1").hn_attainment] == [("P1.1", 0.84)]
    # no GHT in 2012
    assert not [c for i in hn.indicators for c in i.criteria if c.applies_to == "ght"]


# --------------------------------------------------------------------------- loader refusals


def _minimal() -> dict[str, Any]:
    return {
        "format": "hopen-desktop/referential",
        "format_version": 1,
        "id": "test-ref",
        "version": "1",
        "title": "Référentiel de test",
        "partial": False,
        "groups": [{"id": "P1", "kind": "prerequisite", "title": "Identités"}],
        "indicators": [
            {
                "id": "P1.1",
                "group": "P1",
                "label": "Taux de test",
                "kind": "rate",
                "target": 0.9,
                "target_text": "90%",
                "numerator": "Nombre de A",
                "denominator": "Nombre de B",
                "guidance": {"asked": "Ce qui est demandé", "proofs": ["Une preuve"]},
            },
            {
                "id": "P1.2",
                "group": "P1",
                "label": "Existence de test",
                "kind": "existence",
                "target_text": "Existence",
                "criteria": [
                    {
                        "id": "P1.2.reunions",
                        "label": "Réunions",
                        "derived": {"evidence_type": "civ_meeting", "window_months": 6, "periods": 2},
                    }
                ],
                "guidance": {"asked": "Ce qui est demandé"},
            },
        ],
    }


def _write(tmp_path: Path, name: str, doc: dict[str, Any]) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_minimal_file_loads(tmp_path: Path) -> None:
    ref = load_referential_file(_write(tmp_path, "minimal.json", _minimal()))
    assert [i.id for i in ref.indicators] == ["P1.1", "P1.2"]
    assert ref.indicator("P1.2").criterion("P1.2.reunions").derived == DerivationRule("civ_meeting", 6, periods=2)


def _duplicate_id(doc: dict[str, Any]) -> None:
    doc["indicators"][1] = copy.deepcopy(doc["indicators"][0])


def _rate_without_target(doc: dict[str, Any]) -> None:
    del doc["indicators"][0]["target"]


def _unknown_kind(doc: dict[str, Any]) -> None:
    doc["indicators"][0]["kind"] = "score"


def _unknown_group(doc: dict[str, Any]) -> None:
    doc["indicators"][0]["group"] = "P9"


def _unknown_evidence_type(doc: dict[str, Any]) -> None:
    doc["indicators"][1]["criteria"][0]["derived"]["evidence_type"] = "coffee_break"


@pytest.mark.parametrize(
    ("mutate", "file_name", "field"),
    [
        (_duplicate_id, "duplicate-id.json", "indicators[1].id"),
        (_rate_without_target, "no-target.json", "indicators[0] (P1.1).target"),
        (_unknown_kind, "unknown-kind.json", "indicators[0] (P1.1).kind"),
        (_unknown_group, "unknown-group.json", "indicators[0] (P1.1).group"),
        (_unknown_evidence_type, "unknown-evidence.json", "criteria[0].derived.evidence_type"),
    ],
)
def test_loader_refuses_bad_files(tmp_path: Path, mutate: Any, file_name: str, field: str) -> None:
    doc = _minimal()
    mutate(doc)
    path = _write(tmp_path, file_name, doc)
    with pytest.raises(ReferentialError) as excinfo:
        load_referential_file(path)
    message = str(excinfo.value)
    assert file_name in message
    assert field in message


def test_refusal_messages_name_the_offending_value(tmp_path: Path) -> None:
    doc = _minimal()
    _unknown_evidence_type(doc)
    with pytest.raises(ReferentialError, match="coffee_break"):
        load_referential_file(_write(tmp_path, "bad.json", doc))
    doc = _minimal()
    _duplicate_id(doc)
    with pytest.raises(ReferentialError, match="P1.1"):
        load_referential_file(_write(tmp_path, "dup.json", doc))


# --------------------------------------------------------------------------- the instruction's words

#: The source texts, as extracted from the PDFs (copies of shared/seeds 000 and 002).
SOURCES = Path(__file__).parent / "sources"
ANNEX_1 = SOURCES / "annexe1-hopen-2019.txt"
HN_FACT_SHEET = SOURCES / "fiche-hopital-numerique.txt"


def _normalised(text: str) -> str:
    """Whitespace collapsed, typographic apostrophes made straight, a line broken after a hyphen
    joined (« médico-\\n\\ntechniques » → « médico-techniques »)."""
    text = text.replace("’", "'").replace("\u00a0", " ")
    text = re.sub(r"-\s+", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def _quotations(text: str) -> list[str]:
    """The quotations of ``text``: what stands between « and », innermost first."""
    return [q.strip() for q in re.findall(r"«([^«»]*)»", text)]


def test_the_readings_of_the_derived_criteria_are_data(hopen: Referential) -> None:
    """Every rule the application reads (the six derived criteria) carries the instruction's
    words and the application's reading, labelled apart."""
    for ind in hopen.indicators:
        for c in ind.criteria:
            if c.derived is None:
                continue
            assert _quotations(c.instruction), c.id
            assert c.reading.strip(), c.id
            months = c.derived.window_months
            assert f"{months} mois" in c.reading, c.id  # the reading states the window
            assert "date de la campagne" in c.reading, c.id


def test_the_instruction_words_the_readings_interpret(hopen: Referential) -> None:
    def words(criterion_id: str) -> str:
        ind = hopen.indicator(criterion_id.rsplit(".", 1)[0])
        return " ".join(_quotations(ind.criterion(criterion_id).instruction))

    assert "testé" in words("P2.1.pra_teste")
    assert "régulière" in words("P2.5.attestation_audit")
    assert "une fois par semestre" in words("P1.2.reunions_semestrielles")
    assert "semestriel" in words("P3.6.rapport_dpo")
    assert "2 rendez-vous annuels" in words("P2.4.rdv_direction")
    assert "comptent pour un" in hopen.indicator("P2.4").criterion("P2.4.rdv_direction").reading


@pytest.mark.parametrize(("ref_id", "source"), [("hopen-2019", ANNEX_1), ("hopital-numerique-2012", HN_FACT_SHEET)])
def test_every_quotation_is_in_the_source(ref_id: str, source: Path) -> None:
    """What the referential quotes as the instruction's text (« Texte de l'instruction »), and the
    words that make a criterion conditional, are in the source as written there."""
    text = _normalised(source.read_text(encoding="utf-8"))
    quoted = 0
    for ind in load_referential(ref_id).indicators:
        for c in ind.criteria:
            for field_text in (c.instruction, c.conditional):
                assert field_text.count("«") == field_text.count("»"), c.id
                for q in _quotations(field_text):
                    assert _normalised(q) in text, (c.id, q)
                    quoted += 1
                if field_text:
                    assert _quotations(field_text), (c.id, "no quotation")
    assert quoted


def test_the_quotation_check_would_catch_a_misquotation() -> None:
    text = _normalised(ANNEX_1.read_text(encoding="utf-8"))
    assert _normalised("Fonctionnement régulier (réunion a minima une fois par semestre") in text
    assert _normalised("Fonctionnement régulier (réunion au moins une fois par semestre") not in text
    assert _normalised("Existence d’un Plan de Reprise d'Activité (PRA) du système d'information") in text


def test_conditional_criteria_are_those_the_annex_makes_conditional(hopen: Referential, hn: Referential) -> None:
    conditional = {c.id: c.conditional for i in hopen.indicators for c in i.criteria if c.conditional}
    assert list(conditional) == ["D5.3.ght"]
    assert "si des pôles inter-établissements existent" in conditional["D5.3.ght"]
    assert not [c.id for i in hn.indicators for c in i.criteria if c.conditional]


def test_hn_p3_1_security_approach(hn: Referential) -> None:
    p31 = hn.indicator("P3.1")
    assert p31.group == "P3" and p31.kind == "existence"
    assert [i.id for i in hn.indicators_of("P3")] == ["P3.1", "P3.2", "P3.3", "P3.4"]
    assert [c.id for c in p31.criteria] == ["P3.1.politique_securite", "P3.1.analyse_risques", "P3.1.referent_securite"]
    for c in p31.criteria:
        assert "démarche de sécurité (politique de sécurité, analyse des risques, référent sécurité)" in c.instruction
    # Annex 1 names HN P3.1 (in HOP'EN P2.4's evolution) without giving its national attainment rate.
    assert p31.hn_attainment == ()
    assert "P3.1 HN" in load_referential("hopen-2019").indicator("P2.4").evolution
    # the note no longer says P3.1 is missing
    absent = hn.partial_note.split("Sont absents")[1]
    assert "P3.1" not in absent


def test_the_guide_shows_the_instruction_and_the_reading_of_each_derived_criterion(hopen: Referential) -> None:
    """The guide's prerequisite pages quote the same words and readings as the data (issue 16)."""
    guide = Path(__file__).resolve().parents[2] / "docs" / "guide"
    pages = " ".join((guide / f"prerequis-p{n}.md").read_text(encoding="utf-8") for n in (1, 2, 3, 4))
    flat = " ".join(re.sub(r"^\s*>", " ", line) for line in pages.splitlines())
    flat = re.sub(r"\s+", " ", flat)
    for ind in hopen.indicators:
        for c in ind.criteria:
            if c.derived is None:
                continue
            assert f"**Texte de l'instruction** — {c.instruction}" in flat, c.id
            assert f"**Lecture appliquée par l'application** — {c.reading}" in flat, c.id
