"""Verification of a signed report (any PAdES / PDF signature), offline, with pyHanko.

A signature is accepted only when it is intact, cryptographically valid AND covers the entire
file: pyHanko's ``bottom_line`` stays true after an incremental update appended after signing
(TECH-NOTES), so the coverage is checked too. Any exception during validation means "invalid",
with the reason.

Who signed: each signature reports the signer's certificate (name, organisation, email, SHA-256
fingerprint, validity period, self-signed or the chain of certificates embedded with it). A
certificate not valid at the signing time (the signed signing-time attribute, else the time the
signer's PDF reports), or whose key usage extension lacks digitalSignature, makes the signature
invalid.

Approval: given ``Approvers`` (the certificates passed with ``--trust``, or the fingerprints of the
book of approved signers, ``reports/approved_signers.py``), each signer is also checked against
them. Without ``Approvers`` the verdict is about the signature alone (0, 1 or 2).

Exit codes of ``hopen-desktop verify``: 0 intact, valid and signer approved, 1 broken, modified
after signing, invalid certificate, or signer none of the ``--trust`` certificates approves, 2 not
a PDF or no signature, 3 intact and valid but signer not approved by the book.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import shlex
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from hopen_desktop.model.certificate_names import NameAttributes, format_name
from hopen_desktop.model.i18n import Text


def _t(fr: str, en: str) -> str:
    """A sentence of the verdict in the current language: French on the command line, the window's
    language in the window (the verdict is built in its worker, after the language is set)."""
    return Text(fr, en).text()


EXIT_VALID = 0
EXIT_INVALID = 1
EXIT_NOT_SIGNED = 2
EXIT_NOT_APPROVED = 3
#: Where the approving certificates come from (``Approvers.source``).
APPROVED_BY_TRUST = "trust"
APPROVED_BY_BOOK = "book"
#: The largest file verified (a report with hundreds of pages and proofs is a few megabytes).
MAX_PDF_BYTES = 1024 * 1024 * 1024

log = logging.getLogger(__name__)


def _damaged_entry() -> tuple[type[BaseException], ...]:
    """What reading one optional entry of a damaged signature dictionary raises: pyHanko's parse
    errors and the mapping / number errors of a value of the wrong kind. (The other catches of
    this module are catch-alls by design, each logged with its traceback: a verification turns
    ANY failure into a verdict, since the file is hostile by definition, never a traceback.)"""
    from pyhanko.pdf_utils.misc import PdfError

    return (PdfError, KeyError, IndexError, TypeError, ValueError, AttributeError)


@dataclass(frozen=True)
class CertificateFacts:
    """What a certificate says of its holder, read with ``cryptography``."""

    name: str
    organisation: str
    email: str
    #: The issuer's distinguished name (the holder's own for a self-signed certificate).
    issuer: str
    subject: str
    not_before: dt.datetime
    not_after: dt.datetime
    self_signed: bool
    #: The key usage extension: None when the certificate has none (any usage allowed).
    key_usage: frozenset[str] | None
    fingerprint: str
    #: The subject's and the issuer's attributes (dotted OID, value), for a name shown in the
    #: reader's language (``model.certificate_names``).
    subject_attributes: NameAttributes = ()
    issuer_attributes: NameAttributes = ()

    def problems_at(self, moment: dt.datetime) -> list[str]:
        """Why this certificate could not sign at ``moment`` (French sentences); none when it could."""
        found = []
        if moment < self.not_before:
            found.append(
                _t(
                    f"le certificat n'était pas encore valide à la date de signature ({_day(moment)}) : sa "
                    f"validité commence le {_day(self.not_before)}.",
                    f"the certificate was not yet valid on the signing date ({_day(moment)}): its validity "
                    f"starts on {_day(self.not_before)}.",
                )
            )
        elif moment > self.not_after:
            found.append(
                _t(
                    f"le certificat avait expiré à la date de signature ({_day(moment)}) : sa validité a pris fin "
                    f"le {_day(self.not_after)}.",
                    f"the certificate had expired on the signing date ({_day(moment)}): its validity ended on "
                    f"{_day(self.not_after)}.",
                )
            )
        if self.key_usage is not None and "digital_signature" not in self.key_usage:
            found.append(
                _t(
                    "le certificat n'autorise pas la signature numérique (son extension « usage de la clé » ne "
                    "comporte pas digitalSignature) : il ne peut pas signer un document.",
                    "the certificate does not allow digital signatures (its “key usage” extension lacks "
                    "digitalSignature): it cannot sign a document.",
                )
            )
        return found


def certificate_facts(der: bytes) -> CertificateFacts:
    """The facts of the DER certificate ``der`` (``ValueError`` when it is no certificate)."""
    from cryptography import x509
    from cryptography.x509.oid import ExtensionOID, NameOID

    cert = x509.load_der_x509_certificate(der)

    def attr(oid: Any) -> str:
        values = cert.subject.get_attributes_for_oid(oid)
        return str(values[0].value) if values else ""

    email = attr(NameOID.EMAIL_ADDRESS)
    usage: frozenset[str] | None = None
    try:
        ku = cert.extensions.get_extension_for_oid(ExtensionOID.KEY_USAGE).value
        assert isinstance(ku, x509.KeyUsage)
        flags = {
            "digital_signature": ku.digital_signature,
            "non_repudiation": ku.content_commitment,
            "key_encipherment": ku.key_encipherment,
            "key_cert_sign": ku.key_cert_sign,
        }
        usage = frozenset(k for k, v in flags.items() if v)
    except x509.ExtensionNotFound:
        usage = None
    if not email:
        try:
            san = cert.extensions.get_extension_for_oid(ExtensionOID.SUBJECT_ALTERNATIVE_NAME).value
            assert isinstance(san, x509.SubjectAlternativeName)
            emails = san.get_values_for_type(x509.RFC822Name)
            email = str(emails[0]) if emails else ""
        except x509.ExtensionNotFound:
            email = ""
    from hopen_desktop.reports.signing import fingerprint_text

    return CertificateFacts(
        name=attr(NameOID.COMMON_NAME) or cert.subject.rfc4514_string(),
        organisation=attr(NameOID.ORGANIZATION_NAME),
        email=email,
        issuer=cert.issuer.rfc4514_string(),
        subject=cert.subject.rfc4514_string(),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        self_signed=cert.issuer == cert.subject,
        key_usage=usage,
        fingerprint=fingerprint_text(der),
        subject_attributes=name_attributes(cert.subject),
        issuer_attributes=name_attributes(cert.issuer),
    )


def name_attributes(name: Any) -> NameAttributes:
    """The attributes of a ``cryptography`` name, in order: (dotted OID, value)."""
    return tuple((attribute.oid.dotted_string, str(attribute.value)) for attribute in name)


def _der_name_attributes(der: bytes) -> NameAttributes:
    """The subject attributes of a DER certificate; () when ``cryptography`` cannot read it."""
    from cryptography import x509

    try:
        return name_attributes(x509.load_der_x509_certificate(der).subject)
    except ValueError:
        log.info("unreadable certificate name", exc_info=True)
        return ()


@dataclass(frozen=True)
class Approvers:
    """Who approves a signer. ``source`` APPROVED_BY_TRUST: the certificates given with ``--trust``
    (DER); only they approve, by fingerprint (the signer's own, or one of the chain validated up to
    it), and a signer none of them approves is an error (exit 1). APPROVED_BY_BOOK: the book of
    approved signers, ``fingerprints`` → how each was approved (French words); a signer it lacks
    is intact but not approved (exit 3). ``problem``: why the book could not be read (French)."""

    source: str
    certificates: tuple[bytes, ...] = ()
    fingerprints: Mapping[str, str] = field(default_factory=dict)
    problem: str | None = None
    #: The book's signers: fingerprint → name (to warn when a stranger takes an approved name).
    names: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SignatureCheck:
    field_name: str
    signer: str
    signer_dn: str
    signing_time: str | None
    #: The signed bytes hash to the digest in the signature.
    intact: bool
    #: The signature value itself checks out with the signer's key.
    valid: bool
    #: The certificate chains to a trusted root (the system's or one given).
    trusted: bool
    self_signed: bool
    #: The signature covers every byte of the file (nothing appended after signing).
    covers_whole_file: bool
    fingerprint_sha256: str
    reason: str | None
    problems: tuple[str, ...] = ()
    organisation: str = ""
    email: str = ""
    #: The certificate's validity period (UTC).
    not_before: dt.datetime | None = None
    not_after: dt.datetime | None = None
    #: The signing time used for the certificate's validity (UTC): the signed signing-time
    #: attribute, else the time the signer's PDF reports.
    signed_at: dt.datetime | None = None
    #: The certificate was valid at the signing time and allows digital signatures.
    certificate_valid: bool = False
    #: The certificate has expired since the signature (valid when it signed): said, not an error.
    expired_since: bool = False
    issuer: str = ""
    #: Subjects of the certificates embedded with the signer's, from its issuer up (CA-issued).
    chain: tuple[str, ...] = ()
    #: Fingerprints of the certificate path validated up to a trusted root, root first.
    trust_path: tuple[str, ...] = ()
    #: None: approval not checked; else whether an approving certificate approves this signer.
    approved: bool | None = None
    #: How the signer was approved (French words), when it was.
    approved_how: str | None = None
    #: The signer's certificate (DER): what the window adds to the book.
    certificate_der: bytes = b""
    #: The attributes of the signer's name, of its issuer's and of each certificate of ``chain``
    #: (dotted OID, value): the window shows them in its language (not in the JSON verdict).
    signer_attributes: NameAttributes = ()
    issuer_attributes: NameAttributes = ()
    chain_attributes: tuple[NameAttributes, ...] = ()

    @property
    def ok(self) -> bool:
        return self.intact and self.valid and self.covers_whole_file and not self.problems

    def to_json(self) -> dict[str, Any]:
        doc = asdict(self)
        for key in ("certificate_der", "signer_attributes", "issuer_attributes", "chain_attributes"):
            del doc[key]
        for key in ("not_before", "not_after", "signed_at"):
            doc[key] = _iso(getattr(self, key))
        doc["ok"] = self.ok
        doc["problems"] = list(self.problems)
        doc["chain"] = list(self.chain)
        doc["trust_path"] = list(self.trust_path)
        doc["certificate_pem"] = certificate_pem(self.certificate_der) if self.certificate_der else None
        return doc

    def signer_json(self) -> dict[str, Any]:
        """The ``signer`` object of the JSON verdict."""
        return {
            "name": self.signer,
            "organisation": self.organisation,
            "email": self.email,
            "validity": {"not_before": _iso(self.not_before), "not_after": _iso(self.not_after)},
            "self_signed": self.self_signed,
            "issuer": self.issuer,
            "chain": list(self.chain),
        }


@dataclass(frozen=True)
class Verification:
    path: str
    exit_code: int
    verdict: str
    signatures: tuple[SignatureCheck, ...] = field(default_factory=tuple)
    #: None: approval not checked (no ``Approvers``); else every signer is approved.
    approved: bool | None = None
    #: Every problem and approval finding, in French sentences.
    reasons: tuple[str, ...] = ()
    #: Why the book of approved signers could not be read (French), when it could not.
    book_problem: str | None = None

    @property
    def valid(self) -> bool:
        """Intact, cryptographically valid, covering the file, with valid certificates."""
        return bool(self.signatures) and all(s.ok for s in self.signatures)

    @property
    def main(self) -> SignatureCheck | None:
        """The signature that covers the document (the last one)."""
        return self.signatures[-1] if self.signatures else None

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "path": self.path,
            "exit_code": self.exit_code,
            "verdict": self.verdict,
            "signatures": [s.to_json() for s in self.signatures],
        }
        main = self.main
        doc["valid"] = self.valid
        doc["approved"] = bool(self.approved)
        doc["signer"] = main.signer_json() if main is not None else None
        doc["fingerprint_sha256"] = main.fingerprint_sha256 if main is not None else None
        doc["reasons"] = (
            list(self.reasons) if self.reasons else ([] if self.exit_code == EXIT_VALID else [self.verdict])
        )
        return doc

    def lines(self) -> list[str]:
        """The human-readable report, in French."""
        out = [f"Fichier : {self.path}", f"Verdict : {self.verdict}"]
        for n, s in enumerate(self.signatures, 1):
            out += [
                f"Signature {n} (champ « {s.field_name} ») :",
                f"  Signataire : {s.signer}",
                f"  Organisation : {s.organisation or '—'}",
                f"  Adresse : {s.email or '—'}",
                f"  Nom distinctif : {s.signer_dn}",
                f"  Date de signature : {s.signing_time or 'inconnue'}",
                f"  Motif : {s.reason or '—'}",
                f"  Document intact : {'oui' if s.intact else 'NON'}",
                f"  Signature cryptographique valide : {'oui' if s.valid else 'NON'}",
                f"  Signature couvrant tout le fichier : {'oui' if s.covers_whole_file else 'NON'}",
            ]
            if s.not_before is not None and s.not_after is not None:
                validity = f"du {_day(s.not_before)} au {_day(s.not_after)}"
                if s.expired_since:
                    validity += " (expiré depuis la signature ; il était valide quand il a signé)"
                out.append(f"  Validité du certificat : {validity}")
                out.append(f"  Certificat valide à la date de signature : {'oui' if s.certificate_valid else 'NON'}")
            out.append(
                "  Certificat reconnu par une autorité de confiance : "
                + ("oui" if s.trusted else "non" + (" (certificat auto-signé)" if s.self_signed else ""))
            )
            if s.chain:
                out.append("  Chaîne de certification : " + " ← ".join(s.chain))
            elif not s.self_signed and s.issuer:
                out.append(f"  Émis par : {format_name(s.issuer_attributes, 'fr') or s.issuer}")
            out.append(f"  Empreinte SHA-256 du certificat : {_grouped(s.fingerprint_sha256)}")
            if s.approved is not None:
                out.append(
                    "  Signataire approuvé : "
                    + (f"oui ({s.approved_how})" if s.approved and s.approved_how else "oui" if s.approved else "NON")
                )
            out += [f"  Problème : {p}" for p in s.problems]
        if self.exit_code == EXIT_NOT_APPROVED:
            out += [r for r in self.reasons if r not in self.verdict]
        elif (
            self.signatures
            and any(not s.trusted for s in self.signatures)
            and self.exit_code == EXIT_VALID
            and self.approved is None
        ):
            out.append(
                "Le certificat n'étant pas reconnu par une autorité, comparez son empreinte SHA-256 avec celle "
                "que le signataire vous a communiquée."
            )
        return out


def _trust_roots() -> list[Any]:
    """Root certificates of the operating system, read offline (best effort)."""
    import ssl

    from asn1crypto import pem, x509

    roots: list[Any] = []
    enum = getattr(ssl, "enum_certificates", None)
    if enum is not None:  # Windows
        for store in ("ROOT", "CA"):
            try:
                for der, encoding, _trust in enum(store):
                    if encoding == "x509_asn":
                        roots.append(x509.Certificate.load(der))
            except (OSError, ValueError):
                continue
        return roots
    paths = ssl.get_default_verify_paths()
    for candidate in (paths.cafile, paths.openssl_cafile, "/etc/ssl/certs/ca-certificates.crt", "/etc/ssl/cert.pem"):
        if not candidate or not Path(candidate).is_file():
            continue
        try:
            data = Path(candidate).read_bytes()
            for _type, _headers, der in pem.unarmor(data, multiple=True):
                roots.append(x509.Certificate.load(der))
        except (OSError, ValueError):
            continue
        if roots:
            break
    return roots


def verify_pdf(
    path: Path, *, extra_trusted: list[bytes] | None = None, approvers: Approvers | None = None
) -> Verification:
    """Check every signature of the PDF at ``path`` (and its signer against ``approvers``)."""
    from hopen_desktop.model.errors import ValidationError
    from hopen_desktop.model.files import read_regular_file

    path = Path(path)
    if not path.exists() and not path.is_symlink():
        return Verification(
            str(path), EXIT_NOT_SIGNED, _t(f"Le fichier « {path} » n'existe pas.", f"The file “{path}” does not exist.")
        )
    try:
        # A regular file only (a FIFO would block forever), of a size a report can have.
        data = read_regular_file(path, MAX_PDF_BYTES)
    except ValidationError as exc:
        return Verification(str(path), EXIT_NOT_SIGNED, exc.message)
    except OSError as exc:
        return Verification(
            str(path),
            EXIT_NOT_SIGNED,
            _t(
                f"Le fichier « {path.name} » est illisible ({exc.strerror}).",
                f"The file “{path.name}” cannot be read ({exc.strerror}).",
            ),
        )
    return verify_pdf_bytes(data, str(path), extra_trusted=extra_trusted, approvers=approvers)


def quiet_pyhanko_logs() -> None:
    """pyHanko logs expected validation failures (a self-signed certificate, a modified file) with
    tracebacks; the verdict already says it in French, so keep them off the user's terminal."""
    import logging

    for name in ("pyhanko", "pyhanko_certvalidator"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
        logger.propagate = False


# What a signature dictionary leaves in a PDF (an empty signature field alone is not a
# signature). Any one of them is enough: a flipped byte in one key (``/ByteRange`` →
# ``/ByteRangf``) must not turn a damaged signed document into an "unsigned" one (poppler's
# pdfsig still finds its signature).
_SIGNATURE_TRACES = re.compile(
    rb"/ByteRange|/Adobe\.PPK|/adbe\.pkcs7|/ETSI\.CAdES|/ETSI\.RFC3161|/Type\s*/Sig\b|/SubFilter"
)


def carries_signature_traces(data: bytes) -> bool:
    """Whether ``data`` holds any trace of a PDF signature dictionary."""
    return _SIGNATURE_TRACES.search(data) is not None


def verify_pdf_bytes(
    data: bytes,
    name: str = "document.pdf",
    *,
    extra_trusted: list[bytes] | None = None,
    approvers: Approvers | None = None,
) -> Verification:
    """Check every signature of ``data``; ``extra_trusted``: DER certificates added to the trust
    roots; ``approvers``: who approves a signer (None: the signature alone is judged)."""
    quiet_pyhanko_logs()
    looks_signed = carries_signature_traces(data)
    if b"%PDF-" not in data[:1024]:
        if looks_signed and b"%PDF-" in data:
            return Verification(
                name,
                EXIT_INVALID,
                _t(
                    "PDF signé mais altéré : des données ont été ajoutées avant le début du document, après la "
                    "signature. Demandez l'original au signataire.",
                    "Signed PDF, but altered: data was added before the start of the document, after the "
                    "signature. Ask the signer for the original.",
                ),
            )
        return Verification(
            name,
            EXIT_NOT_SIGNED,
            _t(
                "Ce fichier n'est pas un PDF : il n'y a aucune signature à vérifier.",
                "This file is not a PDF: there is no signature to check.",
            ),
        )
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except Exception as exc:  # catch-all by design: a hostile PDF may break the parser anyhow
        log.warning("unreadable PDF structure during verification", exc_info=True)
        if looks_signed:
            return Verification(
                name,
                EXIT_INVALID,
                _t(
                    f"PDF signé mais endommagé : sa structure est illisible ({exc}). Il a été modifié après la "
                    "signature ; demandez l'original au signataire.",
                    f"Signed PDF, but damaged: its structure cannot be read ({exc}). It was changed after the "
                    "signature; ask the signer for the original.",
                ),
            )
        return Verification(
            name,
            EXIT_NOT_SIGNED,
            _t(
                f"PDF illisible ({exc}) : aucune signature n'a pu être trouvée.",
                f"Unreadable PDF ({exc}): no signature could be found.",
            ),
        )
    if not embedded:
        if looks_signed:
            return Verification(
                name,
                EXIT_INVALID,
                _t(
                    "Le fichier contient des traces de signature mais aucune signature lisible : il a été modifié "
                    "après la signature.",
                    "The file holds traces of a signature but no readable signature: it was changed after the "
                    "signature.",
                ),
            )
        return Verification(
            name,
            EXIT_NOT_SIGNED,
            _t(
                "Ce PDF ne porte aucune signature électronique : son origine et son intégrité ne peuvent pas être "
                "vérifiées.",
                "This PDF carries no electronic signature: its origin and its integrity cannot be checked.",
            ),
        )

    from asn1crypto import x509 as asn1_x509

    roots = _trust_roots()
    given = list(extra_trusted or ())
    if approvers is not None and approvers.source == APPROVED_BY_TRUST:
        given += [der for der in approvers.certificates if der not in given]
    for der in given:
        roots.append(asn1_x509.Certificate.load(der))
    checks = []
    for sig in embedded:
        try:
            checks.append(_check_signature(sig, roots, len(data)))
        except Exception as exc:  # catch-all by design: whatever breaks, this signature is not valid
            log.error("signature check failed unexpectedly", exc_info=True)
            checks.append(_damaged_block(str(getattr(sig, "field_name", "") or ""), exc))
    if approvers is not None:
        checks = [_approve(c, approvers) for c in checks]
    return _verdict(name, tuple(checks), approvers)


def _verdict(name: str, checks: tuple[SignatureCheck, ...], approvers: Approvers | None) -> Verification:
    """The exit code, the verdict and the reasons of checked (and approved) signatures."""
    bad = [c for c in checks if not c.ok]
    if bad:
        problems = [p for c in bad for p in c.problems]
        verdict = _t("Signature NON valide : ", "Signature NOT valid: ") + " ".join(problems)
        approved = None if approvers is None else all(c.approved for c in checks)
        return Verification(name, EXIT_INVALID, verdict, checks, approved, tuple(problems))
    intact = (
        _t(
            "Signature valide : le document est intact et n'a pas été modifié depuis sa signature.",
            "Valid signature: the document is intact and has not been changed since it was signed.",
        )
        if len(checks) == 1
        else _t(
            f"{len(checks)} signatures valides : le document est intact.",
            f"{len(checks)} valid signatures: the document is intact.",
        )
    )
    if approvers is None:
        return Verification(name, EXIT_VALID, intact, checks)
    strangers = [c for c in checks if not c.approved]
    if not strangers:
        hows = sorted({c.approved_how for c in checks if c.approved_how})
        approved_text = _t(f" Signataire approuvé ({', '.join(hows)}).", f" Approved signer ({', '.join(hows)}).")
        return Verification(name, EXIT_VALID, intact + approved_text, checks, True)
    if approvers.source == APPROVED_BY_TRUST:
        reasons = tuple(
            _t(
                f"le signataire « {c.signer} » (empreinte {c.fingerprint_sha256}) n'est aucun des certificats de "
                "confiance indiqués (--trust) : ce document n'a pas été signé par la personne attendue.",
                f"the signer “{c.signer}” (fingerprint {c.fingerprint_sha256}) is none of the trusted certificates "
                "given (--trust): this document was not signed by the expected person.",
            )
            for c in strangers
        )
        unknown = _t("Signataire NON reconnu : ", "Signer NOT recognised: ")
        return Verification(name, EXIT_INVALID, unknown + " ".join(reasons), checks, False, reasons)
    reasons_list = []
    if approvers.problem:
        reasons_list.append(approvers.problem)
    for c in strangers:
        who = c.signer + (f" ({c.organisation})" if c.organisation else "") + (f" <{c.email}>" if c.email else "")
        reasons_list.append(
            _t(
                f"Le signataire {who} n'est pas dans votre carnet des signataires approuvés. Empreinte SHA-256 de "
                f"son certificat : {c.fingerprint_sha256} (à comparer par groupes de quatre : "
                f"{_grouped(c.fingerprint_sha256)}). "
                "Un imposteur peut reprendre le même nom : téléphonez au signataire et faites-lui lire l'empreinte "
                "de son certificat ; si elle est identique, approuvez-le avec « hopen-desktop signers approve "
                f"--from-report {shlex.quote(name)} --fingerprint EMPREINTE » ou dans la fenêtre (menu Rapports › "
                "Vérifier un rapport signé › Approuver ce signataire…).",
                f"The signer {who} is not in your book of approved signers. SHA-256 fingerprint of their "
                f"certificate: {c.fingerprint_sha256} (to compare in groups of four: "
                f"{_grouped(c.fingerprint_sha256)}). "
                "An impostor can use the same name: phone the signer and have them read the fingerprint of their "
                "certificate; if it is the same, approve them with “hopen-desktop signers approve "
                f"--from-report {shlex.quote(name)} --fingerprint FINGERPRINT” or in the window (Reports menu › "
                "Verify a signed report › Approve this signer…).",
            )
        )
        namesakes = [fp for fp, known in approvers.names.items() if _same_name(known, c.signer)]
        if namesakes:
            reasons_list.append(
                _t(
                    f"ATTENTION : un signataire approuvé porte ce même nom « {c.signer} », avec une AUTRE empreinte "
                    f"({_grouped(namesakes[0])}). Ce rapport peut venir d'un imposteur : ne l'approuvez pas sans "
                    "avoir comparé l'empreinte avec la personne elle-même.",
                    f"WARNING: an approved signer has this same name “{c.signer}”, with ANOTHER fingerprint "
                    f"({_grouped(namesakes[0])}). This report may come from an impostor: do not approve it without "
                    "comparing the fingerprint with the person themselves.",
                )
            )
    verdict = _t(
        "Document intact mais signataire NON approuvé : rien ne prouve qui l'a signé tant que l'empreinte de son "
        "certificat n'a pas été comparée.",
        "Document intact but signer NOT approved: nothing proves who signed it until the fingerprint of their "
        "certificate has been compared.",
    )
    return Verification(name, EXIT_NOT_APPROVED, verdict, checks, False, tuple(reasons_list), approvers.problem)


def _approve(check: SignatureCheck, approvers: Approvers) -> SignatureCheck:
    """``check`` with whether ``approvers`` approve its signer, and how."""
    from dataclasses import replace

    if not check.fingerprint_sha256:
        return replace(check, approved=False)
    if approvers.source == APPROVED_BY_TRUST:
        from hopen_desktop.reports.signing import fingerprint_text

        given = {fingerprint_text(der) for der in approvers.certificates}
        if check.fingerprint_sha256 in given:
            return replace(
                check,
                approved=True,
                approved_how=_t("certificat indiqué par --trust", "certificate given with --trust"),
            )
        if check.trusted and given.intersection(check.trust_path):
            return replace(
                check, approved=True, approved_how=_t("autorité indiquée par --trust", "authority given with --trust")
            )
        return replace(check, approved=False)
    how = approvers.fingerprints.get(check.fingerprint_sha256)
    if how is not None:
        return replace(check, approved=True, approved_how=how)
    return replace(check, approved=False)


def _check_signature(sig: Any, roots: list[Any], file_size: int) -> SignatureCheck:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    from hopen_desktop.reports.signing import fingerprint_text

    field_name = str(getattr(sig, "field_name", "") or "")
    signer = signer_dn = fingerprint = ""
    self_signed = False
    reason: str | None = None
    try:
        cert = sig.signer_cert
        signer = _common_name(cert)
        der = bytes(cert.dump())
        fingerprint = fingerprint_text(der)
        self_signed = cert.subject == cert.issuer
        facts = certificate_facts(der)
        # The name with its attributes in French (« Nom : …, Organisation : … »), not asn1crypto's English.
        signer_dn = format_name(facts.subject_attributes, "fr") or cert.subject.human_friendly
        chain_attributes = _embedded_chain(sig, cert)
        chain = tuple(format_name(attributes, "fr") for attributes in chain_attributes)
    except Exception as exc:  # catch-all by design: a damaged signature block is an invalid signature
        log.warning("damaged signature block", exc_info=True)
        return _damaged_block(field_name, exc)
    try:
        raw_reason = sig.sig_object.get("/Reason")
        reason = str(raw_reason) if raw_reason is not None else None
    except _damaged_entry():
        log.info("unreadable /Reason of a signature", exc_info=True)
        reason = None
    try:
        # The signed signing-time attribute, else the PDF's /M: the time the signer reports.
        signed_at = _utc(sig.self_reported_timestamp)
    except Exception:  # catch-all by design: an unreadable time is an unknown one, said below
        log.info("unreadable signing time of a signature", exc_info=True)
        signed_at = None
    signing_time = _time_text(signed_at)
    described: dict[str, Any] = {
        "organisation": facts.organisation,
        "email": facts.email,
        "not_before": facts.not_before,
        "not_after": facts.not_after,
        "signed_at": signed_at,
        "issuer": facts.issuer,
        "chain": chain,
        "certificate_der": der,
        "signer_attributes": facts.subject_attributes,
        "issuer_attributes": facts.issuer_attributes,
        "chain_attributes": chain_attributes,
    }
    try:
        # The chain is judged at the signing time (a certificate expired since then still signed
        # validly); key usage is checked below, by this module's rule (digitalSignature).
        vc = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail", moment=signed_at)
        status = validate_pdf_signature(
            sig, signer_validation_context=vc, key_usage_settings=KeyUsageConstraints(key_usage=set())
        )
    except Exception as exc:  # catch-all by design: any failure of the validation means "invalid"
        log.warning("signature validation failed", exc_info=True)
        return SignatureCheck(
            field_name, signer, signer_dn, signing_time, False, False, False, False, self_signed, fingerprint, reason,
            (_t(f"la validation a échoué : le fichier ou la signature a été altéré ({type(exc).__name__} : {exc}).",
                f"the validation failed: the file or the signature was altered ({type(exc).__name__}: {exc})."),),
            **described,
        )  # fmt: skip
    problems: list[str] = []
    if not status.intact:
        problems.append(
            _t(
                "le contenu signé a été modifié (empreinte différente de celle qui a été signée).",
                "the signed content was changed (its fingerprint differs from the one signed).",
            )
        )
    elif not status.valid:
        problems.append(
            _t(
                "la valeur de signature ne correspond pas au certificat du signataire.",
                "the signature value does not match the signer's certificate.",
            )
        )
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    if not whole:
        covered = _covered_end(sig)
        added = file_size - covered if covered else None
        what = (
            _t(f"{added} octet(s) ajouté(s)", f"{added} byte(s) added")
            if added
            else _t("des données ajoutées", "data added")
        )
        problems.append(
            _t(
                f"le fichier a été modifié après la signature ({what} par une mise à jour incrémentale : page, "
                "annotation, métadonnée…). Seule la version signée fait foi ; demandez l'original au signataire.",
                f"the file was changed after the signature ({what} by an incremental update: page, annotation, "
                "metadata…). Only the signed version is authentic; ask the signer for the original.",
            )
        )
    now = dt.datetime.now(dt.UTC)
    certificate_problems = facts.problems_at(signed_at or now)
    problems += certificate_problems
    trust_path: tuple[str, ...] = ()
    if status.trusted and status.validation_path is not None:
        try:
            trust_path = tuple(fingerprint_text(c.dump()) for c in status.validation_path.iter_certs(include_root=True))
        except _damaged_entry():
            log.info("unreadable validation path", exc_info=True)
    return SignatureCheck(
        field_name=field_name,
        signer=signer,
        signer_dn=signer_dn,
        signing_time=signing_time,
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted),
        self_signed=self_signed,
        covers_whole_file=whole,
        fingerprint_sha256=fingerprint,
        reason=reason,
        problems=tuple(problems),
        certificate_valid=not certificate_problems,
        expired_since=not certificate_problems and now > facts.not_after,
        trust_path=trust_path,
        **described,
    )


