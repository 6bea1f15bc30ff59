"""Signing identities (PKCS#12) and PAdES signing of a report with pyHanko.

pyhanko and cryptography are imported inside the functions (start-up speed). Passwords are only
held in memory for the call: never logged, never written.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hopen_desktop.model import formatting as _formatting
from hopen_desktop.reports import fonts
from hopen_desktop.reports.errors import IdentityError, SigningError, WrongPasswordError

SIGNATURE_FIELD = "SignatureHOPEN"
MIN_PASSWORD_LENGTH = 8
IDENTITY_VALIDITY_DAYS = 3 * 365
#: The most bytes (UTF-8) of a certificate's common name (RFC 5280's ub-common-name).
MAX_COMMON_NAME_BYTES = 64


@dataclass(frozen=True)
class ChainCertificate:
    """One certificate of an identity's chain of issuers (a CA's certificate)."""

    #: The certificate's subject, RFC 4514 (« CN=…,O=…,C=FR »).
    subject: str
    #: Its issuer's subject, RFC 4514 (its own subject for a root).
    issuer: str
    #: SHA-256 of the DER certificate, upper-case hex pairs separated by colons.
    fingerprint: str
    #: True for a root: the certificate issued itself.
    self_signed: bool


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
    #: The issuers of the signing certificate found in the PKCS#12 file, from its direct issuer up
    #: to the root (empty for a self-signed identity). Every CA certificate of the file is also
    #: embedded in the signature (the signer's certificate registry), so a verifier can build the
    #: path without fetching anything.
    chain: tuple[ChainCertificate, ...] = ()
    #: The subject of the signing certificate's issuer, RFC 4514 (its own subject when self-signed).
    issuer: str = ""
    #: Start of the certificate's validity (UTC); None when unknown.
    not_before: dt.datetime | None = None

    @property
    def self_signed(self) -> bool:
        cert = self.signer.signing_cert
        return bool(cert.subject == cert.issuer)


def fingerprint_text(der: bytes) -> str:
    import hashlib

    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


# The grouping shown everywhere (« 3F2A 9C01 … ») lives with the other display formats.
fingerprint_groups = _formatting.fingerprint_groups
grouped_fingerprint = _formatting.format_fingerprint


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
    if len(name.encode("utf-8")) > MAX_COMMON_NAME_BYTES:  # X.509's bound, which cryptography enforces
        raise IdentityError("identity.name_too_long", field="name", maximum=MAX_COMMON_NAME_BYTES)
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
    # pyHanko puts the registry's certificates into the signature's CMS next to the signer's
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
        email=attr(NameOID.EMAIL_ADDRESS) or _san_email(cert),
        fingerprint=fingerprint_text(cert.public_bytes(Encoding.DER)),
        not_after=cert.not_valid_after_utc,
        signer=signer,
        chain=_chain_of(cert, others),
        issuer=cert.issuer.rfc4514_string(),
        not_before=cert.not_valid_before_utc,
    )


def _san_email(cert: Any) -> str:
    """The first e-mail address of the certificate's subject alternative names: where CAs put it
    (their subjects seldom carry the address)."""
    from cryptography import x509

    try:
        names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except (x509.ExtensionNotFound, ValueError):  # none, or one cryptography cannot parse
        return ""
    emails = names.get_values_for_type(x509.RFC822Name)
    return str(emails[0]) if emails else ""


def _chain_of(cert: Any, others: list[Any]) -> tuple[ChainCertificate, ...]:
    """The issuers of ``cert`` among ``others`` (cryptography certificates), from its direct issuer
    up to a self-signed root, matched by name and checked by signature; it stops where the file
    holds no issuer."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.serialization import Encoding

    chain: list[ChainCertificate] = []
    current, remaining = cert, list(others)
    while current.subject != current.issuer:
        issuer = None
        for candidate in remaining:
            if candidate.subject != current.issuer:
                continue
            try:
                current.verify_directly_issued_by(candidate)
            except (ValueError, TypeError, InvalidSignature):  # same name, another key: not the issuer
                continue
            issuer = candidate
            break
        if issuer is None:
            break
        remaining.remove(issuer)
        chain.append(
            ChainCertificate(
                subject=issuer.subject.rfc4514_string(),
                issuer=issuer.issuer.rfc4514_string(),
                fingerprint=fingerprint_text(issuer.public_bytes(Encoding.DER)),
                self_signed=issuer.subject == issuer.issuer,
            )
        )
        current = issuer
    return tuple(chain)


# ---------------------------------------------------------------------------- signing


