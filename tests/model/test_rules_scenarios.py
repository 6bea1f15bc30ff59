"""Issue 16 end to end: each rule of the instruction through a real `import` and `score --json`
(the command line in a subprocess, a real workspace file)."""

from __future__ import annotations

import copy
import json
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.workspace import Workspace
from tests.cli.helpers import contract_document, run

#: Evidence that satisfies every derived criterion of HOP'EN for a campaign of 2025-12-31.
COMPLETE_REGISTER: list[dict[str, Any]] = [
    {"type": "rssi_direction_meeting", "date": "2025-03-03", "title": "Comité 1", "fields": {}, "files": []},
    {"type": "rssi_direction_meeting", "date": "2025-10-06", "title": "Comité 2", "fields": {}, "files": []},
    {"type": "civ_meeting", "date": "2025-03-10", "title": "CIV printemps", "fields": {}, "files": []},
    {"type": "civ_meeting", "date": "2025-09-15", "title": "CIV automne", "fields": {}, "files": []},
    {"type": "pra_test", "date": "2025-05-20", "title": "Test du PRA", "fields": {}, "files": []},
    {
        "type": "availability_measurement",
        "date": "2025-06-01",
        "title": "Disponibilité",
        "fields": {"target": 0.99, "method": "supervision", "measured": 0.995},
        "files": [],
    },
    {"type": "external_security_audit", "date": "2025-04-01", "title": "Audit externe", "fields": {}, "files": []},
    {"type": "dpo_activity_report", "date": "2025-11-02", "title": "Rapport du DPO", "fields": {}, "files": []},
]


def complete_document() -> dict[str, Any]:
    """Every rate at 10/10, every manual criterion ticked, the register complete: every
    prerequisite attained."""
    from hopen_desktop.model.referential import load_referential

    ref = load_referential("hopen-2019")
    doc = contract_document()
    for a in doc["answers"]:
        if "numerator" in a:
            a["numerator"] = a["denominator"] = 10
        criteria = {c.id: True for c in ref.indicator(a["indicator"]).criteria if not c.is_derived}
        if criteria:
            a["criteria"] = criteria
    doc["evidence"] = copy.deepcopy(COMPLETE_REGISTER)
    return doc


def import_and_score(tmp_path: Path, doc: dict[str, Any], name: str = "w") -> dict[str, Any]:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    ws = tmp_path / f"{name}.sqlite"
    result = run("import", path, "--workspace", ws)
    assert result.returncode == 0, result.stderr
    scored = run("score", "--workspace", ws, "--campaign", result.stdout.split()[-1], "--json")
    assert scored.returncode == 0, scored.stderr
    document: dict[str, Any] = json.loads(scored.stdout)
    return document


def answer_of(doc: dict[str, Any], indicator: str) -> dict[str, Any]:
    return next(a for a in doc["answers"] if a["indicator"] == indicator)


# ------------------------------------------------------------------ item 1: prerequisites never N/A


def test_a_prerequisite_declared_not_applicable_is_refused_at_import(tmp_path):
    doc = complete_document()
    answer_of(doc, "P3.6").update(not_applicable=True, justification="Pas de DPO")
    path = tmp_path / "c.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = run("import", path, "--workspace", tmp_path / "w.sqlite")
    assert result.returncode == 2
    assert "P3.6 est un prérequis : il ne peut pas être déclaré non applicable" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "w.sqlite").exists() or _campaigns(tmp_path / "w.sqlite") == 0


