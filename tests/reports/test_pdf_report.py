"""The PDF report: content, fonts, metadata, progress and cancellation."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hopen_desktop.jobs.reports import produce_report, read_report_snapshot, render_report_bytes
from hopen_desktop.model.formatting import format_percent
from hopen_desktop.model.scoring import Status
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.reports.errors import Cancelled
from hopen_desktop.reports.progress import CancelledCallback, ProgressCallback, Steps
from tests.reports.conftest import ESTABLISHMENT_NAME, fill_workspace


def write_report(
    ws: Workspace,
    campaign_id: int,
    out: Path,
    *,
    cancelled: CancelledCallback | None = None,
    today: dt.date | None = None,
) -> Path:
    """The report job as the command line runs it (on its open workspace)."""
    return produce_report(ws, campaign_id, out, cancelled=cancelled, today=today)


def render_report(ws: Workspace, campaign_id: int, *, progress: ProgressCallback | None = None) -> bytes:
    steps = Steps(1, progress)
    return render_report_bytes(read_report_snapshot(ws, campaign_id, steps), steps=steps)


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def report(filled: tuple[Workspace, int], tmp_path: Path) -> Path:
    ws, campaign_id = filled
    return write_report(ws, campaign_id, tmp_path / "rapport.pdf", today=dt.date(2025, 7, 2))


def test_report_text_names_every_applicable_indicator_and_the_establishment(
    filled: tuple[Workspace, int], report: Path
) -> None:
    ws, campaign_id = filled
    text = pdftotext(report)
    score = ws.score(campaign_id)
    applicable = [i for i, s in score.indicators.items() if s.status != Status.NON_APPLICABLE]
    assert len(applicable) == 40
    missing = [i for i in applicable if i not in text]
    assert not missing
    flat = " ".join(text.split())
    assert ESTABLISHMENT_NAME in flat  # accents and « » extracted as such: the embedded font maps them
    assert "Hélène Müller-Loïc" in flat
    assert "2A0000013" in flat
    assert "Taux global d'atteinte des prérequis" in flat


def test_report_states_figures_exactly_and_marks_derived_criteria(report: Path) -> None:
    flat = " ".join(pdftotext(report).split())
    # 899/1000 is 89,9 %: under a 90 % target, and said so
    assert "89,9 %" in flat and "899/1000" in flat and "sous la cible" in flat
    assert "dénominateur nul" in flat
    assert "calculé d'après le registre des preuves" in flat
    assert "Non applicable" in flat and "Pas de pôles" in flat


def test_report_has_annex_action_plan_journal_statement_and_footers(report: Path) -> None:
    text = pdftotext(report)
    flat = " ".join(text.split())
    pages = int(
        next(
            line.split(":")[1]
            for line in subprocess.run(["pdfinfo", str(report)], capture_output=True, text=True).stdout.splitlines()
            if line.startswith("Pages:")
        )
    )
    assert f"page 1 / {pages}" in flat and f"page {pages} / {pages}" in flat
    assert "Annexe — Registre des preuves" in flat
    import hashlib

    assert hashlib.sha256("Compte rendu : présents, décisions.".encode()).hexdigest() in flat.replace(" ", "")
    assert "Plan d'action" in flat and "Planifier le test du PRA" in flat and "(en retard)" in flat
    assert "Journal des modifications : vérifié" in flat


def test_report_metadata_and_embedded_fonts(report: Path) -> None:
    info = subprocess.run(["pdfinfo", str(report)], capture_output=True, text=True, check=True).stdout
    assert f"Title:           Rapport d'autodiagnostic HOP'EN — {ESTABLISHMENT_NAME}" in info
    assert "Author:          Hélène Müller-Loïc, consultante" in info
    assert "Subject:         Autodiagnostic du 30/06/2025" in info
    fonts = subprocess.run(["pdffonts", str(report)], capture_output=True, text=True, check=True).stdout
    dejavu = [line for line in fonts.splitlines() if "DejaVuSans" in line]
    assert dejavu and all(" yes yes yes " in line for line in dejavu)  # embedded, subset, unicode map


def test_report_says_when_the_journal_does_not_verify(filled: tuple[Workspace, int], tmp_path: Path) -> None:
    ws, campaign_id = filled
    ws.db.execute("UPDATE journal SET new = '\"falsifié\"' WHERE id = 3")
    flat = " ".join(pdftotext(write_report(ws, campaign_id, tmp_path / "r.pdf")).split())
    assert "Journal des modifications : NON vérifié" in flat
    assert "Ligne 3 du journal modifiée hors de l'application" in flat


def test_progress_is_reported_and_cancel_raises_without_writing(filled: tuple[Workspace, int], tmp_path: Path) -> None:
    ws, campaign_id = filled
    seen: list[tuple[int, int, str]] = []
    render_report(ws, campaign_id, progress=lambda d, t, m: seen.append((d, t, m)))
    assert seen[-1][0] == seen[-1][1]
    assert all(0 <= d <= t for d, t, _ in seen) and len(seen) > 5

    calls = 0

    def cancel_after_a_while() -> bool:
        nonlocal calls
        calls += 1
        return calls > 20  # cancels while laying out the pages

    out = tmp_path / "annule.pdf"
    with pytest.raises(Cancelled):
        write_report(ws, campaign_id, out, cancelled=cancel_after_a_while)
    assert not out.exists()
    assert not list(tmp_path.glob(".annule.pdf*"))


def test_report_of_an_empty_campaign(workspace_path: Path, tmp_path: Path) -> None:
    from hopen_desktop.model.entities import EstablishmentData

    with Workspace.open(workspace_path) as ws:
        est = ws.add_establishment(EstablishmentData(finess="750000002", name="Clinique des Lilas"))
        campaign = ws.add_campaign(est.id, dt.date(2025, 1, 31), "hopen-2019")
        out = write_report(ws, campaign.id, tmp_path / "vide.pdf")
    flat = " ".join(pdftotext(out).split())
    assert "Clinique des Lilas" in flat and "Aucune preuve n'est enregistrée" in flat
    assert "Plan d'action" not in flat


def test_report_cover_says_a_finess_is_provisional(workspace_path: Path, tmp_path: Path) -> None:
    from hopen_desktop.model.entities import EstablishmentData

    with Workspace.open(workspace_path) as ws:
        est = ws.add_establishment(EstablishmentData(finess="", name="Clinique sans numéro", finess_provisional=True))
        campaign = ws.add_campaign(est.id, dt.date(2025, 1, 31), "hopen-2019")
        out = write_report(ws, campaign.id, tmp_path / "provisoire.pdf")
    cover = subprocess.run(
        ["pdftotext", "-l", "1", "-layout", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    line = next(line for line in cover.splitlines() if "FINESS" in line and "PROV-" in line)
    assert " ".join(line.split()) == f"FINESS {est.finess} (provisoire)"


def test_report_with_hundreds_of_proofs_for_one_indicator(workspace_path: Path, tmp_path: Path) -> None:
    # A single table cell holding every proof of an indicator could not split across pages:
    # ReportLab raised LayoutError with a couple of hundred proofs (found by bench/reports.py).
    from hopen_desktop.model.entities import EstablishmentData, EvidenceLink

    with Workspace.open(workspace_path) as ws:
        est = ws.add_establishment(EstablishmentData(finess="750000002", name="Clinique des Lilas"))
        campaign = ws.add_campaign(est.id, dt.date(2025, 12, 31), "hopen-2019")
        for n in range(150):
            ws.add_evidence(
                est.id,
                "rssi_direction_meeting",
                dt.date(2025, 1, 1) + dt.timedelta(days=n * 2),
                f"Réunion RSSI / Direction n° {n}",
                {},
                [EvidenceLink("P2.4")],
            )
        out = write_report(ws, campaign.id, tmp_path / "preuves.pdf")
    flat = " ".join(pdftotext(out).split())
    assert "Réunion RSSI / Direction n° 0 " in flat + " " and "Réunion RSSI / Direction n° 149" in flat


def test_every_action_is_printed_once_in_order_with_the_header_repeated(tmp_path: Path) -> None:
    """Long annex and action-plan tables are laid out in pieces of LONG_TABLE_ROWS rows, each with
    its header (one table of N rows took time in N²): every row is printed once, in order."""
    import re

    from hopen_desktop.model.entities import EstablishmentData
    from hopen_desktop.model.snapshot import take_snapshot
    from hopen_desktop.reports import pdf_report
    from hopen_desktop.reports.pdf_report import LONG_TABLE_ROWS

    count = LONG_TABLE_ROWS * 3 + 7
    with Workspace.open(tmp_path / "w.sqlite") as ws:
        est = ws.add_establishment(EstablishmentData("750712184", "Clinique des Lilas", "prive", ("MCO",)))
        campaign = ws.add_campaign(est.id, dt.date(2025, 6, 30), "hopen-2019", "Auditrice")
        with ws.transaction():
            for n in range(count):
                ws.add_action(est.id, title=f"Action numéro {n:04d}", due_date=dt.date(2026, 1, 1))
        pdf = tmp_path / "r.pdf"
        pdf.write_bytes(pdf_report.render_report(take_snapshot(ws, campaign.id)))
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    numbers = [int(m) for m in re.findall(r"Action numéro (\d{4})", text)]
    assert numbers == list(range(count))
    plan = text[text.rindex("Plan d'action") :]
    assert plan.count("Responsable") >= 4  # one header per piece (and per page)


def test_long_user_texts_are_cut_into_pieces_that_keep_every_character() -> None:
    from hopen_desktop.reports.pdf_report import ROW_TEXT_MAX, _pieces

    lines = "Ligne de compte rendu avec des mots\n" * 2000
    one_line = "mot " * 5000
    unbroken = "x" * 5000
    for text in (lines, one_line, unbroken, "", "court"):
        pieces = _pieces(text)
        assert pieces and all(len(p) <= ROW_TEXT_MAX for p in pieces)
        assert "".join(pieces).replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(" ", "")


def pdftotext_raw(path: Path) -> str:
    """The text in reading order (a table's cells one after the other), whitespace folded."""
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(text.replace("\u00a0", " ").split())


def test_statuses_come_with_their_reasons(report: Path) -> None:
    flat = pdftotext_raw(report)
    # P2.5: the register holds no external audit attestation dated in the window
    assert (
        "Non atteint : aucune preuve « Attestation d'audit de sécurité externe » datée des 12 derniers mois "
        "(du 01/07/2024 au 30/06/2025)" in flat
    )
    assert "Non renseigné : dénominateur nul" in flat
    assert "Motif" in flat  # the blockers' table says why each prerequisite blocks


def test_the_instruction_and_the_reading_are_shown_apart(report: Path) -> None:
    from hopen_desktop.model.referential import load_referential

    flat = pdftotext_raw(report)
    p24 = load_referential("hopen-2019").indicator("P2.4").criterion("P2.4.rdv_direction")
    assert f"Texte de l'instruction {p24.label} {p24.instruction}" in flat
    assert f"Lecture appliquée par l'application {p24.reading}" in flat


def test_the_method_comes_before_the_indicators_and_lists_the_readings(report: Path) -> None:
    from hopen_desktop.model.referential import load_referential
    from hopen_desktop.reports.data import quoted_rules

    flat = pdftotext_raw(report)
    flat = flat[flat.index("mènent aussi à chaque indicateur") :]  # after the table of contents
    method = flat.index("Taux. Le numérateur divisé par le dénominateur")
    assert flat.index("Synthèse") < method < flat.index("Prérequis P1 — Identités, mouvements")
    section = flat[method : flat.index("Prérequis P1 — Identités, mouvements")]
    for words in (
        "comparé exactement à la cible, sous forme de fraction, jamais sur le pourcentage arrondi",
        "Un indicateur de prérequis ne peut jamais être non applicable",
        "un groupe sans indicateur applicable n'est jamais atteint",
        "comptée par indicateur",
        "L'outil d'autodiagnostic de l'ANAP compte par question",
        "dates distinctes : deux preuves du même jour comptent pour une",
        "quand les quatre prérequis sont atteints",
    ):
        assert words in section, words
    rules = quoted_rules(load_referential("hopen-2019"))
    assert len(rules) == 6
    for ind, crit in rules:
        assert f"{ind.id} {crit.label} {crit.instruction} {crit.reading}" in section, crit.id


def test_the_method_prints_the_readings_of_the_campaign_referential(
    filled: tuple[Workspace, int], tmp_path: Path
) -> None:
    """A variant referential (another reading) prints its own readings: they are data."""
    import dataclasses

    from hopen_desktop.jobs.reports import read_report_snapshot

    ws, campaign_id = filled
    snap = read_report_snapshot(ws, campaign_id, Steps(1))
    ref = snap.referential
    p25 = ref.indicator("P2.5")
    crit = dataclasses.replace(p25.criteria[0], reading="au moins une attestation datée des 24 derniers mois")
    variant = dataclasses.replace(
        ref,
        indicators=tuple(dataclasses.replace(i, criteria=(crit,)) if i.id == "P2.5" else i for i in ref.indicators),
    )
    out = tmp_path / "variante.pdf"
    out.write_bytes(render_report_bytes(dataclasses.replace(snap, referential=variant), steps=Steps(1)))
    flat = pdftotext_raw(out)
    assert "au moins une attestation datée des 24 derniers mois" in flat
    assert p25.criteria[0].reading not in flat


def test_a_referential_without_readings_says_so(workspace_path: Path, tmp_path: Path) -> None:
    from hopen_desktop.model.entities import EstablishmentData

    with Workspace.open(workspace_path) as ws:
        est = ws.add_establishment(EstablishmentData(finess="750000002", name="Clinique des Lilas"))
        campaign = ws.add_campaign(est.id, dt.date(2016, 12, 31), "hopital-numerique-2012")
        out = write_report(ws, campaign.id, tmp_path / "hn.pdf")
    flat = pdftotext_raw(out)
    assert "Ce référentiel ne retient aucune lecture particulière de l'instruction" in flat
    assert "quand les trois prérequis sont atteints" in flat and "D7" not in flat
    # HN P3.1 quotes the fact sheet
    assert "P3.1 — Démarche de sécurité" in flat
    assert "démarche de sécurité (politique de sécurité, analyse des risques, référent sécurité)" in flat


# ---------------------------------------------------------------------------- issue 17: what the report says


def internal_codes() -> set[str]:
    """Every internal code a reader must never see: evidence type keys, field keys, choice keys and
    criterion ids (indicator ids such as P2.4 are the official numbering and stay)."""
    from hopen_desktop.model.evidence_types import EVIDENCE_TYPE_DEFS
    from hopen_desktop.model.referential import load_referential

    codes = set(EVIDENCE_TYPE_DEFS)
    for etype in EVIDENCE_TYPE_DEFS.values():
        for f in etype.fields:
            codes.add(f.name)
            codes.update(c.key for c in f.choices)
    ref = load_referential("hopen-2019")
    codes.update(c.id for ind in ref.indicators for c in ind.criteria)
    return codes - {"document"}  # a French word too (« un document lié au règlement intérieur »)


def codes_found(pdf: Path) -> set[str]:
    text = pdftotext_raw(pdf)
    glued = "".join(text.split())  # an id wrapped mid-word (« P3.6.rapport_d / po ») found too
    found = {code for code in internal_codes() if re.search(rf"(?<![\w.]){re.escape(code)}(?!\w)", text)}
    return found | {code for code in internal_codes() if ("_" in code or "." in code) and code in glued}


def field_values(etype: Any, n: int) -> dict[str, Any]:
    from hopen_desktop.model.evidence_types import FieldType

    values: dict[str, Any] = {}
    for f in etype.fields:
        values[f.name] = {
            FieldType.TEXT: f"Texte saisi {n}",
            FieldType.LONG_TEXT: f"Texte long saisi {n}\nsur deux lignes",
            FieldType.DURATION: "3 h 10",
            FieldType.DATE: "2025-01-07" if f.name != "period_end" else "2025-05-31",
            FieldType.NUMBER: 5,
            FieldType.PERCENT: 0.995,
            FieldType.YES_NO: True,
            FieldType.CHOICE: f.choices[n % len(f.choices)].key if f.choices else None,
        }[f.type]
    return values


def fill_every_type(ws: Workspace) -> int:
    """``fill_workspace`` and one piece of evidence of every type with every field, each linked to
    a criterion; one linked to every criterion; a meeting out of its window and a report dated after
    the campaign, both linked; an action on each derived criterion. Returns the campaign id."""
    from hopen_desktop.model.entities import EvidenceLink
    from hopen_desktop.model.evidence_types import EVIDENCE_TYPE_DEFS

    campaign_id = fill_workspace(ws)
    campaign = ws.campaign(campaign_id)
    est = campaign.establishment_id
    ref = ws.referential_of(campaign)
    derived = {c.derived.evidence_type: (ind.id, c.id) for ind in ref.indicators for c in ind.criteria if c.derived}
    for n, (key, etype) in enumerate(EVIDENCE_TYPE_DEFS.items()):
        iid, cid = derived.get(key, ("P3.2", ref.indicator("P3.2").criteria[0].id))
        ws.add_evidence(
            est, key, dt.date(2025, 6, 1), f"Preuve complète {n}", field_values(etype, n), [EvidenceLink(iid, cid)]
        )
    everything = [EvidenceLink(ind.id, c.id) for ind in ref.indicators for c in ind.criteria]
    ws.add_evidence(est, "document", dt.date(2025, 2, 1), "Note rattachée à tout", {"kind": "other"}, everything)
    ws.add_evidence(
        est,
        "rssi_direction_meeting",
        dt.date(2023, 1, 10),
        "Comité RSSI très ancien",
        {"participants": "Direction"},
        [EvidenceLink("P2.4", "P2.4.rdv_direction")],
    )
    dpo = [EvidenceLink("P3.6", "P3.6.rapport_dpo")]
    ws.add_evidence(est, "dpo_activity_report", dt.date(2025, 8, 1), "Rapport du DPO d'août", {}, dpo)
    for iid, cid in derived.values():
        title = f"Action sur le critère de {iid}"
        ws.add_action(est, title=title, indicator=iid, criterion=cid, campaign_id=campaign_id)
    return campaign_id


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, int]]:
    """The demo workspace (a campaign with a previous one) and its report: (workspace, report, campaign)."""
    from hopen_desktop.model.demo import build_demo_workspace

    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HOPEN_DATA_DIR", str(folder / "data"))
        path = folder / "demo.sqlite"
        campaign_id = build_demo_workspace(path, dt.date(2026, 11, 30))
        with Workspace.open(path) as ws:
            report = write_report(ws, campaign_id, folder / "demo.pdf", today=dt.date(2026, 11, 30))
        yield path, Path(report), campaign_id


