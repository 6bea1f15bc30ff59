"""Report jobs: the window's way (workspace path, own read-only connection, progress and cancel)
and the command line's way (its open workspace) give the same report; a signed job verifies; the
campaign is read once."""

from __future__ import annotations

import subprocess
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from hopen_desktop.cli import main
from hopen_desktop.jobs import workbook as workbook_jobs
from hopen_desktop.jobs.identities import approve_own
from hopen_desktop.jobs.reports import produce_report, verify
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.reports.seal_pdf import read_seal
from hopen_desktop.reports.signing import create_identity, load_identity
from hopen_desktop.reports.verify import EXIT_NOT_APPROVED, EXIT_VALID

#: Every read a snapshot makes, and the reads it must NOT make (``score`` reads everything again).
READS = (
    "campaign",
    "establishment",
    "referential_of",
    "answers",
    "evidence",
    "actions",
    "journal",
    "verify_journal",
    "verify_files",
    "score",
)


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """Counts calls of the workspace's read methods (on every connection, the job's own included).
    A listing such as ``ws.answers(campaign_id)`` is a call of its store."""
    from hopen_desktop.model import stores

    store_classes = {
        "answers": stores.AnswerStore,
        "evidence": stores.EvidenceStore,
        "actions": stores.ActionStore,
        "journal": stores.JournalStore,
    }
    counter: Counter[str] = Counter()
    for name in READS:
        owner: type = store_classes.get(name, Workspace)
        attribute = "__call__" if name in store_classes else name
        original = getattr(owner, attribute)

        def counting(self: object, *args: object, _name: str = name, _original: object = original) -> object:
            counter[_name] += 1
            return _original(self, *args)  # type: ignore[operator]

        monkeypatch.setattr(owner, attribute, counting)
    yield counter


def test_window_job_and_cli_give_the_same_report(filled: tuple[Workspace, int], tmp_path: Path) -> None:
    ws, campaign_id = filled
    ws.close()
    seen: list[tuple[int, int, str]] = []
    result = produce_report(
        ws.path, campaign_id, tmp_path / "fenetre.pdf", progress=lambda *p: seen.append(p), cancelled=lambda: False
    )
    by_window = result.path
    assert seen[0][2].startswith("Lecture de la campagne") and seen[-1][0] == seen[-1][1]
    by_cli = tmp_path / "cli.pdf"
    code = main(["report", "--workspace", str(ws.path), "--campaign", str(campaign_id), "--out", str(by_cli)])
    assert code == 0
    window_text, cli_text = pdftotext(by_window), pdftotext(by_cli)
    assert "Taux global d'atteinte des prérequis" in window_text
    # Each report has its own identifier (its seal's); everything else is the same.
    assert window_text.count(result.seal.report_id) == 2  # the cover and the last page
    cli_seal = read_seal(by_cli.read_bytes())
    assert cli_seal is not None and cli_seal.report_id != result.seal.report_id
    assert cli_seal.content_sha256 == result.seal.content_sha256
    assert window_text.replace(result.seal.report_id, "ID") == cli_text.replace(cli_seal.report_id, "ID")


def test_signed_job_verifies(filled: tuple[Workspace, int], tmp_path: Path) -> None:
    ws, campaign_id = filled
    password = "mot-de-passe-sur"
    identity_path = create_identity("Hélène Müller-Loïc", "Cabinet", "h@exemple.fr", password, tmp_path / "h.p12")
    identity = load_identity(identity_path, password)
    out = produce_report(ws.path, campaign_id, tmp_path / "signe.pdf", identity)
    assert out.signed and read_seal(out.path.read_bytes()) == out.seal  # the seal inside the signed range
    # Made outside the identities folder: not the user's own until it is in the book (issue 15).
    assert verify(out.path).exit_code == EXIT_NOT_APPROVED
    approve_own(identity)
    result = verify(out.path)
    assert result.exit_code == EXIT_VALID, result.verdict
    assert [s.signer for s in result.signatures] == ["Hélène Müller-Loïc"]


def test_a_report_reads_the_campaign_once(filled: tuple[Workspace, int], tmp_path: Path, reads: Counter[str]) -> None:
    ws, campaign_id = filled
    produce_report(ws.path, campaign_id, tmp_path / "r.pdf")
    assert reads.pop("score", 0) == 0
    assert reads == Counter(dict.fromkeys(READS[:-1], 1))


def test_a_workbook_reads_the_campaign_once(filled: tuple[Workspace, int], tmp_path: Path, reads: Counter[str]) -> None:
    ws, campaign_id = filled
    out = workbook_jobs.export_xlsx(ws.path, campaign_id, tmp_path / "g.xlsx")
    assert reads.pop("score", 0) == 0 and reads.pop("verify_files", 0) == 0  # files are not shown there
    assert reads == Counter(dict.fromkeys(READS[:-2], 1))
    reads.clear()
    parsed = workbook_jobs.read_xlsx(ws.path, campaign_id, out)
    assert len(parsed.answers) == 41
    assert reads.pop("score", 0) == 0 and reads.pop("verify_files", 0) == 0
    assert reads == Counter(dict.fromkeys(READS[:-2], 1))
