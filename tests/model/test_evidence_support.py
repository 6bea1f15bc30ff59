"""Issue 16, item 4: which evidence counts for which indicator and criterion, and how."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from dateutil.relativedelta import relativedelta

from hopen_desktop.model.demo import build_demo_workspace
from hopen_desktop.model.entities import EstablishmentData, Evidence, EvidenceLink
from hopen_desktop.model.evidence_support import (
    KIND_TEXTS,
    NOT_COUNTING_TEXTS,
    NotCountingReason,
    SupportKind,
    evidence_support,
    links_only,
)
from hopen_desktop.model.referential import load_referential
from hopen_desktop.model.sealing import campaign_inputs
from hopen_desktop.model.workspace import Workspace

TODAY = dt.date(2025, 11, 20)
REF = load_referential("hopen-2019")


def ev(n: int, day: dt.date, etype: str, *links: EvidenceLink, **fields: object) -> Evidence:
    return Evidence(id=n, establishment_id=1, type=etype, date=day, title=f"e{n}", fields=dict(fields), links=links)


def months_ago(n: int) -> dt.date:
    return TODAY - relativedelta(months=n)


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.sqlite"
    campaign_id = build_demo_workspace(path, today=TODAY)
    with Workspace.open(path) as ws:
        campaign = ws.campaign(campaign_id)
        establishment, evidence, _ = campaign_inputs(ws, campaign)
        support = evidence_support(REF, evidence, campaign_date=campaign.date, in_ght=establishment.in_ght)
        yield ws, campaign_id, evidence, support


def test_demo_p12_counts_its_two_civ_meetings(demo):
    """In the demo, « Indicateur = P1.2 » showed 0 of 10 although two CIV meetings make P1.2 atteint."""
    ws, campaign_id, evidence, support = demo
    meetings = {e.id for e in evidence if e.type == "civ_meeting"}
    assert len(meetings) == 2 and len(evidence) == 10
    assert support.indicator("P1.2").evidence_ids == meetings
    crit = support.criterion("P1.2", "P1.2.reunions_semestrielles")
    assert {s.evidence_id for s in crit.counting} == meetings
    assert all(s.kind == SupportKind.DERIVED for s in crit.counting)
    assert [e.date for e in evidence if e.id in crit.evidence_ids] != []
    assert all(support.indicators_of(i) == ("P1.2",) for i in meetings)
    # The same evidence the score counts.
    p12 = {c.criterion_id: c for c in ws.score(campaign_id).indicators["P1.2"].criteria}
    rule = p12["P1.2.reunions_semestrielles"].rule
    assert rule is not None and set(rule.evidence_ids) == meetings


def test_demo_register_column_names_every_counting_item(demo):
    _, _, evidence, support = demo
    by_title = {e.title: support.indicators_of(e.id) for e in evidence}
    assert by_title["Comité sécurité RSSI / Direction — semestre 1"] == ("P2.4",)
    assert by_title["Test de bascule du PRA sur le site de secours"] == ("P2.1",)
    assert by_title["Disponibilité du DPI sur 12 mois"] == ("P2.2",)  # derived, no link
    # Nine months old: P3.6 asks for the last six; related, « hors période », not counting.
    dpo = next(e for e in evidence if e.type == "dpo_activity_report")
    assert by_title[dpo.title] == ()
    (other,) = support.criterion("P3.6", "P3.6.rapport_dpo").not_counting
    assert (other.evidence_id, other.reason, other.linked) == (dpo.id, NotCountingReason.OUT_OF_PERIOD, False)


def test_pssi_document_linked_to_its_criterion_counts_for_it():
    """The clinic director's case: a PSSI document with « PSSI existe » ticked in its list."""
    pssi = ev(1, months_ago(14), "document", EvidenceLink("P2.4", "P2.4.pssi"), kind="pssi")
    support = evidence_support(REF, [pssi], campaign_date=TODAY, in_ght=False)
    crit = support.criterion("P2.4", "P2.4.pssi")
    assert [(s.evidence_id, s.kind, s.criterion) for s in crit.counting] == [(1, SupportKind.LINKED, "P2.4.pssi")]
    assert support.indicators_of(1) == ("P2.4",) and support.counts_for(1, "P2.4")
    assert support.criterion("P2.4", "P2.4.analyse_risques").counting == ()


def test_a_meeting_outside_the_window_does_not_count_even_linked():
    link = EvidenceLink("P2.4", "P2.4.rdv_direction")
    old = ev(1, months_ago(14), "rssi_direction_meeting", link)  # linked, 14 months ago
    recent = ev(2, months_ago(2), "rssi_direction_meeting")  # not linked: counted by the rule
    later = ev(3, TODAY + dt.timedelta(days=1), "rssi_direction_meeting", link)  # after the campaign
    support = evidence_support(REF, [old, recent, later], campaign_date=TODAY, in_ght=False)
    crit = support.criterion("P2.4", "P2.4.rdv_direction")
    assert [(s.evidence_id, s.kind) for s in crit.counting] == [(2, SupportKind.DERIVED)]
    assert [(n.evidence_id, n.reason, n.linked) for n in crit.not_counting] == [
        (3, NotCountingReason.AFTER_CAMPAIGN, True),
        (1, NotCountingReason.OUT_OF_PERIOD, True),
    ]
    assert support.indicators_of(1) == () and support.indicators_of(3) == ()
    assert support.indicator("P2.4").evidence_ids == {2}


