"""Verification of a signed report (any PAdES / PDF signature), offline, with pyHanko.

A signature is accepted only when it is intact, cryptographically valid AND covers the entire
file: pyHanko's ``bottom_line`` stays true after an incremental update appended after signing
(TECH-NOTES), so the coverage is checked too. Any exception during validation means "invalid",
with the reason.

Exit codes of ``hopen-desktop verify``: 0 intact and valid, 1 broken or modified after signing,
2 not a PDF or no signature.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

EXIT_VALID = 0
EXIT_INVALID = 1
EXIT_NOT_SIGNED = 2
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

    @property
    def ok(self) -> bool:
        return self.intact and self.valid and self.covers_whole_file and not self.problems


@dataclass(frozen=True)
class Verification:
    path: str
    exit_code: int
    verdict: str
    signatures: tuple[SignatureCheck, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        doc = asdict(self)
        doc["valid"] = self.exit_code == EXIT_VALID
        for sig, check in zip(doc["signatures"], self.signatures, strict=True):
            sig["ok"] = check.ok
            sig["problems"] = list(check.problems)
        return doc

    def lines(self) -> list[str]:
        """The human-readable report, in French."""
        out = [f"Fichier : {self.path}", f"Verdict : {self.verdict}"]
        for n, s in enumerate(self.signatures, 1):
            out += [
                f"Signature {n} (champ « {s.field_name} ») :",
                f"  Signataire : {s.signer}",
                f"  Nom distinctif : {s.signer_dn}",
                f"  Date de signature : {s.signing_time or 'inconnue'}",
                f"  Motif : {s.reason or '—'}",
                f"  Document intact : {'oui' if s.intact else 'NON'}",
                f"  Signature cryptographique valide : {'oui' if s.valid else 'NON'}",
                f"  Signature couvrant tout le fichier : {'oui' if s.covers_whole_file else 'NON'}",
                "  Certificat reconnu par une autorité de confiance : "
                + ("oui" if s.trusted else "non" + (" (certificat auto-signé)" if s.self_signed else "")),
                f"  Empreinte SHA-256 du certificat : {s.fingerprint_sha256}",
            ]
            out += [f"  Problème : {p}" for p in s.problems]
        if self.signatures and any(not s.trusted for s in self.signatures) and self.exit_code == EXIT_VALID:
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


def verify_pdf(path: Path, *, extra_trusted: list[bytes] | None = None) -> Verification:
    """Check every signature of the PDF at ``path``."""
    from hopen_desktop.model.errors import ValidationError
    from hopen_desktop.model.files import read_regular_file

    path = Path(path)
    if not path.exists() and not path.is_symlink():
        return Verification(str(path), EXIT_NOT_SIGNED, f"Le fichier « {path} » n'existe pas.")
    try:
        # A regular file only (a FIFO would block forever), of a size a report can have.
        data = read_regular_file(path, MAX_PDF_BYTES)
    except ValidationError as exc:
        return Verification(str(path), EXIT_NOT_SIGNED, exc.message)
    except OSError as exc:
        return Verification(str(path), EXIT_NOT_SIGNED, f"Le fichier « {path.name} » est illisible ({exc.strerror}).")
    return verify_pdf_bytes(data, str(path), extra_trusted=extra_trusted)


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
    data: bytes, name: str = "document.pdf", *, extra_trusted: list[bytes] | None = None
) -> Verification:
    quiet_pyhanko_logs()
    looks_signed = carries_signature_traces(data)
    if b"%PDF-" not in data[:1024]:
        if looks_signed and b"%PDF-" in data:
            return Verification(
                name,
                EXIT_INVALID,
                "PDF signé mais altéré : des données ont été ajoutées avant le début du document, après la "
                "signature. Demandez l'original au signataire.",
            )
        return Verification(
            name, EXIT_NOT_SIGNED, "Ce fichier n'est pas un PDF : il n'y a aucune signature à vérifier."
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
                f"PDF signé mais endommagé : sa structure est illisible ({exc}). Il a été modifié après la "
                "signature ; demandez l'original au signataire.",
            )
        return Verification(name, EXIT_NOT_SIGNED, f"PDF illisible ({exc}) : aucune signature n'a pu être trouvée.")
    if not embedded:
        if looks_signed:
            return Verification(
                name,
                EXIT_INVALID,
                "Le fichier contient des traces de signature mais aucune signature lisible : il a été modifié "
                "après la signature.",
            )
        return Verification(
            name,
            EXIT_NOT_SIGNED,
            "Ce PDF ne porte aucune signature électronique : son origine et son intégrité ne peuvent pas être "
            "vérifiées.",
        )

    from asn1crypto import x509 as asn1_x509
    from pyhanko_certvalidator import ValidationContext

    roots = _trust_roots()
    for der in extra_trusted or ():
        roots.append(asn1_x509.Certificate.load(der))
    checks = []
    for sig in embedded:
        vc = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
        try:
            checks.append(_check_signature(sig, vc, len(data)))
        except Exception as exc:  # catch-all by design: whatever breaks, this signature is not valid
            log.error("signature check failed unexpectedly", exc_info=True)
            checks.append(_damaged_block(str(getattr(sig, "field_name", "") or ""), exc))
    if all(c.ok for c in checks):
        verdict = (
            "Signature valide : le document est intact et n'a pas été modifié depuis sa signature."
            if len(checks) == 1
            else f"{len(checks)} signatures valides : le document est intact."
        )
        return Verification(name, EXIT_VALID, verdict, tuple(checks))
    bad = [c for c in checks if not c.ok]
    verdict = "Signature NON valide : " + " ".join(p for c in bad for p in c.problems)
    return Verification(name, EXIT_INVALID, verdict, tuple(checks))


def _check_signature(sig: Any, vc: Any, file_size: int) -> SignatureCheck:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    from hopen_desktop.reports.signing import fingerprint_text

    field_name = str(getattr(sig, "field_name", "") or "")
    signer = signer_dn = fingerprint = ""
    self_signed = False
    reason: str | None = None
    try:
        cert = sig.signer_cert
        signer = _common_name(cert)
        signer_dn = cert.subject.human_friendly
        fingerprint = fingerprint_text(cert.dump())
        self_signed = cert.subject == cert.issuer
    except Exception as exc:  # catch-all by design: a damaged signature block is an invalid signature
        log.warning("damaged signature block", exc_info=True)
        return _damaged_block(field_name, exc)
    try:
        raw_reason = sig.sig_object.get("/Reason")
        reason = str(raw_reason) if raw_reason is not None else None
    except _damaged_entry():
        log.info("unreadable /Reason of a signature", exc_info=True)
        reason = None
    signing_time = _time_text(getattr(sig, "self_reported_timestamp", None))
    try:
        status = validate_pdf_signature(sig, signer_validation_context=vc)
    except Exception as exc:  # catch-all by design: any failure of the validation means "invalid"
        log.warning("signature validation failed", exc_info=True)
        return SignatureCheck(
            field_name, signer, signer_dn, signing_time, False, False, False, False, self_signed, fingerprint, reason,
            (f"la validation a échoué : le fichier ou la signature a été altéré ({type(exc).__name__} : {exc}).",),
        )  # fmt: skip
    problems: list[str] = []
    if not status.intact:
        problems.append("le contenu signé a été modifié (empreinte différente de celle qui a été signée).")
    elif not status.valid:
        problems.append("la valeur de signature ne correspond pas au certificat du signataire.")
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    if not whole:
        covered = _covered_end(sig)
        added = file_size - covered if covered else None
        what = f"{added} octet(s) ajouté(s)" if added else "des données ajoutées"
        problems.append(
            f"le fichier a été modifié après la signature ({what} par une mise à jour incrémentale : page, "
            "annotation, métadonnée…). Seule la version signée fait foi ; demandez l'original au signataire."
        )
    when = _time_text(getattr(status, "signer_reported_dt", None)) or signing_time
    return SignatureCheck(
        field_name=field_name,
        signer=signer,
        signer_dn=signer_dn,
        signing_time=when,
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted),
        self_signed=self_signed,
        covers_whole_file=whole,
        fingerprint_sha256=fingerprint,
        reason=reason,
        problems=tuple(problems),
    )


def _damaged_block(field_name: str, exc: BaseException) -> SignatureCheck:
    return SignatureCheck(
        field_name, "inconnu", "", None, False, False, False, False, False, "", None,
        (f"le bloc de signature est endommagé ({exc}).",),
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


def _time_text(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    from hopen_desktop.model.formatting import format_datetime

    local = value.astimezone()
    return f"{format_datetime(local, 'fr')} {local.strftime('%z')}"  # the offset: not a display format
