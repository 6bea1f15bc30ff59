"""Signing identities (PKCS#12) and PAdES signing of a report with pyHanko.

pyhanko and cryptography are imported inside the functions (start-up speed). Passwords are only
held in memory for the call: never logged, never written.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hopen_desktop.reports.errors import IdentityError, SigningError, WrongPasswordError

SIGNATURE_FIELD = "SignatureHOPEN"
MIN_PASSWORD_LENGTH = 8
IDENTITY_VALIDITY_DAYS = 3 * 365


@dataclass(frozen=True)
class Identity:
    """A loaded signing identity: the key stays in memory only."""

    path: Path
    signer_name: str
    organisation: str
    email: str
    #: SHA-256 of the DER certificate, upper-case hex pairs separated by colons.
    fingerprint: str
    not_after: dt.datetime
    signer: Any  # pyhanko.sign.signers.SimpleSigner

    @property
    def self_signed(self) -> bool:
        cert = self.signer.signing_cert
        return bool(cert.subject == cert.issuer)


def fingerprint_text(der: bytes) -> str:
    import hashlib

    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def _password_bytes(password: str | bytes) -> bytes:
    return password if isinstance(password, bytes) else password.encode("utf-8")


# ---------------------------------------------------------------------------- creating


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower() or "identite"


def default_identity_path(name: str) -> Path:
    from hopen_desktop.model.paths import identities_dir

    return identities_dir() / f"{_slug(name)}.p12"


def create_identity(
    name: str,
    organisation: str,
    email: str,
    password: str,
    path: Path | None = None,
    *,
    overwrite: bool = False,
) -> Path:
    """Create a self-signed RSA-3072 certificate and key, saved as a PKCS#12 file encrypted with
    ``password`` (in the user's identities folder unless ``path`` is given). Returns the path."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    from hopen_desktop.model.files import write_atomic

    name, organisation, email = name.strip(), organisation.strip(), email.strip()
    if not name:
        raise IdentityError("identity.name_required", field="name")
    if not organisation:
        raise IdentityError("identity.organisation_required", field="organisation")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise IdentityError("identity.email_invalid", field="email", email=email)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise IdentityError("identity.password_too_short", field="password", minimum=MIN_PASSWORD_LENGTH)
    target = Path(path) if path is not None else default_identity_path(name)
    if target.exists() and not overwrite:
        raise IdentityError("identity.file_exists", field="path", path=target)

    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, email),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "FR"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=IDENTITY_VALIDITY_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
        .sign(key, hashes.SHA256())
    )
    data = pkcs12.serialize_key_and_certificates(
        name=name.encode("utf-8"),
        key=key,
        cert=cert,
        cas=None,
        encryption_algorithm=serialization.BestAvailableEncryption(_password_bytes(password)),
    )
    try:
        write_atomic(target, data)
    except OSError as exc:
        raise IdentityError("identity.write_failed", path=target, reason=exc.strerror) from exc
    return target


# ---------------------------------------------------------------------------- loading


def _looks_like_pkcs12(data: bytes) -> bool:
    try:
        from asn1crypto import pkcs12 as asn1_pkcs12

        pfx = asn1_pkcs12.Pfx.load(data)
        _ = pfx["auth_safe"]["content_type"].native
        return True
    except (ValueError, TypeError, KeyError, IndexError):  # asn1crypto's parse errors: not PKCS#12
        return False


def load_identity(path: Path, password: str | bytes) -> Identity:
    """Load a PKCS#12 (.p12/.pfx) identity. Wrong password → ``WrongPasswordError``."""
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs12
    from cryptography.x509.oid import NameOID
    from pyhanko.keys.internal import (
        translate_pyca_cryptography_cert_to_asn1,
        translate_pyca_cryptography_key_to_asn1,
    )
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise IdentityError("identity.missing", field="path", path=path) from None
    except OSError as exc:
        raise IdentityError("identity.unreadable", field="path", name=path.name, reason=exc.strerror) from exc
    try:
        key, cert, others = pkcs12.load_key_and_certificates(data, _password_bytes(password))
    except (ValueError, TypeError, UnsupportedAlgorithm):  # wrong password, not PKCS#12, or a cipher
        # OpenSSL no longer offers (a legacy RC2 file): the message says which of the first two
        if _looks_like_pkcs12(data):
            raise WrongPasswordError("identity.wrong_password", field="password", name=path.name) from None
        raise IdentityError("identity.not_pkcs12", field="path", name=path.name) from None
    if key is None or cert is None:
        raise IdentityError("identity.no_key", field="path", name=path.name)

    def attr(oid: Any) -> str:
        values = cert.subject.get_attributes_for_oid(oid)
        return str(values[0].value) if values else ""

    store = SimpleCertificateStore()  # type: ignore[no-untyped-call]
    store.register_multiple([translate_pyca_cryptography_cert_to_asn1(c) for c in others])
    signer = SimpleSigner(
        signing_cert=translate_pyca_cryptography_cert_to_asn1(cert),
        signing_key=translate_pyca_cryptography_key_to_asn1(key),
        cert_registry=store,
    )
    return Identity(
        path=path,
        signer_name=attr(NameOID.COMMON_NAME) or cert.subject.rfc4514_string(),
        organisation=attr(NameOID.ORGANIZATION_NAME),
        email=attr(NameOID.EMAIL_ADDRESS),
        fingerprint=fingerprint_text(cert.public_bytes(Encoding.DER)),
        not_after=cert.not_valid_after_utc,
        signer=signer,
    )