def _embedded_chain(sig: Any, cert: Any) -> tuple[NameAttributes, ...]:
    """Subjects of the certificates embedded with the signature, from the signer's issuer up to
    the root (each issued the previous one, by name); empty for a self-signed certificate."""
    others = list(sig.other_embedded_certs)
    chain: list[NameAttributes] = []
    current = cert
    while current.subject != current.issuer and len(chain) < 10:
        issuer = next((c for c in others if c.subject == current.issuer), None)
        if issuer is None:
            break
        chain.append(_der_name_attributes(bytes(issuer.dump())) or (("2.5.4.3", str(issuer.subject.human_friendly)),))
        others.remove(issuer)
        current = issuer
    return tuple(chain)


def _damaged_block(field_name: str, exc: BaseException) -> SignatureCheck:
    return SignatureCheck(
        field_name, "inconnu", "", None, False, False, False, False, False, "", None,
        (_t(f"le bloc de signature est endommagé ({exc}).", f"the signature block is damaged ({exc})."),),
    )  # fmt: skip


def _covered_end(sig: Any) -> int | None:
    try:
        byte_range = [int(x) for x in sig.sig_object["/ByteRange"]]
        return byte_range[2] + byte_range[3]
    except _damaged_entry():
        log.info("unreadable /ByteRange of a signature", exc_info=True)
        return None


