"""The book of approved signers: the certificates (identified by their SHA-256 fingerprint) whose
signatures the user accepts as coming from who they say. No Qt.

A signature proves that a document has not changed since a given certificate signed it; it does
not prove who holds that certificate: anyone can create a self-signed identity with the name of a
real consultant. The book records which certificates the user has checked: their own identities
(added when created or imported), a certificate file received from the signer, or the
certificate of a verified report after the signer read its fingerprint aloud on the phone.

The book is a JSON file in the user data folder (``model/paths.approved_signers_path``), written
atomically. It is read defensively (a damaged or hostile file is refused with a French message,
never trusted in part): each entry's names and validity are read again from its certificate, and
the fingerprint written next to it must be the certificate's. A damaged book is never overwritten
silently: the next approval first sets it aside under a dated name, then starts a new book.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hopen_desktop.model.errors import HopenError, ValidationError
from hopen_desktop.model.i18n import Text

FORMAT = "hopen-desktop/approved-signers"
VERSION = 1
#: A book holds a few dozen certificates of a few kilobytes each.
MAX_BOOK_BYTES = 8 * 1024 * 1024
MAX_ENTRIES = 5000
MAX_CERTIFICATE_BYTES = 1024 * 1024
LOCK_TIMEOUT_SECONDS = 5.0

#: How a signer was approved (the code written in the book), and its words.
HOW_OWN_IDENTITY = "own_identity"
HOW_CERTIFICATE_FILE = "certificate_file"
HOW_PHONE = "fingerprint_by_phone"
HOW_LABELS: dict[str, Text] = {
    HOW_OWN_IDENTITY: Text("votre identité", "your identity"),
    HOW_CERTIFICATE_FILE: Text("fichier de certificat importé", "imported certificate file"),
    HOW_PHONE: Text("empreinte comparée par téléphone", "fingerprint compared by phone"),
}

#: Why a book is refused (the ``reason`` of ``signers.book_damaged``).
_NOT_JSON = Text("ce n'est pas un fichier JSON lisible", "it is not a readable JSON file")
_NOT_A_BOOK = Text(
    "ce n'est pas un carnet de signataires de HOP'EN Desktop", "it is not a signers book of HOP'EN Desktop"
)
_BAD_ENTRY = Text("une entrée est incomplète ou mal formée", "an entry is incomplete or malformed")
_BAD_CERTIFICATE = Text("une entrée contient un certificat illisible", "an entry holds an unreadable certificate")
_WRONG_FINGERPRINT = Text(
    "une empreinte ne correspond pas à son certificat (fichier modifié à la main ?)",
    "a fingerprint does not match its certificate (file edited by hand?)",
)
_TOO_BIG = Text("il est bien plus gros qu'un carnet ne peut l'être", "it is far bigger than a book can be")
_UNREADABLE = Text("il est illisible", "it cannot be read")


class SignersBookError(HopenError):
    """The book, a fingerprint or a certificate given to approve is refused (command line: exit 2)."""


class SignerMismatchError(HopenError):
    """What would be approved is not what the user checked: a typed fingerprint that is not the
    report signer's, a report whose signature is not valid (command line: exit 1). Nothing written."""


@dataclass(frozen=True)
class ApprovedSigner:
    fingerprint: str  # SHA-256 of the DER certificate, "AB:CD:…" (as reports/signing.fingerprint_text)
    name: str
    organisation: str
    email: str
    not_before: dt.datetime
    not_after: dt.datetime
    self_signed: bool
    approved_at: dt.datetime
    how: str  # one of HOW_LABELS
    certificate_pem: str

    @property
    def how_label(self) -> str:
        """How it was approved, in the current language."""
        return HOW_LABELS[self.how].text()

    @property
    def grouped_fingerprint(self) -> str:
        return grouped(self.fingerprint)

    @property
    def certificate_der(self) -> bytes:
        from asn1crypto import pem

        return bytes(pem.unarmor(self.certificate_pem.encode("ascii"))[2])

    def to_json(self) -> dict[str, Any]:
        return {
            "fingerprint_sha256": self.fingerprint,
            "name": self.name,
            "organisation": self.organisation,
            "email": self.email,
            "not_before": self.not_before.isoformat(),
            "not_after": self.not_after.isoformat(),
            "self_signed": self.self_signed,
            "approved_at": self.approved_at.isoformat(),
            "how": self.how,
            "how_label": HOW_LABELS[self.how].text("fr"),  # for a human reading the file
            "certificate": self.certificate_pem,
        }


