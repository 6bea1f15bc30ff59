"""Certificates made for the tests with ``cryptography``: self-signed identities of any validity
and key usage, and a small certification authority issuing a PKCS#12 identity with its chain.
EC P-256 keys: fast to make and to sign with."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from hopen_desktop.reports.signing import Identity, load_identity, sign_pdf_bytes

PASSWORD = "mot-de-passe-test"
NOW = dt.datetime.now(dt.UTC)


def subject(name: str, organisation: str = "Cabinet Conseil Santé", email: str = "consultant@exemple.fr") -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, email),
        ]
    )


def key_usage(*, digital_signature: bool, non_repudiation: bool = True, ca: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=digital_signature,
        content_commitment=non_repudiation,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def certificate(
    name: x509.Name,
    key: ec.EllipticCurvePrivateKey,
    *,
    issuer: x509.Name | None = None,
    issuer_key: ec.EllipticCurvePrivateKey | None = None,
    not_before: dt.datetime = NOW - dt.timedelta(days=1),
    not_after: dt.datetime = NOW + dt.timedelta(days=365),
    usage: x509.KeyUsage | None = None,
    ca: bool = False,
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer or name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if usage is not None:
        builder = builder.add_extension(usage, critical=True)
    return builder.sign(issuer_key or key, hashes.SHA256())


def save_identity(
    path: Path, key: ec.EllipticCurvePrivateKey, cert: x509.Certificate, chain: list[x509.Certificate] | None = None
) -> Identity:
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"test", key, cert, chain, serialization.BestAvailableEncryption(PASSWORD.encode())
        )
    )
    return load_identity(path, PASSWORD)


def self_signed(
    folder: Path, file_name: str = "id.p12", name: str = "Hélène Müller-Loïc", **options: object
) -> Identity:
    key = ec.generate_private_key(ec.SECP256R1())
    if "usage" not in options:
        options["usage"] = key_usage(digital_signature=True)
    cert = certificate(subject(name), key, **options)  # type: ignore[arg-type]
    return save_identity(folder / file_name, key, cert)


def ca_issued(folder: Path, name: str = "Hélène Müller-Loïc") -> tuple[Identity, bytes]:
    """An identity issued by a test CA, with the CA's certificate in the PKCS#12; and the CA's DER."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = subject("Autorité de test HOPEN", "AC Santé Test", "ac@exemple.fr")
    ca_cert = certificate(
        ca_name, ca_key, not_after=NOW + dt.timedelta(days=3650), usage=key_usage(digital_signature=False, ca=True),
        ca=True,
    )  # fmt: skip
    key = ec.generate_private_key(ec.SECP256R1())
    cert = certificate(subject(name), key, issuer=ca_name, issuer_key=ca_key, usage=key_usage(digital_signature=True))
    identity = save_identity(folder / "ca-issued.p12", key, cert, [ca_cert])
    return identity, ca_cert.public_bytes(serialization.Encoding.DER)


def der(identity: Identity) -> bytes:
    return bytes(identity.signer.signing_cert.dump())


def pem(identity: Identity) -> bytes:
    from asn1crypto import pem as asn1_pem

    return bytes(asn1_pem.armor("CERTIFICATE", der(identity)))


def one_page_pdf(text: str = "Rapport de test") -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName="Courier")
    canvas.drawString(72, 720, text)
    canvas.save()
    return buffer.getvalue()


def sign_anyway(content: bytes, identity: Identity) -> bytes:
    """Sign now even with an expired or not yet valid certificate: past the application's own
    validity guard (a forger's tool has none)."""
    unguarded = dataclasses.replace(identity, not_before=None, not_after=NOW + dt.timedelta(days=3650))
    return sign_pdf_bytes(content, unguarded)