@pytest.fixture(scope="module")
def every_type_report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, int]]:
    folder = tmp_path_factory.mktemp("every")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HOPEN_DATA_DIR", str(folder / "data"))
        path = folder / "every.sqlite"
        with Workspace.open(path) as ws:
            campaign_id = fill_every_type(ws)
            report = write_report(ws, campaign_id, folder / "every.pdf", today=dt.date(2025, 7, 2))
        yield path, Path(report), campaign_id


def test_no_internal_code_in_the_report(
    demo_report: tuple[Path, Path, int], every_type_report: tuple[Path, Path, int]
) -> None:
    for _path, pdf, _campaign in (demo_report, every_type_report):
        assert codes_found(pdf) == set(), pdf.name
    flat = pdftotext_raw(every_type_report[1])
    # labels, French dates and units instead
    assert "Début de la période couverte : 07/01/2025 ; Fin de la période couverte : 31/05/2025" in flat
    assert "Perte de données observée (RPO) : 3 h 10" in flat and "Taux mesuré : 99,5 %" in flat
    from hopen_desktop.model.referential import load_referential

    p24 = load_referential("hopen-2019").indicator("P2.4").criterion("P2.4.rdv_direction")
    assert f"Rattachée à : P2.4 — {p24.label}" in flat


def test_the_table_of_contents_and_the_outline_give_the_right_pages(demo_report: tuple[Path, Path, int]) -> None:
    from pypdf import PdfReader

    from hopen_desktop.model.referential import load_referential

    _path, pdf, _campaign = demo_report

    def page_text(number: int) -> str:
        out = subprocess.run(
            ["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"], capture_output=True, text=True
        ).stdout
        return " ".join(out.replace("\u00a0", " ").split())

    contents = subprocess.run(
        ["pdftotext", "-layout", "-f", "2", "-l", "2", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    assert "Sommaire" in contents
    entries = dict(
        (m.group(1), int(m.group(2)))
        for m in (re.match(r"^\s*(\S.*?)\s{2,}(\d+)$", line) for line in contents.splitlines())
        if m
    )
    ref = load_referential("hopen-2019")
    expected = ["Synthèse", "Méthode", *(f" {g.id} — {g.title}" for g in ref.groups), "Annexe — Registre des preuves"]
    expected += ["Plan d'action", "Intégrité et signature"]
    for title in expected:
        matches = [(t, page) for t, page in entries.items() if t.endswith(title) or t == title]
        assert len(matches) == 1, (title, entries)
        heading, page = matches[0]
        # pdftotext joins a heading broken after its own hyphen (« médico-|économiques ») without it
        assert page > 2 and heading.replace("-", "") in page_text(page).replace("-", ""), heading

    reader = PdfReader(pdf)
    outline: dict[str, int] = {}

    def walk(items: Any) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                outline[item.title] = reader.get_destination_page_number(item) + 1

    walk(reader.outline)
    for heading, page in entries.items():
        assert outline[heading] == page, heading  # bookmarks and contents agree
    for ind in ref.indicators:
        found = [page for title, page in outline.items() if title.startswith(f"{ind.id} — ")]
        assert len(found) == 1, ind.id
        assert f"{ind.id} — " in page_text(found[0]), ind.id
    # the contents' lines are links to the same pages
    pages = [page.indirect_reference for page in reader.pages]
    links = [annot.get_object()["/Dest"][0] for annot in reader.pages[1].get("/Annots", [])]
    assert [pages.index(dest) + 1 for dest in links] == list(entries.values())


def test_evidence_is_numbered_in_the_annex_and_referred_to_by_number(
    every_type_report: tuple[Path, Path, int],
) -> None:
    from hopen_desktop.model.snapshot import take_snapshot
    from hopen_desktop.reports.data import fr_date

    path, pdf, campaign_id = every_type_report
    with Workspace.open(path) as ws:
        snap = take_snapshot(ws, campaign_id, check_files=False)
    flat = pdftotext_raw(pdf)
    annex = flat[flat.rindex("Annexe — Registre des preuves") :]
    positions = []
    for n, e in enumerate(snap.evidence, start=1):
        number = f"E-{n:03d}"
        positions.append(annex.index(f"{number} {fr_date(e.date)} {e.title}"))
        for ind in snap.referential.indicators:
            if e in snap.evidence_for(ind):
                # the same number and title in the indicator's block, before the annex
                assert re.search(rf"{number} — {fr_date(e.date)} — [^«]*« {re.escape(e.title)} »", flat), number
    assert positions == sorted(positions)  # in annex order
    assert f"E-{len(snap.evidence) + 1:03d}" not in flat


def test_evidence_outside_its_window_is_marked_hors_periode(every_type_report: tuple[Path, Path, int]) -> None:
    _path, pdf, _campaign = every_type_report
    flat = pdftotext_raw(pdf)
    old = re.search(r"E-\d{3} — 10/01/2023 — Réunion RSSI / Direction : « Comité RSSI très ancien » — ([^—]*)", flat)
    assert old is not None and old.group(1).startswith("hors période : en dehors de la période retenue")
    late = re.search(r"E-\d{3} — 01/08/2025 — Rapport d'activité du DPO : « Rapport du DPO d'août » — ([^—]*)", flat)
    assert late is not None and late.group(1).startswith("hors période : postérieure à la date de la campagne")
    # never among the proofs a derived criterion counts
    assert "« Comité RSSI très ancien » du" not in flat and "« Rapport du DPO d'août » du" not in flat
    assert "Ne compte pas pour P2.4 : hors période" in flat and "Ne compte pas pour P3.6 : hors période" in flat


def test_the_previous_campaign_is_compared(
    demo_report: tuple[Path, Path, int], every_type_report: tuple[Path, Path, int]
) -> None:
    path, pdf, campaign_id = demo_report
    with Workspace.open(path) as ws:
        now = ws.score(campaign_id)
        before = ws.score(1)
        assert ws.campaign(1).date == dt.date(2025, 11, 30)
    flat = pdftotext_raw(pdf)
    rate = f"{format_percent(before.prerequisites_rate, trim=False, language='fr')}"
    assert f"Campagne précédente du 30/11/2025 : {rate} ({before.prerequisites_attained}/15) ↗" in flat
    assert before.indicators["P1.1"].status == Status.NON_ATTEINT and now.indicators["P1.1"].status == Status.ATTEINT
    assert "Campagne précédente Non atteint (70,0 %) à la campagne du 30/11/2025 — ↗ en progrès" in flat
    assert "↘ en recul" in flat or "→ inchangé" in flat
    # a campaign without a predecessor compares nothing
    assert "Campagne précédente" not in pdftotext_raw(every_type_report[1])


def test_rates_are_shown_as_entered(demo_report: tuple[Path, Path, int]) -> None:
    flat = pdftotext_raw(demo_report[1])
    assert "77,7 % (14/18 tel que saisi, comparé exactement à la cible 70 %)" in flat
    assert "7/9" not in flat


def test_the_score_command_prints_the_rate_as_the_report_does(demo_report: tuple[Path, Path, int]) -> None:
    path, pdf, campaign_id = demo_report
    from tests.cli.helpers import run

    result = run("score", "--campaign", campaign_id, "--workspace", path)
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("Taux global"))
    shown = re.search(r": (\d+,\d %) \(", line)
    assert shown is not None and shown.group(1) == "53,3 %"
    assert f"Taux global d'atteinte des prérequis {shown.group(1)}" in pdftotext_raw(pdf)


def test_the_journal_statement_names_the_authors_when_recorded(filled: tuple[Workspace, int], tmp_path: Path) -> None:
    import dataclasses

    ws, campaign_id = filled
    snap = read_report_snapshot(ws, campaign_id, Steps(1))
    assert snap.journal_authors == ()  # this workspace records no author
    named = dataclasses.replace(snap, journal_authors=("Claire Martin", "Paul Durand"))
    out = tmp_path / "r.pdf"
    out.write_bytes(render_report_bytes(named))
    assert "Modifications de cette campagne saisies par : Claire Martin, Paul Durand." in pdftotext_raw(out)


def test_a_conditional_criterion_answered_not_applicable_shows_its_justification(
    filled: tuple[Workspace, int], tmp_path: Path
) -> None:
    import dataclasses

    from hopen_desktop.jobs.reports import read_report_snapshot
    from hopen_desktop.model.entities import Answer
    from hopen_desktop.model.scoring import score_campaign

    ws, campaign_id = filled
    snap = read_report_snapshot(ws, campaign_id, Steps(1))
    answers = dict(snap.answers)
    answers["D5.3"] = Answer(
        "D5.3",
        criteria={"D5.3.dialogue_gestion": True, "D5.3.contractualisation": True},
        criteria_na={"D5.3.ght": "Aucun pôle inter-établissements dans le GHT."},
    )
    score = score_campaign(snap.referential, answers, snap.evidence, campaign_date=snap.campaign.date, in_ght=True)
    assert score.indicators["D5.3"].status == Status.ATTEINT
    out = tmp_path / "na.pdf"
    out.write_bytes(render_report_bytes(dataclasses.replace(snap, answers=answers, score=score), steps=Steps(1)))
    flat = pdftotext_raw(out)
    assert "— non applicable Si le GHT compte des pôles inter-établissements" in flat
    assert "justification : Aucun pôle inter-établissements dans le GHT." in flat
    assert "Atteint : tous les critères sont remplis (1 non applicable(s), justifié(s))" in flat


def test_the_report_says_whether_the_declared_hn_attainment_is_backed(
    filled: tuple[Workspace, int], tmp_path: Path
) -> None:
    ws, campaign_id = filled
    flat = " ".join(pdftotext_raw(write_report(ws, campaign_id, tmp_path / "a.pdf")).split())
    assert "Atteinte des cibles d'usage Hôpital Numérique D2 ou D3 (éligibilité de D7) : non déclarée." in flat
    ws.update_campaign(campaign_id, hn_d2_d3_attained=True)
    flat = " ".join(pdftotext_raw(write_report(ws, campaign_id, tmp_path / "b.pdf")).split())
    assert "(éligibilité de D7) : déclarée, non justifiée dans l'espace." in flat


def test_a_rate_says_its_measurement_period_and_source_in_one_line(
    filled: tuple[Workspace, int], tmp_path: Path
) -> None:
    """Issue 17: « Mesure : du 01/01/2025 au 30/06/2025 — source : extraction DPI » under « Taux »;
    a rate without them prints no such line."""
    from dataclasses import replace

    ws, campaign_id = filled
    before = " ".join(pdftotext(write_report(ws, campaign_id, tmp_path / "avant.pdf")).split())
    assert "Mesure :" not in before
    p11 = ws.answer(campaign_id, "P1.1")
    measured = replace(p11, period_start=dt.date(2025, 1, 1), period_end=dt.date(2025, 6, 30), source="extraction DPI")
    ws.save_answer(campaign_id, measured)
    out = write_report(ws, campaign_id, tmp_path / "r.pdf")
    flat = " ".join(pdftotext(out).split())
    assert "Mesure du 01/01/2025 au 30/06/2025 — source : extraction DPI" in flat
    taux = flat.index("Taux", flat.index("P1.1 —"))
    assert taux < flat.index("Mesure du 01/01/2025", taux) < flat.index("P1.2 —")


# ---------------------------------------------------------------------------- rendering (issue 17)


def _words(path: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """The words of each page with their boxes (x0, y0 from the top, x1, y1, text)."""
    import html
    import re

    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        pages.append(
            [
                (float(a), float(b), float(c), float(d), html.unescape(text))
                for a, b, c, d, text in re.findall(
                    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page
                )
            ]
        )
    return pages


def _campaign(ws: Workspace, name: str, *, comment: str = "", proofs: int = 0, heavy: bool = False) -> int:
    """A campaign of an establishment called ``name`` whose first indicator carries ``comment``
    and ``proofs`` meetings (with long fields and two attached files each when ``heavy``)."""
    from hopen_desktop.model.entities import Answer, EstablishmentData, EvidenceLink

    est = ws.add_establishment(EstablishmentData(finess="750000002", name=name))
    campaign = ws.add_campaign(est.id, dt.date(2025, 12, 31), "hopen-2019", "Auditrice")
    ref = ws.referential_of(campaign)
    with ws.transaction():
        if comment:
            ws.save_answer(campaign.id, Answer(ref.indicators[0].id, comment=comment))
        for n in range(proofs):
            fields = {"participants": "Directeur général, RSSI, DSI, DPO, directeur des soins, président de CME"}
            if heavy:
                fields["decisions"] = "Validation de la politique de sécurité ; test du plan de reprise. " * 4
            ev = ws.add_evidence(
                est.id,
                "rssi_direction_meeting",
                dt.date(2025, 1, 1) + dt.timedelta(days=n),
                f"Réunion RSSI / Direction n° {n}",
                fields,
                [EvidenceLink("P2.4")],
            )
            for k in range(2 if heavy else 0):
                ws.attach_bytes(ev.id, f"compte-rendu-{n}-{k}.pdf", f"%PDF-1.4 pièce {n} {k}".encode())
    return campaign.id


LONG_NAME = ("Centre hospitalier intercommunal médico-chirurgical « Les Tilleuls » et soins de suite " * 3)[:200]


def test_a_long_establishment_name_is_shortened_in_the_header_and_footer(workspace_path: Path, tmp_path: Path) -> None:
    with Workspace.open(workspace_path) as ws:
        out = write_report(ws, _campaign(ws, LONG_NAME), tmp_path / "long.pdf")
    pages = _words(out)
    for number, words in enumerate(pages[1:], start=2):  # the cover has no header
        top = min(y0 for _, y0, _, _, _ in words)
        bottom = max(y1 for _, _, _, y1, _ in words)
        header = [w for w in words if w[1] < top + 3]
        footer = [w for w in words if w[3] > bottom - 3]
        date = next(w for w in header if w[4] == "Autodiagnostic")
        page = next(w for w in footer if w[4] == "page")
        # the name ends (with « … ») before the text on the right starts, on every page
        assert all(w[2] < date[0] - 5 for w in header if w[0] < date[0]), number
        assert all(w[2] < page[0] - 5 for w in footer if w[0] < page[0]), number
        assert any(w[4].endswith("…") for w in header) and any(w[4].endswith("…") for w in footer)
        assert " ".join(w[4] for w in footer if w[0] >= page[0]) == f"page {number} / {len(pages)}"


def _annex_pages(path: Path) -> list[list[tuple[float, float, float, float, str]]]:
    pages = _words(path)
    texts = [" ".join(w[4] for w in words) for words in pages]
    # the last pages naming them: a table of contents would name them too
    start = max(n for n, text in enumerate(texts) if "Annexe — Registre des preuves" in text)
    end = max(n for n, text in enumerate(texts) if "Intégrité et signature" in text)
    return pages[start:end]


def test_annex_rows_split_across_pages_so_no_page_is_left_half_empty(workspace_path: Path, tmp_path: Path) -> None:
    """Annex rows were moved whole to the next page: a 230-evidence annex took 69 pages, many a
    third to two thirds empty. Every annex page but the last is now filled to its bottom."""
    from hopen_desktop.reports.pdf_report import MARGIN, PAGE_HEIGHT

    with Workspace.open(workspace_path) as ws:
        out = write_report(ws, _campaign(ws, "Clinique des Lilas", proofs=60, heavy=True), tmp_path / "a.pdf")
    annex = _annex_pages(out)
    assert len(annex) >= 3
    for words in annex[:-1]:
        body = [w for w in words if w[3] < PAGE_HEIGHT - MARGIN]  # the footer left out
        assert max(w[3] for w in body) > PAGE_HEIGHT - MARGIN - 40  # the last line is near the bottom
    text = " ".join(w[4] for words in annex for w in words)
    assert all(f"Réunion RSSI / Direction n° {n} " in text + " " for n in range(60))


def test_sha256_stays_on_one_line_and_copies_out_whole(workspace_path: Path, tmp_path: Path) -> None:
    from hopen_desktop.model.snapshot import take_snapshot

    with Workspace.open(workspace_path) as ws:
        campaign_id = _campaign(ws, "Clinique des Lilas", proofs=12, heavy=True)
        hashes = [f.sha256 for e in take_snapshot(ws, campaign_id).evidence for f in e.files]
        out = write_report(ws, campaign_id, tmp_path / "h.pdf")
    lines = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout.split("\n")
    assert len(hashes) == 24 and all(h in lines for h in hashes)


def test_an_indicator_continued_on_the_next_page_repeats_its_title_row(workspace_path: Path, tmp_path: Path) -> None:
    with Workspace.open(workspace_path) as ws:
        out = write_report(ws, _campaign(ws, "Clinique des Lilas", proofs=120), tmp_path / "p.pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
    # the pages listing the proofs of P2.4 in its block (« date — type : « title » »), not the annex
    pages = [p for p in text.split("\f") if "— Réunion RSSI / Direction : «" in p]
    assert len(pages) >= 3
    assert all("P2.4 — Présence d'une politique de sécurité" in page for page in pages)


def test_words_break_at_spaces_or_with_a_hyphen_never_in_the_middle(workspace_path: Path, tmp_path: Path) -> None:
    """« médico-techni/ques » was cut anywhere: a word now wraps whole, or is hyphenated at a
    French syllable or after its own hyphen (pyphen's patterns)."""
    words = "médico-techniques anatomo-cyto-pathologiques interopérabilité informatisation identitovigilance"
    known = set(words.split())
    with Workspace.open(workspace_path) as ws:
        out = write_report(ws, _campaign(ws, "Clinique des Lilas", comment=" ".join([words] * 12)), tmp_path / "w.pdf")
    page = next(words for words in _words(out) if any(w[4] == "Commentaire" for w in words))
    after = [w[4] for w in page][[w[4] for w in page].index("Commentaire") + 1 :]
    tokens = after[: after.index("—") - 1]  # up to the next indicator's title « P1.2 — … »
    assert len(tokens) >= 60
    joined = " ".join(tokens).replace("- ", "-").split()  # a word cut at a line end joined again
    bare = {k.replace("-", "") for k in known}
    assert all(w in known or w.replace("-", "") in bare for w in joined), joined
    assert len(joined) == 60  # every word once: none was cut without a hyphen


def test_characters_outside_the_fonts_are_written_as_code_points(workspace_path: Path, tmp_path: Path) -> None:
    """Chinese and emoji (no embedded font draws them) are printed as « [U+6F22] », in the text,
    the header and the footer: copied out as printed, and no glyph is missing."""
    from hopen_desktop.reports import fonts

    with Workspace.open(workspace_path) as ws:
        campaign_id = _campaign(ws, "Clinique 🏥 des Lilas", comment="漢字 et émoji 🏥")
        out = write_report(ws, campaign_id, tmp_path / "c.pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert "[U+6F22][U+5B57] et émoji [U+1F3E5]" in text
    assert text.count("Clinique [U+1F3E5] des Lilas") >= 2 * (text.count("\f") - 1)  # headers and footers
    assert set(text) - set("\n\f\t") <= fonts._covered()  # every character drawn has its glyph


def test_every_font_of_the_report_is_embedded(report: Path) -> None:
    """No standard font is declared (ReportLab's Helvetica through the canvas, a chart, a table
    cell or a bullet): pdffonts lists embedded fonts only, as PDF/A asks."""
    listing = subprocess.run(["pdffonts", str(report)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), listing
    assert "Helvetica" not in listing and "Courier" not in listing


def test_a_paragraph_cut_after_a_line_break_continues_without_an_empty_line() -> None:
    from reportlab.lib.styles import ParagraphStyle

    from hopen_desktop.reports.pdf_report import _paragraph_class

    style = ParagraphStyle("x", fontSize=8.5, leading=10.5)
    para = _paragraph_class()("<b>un deux trois quatre cinq six sept huit</b><br/>Réunion<br/>Participants", style)
    para.wrap(100, 1000)
    lines = len(para.blPara.lines)
    cuts = 0
    for kept in range(1, lines):
        parts = para.split(100, kept * 10.5 + 0.5)
        if len(parts) != 2:
            continue
        cuts += 1
        first, rest = parts
        first.wrap(100, 1000)
        rest.wrap(100, 1000)
        words = [w.text for w in rest.blPara.lines[0].words]
        assert "".join(words).strip(), kept  # the continuation starts with text
        assert len(first.blPara.lines) + len(rest.blPara.lines) == lines
    assert cuts >= 2


def test_a_space_that_does_not_fit_at_the_bottom_of_a_page_makes_no_blank_page(filled: tuple[Workspace, int]) -> None:
    """A block ending at the bottom of a page, then its space, then a page break (a section's
    end): the space was carried to a page of its own, left blank."""
    import io

    from pypdf import PdfReader
    from reportlab.platypus import PageBreak, Spacer

    from hopen_desktop.model.snapshot import take_snapshot
    from hopen_desktop.reports import fonts, pdf_report

    ws, campaign_id = filled
    fonts.register_fonts()
    builder = pdf_report._ReportBuilder(take_snapshot(ws, campaign_id), Steps(1), dt.date(2025, 7, 2))
    usable = pdf_report.PAGE_HEIGHT - 2 * pdf_report.MARGIN - 10 - 12  # the frame less its paddings
    buffer = io.BytesIO()
    story = [Spacer(1, usable - 4), Spacer(1, 8), PageBreak(), builder.p("Suite"), Spacer(1, 8), builder.p("Fin")]
    pdf_report._make_doc(buffer, builder).build(story)
    pages = PdfReader(io.BytesIO(buffer.getvalue())).pages
    assert len(pages) == 2 and "Suite" in pages[1].extract_text() and "Fin" in pages[1].extract_text()