def _common_name(cert: Any) -> str:
    try:
        cn = cert.subject.native.get("common_name")
        if cn:
            return str(cn)
    except (ValueError, TypeError, KeyError, AttributeError):  # asn1crypto's parse errors
        log.info("unreadable common name of a certificate", exc_info=True)
    return str(cert.subject.human_friendly)


def _same_name(a: str, b: str) -> bool:
    import unicodedata

    def fold(text: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", text).casefold().split())

    return fold(a) == fold(b)


def _grouped(fingerprint: str) -> str:
    from hopen_desktop.model.formatting import format_fingerprint

    return format_fingerprint(fingerprint)


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:  # a PDF date without its offset: read as UTC
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def _iso(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat() if value is not None else None


def _day(value: dt.datetime) -> str:
    from hopen_desktop.model.formatting import format_date

    return format_date(value.astimezone().date(), "fr")


def certificate_pem(der: bytes) -> str:
    """The DER certificate ``der`` armoured as PEM text."""
    from asn1crypto import pem

    return bytes(pem.armor("CERTIFICATE", der)).decode("ascii")


def _time_text(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    from hopen_desktop.model.formatting import format_datetime

    local = value.astimezone()
    return f"{format_datetime(local, 'fr')} {local.strftime('%z')}"  # the offset: not a display format