@dataclass(frozen=True)
class SignersBook:
    path: Path
    entries: tuple[ApprovedSigner, ...] = ()

    def find(self, fingerprint: str) -> ApprovedSigner | None:
        wanted = normalise_fingerprint(fingerprint)
        return next((e for e in self.entries if e.fingerprint == wanted), None)

    def approvers(self) -> Any:
        """The ``reports.verify.Approvers`` this book makes."""
        from hopen_desktop.reports.verify import APPROVED_BY_BOOK, Approvers

        return Approvers(
            APPROVED_BY_BOOK,
            fingerprints={e.fingerprint: e.how_label for e in self.entries},
            names={e.fingerprint: e.name for e in self.entries},
        )


@dataclass(frozen=True)
class BookChange:
    """What an approval did: ``entry`` is in the book; ``added`` False when it already was;
    ``set_aside``: where a damaged book was moved before this one was started."""

    entry: ApprovedSigner
    added: bool
    set_aside: Path | None = None


# ---------------------------------------------------------------------------- fingerprints


def normalise_fingerprint(text: str) -> str:
    """``text`` (hex digits, in any case, with spaces, colons or dashes anywhere) as
    "AB:CD:…"; ``SignersBookError`` when it is not 64 hexadecimal digits."""
    digits = re.sub(r"[\s:\-]", "", str(text)).upper()
    if not re.fullmatch(r"[0-9A-F]{64}", digits):
        shown = str(text)[:120]
        raise SignersBookError("signers.fingerprint_malformed", value=shown, count=len(digits))
    return ":".join(digits[i : i + 2] for i in range(0, 64, 2))


def grouped(fingerprint: str) -> str:
    """The fingerprint in 16 groups of four hexadecimal digits (« 3F2A 9C01 … »): read aloud on
    the phone and compared group by group."""
    from hopen_desktop.model.formatting import format_fingerprint

    return format_fingerprint(fingerprint)


# ---------------------------------------------------------------------------- certificates


