"""The work behind the Reports menu, run in pool threads: no Qt here, no widget.

Each function opens ITS OWN workspace connection (SQLite connections are per thread), read-only
since it only reads; writes stay on the GUI thread's connection (one writer). ReportLab, pyHanko
and openpyxl are imported inside the functions (start-up speed).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hopen_desktop.model.workspace import Workspace
from hopen_desktop.reports.errors import Cancelled, IdentityError
from hopen_desktop.reports.progress import CancelledCallback, ProgressCallback

IDENTITY_SUFFIXES = (".p12", ".pfx")
#: The public certificate written next to each identity kept by the app: it lets the app show the
#: fingerprint without the password, and the user send it to the readers of signed reports.
CERTIFICATE_SUFFIX = ".crt"

_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_file_name(text: str) -> str:
    """``text`` usable as a file name on Windows, macOS and Linux."""
    cleaned = _FORBIDDEN.sub("-", text).strip(" .")
    return re.sub(r"\s+", " ", cleaned) or "rapport"


def default_report_name(establishment: str, date: dt.date, suffix: str = ".pdf", kind: str = "Rapport HOP'EN") -> str:
    return safe_file_name(f"{kind} - {establishment} - {date.isoformat()}") + suffix


def _check(cancelled: CancelledCallback | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()


# ---------------------------------------------------------------------------- report


def produce_report(
    workspace_path: Path,
    campaign_id: int,
    out: Path,
    identity: Any = None,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> Path:
    """Render the report (signed with ``identity`` when given) and write it atomically to ``out``.
    Cancelled at any point before the write: nothing is written."""
    from hopen_desktop.model.errors import HopenError
    from hopen_desktop.model.files import write_atomic
    from hopen_desktop.reports.pdf_report import render_report

    with Workspace.open(workspace_path, read_only=True) as ws:
        content = render_report(ws, campaign_id, progress=progress, cancelled=cancelled)
    _check(cancelled)
    if identity is not None:
        from hopen_desktop.reports.signing import sign_pdf_bytes

        if progress is not None:
            progress(99, 100, "Signature du rapport…")
        content = sign_pdf_bytes(content, identity)
        _check(cancelled)
    try:
        write_atomic(Path(out), content)
    except OSError as exc:
        raise HopenError(f"Impossible d'écrire le rapport « {out} » ({exc.strerror}).") from exc
    return Path(out)


# ---------------------------------------------------------------------------- Excel


def export_xlsx(
    workspace_path: Path,
    campaign_id: int,
    out: Path,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> Path:
    from hopen_desktop.reports.xlsx_workbook import export_workbook

    with Workspace.open(workspace_path, read_only=True) as ws:
        return export_workbook(ws, campaign_id, Path(out), progress=progress, cancelled=cancelled)


def read_xlsx(
    workspace_path: Path,
    campaign_id: int,
    path: Path,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> Any:
    """Read and check the whole workbook (nothing written): a ``ParsedWorkbook``, or
    ``XlsxImportError`` naming the sheet and cell."""
    from hopen_desktop.reports.xlsx_workbook import read_workbook

    with Workspace.open(workspace_path, read_only=True) as ws:
        return read_workbook(Path(path), ws, campaign_id, progress=progress, cancelled=cancelled)


# ---------------------------------------------------------------------------- verification


def verify(path: Path) -> Any:
    from hopen_desktop.reports.verify import verify_pdf

    return verify_pdf(Path(path))


# ---------------------------------------------------------------------------- identities


@dataclass(frozen=True)
class IdentitySummary:
    """What the identity lists show; never the key nor the password."""

    path: Path
    signer_name: str
    organisation: str
    email: str
    fingerprint: str | None  # None: unknown until the password is given
    not_after: dt.datetime | None = None


def identity_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(
        (p for p in folder.iterdir() if p.suffix.lower() in IDENTITY_SUFFIXES and p.is_file()),
        key=lambda p: p.name.lower(),
    )


def certificate_path(identity_path: Path) -> Path:
    return identity_path.with_suffix(CERTIFICATE_SUFFIX)


def summarise(path: Path) -> IdentitySummary:
    """The holder and fingerprint read from the public certificate next to the identity, when
    there is one (no password needed); otherwise just the file name."""
    cert = certificate_path(path)
    try:
        from asn1crypto import pem
        from asn1crypto import x509 as asn1_x509

        from hopen_desktop.reports.signing import fingerprint_text

        data = cert.read_bytes()
        der = pem.unarmor(data)[2] if pem.detect(data) else data
        certificate = asn1_x509.Certificate.load(der)
        subject = certificate.subject.native
        return IdentitySummary(
            path,
            str(subject.get("common_name", path.stem)),
            str(subject.get("organization_name", "")),
            str(subject.get("email_address", "")),
            fingerprint_text(bytes(der)),
            certificate.not_valid_after,
        )
    except Exception:
        return IdentitySummary(path, path.stem, "", "", None)


def _write_certificate(identity: Any) -> None:
    from asn1crypto import pem

    from hopen_desktop.model.files import write_atomic

    der = identity.signer.signing_cert.dump()
    with contextlib.suppress(OSError):  # a convenience only: the identity itself is complete
        write_atomic(certificate_path(identity.path), pem.armor("CERTIFICATE", der))


def describe(identity: Any) -> IdentitySummary:
    return IdentitySummary(
        identity.path,
        identity.signer_name,
        identity.organisation,
        identity.email,
        identity.fingerprint,
        identity.not_after,
    )


def load(path: Path, password: str) -> Any:
    """The loaded ``Identity`` (key in memory only), or WrongPasswordError / IdentityError."""
    from hopen_desktop.reports.signing import load_identity

    return load_identity(Path(path), password)


def create(name: str, organisation: str, email: str, password: str, folder: Path) -> IdentitySummary:
    """Create a self-signed identity in ``folder`` and its public certificate next to it."""
    from hopen_desktop.reports.signing import create_identity, default_identity_path, load_identity

    target = _free_path(folder / default_identity_path(name).name)
    path = create_identity(name, organisation, email, password, target)
    identity = load_identity(path, password)
    _write_certificate(identity)
    return describe(identity)


def import_identity(source: Path, password: str, folder: Path) -> IdentitySummary:
    """Check ``password`` opens ``source``, then copy it into ``folder`` (never overwriting)."""
    from hopen_desktop.reports.signing import load_identity

    source = Path(source)
    load_identity(source, password)  # refuses a wrong password or a file that is no identity
    target = _free_path(folder / source.name)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    except OSError as exc:
        raise IdentityError(f"Impossible de copier l'identité dans « {folder} » ({exc.strerror}).") from exc
    identity = load_identity(target, password)
    _write_certificate(identity)
    return describe(identity)


def _free_path(path: Path) -> Path:
    candidate, n = path, 2
    while candidate.exists() or certificate_path(candidate).exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate
