"""The report commands: report, verify, identity, signers, export-xlsx, import-xlsx.

ReportLab, pyHanko and openpyxl are imported inside the commands, never at import time.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from hopen_desktop.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    add_workspace_option,
    command,
    err,
    open_workspace,
    out,
    workspace_path,
)
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.formatting import format_date, format_fingerprint


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
    p.add_argument(
        "--seal",
        action="store_true",
        help="après la signature, scelle la campagne : plus aucune modification n'y est acceptée "
        "(« new-version » en fait une copie modifiable)",
    )

    p = sub.add_parser(
        "new-version",
        help="copie une campagne (scellée) dans une nouvelle campagne modifiable qui la nomme ; affiche son numéro",
    )
    add_workspace_option(p)
    p.add_argument("--campaign", "-c", type=int, required=True, metavar="ID")

    p = sub.add_parser(
        "verify",
        help="vérifie la signature d'un PDF et son signataire (0 valide et approuvé, 1 altéré ou invalide, "
        "2 non signé, 3 signataire non approuvé)",
        description="Vérifie la signature d'un PDF et son signataire. Codes de sortie : 0 document intact et "
        "signataire approuvé (carnet des signataires approuvés ou --trust) ; 1 document altéré ou endommagé, "
        "certificat invalide (expiré, pas encore valide, sans usage de signature) ou signataire autre que "
        "les certificats --trust ; 2 pas un PDF, PDF non signé ou entrée incorrecte ; 3 document intact mais "
        "signataire non approuvé (comparez son empreinte, puis « hopen-desktop signers approve »). Avec "
        "--workspace, compare aussi le sceau du rapport avec la campagne de cet espace de travail : une "
        "campagne modifiée depuis le rapport (ou son journal coupé ou réécrit) donne 1.",
    )
    p.add_argument("file", metavar="FICHIER.pdf")
    p.add_argument(
        "--workspace",
        "-w",
        metavar="FICHIER.hopen.sqlite",
        help="compare le sceau du rapport avec la campagne de cet espace de travail (lecture seule)",
    )
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="CERTIFICAT",
        help="certificat (PEM ou DER) du signataire attendu, ou de son autorité : seuls ces certificats "
        "approuvent le signataire (le carnet n'est alors pas consulté) ; répétable",
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
    c.add_argument(
        "--certificate-out",
        metavar="CERTIFICAT.crt",
        help="écrit le certificat public de l'identité (sans la clé) : le fichier à remettre aux lecteurs "
        "de vos rapports",
    )
    c.add_argument("--password-env", metavar="VARIABLE", help="variable d'environnement qui contient le mot de passe")

    p = sub.add_parser("signers", help="carnet des signataires approuvés (certificats reconnus)")
    ssub = p.add_subparsers(dest="signers_command", metavar="ACTION", required=True)
    c = ssub.add_parser("list", help="liste les signataires approuvés")
    c.add_argument("--json", action="store_true", help="sortie JSON")
    c = ssub.add_parser(
        "approve",
        help="approuve un signataire : depuis le fichier de son certificat, ou depuis un rapport qu'il a signé "
        "après avoir comparé l'empreinte avec lui (par téléphone)",
    )
    c.add_argument("certificate", nargs="?", metavar="CERTIFICAT", help="fichier .cer, .crt, .pem ou .der")
    c.add_argument("--from-report", metavar="RAPPORT.pdf", help="rapport signé dont le signataire est approuvé")
    c.add_argument(
        "--fingerprint",
        metavar="EMPREINTE",
        help="empreinte SHA-256 lue par le signataire (espaces et deux-points ignorés) ; avec --from-report",
    )
    c = ssub.add_parser("remove", help="retire un signataire du carnet")
    c.add_argument("fingerprint", metavar="EMPREINTE", help="empreinte SHA-256 du certificat à retirer")

    p = sub.add_parser("export-xlsx", help="exporte une campagne en classeur Excel d'autodiagnostic")
    add_workspace_option(p)
    p.add_argument("--campaign", "-c", type=int, required=True, metavar="ID")
    p.add_argument("--out", "-o", required=True, metavar="FICHIER.xlsx")

    p = sub.add_parser(
        "import-xlsx",
        help="importe les réponses d'un classeur Excel dans sa campagne (un classeur d'une autre campagne est refusé)",
    )
    p.add_argument("file", metavar="FICHIER.xlsx")
    add_workspace_option(p)
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--campaign", "-c", type=int, metavar="ID", help="la campagne du classeur")
    target.add_argument(
        "--into-campaign",
        type=int,
        metavar="ID",
        help="reprend à dessein dans la campagne ID le classeur d'une autre campagne (même établissement et "
        "référentiel), après une sauvegarde de l'espace de travail",
    )


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

    if args.seal and not args.sign:
        raise HopenError("report.seal_needs_signature")
    identity = None
    if args.sign:
        from hopen_desktop.reports.signing import load_identity

        identity = load_identity(Path(args.sign), read_password(args.password_env))  # fail before rendering
    # Sealing writes: the workspace lock is taken first (and refused while a window has it open).
    with open_workspace(args, write=args.seal) as ws:
        if args.seal:
            from hopen_desktop.model.sealing import check_sealable

            check_sealable(ws, args.campaign)  # an already sealed campaign: refused before rendering
        result = produce_report(ws, args.campaign, Path(args.out), identity)
        sealed = None
        if args.seal:
            from hopen_desktop.model.operations.seals import seal_with_report

            sealed = seal_with_report(ws, args.campaign, result.seal).value
    out(f"Rapport écrit : {result.path}")
    for line in result.lines():  # the report identifier and the content digest of its seal
        out(line)
    if identity is not None:
        out(f"Signé par : {identity.signer_name}")
        out(f"Empreinte SHA-256 du certificat : {format_fingerprint(identity.fingerprint)}")
    if sealed is not None:
        out(
            f"Campagne scellée : elle ne peut plus être modifiée (« hopen-desktop new-version --campaign "
            f"{sealed.id} » en fait une copie modifiable)."
        )
    return EXIT_OK


@command("new-version")
def cmd_new_version(args: argparse.Namespace) -> int:
    from hopen_desktop.model.operations.campaigns import new_version

    with open_workspace(args, write=True) as ws:
        new = new_version(ws, args.campaign).value
    out(f"Nouvelle version de la campagne {args.campaign} (ses réponses copiées, modifiable) : {new.id}")
    return EXIT_OK


@command("verify")
def cmd_verify(args: argparse.Namespace) -> int:
    result = verification(args)
    if not args.workspace:
        print_verification(result, as_json=args.json)
        return int(result.exit_code)
    from hopen_desktop.jobs.seal_check import check_seal

    check = check_seal(Path(args.file), workspace_path(args))
    code = combined_exit_code(int(result.exit_code), check.same)
    if args.json:
        doc = result.to_json()
        doc["exit_code"] = code
        doc["workspace"] = check.to_json()
        doc["reasons"] = list(doc.get("reasons") or []) + check.reasons
        out(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        for line in [*result.lines(), *check.lines()]:
            out(line)
        if code != result.exit_code:
            out("Verdict d'ensemble : la campagne n'est plus celle du rapport (code de sortie 1).")
    return code


def combined_exit_code(signature_code: int, campaign_as_sealed: bool) -> int:
    """``verify --workspace``: a report that is not signed or not valid keeps its code (2 or 1);
    otherwise a campaign no longer as sealed gives 1, else the signature's code (0, or 3 for a
    signer not approved)."""
    from hopen_desktop.reports.verify import EXIT_INVALID, EXIT_NOT_SIGNED

    if signature_code in (EXIT_INVALID, EXIT_NOT_SIGNED):
        return signature_code
    return signature_code if campaign_as_sealed else EXIT_INVALID


def verification(args: argparse.Namespace) -> Any:
    """The ``Verification`` of ``args.file``: signature, certificate and signer approval (by the
    ``--trust`` certificates when given, else by the book of approved signers)."""
    from hopen_desktop.jobs.reports import verify

    trusted = [_certificate_der(Path(name)) for name in args.trust]  # bad input: exit 2 before anything
    return verify(Path(args.file), extra_trusted=trusted)


def print_verification(result: Any, *, as_json: bool) -> None:
    if as_json:
        out(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        for line in result.lines():
            out(line)


def _certificate_der(path: Path) -> bytes:
    """The DER bytes of the certificate in ``path`` (PEM or DER), checked to be one: anything else
    is a refusal (exit 2), not a validation failure later."""
    from hopen_desktop.reports.approved_signers import read_certificate_file

    return read_certificate_file(path)


@command("identity")
def cmd_identity(args: argparse.Namespace) -> int:
    from hopen_desktop.reports.signing import create_identity, load_identity

    if args.identity_command == "create":
        password = read_password(args.password_env, "Mot de passe de la nouvelle identité : ")
        path = create_identity(args.name, args.organisation, args.email, password, Path(args.out) if args.out else None)
        identity = load_identity(path, password)
        out(f"Identité créée : {path}")
        out(f"Empreinte SHA-256 du certificat : {format_fingerprint(identity.fingerprint)}")
        from hopen_desktop.jobs.identities import approve_own, certificate_path, write_certificate

        try:
            public = write_certificate(identity, certificate_path(path))
            out(f"Certificat public, à remettre aux lecteurs de vos rapports : {public}")
        except OSError as exc:
            err(f"Le certificat public n'a pas pu être écrit à côté de l'identité ({exc.strerror}).")

        change = approve_own(identity)
        if change is not None:
            out("Ajoutée au carnet des signataires approuvés : les rapports qu'elle signe sont reconnus ici.")
            _say_set_aside(change.set_aside)
        return EXIT_OK
    identity = load_identity(Path(args.file), read_password(args.password_env))
    out(f"Titulaire : {identity.signer_name}")
    out(f"Organisation : {identity.organisation or '—'}")
    out(f"Adresse : {identity.email or '—'}")
    out(f"Valide jusqu'au : {format_date(identity.not_after.date(), 'fr')}")
    out(f"Auto-signée : {'oui' if identity.self_signed else 'non'}")
    out(f"Empreinte SHA-256 du certificat : {format_fingerprint(identity.fingerprint)}")
    if args.certificate_out:
        from hopen_desktop.jobs.identities import write_certificate

        public = write_certificate(identity, Path(args.certificate_out))  # refuses what write_atomic refuses
        out(f"Certificat public écrit, à remettre aux lecteurs de vos rapports : {public}")
    if not identity.self_signed:  # issued by a CA: its chain, issuer by issuer up to the root
        out(f"Émis par : {identity.issuer}")
        out("Chaîne de certification :")
        for ca in identity.chain:
            out(f"  - {ca.subject}{' (racine, auto-signée)' if ca.self_signed else ''}")
            out(f"    empreinte SHA-256 : {ca.fingerprint}")
        if not identity.chain or not identity.chain[-1].self_signed:
            missing = identity.chain[-1].issuer if identity.chain else identity.issuer
            out(f"  - {missing} : absent du fichier (chaîne incomplète jusqu'à la racine)")
    return EXIT_OK


@command("signers")
def cmd_signers(args: argparse.Namespace) -> int:
    from hopen_desktop.reports import approved_signers as book

    if args.signers_command == "list":
        entries = book.read_book().entries
        if args.json:
            out(json.dumps([e.to_json() for e in entries], ensure_ascii=False, indent=2))
            return EXIT_OK
        if not entries:
            out("Aucun signataire approuvé. Approuvez-en un avec « hopen-desktop signers approve ».")
        for entry in entries:
            out(f"{entry.name} — {entry.organisation or '—'}" + (f" <{entry.email}>" if entry.email else ""))
            out(f"  Empreinte SHA-256 : {entry.grouped_fingerprint}")
            out(f"  Approuvé le {format_date(entry.approved_at.date(), 'fr')} : {book.HOW_LABELS[entry.how].fr}")
            out(
                f"  Certificat valide du {format_date(entry.not_before.date(), 'fr')} "
                f"au {format_date(entry.not_after.date(), 'fr')}"
            )
        return EXIT_OK
    if args.signers_command == "remove":
        removed = book.remove(args.fingerprint)
        out(f"Retiré du carnet des signataires approuvés : {removed.name} ({removed.grouped_fingerprint})")
        return EXIT_OK
    if bool(args.certificate) == bool(args.from_report) or bool(args.fingerprint) != bool(args.from_report):
        raise book.SignersBookError("signers.approve_usage")
    try:
        if args.from_report:
            change = book.approve_from_report(Path(args.from_report), args.fingerprint)
        else:
            change = book.approve_certificate_file(Path(args.certificate))
    except book.SignerMismatchError as exc:  # not the signer the user checked: a problem found, exit 1
        err(exc.message)
        return EXIT_PROBLEM
    entry = change.entry
    _say_set_aside(change.set_aside)
    who = f"{entry.name} ({entry.organisation})" if entry.organisation else entry.name
    out(("Signataire approuvé : " if change.added else "Déjà approuvé : ") + who)
    out(f"Empreinte SHA-256 : {entry.grouped_fingerprint}")
    return EXIT_OK


def _say_set_aside(path: Path | None) -> None:
    if path is not None:
        out(f"Le carnet des signataires approuvés était endommagé : il a été mis de côté sous « {path} ».")


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

    into = args.into_campaign is not None
    campaign_id = args.into_campaign if into else args.campaign
    taken: list[Path] = []

    def backup() -> None:
        """Taking another campaign's answers on purpose: a backup, said, before anything is written."""
        from hopen_desktop.model.backup import create_backup

        taken.append(create_backup(ws.path).path)
        ws.backup_pending = False  # taken: the first write need not take another

    with open_workspace(args, write=True) as ws:  # a backup first, as for the other imports
        # all checked before writing
        summary = import_xlsx(
            ws, campaign_id, Path(args.file), any_campaign=into, before_write=backup if into else None
        ).value
    for path in taken:
        out(f"Sauvegarde faite avant l'import : {path}")
    for line in summary.lines():
        out(line)
    return EXIT_OK