def certificate_der(data: bytes) -> bytes:
    """The DER bytes of the certificate in ``data`` (PEM or DER); ``ValueError`` when none."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    if b"-----BEGIN" in data:
        certificate = x509.load_pem_x509_certificate(data)
    else:
        certificate = x509.load_der_x509_certificate(data)
    return certificate.public_bytes(Encoding.DER)


def read_certificate_file(path: Path) -> bytes:
    """The DER certificate in the file ``path`` (.cer, .crt, .pem or .der; PEM or DER), checked to
    be one: anything else is a refusal (``certificate.invalid``)."""
    from hopen_desktop.model.files import read_regular_file

    data = read_regular_file(Path(path), MAX_CERTIFICATE_BYTES)
    try:
        return certificate_der(data)
    except ValueError:
        raise HopenError("certificate.invalid", path=path) from None


def _entry_from_certificate(der: bytes, how: str, approved_at: dt.datetime) -> ApprovedSigner:
    from hopen_desktop.reports.verify import certificate_facts, certificate_pem

    facts = certificate_facts(der)
    return ApprovedSigner(
        fingerprint=facts.fingerprint,
        name=facts.name,
        organisation=facts.organisation,
        email=facts.email,
        not_before=facts.not_before,
        not_after=facts.not_after,
        self_signed=facts.self_signed,
        approved_at=approved_at,
        how=how,
        certificate_pem=certificate_pem(der),
    )


# ---------------------------------------------------------------------------- reading


def _default_path() -> Path:
    from hopen_desktop.model.paths import approved_signers_path

    return approved_signers_path()


def _damaged(path: Path, reason: Text) -> SignersBookError:
    return SignersBookError("signers.book_damaged", path=path, reason=reason)


def read_book(path: Path | None = None) -> SignersBook:
    """The book at ``path`` (default: the user's); empty when there is none yet. A damaged or
    hostile file raises ``SignersBookError`` (``signers.book_damaged``); it is left as it is."""
    path = Path(path) if path is not None else _default_path()
    if not path.exists() and not path.is_symlink():
        return SignersBook(path)
    from hopen_desktop.model.files import read_regular_file

    try:
        data = read_regular_file(path, MAX_BOOK_BYTES)
    except ValidationError as exc:
        reason = _TOO_BIG if exc.code == "input.too_big" else _UNREADABLE
        raise _damaged(path, reason) from None
    except OSError:
        raise _damaged(path, _UNREADABLE) from None
    try:
        doc = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):  # not UTF-8, not JSON, too deep, a huge integer
        raise _damaged(path, _NOT_JSON) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("signers"), list):
        raise _damaged(path, _NOT_A_BOOK)
    if doc.get("version") != VERSION or len(doc["signers"]) > MAX_ENTRIES:
        raise _damaged(path, _NOT_A_BOOK)
    entries: dict[str, ApprovedSigner] = {}
    for raw in doc["signers"]:
        entry = _read_entry(path, raw)
        entries.setdefault(entry.fingerprint, entry)
    return SignersBook(path, tuple(entries.values()))


def _read_entry(path: Path, raw: object) -> ApprovedSigner:
    if not isinstance(raw, dict):
        raise _damaged(path, _BAD_ENTRY)
    pem_text, how, when, fingerprint = (raw.get(k) for k in ("certificate", "how", "approved_at", "fingerprint_sha256"))
    if not all(isinstance(v, str) for v in (pem_text, how, when, fingerprint)) or how not in HOW_LABELS:
        raise _damaged(path, _BAD_ENTRY)
    assert isinstance(pem_text, str) and isinstance(how, str) and isinstance(when, str) and isinstance(fingerprint, str)
    try:
        approved_at = dt.datetime.fromisoformat(when)
        if approved_at.tzinfo is None:
            raise ValueError(when)
    except ValueError:
        raise _damaged(path, _BAD_ENTRY) from None
    try:
        pem_bytes = pem_text.encode("ascii")
        if b"-----BEGIN CERTIFICATE-----" not in pem_bytes:
            raise ValueError("not a PEM certificate")
        entry = _entry_from_certificate(certificate_der(pem_bytes), how, approved_at)
    except (ValueError, UnicodeError, TypeError):
        raise _damaged(path, _BAD_CERTIFICATE) from None
    try:
        written = normalise_fingerprint(fingerprint)
    except SignersBookError:
        raise _damaged(path, _BAD_ENTRY) from None
    if written != entry.fingerprint:
        raise _damaged(path, _WRONG_FINGERPRINT)
    return entry


def book_approvers(path: Path | None = None) -> Any:
    """The ``reports.verify.Approvers`` of the user's book; never raises: a damaged book approves
    nobody and says why (the verdict carries the sentence)."""
    from hopen_desktop.reports.verify import APPROVED_BY_BOOK, Approvers

    try:
        return read_book(path).approvers()
    except SignersBookError as exc:
        return Approvers(APPROVED_BY_BOOK, problem=exc.message)


# ---------------------------------------------------------------------------- writing


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """One writer of the book at a time (the window and a command may approve together)."""
    from filelock import FileLock, Timeout

    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(path.with_name(path.name + ".lock")), timeout=LOCK_TIMEOUT_SECONDS)
    try:
        lock.acquire()
    except Timeout:
        raise SignersBookError("signers.book_busy", path=path) from None
    try:
        yield
    finally:
        lock.release()


def _write(book: SignersBook) -> None:
    from hopen_desktop.model.files import write_atomic

    doc = {"format": FORMAT, "version": VERSION, "signers": [e.to_json() for e in book.entries]}
    write_atomic(book.path, (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


def _set_aside(path: Path) -> Path:
    """Move the damaged book ``path`` next to itself under a dated name; returns that name."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    base = path.name.removesuffix(".json")
    candidate, n = path.with_name(f"{base}.endommage-{stamp}.json"), 2
    while candidate.exists() or candidate.is_symlink():
        candidate = path.with_name(f"{base}.endommage-{stamp}-{n}.json")
        n += 1
    os.replace(path, candidate)
    return candidate


def add_certificate(der: bytes, how: str, *, path: Path | None = None, now: dt.datetime | None = None) -> BookChange:
    """Approve the DER certificate ``der`` (``how``: one of HOW_LABELS). Already there: kept as it
    was. A damaged book is set aside first (``BookChange.set_aside``)."""
    if how not in HOW_LABELS:
        raise ValueError(f"unknown approval kind {how!r}")
    path = Path(path) if path is not None else _default_path()
    try:
        entry = _entry_from_certificate(der, how, (now or dt.datetime.now().astimezone()).replace(microsecond=0))
    except ValueError:
        raise SignersBookError("signers.certificate_unreadable") from None
    with _locked(path):
        set_aside = None
        try:
            book = read_book(path)
        except SignersBookError:
            set_aside = _set_aside(path)
            book = SignersBook(path)
        existing = book.find(entry.fingerprint)
        if existing is not None:
            return BookChange(existing, False, set_aside)
        _write(SignersBook(path, (*book.entries, entry)))
    return BookChange(entry, True, set_aside)


def approve_certificate_file(certificate: Path, *, path: Path | None = None) -> BookChange:
    """Approve the certificate in the file ``certificate`` (.cer/.pem/.crt/.der)."""
    return add_certificate(read_certificate_file(Path(certificate)), HOW_CERTIFICATE_FILE, path=path)


def approve_from_report(report: Path, fingerprint: str, *, path: Path | None = None) -> BookChange:
    """Approve the signer of the signed ``report`` once the user has compared its fingerprint with
    the one the signer read aloud: ``fingerprint`` (as typed) must be the report signer's, and the
    report's signature valid; otherwise nothing is written."""
    from hopen_desktop.reports.verify import EXIT_NOT_SIGNED, verify_pdf

    typed = normalise_fingerprint(fingerprint)
    result = verify_pdf(Path(report))
    if result.exit_code == EXIT_NOT_SIGNED:
        raise SignersBookError("signers.report_not_signed", name=Path(report).name, verdict=result.verdict)
    main = result.main
    if not result.valid or main is None:
        raise SignerMismatchError("signers.report_invalid", name=Path(report).name, verdict=result.verdict)
    if main.fingerprint_sha256 != typed:
        raise SignerMismatchError(
            "signers.fingerprint_mismatch",
            signer=main.signer,
            typed=grouped(typed),
            actual=grouped(main.fingerprint_sha256),
        )
    return add_certificate(main.certificate_der, HOW_PHONE, path=path)


def add_own_identity(der: bytes, *, path: Path | None = None) -> BookChange:
    """The user's own identity, approved from its creation or import."""
    return add_certificate(der, HOW_OWN_IDENTITY, path=path)


def remove(fingerprint: str, *, path: Path | None = None) -> ApprovedSigner:
    """Take the certificate of ``fingerprint`` out of the book; returns the entry removed."""
    wanted = normalise_fingerprint(fingerprint)
    path = Path(path) if path is not None else _default_path()
    with _locked(path):
        book = read_book(path)  # a damaged book is refused: nothing to remove from it
        entry = book.find(wanted)
        if entry is None:
            raise SignersBookError("signers.not_found", fingerprint=grouped(wanted))
        _write(SignersBook(path, tuple(e for e in book.entries if e.fingerprint != wanted)))
    return entry