def _campaigns(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM campaigns").fetchone()[0])
    finally:
        conn.close()


def test_a_domain_indicator_not_applicable_is_left_out_and_says_why(tmp_path):
    doc = complete_document()
    answer_of(doc, "D7.3").update(not_applicable=True, justification="Pas de paiement en ligne")
    score = import_and_score(tmp_path, doc)
    d73 = score["indicators"]["D7.3"]
    assert d73["status"] == "non_applicable"
    assert d73["reasons"] == ["déclaré non applicable : Pas de paiement en ligne"]
    assert score["prerequisites_rate"] == 1  # every prerequisite attained by the complete document
    assert all(score["eligibility"][d] for d in ("D1", "D2", "D3"))


def test_a_group_with_no_applicable_indicator_is_never_attained(tmp_path):
    doc = complete_document()
    doc["answers"] = [
        {"indicator": a["indicator"], "not_applicable": True, "justification": "Hors champ"}
        if a["indicator"].startswith("D7.")
        else a
        for a in doc["answers"]
    ]
    score = import_and_score(tmp_path, doc)
    assert score["groups"]["D7"]["status"] == "non_applicable"
    assert (score["groups"]["D7"]["attained"], score["groups"]["D7"]["applicable"]) == (0, 0)


def test_a_stored_not_applicable_prerequisite_opens_as_not_filled_in_with_its_reason(tmp_path, hopen_data_dir):
    doc = complete_document()
    path = tmp_path / "c.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    ws_path = tmp_path / "w.sqlite"
    campaign = run("import", path, "--workspace", ws_path).stdout.split()[-1]
    with Workspace.open(ws_path) as ws:  # as a version before issue 16 wrote it
        stored = ws.answers.one(int(campaign), "P1.1")
        with ws.transaction():
            ws.answers.write(int(campaign), replace(stored, not_applicable=True, justification="ancien"))
    scored = json.loads(run("score", "--workspace", ws_path, "--campaign", campaign, "--json").stdout)
    p11 = scored["indicators"]["P1.1"]
    assert p11["status"] == "non_renseigne"
    assert "ce qu'un prérequis ne peut pas être" in p11["reasons"][0]
    assert scored["groups"]["P1"]["status"] == "non_renseigne"
    assert scored["prerequisites_rate"] < 1 and "P1.1" in scored["blockers"]
    # The user can still remove the flag (the rule refuses new N/A flags, not their removal)...
    with Workspace.open(ws_path) as ws:
        ws.save_answer(int(campaign), replace(stored, justification="ancien"))
        assert ws.score(int(campaign)).indicators["P1.1"].status == "atteint"
        # ...and not set it again.
        with pytest.raises(ValidationError, match="est un prérequis"):
            ws.save_answer(int(campaign), replace(stored, not_applicable=True, justification="x"))


def test_a_conditional_criterion_can_be_not_applicable_with_a_justification_the_indicator_cannot(tmp_path):
    from hopen_desktop.model.referential import load_referential

    ref = load_referential("hopen-2019")
    conditional = [(i, c) for i in ref.indicators for c in i.criteria if c.conditional and not c.is_derived]
    if not conditional:
        pytest.fail("the referential marks no criterion as conditional (D5.3's GHT criterion is)")
    ind, crit = conditional[0]
    doc = complete_document()
    a = answer_of(doc, ind.id)
    a.setdefault("criteria", {}).pop(crit.id, None)
    a["criteria_not_applicable"] = {crit.id: "Aucun pôle inter-établissements"}
    score = import_and_score(tmp_path, doc)
    assert score["indicators"][ind.id]["status"] == "atteint"
    assert "non applicable" in score["indicators"][ind.id]["reasons"][-1]
    # Without a justification, or on a criterion the instruction does not make conditional: refused.
    for bad in ({crit.id: "  "}, {next(c.id for c in ind.criteria if not c.conditional and not c.is_derived): "x"}):
        doc["answers"] = [dict(x) for x in doc["answers"]]
        answer_of(doc, ind.id)["criteria_not_applicable"] = bad
        path = tmp_path / "bad.json"
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        result = run("import", path, "--workspace", tmp_path / "bad.sqlite")
        assert result.returncode == 2 and "non applicable" in result.stderr, result.stderr


# ------------------------------------------------------------------ item 3: statuses and their reasons


def test_every_status_carries_its_reason(tmp_path):
    doc = contract_document()  # rates 9/10, manual criteria ticked, one RSSI meeting
    doc["establishment"]["ght"] = "GHT Essai"
    # The GHT criterion of P1.1 left unanswered; a zero denominator on P1.3.
    answer_of(doc, "P1.1").pop("criteria", None)
    answer_of(doc, "P1.3").update(numerator=0, denominator=0)
    score = import_and_score(tmp_path, doc)
    indicators = score["indicators"]
    assert all(v["reasons"] for v in indicators.values()), [k for k, v in indicators.items() if not v["reasons"]]
    p11 = indicators["P1.1"]
    assert p11["status"] == "non_renseigne"  # at its target, a GHT criterion unanswered
    assert any(r.startswith("critère GHT « ") and r.endswith("» non coché") for r in p11["reasons"]), p11
    assert indicators["P1.3"]["status"] == "non_renseigne"
    assert indicators["P1.3"]["reasons"][0] == "dénominateur nul"
    p25 = indicators["P2.5"]
    assert p25["status"] == "non_atteint"  # nothing known fails but the register: no audit attestation
    assert p25["reasons"] == [
        "aucune preuve « Attestation d'audit de sécurité externe » datée des 12 derniers mois "
        "(du 01/01/2025 au 31/12/2025)"
    ]
    p24 = indicators["P2.4"]  # one meeting of the two a year
    assert p24["status"] == "non_atteint"
    assert "1 date(s) de preuve « Réunion RSSI / Direction »" in p24["reasons"][0]


def test_a_rate_under_its_target_is_not_attained_even_with_unanswered_criteria(tmp_path):
    doc = contract_document()
    answer_of(doc, "P1.1").update(numerator=1, denominator=10)
    answer_of(doc, "P1.1").pop("criteria", None)
    score = import_and_score(tmp_path, doc)
    p11 = score["indicators"]["P1.1"]
    assert p11["status"] == "non_atteint"
    assert p11["reasons"][0].startswith("taux 10 % (1/10) sous la cible ")


def test_two_meetings_on_the_same_day_count_once(tmp_path):
    doc = complete_document()
    meetings = [e for e in doc["evidence"] if e["type"] == "rssi_direction_meeting"]
    meetings[1]["date"] = meetings[0]["date"]
    meetings[1]["title"] = "Comité 1 (suite, l'après-midi)"
    score = import_and_score(tmp_path, doc)
    assert score["indicators"]["P2.4"]["status"] == "non_atteint"
    assert "1 date(s) de preuve « Réunion RSSI / Direction »" in score["indicators"]["P2.4"]["reasons"][0]


# ------------------------------------------------------------------ item 6: D7's other routes


def test_d7_is_eligible_under_reserve_with_a_joint_commitment_to_d2_or_d3(tmp_path):
    doc = complete_document()
    for a in doc["answers"]:  # D2 and D3 not attained
        if a["indicator"].startswith(("D2.", "D3.")) and "numerator" in a:
            a["numerator"] = 0
    score = import_and_score(tmp_path, doc, "without")
    assert not score["eligibility"]["D7"]
    assert "engagement conjoint" in score["eligibility_reasons"]["D7"][0]
    doc["campaign"]["d2_d3_commitment"] = True
    score = import_and_score(tmp_path, doc, "with")
    assert score["eligibility"]["D7"] is True
    assert score["eligibility_reserves"]["D7"].startswith("sous réserve : l'établissement s'engage sur les domaines")
    assert score["eligibility_reasons"]["D7"] == []


def full_answers(ref: Any, keep: Any) -> list[dict[str, Any]]:
    """Every indicator of ``ref`` that ``keep`` keeps answered in full: rates at 10/10, manual
    criteria ticked."""
    return [
        {"indicator": i.id, "numerator": 10, "denominator": 10}
        if i.is_rate
        else {"indicator": i.id, "criteria": {c.id: True for c in i.criteria if not c.is_derived}}
        for i in ref.indicators
        if keep(i)
    ]


def hn_document(finess: str) -> dict[str, Any]:
    """An Hôpital Numérique campaign of the same establishment with every D2 indicator attained."""
    from hopen_desktop.model.referential import load_referential

    ref = load_referential("hopital-numerique-2012")
    doc = contract_document()
    doc["establishment"]["finess"] = finess
    doc["campaign"].update(referential=ref.id, date="2016-06-30")
    doc["evidence"] = []
    doc["answers"] = full_answers(ref, lambda i: i.group == "D2")
    return doc


def test_the_declared_hn_attainment_is_shown_backed_or_not(tmp_path):
    doc = complete_document()
    doc["campaign"]["hn_d2_d3_attained"] = True
    score = import_and_score(tmp_path, doc)
    assert score["hn_d2_d3"] == {
        "declared": True,
        "backed_by": None,
        "text": "déclarée, non justifiée dans l'espace",
    }
    hn = tmp_path / "hn.json"
    hn.write_text(json.dumps(hn_document(doc["establishment"]["finess"]), ensure_ascii=False), encoding="utf-8")
    result = run("import", hn, "--workspace", tmp_path / "w.sqlite")
    assert result.returncode == 0, result.stderr
    hn_id = int(result.stdout.split()[-1])
    main_id = hn_id - 1
    scored = json.loads(run("score", "--workspace", tmp_path / "w.sqlite", "--campaign", main_id, "--json").stdout)
    assert scored["hn_d2_d3"]["backed_by"] == hn_id
    assert scored["hn_d2_d3"]["text"] == (
        f"déclarée, justifiée par la campagne Hôpital Numérique du 30/06/2016 (n° {hn_id}, D2 atteint)"
    )


# ------------------------------------------------------------------ item 4: evidence and criteria


def test_score_lists_the_evidence_that_counts_for_each_indicator(tmp_path):
    doc = complete_document()
    doc["evidence"] += [
        {
            "type": "document",
            "date": "2025-02-01",
            "title": "Politique de sécurité (PSSI)",
            "fields": {"kind": "pssi"},
            "links": [{"indicator": "P2.4", "criterion": "P2.4.pssi"}],
            "files": [],
        },
        # A CIV meeting from the year before: outside both semesters, it counts for nothing.
        {"type": "civ_meeting", "date": "2024-11-02", "title": "CIV ancienne", "fields": {}, "files": []},
    ]
    path = tmp_path / "c.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    ws_path = tmp_path / "w.sqlite"
    campaign = run("import", path, "--workspace", ws_path).stdout.split()[-1]
    score = json.loads(run("score", "--workspace", ws_path, "--campaign", campaign, "--json").stdout)
    with Workspace.open(ws_path) as ws:
        est = ws.campaign(int(campaign)).establishment_id
        ids = {e.title: e.id for e in ws.evidence(est)}
    assert score["indicators"]["P1.2"]["evidence"] == sorted([ids["CIV printemps"], ids["CIV automne"]])
    assert ids["Politique de sécurité (PSSI)"] in score["indicators"]["P2.4"]["evidence"]
    assert {ids["Comité 1"], ids["Comité 2"]} <= set(score["indicators"]["P2.4"]["evidence"])
    assert all(ids["CIV ancienne"] not in v["evidence"] for v in score["indicators"].values())


# ------------------------------------------------------------------ item 2: the reading is data


def test_a_variant_referential_with_another_reading_scores_by_it(tmp_path, hopen_data_dir):
    """An ARS reads « au moins 2 rendez-vous annuels » over 24 months: its referential file says so,
    in `derived` and in `reading`, and a campaign answered against it scores by it."""
    from tests.model.conftest import referential_variant

    variant = referential_variant("hopen-lecture-ars")
    crit = next(c for i in variant["indicators"] for c in i["criteria"] if c["id"] == "P2.4.rdv_direction")
    crit["derived"]["window_months"] = 24
    crit["reading"] = "au moins 2 rendez-vous datés de deux jours différents dans les 24 mois de la campagne"
    path = tmp_path / "ars.json"
    path.write_text(json.dumps(variant, ensure_ascii=False), encoding="utf-8")
    added = run("referential", "add", path)
    assert added.returncode == 0, added.stderr
    doc = complete_document()
    meetings = [e for e in doc["evidence"] if e["type"] == "rssi_direction_meeting"]
    meetings[0]["date"] = "2024-03-03"  # 21 months before the campaign date
    shipped = import_and_score(tmp_path, doc, "shipped")
    assert shipped["indicators"]["P2.4"]["status"] == "non_atteint"
    doc["campaign"]["referential"] = "hopen-lecture-ars"
    ars = import_and_score(tmp_path, doc, "ars")
    assert ars["indicators"]["P2.4"]["status"] == "atteint"
    listed = json.loads(run("referential", "--referential", "hopen-lecture-ars", "--json").stdout)
    read = next(c for i in listed["indicators"] for c in i["criteria"] if c["id"] == "P2.4.rdv_direction")
    assert read["reading"].endswith("dans les 24 mois de la campagne")


# ------------------------------------------------------------------ item 5: Hôpital Numérique


def test_hn_p3_needs_a_security_approach_and_its_message_counts_three_prerequisites(tmp_path):
    from hopen_desktop.model.referential import load_referential

    ref = load_referential("hopital-numerique-2012")
    doc = contract_document()
    doc["campaign"]["referential"] = ref.id
    doc["evidence"] = []
    # no security policy, risk analysis nor security officer: P3.1 left unanswered
    doc["answers"] = full_answers(ref, lambda i: i.id != "P3.1")
    score = import_and_score(tmp_path, doc)
    assert score["indicators"]["P3.1"]["status"] == "non_renseigne"
    assert score["groups"]["P3"]["status"] == "non_renseigne"
    assert (score["groups"]["P3"]["attained"], score["groups"]["P3"]["applicable"]) == (3, 4)
    assert "les trois prérequis sont atteints" in score["eligibility_reasons"]["D1"][0]


# ------------------------------------------------------------------ item 7: FINESS


def test_a_finess_with_a_wrong_key_is_refused_and_a_provisional_one_is_accepted(tmp_path):
    doc = complete_document()
    doc["establishment"]["finess"] = "750000001"
    path = tmp_path / "c.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    refused = run("import", path, "--workspace", tmp_path / "w.sqlite")
    assert refused.returncode == 2 and "clé de contrôle fausse" in refused.stderr
    doc["establishment"].update(finess="", finess_provisional=True)
    score = import_and_score(tmp_path, doc)
    assert score["prerequisites_rate"] == 1  # a provisional number changes nothing to the scoring
    listed = json.loads(run("list", "--json", "--workspace", tmp_path / "w.sqlite").stdout)["establishments"]
    assert listed[0]["finess"].startswith("PROV-") and listed[0]["finess_provisional"] is True


# ------------------------------------------------------------------ item 9: a campaign keeps its referential


def test_an_old_campaign_keeps_its_score_when_its_referential_file_changes(tmp_path, hopen_data_dir):
    from tests.model.conftest import referential_variant

    path = tmp_path / "v.json"
    path.write_text(json.dumps(referential_variant("grille-interne"), ensure_ascii=False), encoding="utf-8")
    assert run("referential", "add", path).returncode == 0
    doc = complete_document()
    doc["campaign"]["referential"] = "grille-interne"
    before = import_and_score(tmp_path, doc)
    assert before["prerequisites_rate"] == 1
    # A later version of the file raises P1.1's target above what was answered (9/10 → 95 %)...
    later = referential_variant("grille-interne", version="2")
    next(i for i in later["indicators"] if i["id"] == "P1.1")["target"] = 0.95
    for a in doc["answers"]:
        if a["indicator"] == "P1.1":
            a["numerator"] = 9
    path.write_text(json.dumps(later, ensure_ascii=False), encoding="utf-8")
    assert run("referential", "add", path, "--replace").returncode == 0
    new = import_and_score(tmp_path, doc, "new")
    assert new["indicators"]["P1.1"]["status"] == "non_atteint"
    # ...the old campaign, answered against the first version, scores as before.
    again = json.loads(run("score", "--workspace", tmp_path / "w.sqlite", "--campaign", "1", "--json").stdout)
    assert again == before