# ---------------------------------------------------------------------------- signing


def sign_pdf_bytes(
    content: bytes,
    identity: Identity,
    *,
    reason: str | None = None,
    location: str | None = None,
    when: dt.datetime | None = None,
) -> bytes:
    """Sign ``content`` (a PDF) with a visible PAdES signature on its last page covering the whole file."""
    import io

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields, signers
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.stamp import TextStampStyle

    from hopen_desktop.reports.pdf_report import SIGNATURE_BOX, SIGNATURE_REASON

    now = (when or dt.datetime.now().astimezone()).replace(microsecond=0)
    if now.astimezone(dt.UTC) > identity.not_after:
        raise SigningError("signing.certificate_expired", signer=identity.signer_name, day=identity.not_after.date())
    reason = reason or SIGNATURE_REASON
    try:
        reader = PdfFileReader(io.BytesIO(content), strict=False)
        pages = int(reader.root["/Pages"]["/Count"])
        writer = IncrementalPdfFileWriter(io.BytesIO(content), strict=False)
    except (PdfError, KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:  # parse errors, and
        # the lookups of a page tree that is missing or of the wrong kind
        raise SigningError("signing.not_pdf", reason=str(exc)) from exc
    if reader.embedded_signatures:
        raise SigningError("signing.already_signed")

    stamp_text = (
        "Signé électroniquement par : %(signer)s\n"
        + (f"{_escape_percent(identity.organisation)}\n" if identity.organisation else "")
        + "Date : %(ts)s\n"
        + f"Motif : {_escape_percent(reason)}"
    )
    style = TextStampStyle(
        stamp_text=stamp_text,
        timestamp_format="%d/%m/%Y %H:%M:%S (UTC%z)",
        border_width=1,
        text_box_style=_text_box_style(),
    )
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        reason=reason,
        location=location,
        name=identity.signer_name,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
    )
    spec = fields.SigFieldSpec(
        sig_field_name=SIGNATURE_FIELD,
        on_page=pages - 1,
        box=tuple(int(round(v)) for v in SIGNATURE_BOX),  # type: ignore[arg-type]
    )
    pdf_signer = signers.PdfSigner(
        meta,
        signer=identity.signer,
        stamp_style=style,
        new_field_spec=spec,
    )
    out = io.BytesIO()
    try:
        pdf_signer.sign_pdf(
            writer,
            output=out,
            appearance_text_params={"signer": identity.signer_name},
            in_place=False,
        )
    except (PdfError, ValueError, KeyError, TypeError, OSError) as exc:  # pyHanko's SigningError is a
        # ValueError; PdfError covers what the writer refuses in the document
        raise SigningError("signing.failed", reason=str(exc)) from exc
    return out.getvalue()


def _escape_percent(text: str) -> str:
    return text.replace("%", "%%")


def _text_box_style() -> Any:
    """The stamp's text in the embedded DejaVu Sans when pyHanko's OpenType support (fonttools,
    uharfbuzz) is installed; otherwise the standard Courier font in WinAnsi, which covers French."""
    from pyhanko.pdf_utils.text import TextBoxStyle

    try:
        import uharfbuzz  # noqa: F401
        from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    except ImportError:
        return TextBoxStyle(font_size=9)
    from hopen_desktop.resources import resource_path

    return TextBoxStyle(font=GlyphAccumulatorFactory(str(resource_path("fonts", "DejaVuSans.ttf"))), font_size=9)


def sign_pdf_file(source: Path, out: Path, identity: Identity, **kwargs: Any) -> Path:
    from hopen_desktop.model.files import write_atomic

    try:
        content = Path(source).read_bytes()
    except OSError as exc:
        raise SigningError("signing.source_unreadable", path=source, reason=exc.strerror) from exc
    write_atomic(Path(out), sign_pdf_bytes(content, identity, **kwargs))
    return Path(out)