def sign_pdf_bytes(
    content: bytes,
    identity: Identity,
    *,
    reason: str | None = None,
    location: str | None = None,
    when: dt.datetime | None = None,
) -> bytes:
    """Sign ``content`` (a PDF) with a visible PAdES signature on its last page covering the whole file.

    ``when`` (now by default; a naive value is local time) is the signing time written in the
    signature, its dictionary and its visible box, the box showing it in local time with the
    offset in force at that instant."""
    import io

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields, signers
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.stamp import TextStampStyle

    from hopen_desktop.reports.pdf_report import SIGNATURE_BOX, SIGNATURE_REASON

    now = local_signing_time(when)
    if now.astimezone(dt.UTC) > identity.not_after:
        raise SigningError("signing.certificate_expired", signer=identity.signer_name, day=identity.not_after.date())
    if identity.not_before is not None and now.astimezone(dt.UTC) < identity.not_before:
        # a signature its own verification would call invalid (reports/verify.py): refused here
        raise SigningError(
            "signing.certificate_not_yet_valid", signer=identity.signer_name, day=identity.not_before.date()
        )
    reason = reason or SIGNATURE_REASON
    text_box_style = _text_box_style()  # before any work: a missing font engine is an installation error
    try:
        reader = PdfFileReader(io.BytesIO(content), strict=False)
        pages = int(reader.root["/Pages"]["/Count"])
        writer = IncrementalPdfFileWriter(io.BytesIO(content), strict=False)
    except (PdfError, KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:  # parse errors, and
        # the lookups of a page tree that is missing or of the wrong kind
        raise SigningError("signing.not_pdf", reason=str(exc)) from exc
    if reader.embedded_signatures:
        raise SigningError("signing.already_signed")

    # The whole text is one parameter: nothing in a name or a reason is read as a % directive.
    style = TextStampStyle(stamp_text="%(box)s", border_width=1, text_box_style=text_box_style)
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

    class _PdfSigner(signers.PdfSigner):
        """pyHanko's signer at the time ``now``: the CMS signing time, the signature dictionary's
        /M and the visible box say the same instant (pyHanko would read the clock again)."""

        def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
            session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
            session.system_time = now
            return session

    pdf_signer = _PdfSigner(meta, signer=identity.signer, stamp_style=style, new_field_spec=spec)
    out = io.BytesIO()
    try:
        pdf_signer.sign_pdf(
            writer,
            output=out,
            appearance_text_params={"box": signature_box_text(identity, reason, now)},
            in_place=False,
        )
    except (PdfError, ValueError, KeyError, TypeError, OSError) as exc:  # pyHanko's SigningError is a
        # ValueError; PdfError covers what the writer refuses in the document
        raise SigningError("signing.failed", reason=str(exc)) from exc
    return out.getvalue()


def local_signing_time(when: dt.datetime | None = None) -> dt.datetime:
    """``when`` (now by default) in the computer's local time zone, to the second, with the UTC
    offset in force at that instant (winter or summer time). A naive ``when`` is local time."""
    moment = when if when is not None else dt.datetime.now(dt.UTC)
    return moment.astimezone().replace(microsecond=0)


def format_signing_time(moment: dt.datetime) -> str:
    """« 30/11/2026 07:12:05 (UTC+01:00) »: an aware local time as the signature box shows it."""
    offset = moment.utcoffset() or dt.timedelta(0)
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{moment:%d/%m/%Y %H:%M:%S} (UTC{sign}{minutes // 60:02d}:{minutes % 60:02d})"


#: The most characters on one line of the signature box (in its 8-point font the box holds about
#: 80): longer names, organisations and reasons go on to further lines, then are cut.
BOX_LINE_CHARS = 68
BOX_FIELD_LINES = 2


def _box_lines(text: str) -> list[str]:
    import textwrap

    text = " ".join(text.split())  # a line break in a certificate's name would break the layout
    # composed accents: the box's font keeps no rule placing a combining accent over its letter;
    # a character the font cannot draw (Chinese, an emoji) is written as its code point, « [U+1F3E5] »,
    # as in the report, rather than left blank
    text = fonts.drawable(unicodedata.normalize("NFC", text))
    lines = textwrap.wrap(text, BOX_LINE_CHARS, break_long_words=True, break_on_hyphens=False) or [""]
    if len(lines) > BOX_FIELD_LINES:
        lines = lines[:BOX_FIELD_LINES]
        lines[-1] = lines[-1][: BOX_LINE_CHARS - 1].rstrip() + "…"
    return lines


def signature_box_text(identity: Identity, reason: str, moment: dt.datetime) -> str:
    """The text of the visible signature: who signed, for which organisation, when (local time
    and offset), why, and the certificate's SHA-256 fingerprint in groups of four on two lines."""
    groups = fingerprint_groups(identity.fingerprint)
    half = (len(groups) + 1) // 2
    lines = _box_lines(f"Signé électroniquement par : {identity.signer_name}")
    if identity.organisation:
        lines += _box_lines(identity.organisation)
    lines.append(f"Date : {format_signing_time(moment)}")
    lines += _box_lines(f"Motif : {reason}")
    lines.append("Empreinte SHA-256 du certificat :")
    lines.append(" ".join(groups[:half]))
    lines.append(" ".join(groups[half:]))
    return "\n".join(lines)


def _text_box_style() -> Any:
    """The signature box's text style: the embedded DejaVu Sans through pyHanko's OpenType support
    (fonttools, uharfbuzz: the « opentype » extra). Without it pyHanko would fall back on a
    standard, non-embedded font: that is an incomplete installation, said as such."""
    from pyhanko.pdf_utils.text import TextBoxStyle

    from hopen_desktop.model.errors import HopenError
    from hopen_desktop.resources import resource_path

    try:
        import fontTools  # noqa: F401
        import uharfbuzz  # noqa: F401
        from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    except ImportError as exc:
        raise SigningError("signing.font_support_missing", module=exc.name or "uharfbuzz") from None
    path = resource_path("fonts", "DejaVuSans.ttf")
    if not path.is_file():
        raise HopenError("font.unreadable", name=path.name, path=path)
    return TextBoxStyle(font=_em_1000_factory(GlyphAccumulatorFactory)(str(path), font_size=8), font_size=8, leading=10)


#: Tables of DejaVu Sans the box does without: OpenType layout (GSUB, GPOS, GDEF: HarfBuzz then
#: kerns with the legacy « kern » table, which stays), mathematics, FontForge's build dates.
#: Subsetting them took 0.5 s of every signature; without them, 0.06 s.
_BOX_FONT_DROPPED_TABLES = ("GSUB", "GPOS", "GDEF", "MATH", "FFTM")


@functools.cache
def _box_font_bytes(path: str) -> bytes:
    """The font file of the signature box without :data:`_BOX_FONT_DROPPED_TABLES` (read once)."""
    import io

    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(Path(path).read_bytes()), lazy=True)  # the other tables copied as they are
    for tag in _BOX_FONT_DROPPED_TABLES:
        if tag in font:
            del font[tag]
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _em_1000_factory(base: Any) -> Any:
    """A pyHanko font engine factory drawing TrueType fonts of any size of em.

    pyHanko (0.38) writes a font's glyph widths (/W), its TJ adjustments and its descriptor's
    metrics in the font's own units, which PDF reads as thousandths of an em: right for CFF fonts
    (1000 units per em), 2.048 times too wide for DejaVu Sans (2048): viewers spread the letters
    apart and the text ran out of the box. The engine below has HarfBuzz shape at 1000 units per
    em, and gives widths and metrics in those units; pyHanko's own positioning reads
    ``units_per_em``, so all of it agrees (tests/reports/test_signing.py looks at it)."""
    import io

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator

    class Em1000Glyphs(GlyphAccumulator):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            units = self.units_per_em
            self.hb_font.scale = (1000, 1000)
            self.units_per_em = 1000

            def scaled(value: Any) -> Any:
                return generic.NumberObject(round(int(value) * 1000 / units))  # type: ignore[no-untyped-call]

            descriptor = self.cidfont_obj._font_descriptor
            for key in ("/Ascent", "/Descent"):
                descriptor[key] = scaled(descriptor[key])
            if hasattr(self.tt["OS/2"], "sCapHeight"):  # else pyHanko's default, already per 1000
                descriptor["/CapHeight"] = scaled(descriptor["/CapHeight"])
            descriptor["/FontBBox"] = generic.ArrayObject([scaled(v) for v in descriptor["/FontBBox"]])

        def _get_cid_and_width(self, glyph_id: int) -> tuple[int, int]:
            known: tuple[int, int] | None = self._glyphs.get(glyph_id)
            if known is None:
                cid, _units_width = super()._get_cid_and_width(glyph_id)
                known = self._glyphs[glyph_id] = (cid, int(self.hb_font.get_glyph_h_advance(glyph_id)))
            return known

    class Em1000Factory(base):  # type: ignore[misc]
        def create_font_engine(self, writer: Any, obj_stream: Any = None) -> Any:
            # the font in memory (pyHanko's own factory leaves the file open: a ResourceWarning)
            handle = io.BytesIO(_box_font_bytes(self.font_file))
            if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
                obj_stream = writer.prepare_object_stream()
            return Em1000Glyphs(
                writer=writer,
                font_handle=handle,
                font_size=self.font_size,
                ot_script_tag=self.ot_script_tag,
                ot_language_tag=self.ot_language_tag,
                writing_direction=self.writing_direction,
                bcp47_lang_code=self.bcp47_lang_code,
                obj_stream=obj_stream,
            )

    return Em1000Factory


def sign_pdf_file(source: Path, out: Path, identity: Identity, **kwargs: Any) -> Path:
    from hopen_desktop.model.files import write_atomic

    try:
        content = Path(source).read_bytes()
    except OSError as exc:
        raise SigningError("signing.source_unreadable", path=source, reason=exc.strerror) from exc
    write_atomic(Path(out), sign_pdf_bytes(content, identity, **kwargs))
    return Path(out)
