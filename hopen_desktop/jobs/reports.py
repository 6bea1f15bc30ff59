"""Report jobs: the PDF report of a campaign, signed on request, and the verification of a signed
PDF. The window and the command line both run ``produce_report``, written once here: read the
snapshot, make its seal (``model/seal.py``), render (the cover prints the seal and, when an
identity is given, the signer), attach the seal to the PDF (``reports/seal_pdf.py``), sign (the
signature then covers the seal too), write atomically."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from hopen_desktop.jobs.common import Source, reading, write_output
from hopen_desktop.model.i18n import Text
from hopen_desktop.model.seal import Seal, make_seal
from hopen_desktop.model.snapshot import CampaignSnapshot, take_snapshot
from hopen_desktop.reports.progress import CancelledCallback, ProgressCallback, Steps

if TYPE_CHECKING:
    from hopen_desktop.reports.signing import Identity
    from hopen_desktop.reports.verify import Verification


def read_report_snapshot(source: Source, campaign_id: int, steps: Steps) -> CampaignSnapshot:
    """The snapshot a report is drawn from (attached files checked), announced as the first step."""
    from hopen_desktop.reports.pdf_report import step_count

    steps.step(
        Text(
            "Lecture de la campagne et vérification des empreintes…",
            "Reading the campaign and checking the fingerprints…",
        )
    )
    with reading(source) as ws:
        snapshot = take_snapshot(ws, campaign_id)
    steps.set_total(step_count(len(snapshot.referential.groups)))
    return snapshot


@dataclass(frozen=True)
class ReportResult:
    """What ``produce_report`` wrote: the file, and the seal printed on its cover and attached to
    it. ``os.fspath(result)`` and ``str(result)`` are the path (callers that took the path keep
    working)."""

    path: Path
    seal: Seal
    signed: bool = False

    def __fspath__(self) -> str:
        return str(self.path)

    def __str__(self) -> str:
        return str(self.path)

    def lines(self) -> list[str]:
        """What the command line prints (French): the report's identifier and content digest."""
        return [
            f"Identifiant du rapport : {self.seal.report_id}",
            f"Empreinte du contenu (sceau) : {self.seal.content_sha256}",
        ]


def render_report_bytes(
    snapshot: CampaignSnapshot,
    identity: Identity | None = None,
    *,
    steps: Steps | None = None,
    today: dt.date | None = None,
    seal: Seal | None = None,
) -> bytes:
    """The report of ``snapshot`` as PDF bytes, with its seal (made here unless given) printed on
    the cover and attached inside the PDF, then signed with ``identity`` when given: the seal is
    attached BEFORE signing, so the signature covers it."""
    from hopen_desktop.reports.pdf_report import render_report
    from hopen_desktop.reports.seal_pdf import embed_seal

    steps = steps or Steps(1)
    seal = seal or make_seal(snapshot)
    content = render_report(snapshot, steps=steps, today=today, seal=seal, signer=identity)
    steps.check()
    content = embed_seal(content, seal)
    steps.check()
    if identity is not None:
        from hopen_desktop.reports.signing import sign_pdf_bytes

        steps.announce(99, 100, Text("Signature du rapport…", "Signing the report…"))
        content = sign_pdf_bytes(content, identity)
        steps.check()
    return content


def produce_report(
    source: Source,
    campaign_id: int,
    out: Path,
    identity: Identity | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
    today: dt.date | None = None,
) -> ReportResult:
    """Render the report of ``campaign_id`` (signed with ``identity`` when given) and write it
    atomically to ``out``. Cancelled at any point before the write: nothing is written. Returns
    the path written and the report's seal."""
    steps = Steps(1, progress, cancelled)
    snapshot = read_report_snapshot(source, campaign_id, steps)
    seal = make_seal(snapshot)
    content = render_report_bytes(snapshot, identity, steps=steps, today=today, seal=seal)
    path = write_output(Path(out), content, "le rapport")
    return ReportResult(path, seal, signed=identity is not None)


def verify(path: Path, extra_trusted: Iterable[bytes] = (), *, book: Path | None = None) -> Verification:
    """Check the signature of the PDF at ``path`` and whether its signer is approved: by the DER
    certificates ``extra_trusted`` when any is given (only they approve), else by the book of
    approved signers (``book``, default: the user's)."""
    from hopen_desktop.reports.approved_signers import book_approvers
    from hopen_desktop.reports.verify import APPROVED_BY_TRUST, Approvers, verify_pdf

    trusted = tuple(extra_trusted)
    approvers = Approvers(APPROVED_BY_TRUST, trusted) if trusted else book_approvers(book)
    return verify_pdf(Path(path), approvers=approvers)


__all__ = ["ReportResult", "produce_report", "read_report_snapshot", "render_report_bytes", "verify"]
