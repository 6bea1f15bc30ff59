"""Signing identities kept by the application (PKCS#12 files in the identities folder, each with
its public certificate next to it): list, describe, create, import, load. No Qt; the identity
dialogs run these in pool threads."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hopen_desktop.reports.errors import IdentityError

IDENTITY_SUFFIXES = (".p12", ".pfx")
#: The public certificate written next to each identity kept by the app: it lets the app show the
#: fingerprint without the password, and the user send it to the readers of signed reports.
CERTIFICATE_SUFFIX = ".crt"

log = logging.getLogger(__name__)


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
    #: Where a damaged book of approved signers was set aside when this identity was added to a
    #: new one (creation and import approve the user's own identity).
    book_set_aside: Path | None = None


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
    except (OSError, ValueError, TypeError, KeyError):  # no certificate next to it, or one asn1crypto
        # cannot parse: the file name alone
        return IdentitySummary(path, path.stem, "", "", None)


def _write_certificate(identity: Any) -> None:
    with contextlib.suppress(OSError):  # a convenience only: the identity itself is complete
        write_certificate(identity, certificate_path(identity.path))


def write_certificate(identity: Any, target: Path) -> Path:
    """Write the identity's PUBLIC certificate (PEM, no key) to ``target``: the file a signer hands
    to the readers of their reports (« signers approve CERTIFICAT.crt »). OSError when it cannot."""
    from asn1crypto import pem

    from hopen_desktop.model.files import write_atomic

    der = identity.signer.signing_cert.dump()
    write_atomic(Path(target), pem.armor("CERTIFICATE", der))
    return Path(target)


def describe(identity: Any, book_set_aside: Path | None = None) -> IdentitySummary:
    return IdentitySummary(
        identity.path,
        identity.signer_name,
        identity.organisation,
        identity.email,
        identity.fingerprint,
        identity.not_after,
        book_set_aside,
    )


def approve_own(identity: Any, book: Path | None = None) -> Any:
    """Put the user's own ``identity`` (loaded) in the book of approved signers: the reports it
    signs verify as approved on this computer. Returns the ``BookChange``, or None when the book
    could not be written (the identity is made all the same: its reports then verify as "signer
    not approved", which says how to approve it)."""
    from hopen_desktop.model.errors import HopenError
    from hopen_desktop.reports.approved_signers import add_own_identity

    try:
        return add_own_identity(identity.signer.signing_cert.dump(), path=book)
    except (OSError, HopenError):
        log.warning("own identity not added to the book of approved signers", exc_info=True)
        return None


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
    change = approve_own(identity)
    return describe(identity, change.set_aside if change is not None else None)


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
        raise IdentityError("identity.copy_failed", folder=folder, reason=exc.strerror) from exc
    identity = load_identity(target, password)
    _write_certificate(identity)
    change = approve_own(identity)
    return describe(identity, change.set_aside if change is not None else None)


def _free_path(path: Path) -> Path:
    candidate, n = path, 2
    while candidate.exists() or certificate_path(candidate).exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate
