"""Identities issued by a certification authority (issue 15, item 7): a PKCS#12 holding a
CA-issued certificate and its chain signs like a self-signed identity, the chain is embedded in the
signature (a verifier trusting the root validates it without fetching anything), `identity show`
prints the chain."""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from hopen_desktop.cli import EXIT_OK, main
from hopen_desktop.jobs.reports import render_report_bytes
from hopen_desktop.model.snapshot import take_snapshot
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.reports.signing import fingerprint_text, load_identity, sign_pdf_bytes

PASSWORD = "mot-de-passe-de-l'autorité"


@dataclass
class Issued:
    """A test PKI: certificates (cryptography objects) and the PKCS#12 file of the leaf."""

    root: Any
    intermediate: Any | None
    leaf: Any
    p12: Path


def _name(common_name: str, organisation: str) -> Any:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "FR"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _certificate(subject: Any, key: Any, issuer: Any, issuer_key: Any, *, ca: bool, email: str | None = None) -> Any:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * (10 if ca else 2)))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=not ca,
                content_commitment=not ca,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False)
    )
    if email:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def make_pki(folder: Path, *, with_intermediate: bool) -> Issued:
    """Root CA → (intermediate CA →) leaf with the digital-signature key usage, exported as a
    PKCS#12 with its CA certificates (``cas``), as a CA hands it over."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12

    def new_key() -> Any:
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)

    root_key = new_key()
    root_name = _name("Autorité racine de test", "ANS Test")
    root = _certificate(root_name, root_key, root_name, root_key, ca=True)
    issuer, issuer_key, intermediate = root, root_key, None
    if with_intermediate:
        inter_key = new_key()
        intermediate = _certificate(
            _name("AC Santé intermédiaire", "ANS Test"), inter_key, root_name, root_key, ca=True
        )
        issuer, issuer_key = intermediate, inter_key
    leaf_key = new_key()
    leaf = _certificate(
        _name("Jeanne Auditrice-Émérite", "Cabinet d'audit"),
        leaf_key,
        issuer.subject,
        issuer_key,
        ca=False,
        email="jeanne@audit.fr",
    )
    cas = [root] if intermediate is None else [root, intermediate]  # not in chain order, as files often are
    path = folder / ("ac-intermediaire.p12" if with_intermediate else "ac.p12")
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            name=b"jeanne",
            key=leaf_key,
            cert=leaf,
            cas=cas,
            encryption_algorithm=serialization.BestAvailableEncryption(PASSWORD.encode()),
        )
    )
    return Issued(root, intermediate, leaf, path)


def der(cert: Any) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding

    return bytes(cert.public_bytes(Encoding.DER))


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Issued:
    return make_pki(tmp_path_factory.mktemp("pki"), with_intermediate=False)


@pytest.fixture(scope="module")
def pki2(tmp_path_factory: pytest.TempPathFactory) -> Issued:
    return make_pki(tmp_path_factory.mktemp("pki2"), with_intermediate=True)


def test_a_ca_issued_identity_exposes_its_chain(pki: Issued, pki2: Issued) -> None:
    identity = load_identity(pki.p12, PASSWORD)
    assert identity.signer_name == "Jeanne Auditrice-Émérite"
    assert identity.organisation == "Cabinet d'audit"
    assert identity.email == "jeanne@audit.fr"  # from the subject alternative name, where CAs put it
    assert not identity.self_signed
    assert identity.fingerprint == fingerprint_text(der(pki.leaf))
    assert identity.issuer == "CN=Autorité racine de test,O=ANS Test,C=FR"
    (root,) = identity.chain
    assert root.subject == "CN=Autorité racine de test,O=ANS Test,C=FR" and root.self_signed
    assert root.fingerprint == fingerprint_text(der(pki.root))

    longer = load_identity(pki2.p12, PASSWORD)
    assert [(c.subject, c.self_signed) for c in longer.chain] == [  # leaf's issuer first, up to the root
        ("CN=AC Santé intermédiaire,O=ANS Test,C=FR", False),
        ("CN=Autorité racine de test,O=ANS Test,C=FR", True),
    ]


def test_a_self_signed_identity_has_no_chain(tmp_path: Path) -> None:
    from hopen_desktop.reports.signing import create_identity

    path = create_identity("Auto Signé", "Clinique", "a@clinique.fr", PASSWORD, tmp_path / "auto.p12")
    identity = load_identity(path, PASSWORD)
    assert identity.self_signed and identity.chain == ()


@pytest.mark.parametrize("which", ["pki", "pki2"])
def test_a_ca_issued_identity_signs_and_embeds_its_chain(
    filled: tuple[Workspace, int], tmp_path: Path, request: pytest.FixtureRequest, which: str
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    issued: Issued = request.getfixturevalue(which)
    ws, campaign_id = filled
    signed = tmp_path / "signe.pdf"
    signed.write_bytes(
        sign_pdf_bytes(render_report_bytes(take_snapshot(ws, campaign_id)), load_identity(issued.p12, PASSWORD))
    )

    verdict = subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in verdict and "Total document signed" in verdict
    assert "Jeanne Auditrice-Émérite" in verdict

    with signed.open("rb") as handle:
        (sig,) = PdfFileReader(handle, strict=False).embedded_signatures
        embedded = {bytes(c.dump()) for c in sig.signed_data["certificates"]}
        expected = {der(issued.leaf), der(issued.root)} | ({der(issued.intermediate)} if issued.intermediate else set())
        assert embedded == expected  # the signer's certificate and its whole chain, root included
        # a verifier that trusts the root alone builds the path from what the signature carries
        from asn1crypto import x509 as asn1_x509

        context = ValidationContext(trust_roots=[asn1_x509.Certificate.load(der(issued.root))])
        status = validate_pdf_signature(sig, signer_validation_context=context)
        assert status.intact and status.valid and status.trusted, status.pretty_print_details()


def test_identity_show_prints_the_chain(
    pki: Issued, pki2: Issued, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HOPEN_TEST_PASSWORD", PASSWORD)
    assert main(["identity", "show", str(pki2.p12), "--password-env", "HOPEN_TEST_PASSWORD"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Auto-signée : non" in out
    assert "Émis par : CN=AC Santé intermédiaire,O=ANS Test,C=FR" in out
    chain = out[out.index("Chaîne de certification :") :]
    assert chain.index("CN=AC Santé intermédiaire") < chain.index("CN=Autorité racine de test,O=ANS Test,C=FR (racine")
    assert fingerprint_text(der(pki2.root)) in chain

    # a file without its CA certificates: the chain is said to be incomplete
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    key, cert, _others = pkcs12.load_key_and_certificates(pki.p12.read_bytes(), PASSWORD.encode())
    alone = pki.p12.with_name("seul.p12")
    alone.write_bytes(
        pkcs12.serialize_key_and_certificates(
            name=b"jeanne",
            key=key,  # type: ignore[arg-type]
            cert=cert,
            cas=None,
            encryption_algorithm=serialization.BestAvailableEncryption(PASSWORD.encode()),
        )
    )
    assert main(["identity", "show", str(alone), "--password-env", "HOPEN_TEST_PASSWORD"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "CN=Autorité racine de test,O=ANS Test,C=FR : absent du fichier (chaîne incomplète" in out