def test_incomplete_other_type_and_not_applicable_criterion_do_not_count():
    availability = ev(1, months_ago(1), "availability_measurement", target=0.99, method="relevé")  # no measure
    wrong = ev(2, months_ago(1), "document", EvidenceLink("P2.1", "P2.1.pra_teste"), kind="pssi")
    ght = ev(3, months_ago(1), "document", EvidenceLink("P2.4", "P2.4.ght"), kind="pssi")
    support = evidence_support(REF, [availability, wrong, ght], campaign_date=TODAY, in_ght=False)
    (incomplete,) = support.criterion("P2.2", "P2.2.observation_disponibilite").not_counting
    assert incomplete.reason == NotCountingReason.INCOMPLETE
    (other,) = support.criterion("P2.1", "P2.1.pra_teste").not_counting
    assert other.reason == NotCountingReason.OTHER_TYPE
    assert "P2.4.ght" not in support.indicator("P2.4").criteria  # outside a GHT it does not apply
    assert [n.reason for n in support.indicator("P2.4").not_counting] == [NotCountingReason.CRITERION_NOT_APPLICABLE]
    assert support.counted_for == {}
    # In a GHT, the same link counts.
    in_ght = evidence_support(REF, [ght], campaign_date=TODAY, in_ght=True)
    assert in_ght.criterion("P2.4", "P2.4.ght").evidence_ids == (3,)


def test_indicator_level_links_count_for_the_whole_indicator():
    count = ev(1, months_ago(1), "document", EvidenceLink("P1.1"), kind="other")
    late = ev(2, TODAY + dt.timedelta(days=3), "document", EvidenceLink("P1.1"), kind="other")
    unknown = ev(3, months_ago(1), "document", EvidenceLink("X9.9"), kind="other")  # another referential's
    support = evidence_support(REF, [count, late, unknown], campaign_date=TODAY, in_ght=False)
    ind = support.indicator("P1.1")
    assert [(s.evidence_id, s.kind, s.criterion) for s in ind.linked] == [(1, SupportKind.LINKED, None)]
    assert [n.reason for n in ind.not_counting] == [NotCountingReason.AFTER_CAMPAIGN]
    assert support.counted_for == {1: ("P1.1",)}
    assert links_only([count, late, unknown]) == {1: ("P1.1",), 2: ("P1.1",), 3: ("X9.9",)}


def test_labels_in_both_languages():
    for table in (KIND_TEXTS, NOT_COUNTING_TEXTS):
        for text in table.values():
            assert text.fr and text.en
    assert KIND_TEXTS[SupportKind.DERIVED].fr == "calculée"
    assert NOT_COUNTING_TEXTS[NotCountingReason.OUT_OF_PERIOD].fr == "hors période"


def test_two_thousand_items_are_evaluated_at_once(tmp_path):
    """A large register must not make page changes sluggish: one evaluation per campaign refresh."""
    types = ["rssi_direction_meeting", "civ_meeting", "pra_test", "document", "dpo_activity_report"]
    register = [
        ev(
            n,
            TODAY - dt.timedelta(days=n % 900),
            types[n % len(types)],
            *([EvidenceLink("P2.4", "P2.4.pssi")] if n % 7 == 0 else []),
            kind="pssi",
        )
        for n in range(2000)
    ]
    start = time.perf_counter()
    support = evidence_support(REF, register, campaign_date=TODAY, in_ght=True)
    elapsed = time.perf_counter() - start
    assert elapsed < 0.5, elapsed
    assert support.indicator("P1.2").evidence_ids


def test_through_a_workspace(tmp_path):
    with Workspace.open(tmp_path / "w.sqlite") as ws:
        est = ws.add_establishment(EstablishmentData("750712184", "Clinique", "prive", ("MCO",)))
        camp = ws.add_campaign(est.id, TODAY, "hopen-2019", "Auditrice")
        doc = ws.add_evidence(
            est.id,
            "document",
            months_ago(3),
            "Politique de sécurité (PSSI) v3",
            fields={"kind": "pssi"},
            links=[EvidenceLink("P2.4", "P2.4.pssi")],
        )
        _, evidence, _ = campaign_inputs(ws, ws.campaign(camp.id))
        support = evidence_support(ws.referential_of(camp), evidence, campaign_date=camp.date, in_ght=False)
        assert support.criterion("P2.4", "P2.4.pssi").evidence_ids == (doc.id,)
