"""The report commands: report, verify, identity, export-xlsx, import-xlsx.

ReportLab, pyHanko and openpyxl are imported inside the commands, never at import time.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from hopen_desktop.cli.common import EXIT_OK, add_workspace_option, command, open_workspace, out
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.formatting import format_date


def add_commands(sub: Any) -> None:
    p = sub.add_parser("report", help="produit le rapport PDF d'une campagne, signé sur demande")
    add_workspace_option(p)
    p.add_argument("--campaign", "-c", type=int, required=True, metavar="ID")
    p.add_argument("--out", "-o", required=True, metavar="RAPPORT.pdf")
    p.add_argument("--sign", metavar="IDENTITE.p12", help="signe le rapport avec cette identité PKCS#12 (.p12/.pfx)")
    p.add_argument(
        "--password-env",
        metavar="VARIABLE",
        help="variable d'environnement qui contient le mot de passe de l'identité (sinon il est demandé)",
    )

    p = sub.add_parser("verify", help="vérifie la signature d'un PDF (0 valide, 1 altéré, 2 non signé)")
    p.add_argument("file", metavar="FICHIER.pdf")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="CERTIFICAT",
        help="certificat (PEM ou DER) à considérer comme de confiance ; répétable",
    )

    p = sub.add_parser("identity", help="identités de signature")
    isub = p.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    c = isub.add_parser("create", help="crée une identité auto-signée protégée par mot de passe (PKCS#12)")
    c.add_argument("--name", required=True, help="nom du signataire")
    c.add_argument("--organisation", required=True, help="organisation du signataire")
    c.add_argument("--email", required=True, help="adresse électronique du signataire")
    c.add_argument("--out", metavar="FICHIER.p12", help="fichier à créer (défaut : dossier des identités)")
    c.add_argument("--password-env", metavar="VARIABLE", help="variable d'environnement qui contient le mot de passe")
    c = isub.add_parser("show", help="affiche le titulaire et l'empreinte d'une identité")
    c.add_argument("file", metavar="FICHIER.p12")
    c.add_argument("--password-env", metavar="VARIABLE", help="variable d'environnement qui contient le mot de passe")

    p = sub.add_parser("export-xlsx", help="exporte une campagne en classeur Excel d'autodiagnostic")
    add_workspace_option(p)
    p.add_argument("--campaign", "-c", type=int, required=True, metavar="ID")
    p.add_argument("--out", "-o", required=True, metavar="FICHIER.xlsx")

    p = sub.add_parser("import-xlsx", help="importe les réponses d'un classeur Excel dans une campagne existante")
    p.add_argument("file", metavar="FICHIER.xlsx")
    add_workspace_option(p)
    p.add_argument("--campaign", "-c", type=int, required=True, metavar="ID")


def read_password(variable: str | None, prompt: str = "Mot de passe de l'identité : ") -> str:
    """The password from the named environment variable, or asked on the terminal. Never echoed,
    never written anywhere."""
    if variable:
        value = os.environ.get(variable)
        if value is None:
            raise HopenError("password.env_unset", variable=variable)
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    raise HopenError("password.missing")


@command("report")
def cmd_report(args: argparse.Namespace) -> int:
    from hopen_desktop.jobs.reports import produce_report

    identity = None
    if args.sign:
        from hopen_desktop.reports.signing import load_identity

        identity = load_identity(Path(args.sign), read_password(args.password_env))  # fail before rendering
    with open_workspace(args) as ws:
        result = produce_report(ws, args.campaign, Path(args.out), identity)
    out(f"Rapport écrit : {result.path}")
    for line in result.lines():  # the report identifier and the content digest of its seal
        out(line)
    if identity is not None:
        out(f"Signé par : {identity.signer_name}")
        out(f"Empreinte SHA-256 du certificat : {identity.fingerprint}")
    return EXIT_OK


@command("verify")
def cmd_verify(args: argparse.Namespace) -> int:
    from hopen_desktop.jobs.reports import verify

    trusted = []
    for name in args.trust:
        trusted.append(_certificate_der(Path(name)))
    result = verify(Path(args.file), extra_trusted=trusted)
    if args.json:
        out(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        for line in result.lines():
            out(line)
    return result.exit_code


def _certificate_der(path: Path) -> bytes:
    """The DER bytes of the certificate in ``path`` (PEM or DER), checked to be one: anything else
    is a refusal (exit 2), not a validation failure later."""
    from cryptography import x509

    from hopen_desktop.model.files import read_regular_file

    data = read_regular_file(path, 1024 * 1024)  # a certificate is a few kilobytes
    try:
        certificate = (
            x509.load_pem_x509_certificate(data) if b"-----BEGIN" in data else x509.load_der_x509_certificate(data)
        )
        from cryptography.hazmat.primitives.serialization import Encoding

        return certificate.public_bytes(Encoding.DER)
    except ValueError:
        raise HopenError("certificate.invalid", path=path) from None


@command("identity")
def cmd_identity(args: argparse.Namespace) -> int:
    from hopen_desktop.reports.signing import create_identity, load_identity

    if args.identity_command == "create":
        password = read_password(args.password_env, "Mot de passe de la nouvelle identité : ")
        path = create_identity(args.name, args.organisation, args.email, password, Path(args.out) if args.out else None)
        identity = load_identity(path, password)
        out(f"Identité créée : {path}")
        out(f"Empreinte SHA-256 du certificat : {identity.fingerprint}")
        return EXIT_OK
    identity = load_identity(Path(args.file), read_password(args.password_env))
    out(f"Titulaire : {identity.signer_name}")
    out(f"Organisation : {identity.organisation or '—'}")
    out(f"Adresse : {identity.email or '—'}")
    out(f"Valide jusqu'au : {format_date(identity.not_after.date(), 'fr')}")
    out(f"Auto-signée : {'oui' if identity.self_signed else 'non'}")
    out(f"Empreinte SHA-256 du certificat : {identity.fingerprint}")
    return EXIT_OK


@command("export-xlsx")
def cmd_export_xlsx(args: argparse.Namespace) -> int:
    from hopen_desktop.jobs.workbook import export_xlsx

    with open_workspace(args) as ws:
        path = export_xlsx(ws, args.campaign, Path(args.out))
    out(f"Classeur écrit : {path}")
    return EXIT_OK


@command("import-xlsx")
def cmd_import_xlsx(args: argparse.Namespace) -> int:
    from hopen_desktop.jobs.workbook import import_xlsx

    with open_workspace(args, write=True) as ws:  # a backup first, as for the other imports
        summary = import_xlsx(ws, args.campaign, Path(args.file)).value  # all checked before writing
    for line in summary.lines():
        out(line)
    return EXIT_OK
