"""The workspace commands: referential, import, export, score, list, bundle, backup, verify-*.

Heavy modules are imported inside the commands so that starting the GUI stays fast.
"""

from __future__ import annotations

import argparse
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hopen_desktop.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_REFUSED,
    LOCK_WAIT_SECONDS,
    add_workspace_option,
    command,
    err,
    open_workspace,
    out,
    workspace_path,
)
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.formatting import format_date, format_datetime, format_percent, format_target

if TYPE_CHECKING:
    from hopen_desktop.model.stores.journal import JournalProblem
    from hopen_desktop.model.workspace import Workspace

#: The command line writes French (its sentences are French), whatever the window's language.
FR = "fr"


def add_commands(sub: Any) -> None:

    p = sub.add_parser(
        "referential",
        help="affiche un référentiel, liste les référentiels (--list) ou en ajoute un (referential add FICHIER)",
        description="referential [ID] affiche un référentiel ; referential --list les liste ; "
        "referential add FICHIER.json ajoute un référentiel (copié dans le dossier des données).",
    )
    p.add_argument("target", nargs="*", metavar="ID | add FICHIER", help="identifiant, ou « add » et un fichier")
    p.add_argument("--referential", "-r", default=None, help="identifiant (défaut : hopen-2019)")
    p.add_argument("--list", action="store_true", help="liste les référentiels fournis et ajoutés")
    p.add_argument("--replace", action="store_true", help="avec add : remplace un référentiel déjà ajouté")
    p.add_argument("--json", action="store_true", help="sortie JSON")

    p = sub.add_parser("import", help="importe une campagne (JSON) et affiche son numéro")
    p.add_argument("file", metavar="FICHIER.json")
    add_workspace_option(p)
    add_merge_options(p)

    p = sub.add_parser("export", help="exporte une campagne au format d'échange JSON")
    add_workspace_option(p)
    p.add_argument("--campaign", "-c", type=int, required=True, metavar="ID")
    p.add_argument("--out", "-o", required=True, metavar="FICHIER.json")
    p.add_argument("--without-files", action="store_true", help="sans le contenu des fichiers joints")

    p = sub.add_parser("score", help="calcule les statuts d'une campagne")
    add_workspace_option(p)
    p.add_argument("--campaign", "-c", type=int, required=True, metavar="ID")
    p.add_argument("--json", action="store_true", help="sortie JSON")

    p = sub.add_parser("list", help="liste les établissements et leurs campagnes")
    add_workspace_option(p)
    p.add_argument("--json", action="store_true", help="sortie JSON")

    p = sub.add_parser("verify-evidence", help="recalcule l'empreinte de chaque fichier joint")
    add_workspace_option(p)

    p = sub.add_parser("bundle", help="paquets d'audit .hopen entre ordinateurs hors ligne")
    bundle_sub = p.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    b = bundle_sub.add_parser("export", help="écrit une campagne et ses fichiers dans un paquet .hopen")
    add_workspace_option(b)
    b.add_argument("--campaign", "-c", type=int, required=True, metavar="ID")
    b.add_argument("--out", "-o", required=True, metavar="FICHIER.hopen")
    b.add_argument("--encrypt", action="store_true", help="chiffre le paquet (format age, mot de passe)")
    add_password_env_option(b)
    b = bundle_sub.add_parser("import", help="importe un paquet .hopen ; affiche le numéro de la campagne")
    b.add_argument("file", metavar="FICHIER.hopen")
    add_password_env_option(b)
    add_workspace_option(b)
    choice = b.add_mutually_exclusive_group()
    choice.add_argument("--copy", action="store_true", help="si la campagne existe déjà : l'importer comme copie")
    choice.add_argument("--replace", action="store_true", help="si la campagne existe déjà : la remplacer")
    add_merge_options(b, choice)

    p = sub.add_parser("backup", help="sauvegardes automatiques de l'espace de travail")
    backup_sub = p.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    b = backup_sub.add_parser("list", help="liste les sauvegardes, la plus récente d'abord")
    add_workspace_option(b)
    b.add_argument("--json", action="store_true", help="sortie JSON")
    b = backup_sub.add_parser("create", help="sauvegarde maintenant")
    add_workspace_option(b)
    b = backup_sub.add_parser("restore", help="restaure une sauvegarde (l'état actuel est d'abord sauvegardé)")
    add_workspace_option(b)
    b.add_argument("backup", metavar="SAUVEGARDE", help="numéro dans la liste (1 = la plus récente) ou fichier")

    p = sub.add_parser(
        "verify-journal",
        help="vérifie le chaînage du journal des modifications et sa concordance avec les données",
    )
    add_workspace_option(p)
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.add_argument(
        "--against",
        metavar="RAPPORT.pdf",
        help="vérifie aussi que l'historique attesté par le sceau de ce rapport signé n'a été ni coupé ni réécrit",
    )


# ---------------------------------------------------------------------------- commands


@command("referential")
def cmd_referential(args: argparse.Namespace) -> int:
    from hopen_desktop.model.referential import DEFAULT_REFERENTIAL, load_referential

    targets = list(args.target)
    if targets[:1] == ["add"]:
        if len(targets) != 2:
            err("Usage : hopen-desktop referential add FICHIER.json [--replace]")
            return EXIT_REFUSED
        return _referential_add(Path(targets[1]), replace=args.replace, as_json=args.json)
    if args.list:
        if targets or args.referential:
            err("L'option --list ne prend pas d'identifiant.")
            return EXIT_REFUSED
        return _referential_list(as_json=args.json)
    if len(targets) > 1 or (targets and args.referential):
        err("Un seul identifiant de référentiel est attendu (ou « add FICHIER.json »).")
        return EXIT_REFUSED
    ref = load_referential(targets[0] if targets else args.referential or DEFAULT_REFERENTIAL)
    doc = {
        "id": ref.id,
        "version": ref.version,
        "title": ref.title,
        "partial": ref.partial,
        "groups": [{"id": g.id, "kind": g.kind, "title": g.title} for g in ref.groups],
        "indicators": [
            {
                "id": i.id,
                "group": i.group,
                "kind": i.kind,
                "target": float(i.target) if i.target is not None else None,
                "target_text": i.target_text,
                "label": i.label,
                "criteria": [
                    {
                        "id": c.id,
                        "label": c.label,
                        "derived": c.is_derived,
                        "applies_to": c.applies_to,
                        "conditional": c.conditional,
                        "instruction": c.instruction,
                        "reading": c.reading,
                    }
                    for c in i.criteria
                ],
            }
            for i in ref.indicators
        ],
    }
    if args.json:
        out(json.dumps(doc, ensure_ascii=False, indent=2))
        return EXIT_OK
    out(f"{ref.title} ({ref.id}, version {ref.version}){' — PARTIEL' if ref.partial else ''}")
    for g in ref.groups:
        out(f"\n{g.id} {g.title}")
        for i in ref.indicators_of(g.id):
            target = f"cible {format_target(i.target, FR)}" if i.target is not None else "existence"
            out(f"  {i.id:6} [{target}] {i.label}")
    return EXIT_OK


def _referential_list(*, as_json: bool) -> int:
    from hopen_desktop.model.errors import ReferentialError
    from hopen_desktop.model.referential import available_referentials, is_added_referential, load_referential

    entries: list[dict[str, Any]] = []
    for ref_id, path in available_referentials().items():
        entry: dict[str, Any] = {"id": ref_id, "added": is_added_referential(ref_id), "file": str(path)}
        try:
            ref = load_referential(ref_id)
        except ReferentialError as exc:  # one broken file is listed with its problem, never hides the others
            entry.update(version=None, title=None, error=exc.message)
        else:
            entry.update(version=ref.version, title=ref.title, partial=ref.partial)
        entries.append(entry)
    if as_json:
        out(json.dumps({"referentials": entries}, ensure_ascii=False, indent=2))
        return EXIT_OK
    for e in entries:
        mark = " — ajouté" if e["added"] else ""
        if e.get("error"):
            out(f"{e['id']}{mark} — ILLISIBLE : {e['error']}")
        else:
            out(f"{e['id']} (version {e['version']}) {e['title']}{mark}")
    return EXIT_OK


def _referential_add(path: Path, *, replace: bool, as_json: bool) -> int:
    from hopen_desktop.model.user_referentials import add_referential

    added = add_referential(path, replace=replace)
    ref = added.referential
    if as_json:
        doc = {"id": ref.id, "version": ref.version, "title": ref.title, "file": str(added.path)}
        out(json.dumps({**doc, "replaced": added.replaced}, ensure_ascii=False, indent=2))
        return EXIT_OK
    verb = "remplacé" if added.replaced else "ajouté"
    out(f"Référentiel {verb} : {ref.title} ({ref.id}, version {ref.version}, {len(ref.indicators)} indicateurs).")
    out(f"Copié dans {added.path}")
    return EXIT_OK


@command("import")
def cmd_import(args: argparse.Namespace) -> int:
    from hopen_desktop.model.exchange import parse_campaign_document, read_json_file
    from hopen_desktop.model.merge import find_merge_target
    from hopen_desktop.model.operations.imports import import_campaign

    if prefer_without_merge(args):
        return EXIT_REFUSED
    parsed = parse_campaign_document(read_json_file(Path(args.file)))  # checked before the workspace opens
    check_key_before_creating(args, parsed.establishment)
    with open_workspace(args, create=True, write=True) as ws:
        if args.merge and find_merge_target(ws, parsed) is not None:
            return run_merge(ws, parsed, args)
        campaign = import_campaign(ws, parsed).value
    out(f"Campagne importée : {campaign.id}")
    return EXIT_OK


def add_merge_options(p: Any, group: Any = None) -> None:
    """``--merge`` (in the group of --copy/--replace when given) and ``--prefer mine|theirs``."""
    (group or p).add_argument(
        "--merge",
        action="store_true",
        help="si la campagne existe déjà (même identité) : fusionner les modifications des deux postes",
    )
    p.add_argument(
        "--prefer",
        choices=("mine", "theirs"),
        help="avec --merge : en cas de conflit, garder la version de ce poste (mine) ou de l'autre (theirs)",
    )


def prefer_without_merge(args: argparse.Namespace) -> bool:
    """``--prefer`` given without ``--merge``: said, and the command refused (exit 2)."""
    if args.prefer and not args.merge:
        err("--prefer ne s'emploie qu'avec --merge (fusionner) : ajoutez --merge.")
        return True
    return False


def _when(at: str | None) -> str:
    import datetime as dt

    try:
        moment = dt.datetime.fromisoformat(at or "")
    except ValueError:
        return "date inconnue"
    return format_datetime(moment.astimezone() if moment.tzinfo else moment, FR, sentence=True)


def print_merge_plan(plan: Any) -> None:
    """The plan's sentences, then each conflict side by side (who, when)."""
    for line in plan.summary():
        out(line)
    for c in plan.conflicts:
        out(f"Conflit : {c.label}")
        for where, side in (("ce poste", c.mine), ("l'autre poste", c.theirs)):
            who = f"par {side.by}, " if side.by else ""
            out(f"  {where} : {side.summary} ({who}le {_when(side.at)})")


def run_merge(ws: Workspace, parsed: Any, args: argparse.Namespace) -> int:
    """Merge ``parsed`` into its campaign here: exit 2 on conflicts without --prefer (nothing
    written), else the counts and the campaign's number as the last word."""
    from hopen_desktop.model.merge import Side
    from hopen_desktop.model.operations.merge import MergeConflicts, merge_campaign

    try:
        result = merge_campaign(ws, parsed, Side(args.prefer) if args.prefer else None).value
    except MergeConflicts as exc:
        print_merge_plan(exc.plan)
        err(f"{exc.message} Relancez avec --prefer mine (garder ce poste) ou --prefer theirs (garder l'autre).")
        return EXIT_REFUSED
    print_merge_report(result, args.prefer)
    return EXIT_OK


def print_merge_report(result: Any, prefer: str | None) -> None:
    plan = result.plan
    for line in plan.summary():
        out(line)
    kept = "version de ce poste gardée" if prefer == "mine" else "version de l'autre poste gardée"
    for c in plan.conflicts:
        out(f"Conflit réglé ({kept}) : {c.label}")
    out(
        f"Campagne fusionnée ({plan.taken} repris, {plan.added} ajoutés, {plan.deleted} supprimés, "
        f"{plan.kept} conservés, {len(plan.conflicts)} conflit(s), {result.files} fichier(s) joint(s)) : "
        f"{result.campaign.id}"
    )


def check_key_before_creating(args: argparse.Namespace, establishment: Any) -> None:
    """The FINESS key of the establishment a document would create, checked before a workspace
    that does not exist yet is created for it (it holds no establishment the number could be
    that of): a refused import leaves no new file behind. In an existing workspace the import
    decides (a number already there is accepted whatever its key)."""
    from hopen_desktop.model.operations.establishments import check_establishment

    if not os.path.lexists(workspace_path(args)):
        check_establishment(establishment)


@command("export")
def cmd_export(args: argparse.Namespace) -> int:
    from hopen_desktop.model.exchange import export_campaign, write_json

    with open_workspace(args) as ws:
        doc = export_campaign(ws, args.campaign, include_files=not args.without_files)
    write_json(doc, Path(args.out))
    return EXIT_OK


def score_document(score: Any, campaign_id: int, hn: Any = None, support: Any = None) -> dict[str, Any]:
    doc = {
        "campaign": campaign_id,
        "indicators": {
            iid: {
                "status": s.status.value,
                "value": float(s.value) if s.value is not None else None,
                "hint": s.hint,
                "reasons": s.reason_texts(FR),
                "criteria": {c.criterion_id: c.met for c in s.criteria},
                # The evidence items (ids) that count for it: derived by a criterion's rule or linked.
                "evidence": sorted(support.indicator(iid).evidence_ids) if support is not None else [],
            }
            for iid, s in score.indicators.items()
        },
        "groups": {
            gid: {"status": g.status.value, "attained": g.attained, "applicable": g.applicable}
            for gid, g in score.groups.items()
        },
        "prerequisites_rate": float(score.prerequisites_rate),
        "eligibility": {d: e.eligible for d, e in score.eligibility.items()},
        "eligibility_reasons": {d: list(e.reasons) for d, e in score.eligibility.items()},
        "eligibility_reserves": {d: e.reserve.text(FR) for d, e in score.eligibility.items() if e.reserve},
        "blockers": list(score.blockers),
    }
    if hn is not None:
        doc["hn_d2_d3"] = {
            "declared": hn.declared,
            "backed_by": hn.backed_by.id if hn.backed_by else None,
            "text": hn.text().text(FR),
        }
    return doc


@command("score")
def cmd_score(args: argparse.Namespace) -> int:
    from hopen_desktop.model.hn_backing import hn_declaration
    from hopen_desktop.model.scoring import STATUS_LABELS

    with open_workspace(args) as ws:
        score = ws.score(args.campaign)
        campaign = ws.campaign(args.campaign)
        est = ws.establishment(campaign.establishment_id)
        hn = hn_declaration(ws, campaign)
        support = ws.evidence_support(args.campaign) if args.json else None
    if args.json:
        out(json.dumps(score_document(score, args.campaign, hn, support), ensure_ascii=False, indent=2))
        return EXIT_OK
    out(f"{est.name} (FINESS {est.finess_label(FR)}) — campagne du {format_date(campaign.date, FR)}")
    out(
        f"Taux global d'atteinte des prérequis : {truncated_percent(score.prerequisites_rate)} "
        f"({score.prerequisites_attained}/{score.prerequisites_applicable})"
    )
    for gid, g in score.groups.items():
        out(f"  {gid:3} {STATUS_LABELS[g.status]} ({g.attained}/{g.applicable})")
    if score.blockers:
        out("Prérequis non atteints :")
        for iid in score.blockers:
            out(f"  {iid} {score.indicators[iid].explanation(FR)}")
    if "D7" in score.eligibility:
        out(f"Atteinte des cibles Hôpital Numérique D2 ou D3 : {hn.text().text(FR)}")
    for d, e in score.eligibility.items():
        if e.eligible:
            out(f"  {d} éligible" + (f" {e.reserve.text(FR)}" if e.reserve else ""))
        else:
            out(f"  {d} non éligible : " + " ".join(e.reasons))
    return EXIT_OK


def truncated_percent(rate: Any) -> str:
    """A rate shown as the window and the report show it: truncated to one decimal, never
    rounded up (29/30 is 96,6 %, not 97 %)."""
    return format_percent(rate, decimals=1, trim=False, language=FR)


@command("list")
def cmd_list(args: argparse.Namespace) -> int:
    from hopen_desktop.model.entities import finess_label

    with open_workspace(args) as ws:
        data: list[dict[str, Any]] = [
            {
                "id": e.id,
                "finess": e.finess,
                "finess_provisional": e.finess_provisional,
                "name": e.name,
                "ght": e.ght,
                "campaigns": [
                    {
                        "id": c.id,
                        "date": c.date.isoformat(),
                        "referential": c.referential_id,
                        "auditor": c.auditor,
                        "sealed": c.sealed,
                        "predecessor": c.predecessor_id,
                    }
                    for c in ws.campaigns(e.id)
                ],
            }
            for e in ws.establishments()
        ]
    if args.json:
        out(json.dumps({"establishments": data}, ensure_ascii=False, indent=2))
        return EXIT_OK
    for e in data:
        out(f"{e['name']} (FINESS {finess_label(e['finess'], e['finess_provisional'], FR)})")
        for c in e["campaigns"]:
            marks = (" — scellée" if c["sealed"] else "") + (
                f" — nouvelle version de la campagne {c['predecessor']}" if c["predecessor"] else ""
            )
            out(f"  campagne {c['id']} du {c['date']} — {c['referential']} {c['auditor']}{marks}")
    return EXIT_OK


@command("bundle")
def cmd_bundle(args: argparse.Namespace) -> int:
    from hopen_desktop.jobs.bundles import export_bundle, read_bundle
    from hopen_desktop.model.bundle import CampaignExists, OnConflict
    from hopen_desktop.model.merge import find_merge_target
    from hopen_desktop.model.operations.imports import import_bundle

    if args.bundle_command == "export":
        with open_workspace(args) as ws:
            ws.campaign(args.campaign)  # an unknown campaign is refused before a password is asked
            password = bundle_password(args, new=True) if args.encrypt or args.password_env else None
            export_bundle(ws, args.campaign, Path(args.out), password)
        out(f"Paquet d'audit {'chiffré ' if password else ''}écrit : {args.out}")
        return EXIT_OK
    if prefer_without_merge(args):
        return EXIT_REFUSED
    # Checked (and decrypted, in memory) before the workspace is opened (or created).
    parsed = read_bundle(Path(args.file), bundle_password(args, new=False))
    check_key_before_creating(args, parsed.establishment)
    mode = OnConflict.COPY if args.copy else OnConflict.REPLACE if args.replace else OnConflict.ASK
    with open_workspace(args, create=True, write=True) as ws:
        if args.merge and find_merge_target(ws, parsed) is not None:
            return run_merge(ws, parsed, args)
        try:
            result = import_bundle(ws, parsed, OnConflict.MERGE if args.merge else mode).value
        except CampaignExists as exc:
            if args.merge:  # same establishment and date, but another campaign: not merged
                err(
                    f"{exc.message} Ce n'est pas la même campagne (elle n'a pas été échangée entre ces postes) : "
                    "elle ne peut pas être fusionnée. Relancez avec --copy ou --replace."
                )
            else:
                err(f"{exc.message} Relancez avec --merge (fusionner), --copy ou --replace.")
            return EXIT_REFUSED
    if result.replaced is not None:
        out(f"Campagne n° {result.replaced} remplacée.")
    out(f"Campagne importée ({result.files} fichier(s) joint(s)) : {result.campaign.id}")
    return EXIT_OK


def add_password_env_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--password-env",
        metavar="VARIABLE",
        help="le NOM de la variable d'environnement qui contient le mot de passe du paquet chiffré "
        "(jamais le mot de passe lui-même ; sans elle, il est demandé dans le terminal)",
    )


def bundle_password(args: argparse.Namespace, *, new: bool) -> str | None:
    """The password of an encrypted bundle: the environment variable named by --password-env, or
    asked on the terminal (twice for a new one) — never on the command line. On import (``new``
    false) only when the bundle is encrypted. Refused (exit 2): an absent or empty variable, no
    terminal to ask, two different entries, an empty entry."""
    import getpass
    import sys

    from hopen_desktop.model.bundle import BundleError

    if not new:
        from hopen_desktop.jobs.bundles import is_encrypted_bundle

        if not is_encrypted_bundle(Path(args.file)):
            return None
    if args.password_env:
        password = os.environ.get(args.password_env, "")
        if not password:
            raise BundleError("bundle.password_env_missing", name=args.password_env)
        return password
    if not sys.stdin.isatty():
        if new:
            raise BundleError("bundle.encrypt_needs_password")
        raise BundleError("bundle.password_needs_env", name=Path(args.file).name)
    if not new:
        password = getpass.getpass(f"Mot de passe du paquet {Path(args.file).name} : ")
    else:
        from hopen_desktop.model.bundle_crypto import password_strength

        password = getpass.getpass("Mot de passe du paquet chiffré (jamais enregistré, impossible à retrouver) : ")
        if password:
            err(f"Solidité : {password_strength(password)[1]}")
        if getpass.getpass("Confirmation du mot de passe : ") != password:
            raise BundleError("bundle.password_mismatch")
    if not password:
        raise BundleError("bundle.password_empty")
    return password


@command("backup")
def cmd_backup(args: argparse.Namespace) -> int:
    from hopen_desktop.model.backup import create_backup, list_backups
    from hopen_desktop.model.database import check_regular
    from hopen_desktop.model.errors import WorkspaceError
    from hopen_desktop.model.lock import WorkspaceBusyError
    from hopen_desktop.model.operations.restore import restore_backup

    path = workspace_path(args)
    fd = check_regular(path)  # absent, a FIFO, a folder, a device or a dangling link: refused at once
    if fd is not None:
        os.close(fd)
    if args.backup_command == "create":
        info = create_backup(path)
        out(f"Sauvegarde écrite : {info.path}")
        return EXIT_OK
    backups = list_backups(path)
    if args.backup_command == "list":
        if args.json:
            out(
                json.dumps(
                    {
                        "backups": [
                            {
                                "index": n,
                                "path": str(b.path),
                                "created": b.created.isoformat(timespec="seconds"),
                                "size": b.size,
                            }
                            for n, b in enumerate(backups, 1)
                        ]
                    },
                    ensure_ascii=False,
                    indent=2,
                )
            )
            return EXIT_OK
        if not backups:
            out("Aucune sauvegarde.")
        for n, b in enumerate(backups, 1):
            out(f"{n:3}  {format_datetime(b.created, FR)}  {b.size / 1024:,.0f} Ko  {b.path.name}")
        return EXIT_OK
    chosen = Path(args.backup)
    if args.backup.isdigit():
        index = int(args.backup)
        if not 1 <= index <= len(backups):
            raise WorkspaceError("backup.no_such_index", index=index)
        chosen = backups[index - 1].path
    try:  # a writer: waits for, then refuses while, a window or command has the workspace open
        safety = restore_backup(path, chosen, lock_timeout=LOCK_WAIT_SECONDS).value
    except WorkspaceBusyError:
        raise WorkspaceError("workspace.busy") from None
    if safety is not None:
        out(f"État précédent sauvegardé : {safety.path}")
    out(f"Sauvegarde restaurée : {chosen.name}")
    return EXIT_OK


@command("verify-evidence")
def cmd_verify_evidence(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        problems = ws.verify_files()
    if not problems:
        out("Tous les fichiers joints correspondent à leur empreinte SHA-256.")
        return EXIT_OK
    for p in problems:
        out(
            f"ALTÉRÉ : « {p.name} » (preuve « {p.evidence_title} ») — attendu {p.expected_sha256}, "
            f"obtenu {p.actual_sha256}"
        )
    err(f"{len(problems)} fichier(s) joint(s) ne correspondent plus à leur empreinte.")
    return EXIT_PROBLEM


#: What ``verify-journal`` does not prove (the window's check says the same).
JOURNAL_LIMIT = (
    "Ce contrôle ne prouve pas que l'historique est d'origine : un journal entièrement recalculé "
    "à partir des données ne peut être détecté qu'avec une ancre extérieure au fichier "
    "(le sceau d'un rapport signé : --against). Le contenu des fichiers joints est contrôlé par "
    "verify-evidence."
)


@command("verify-journal")
def cmd_verify_journal(args: argparse.Namespace) -> int:
    anchor = _journal_anchor(Path(args.against)) if args.against else None
    with open_workspace(args) as ws:
        check = ws.check_journal()
        anchor_problem = anchor_check(ws, anchor) if anchor is not None else None
    checked = f"chaînage de {check.rows} ligne(s) et concordance de {check.records} enregistrement(s) avec les données"
    problems = [*check.problems, *([anchor_problem] if anchor_problem is not None else [])]
    limit = JOURNAL_LIMIT
    if anchor is not None:
        checked += (
            f", et présence inchangée de l'historique jusqu'à la ligne {anchor.head_id} attestée par le rapport "
            f"n° {anchor.report_id}"
        )
        limit = anchor.limit
    ok = not problems
    if args.json:
        doc = {
            "ok": ok,
            "rows": check.rows,
            "records": check.records,
            "checked": checked,
            "not_proven": limit,
            "against": anchor.to_json() if anchor is not None else None,
            "problems": [
                {"kind": p.kind, "row_id": p.row_id, "record": p.record, "message": p.message} for p in problems
            ],
        }
        out(json.dumps(doc, ensure_ascii=False, indent=2))
        return EXIT_OK if ok else EXIT_PROBLEM
    if ok:
        out(f"Journal vérifié : {checked}.")
        out(limit)
        return EXIT_OK
    err(f"Journal NON vérifié : {len(problems)} problème(s).")
    for problem in problems:
        err(f"- {problem.message}")
    err(f"Contrôlé : {checked}.")
    err(limit)
    return EXIT_PROBLEM


@dataclass(frozen=True)
class JournalAnchor:
    """The journal's head recorded by the seal of a signed report whose signer is approved."""

    report_id: str
    head_id: int
    head_hash: str
    campaign_id: int
    finess: str
    #: The hash of the journal's first row in the report's workspace ("" for an older seal).
    origin_hash: str
    #: The report's signature verdict, in French (intact, signer approved: nothing else anchors).
    signature: str

    @property
    def limit(self) -> str:
        return (
            "L'ancre vient d'un rapport signé, intact, par un signataire approuvé : un historique coupé ou "
            "recalculé avant ce rapport est détecté. Ce qui a été écrit après le rapport n'est garanti que par "
            "le chaînage."
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "report_id": self.report_id,
            "head_id": self.head_id,
            "head_hash": self.head_hash,
            "origin_hash": self.origin_hash,
            "signature": self.signature,
        }


def _journal_anchor(report: Path) -> JournalAnchor:
    """The anchor of ``report``: its seal's journal head, once its signature is checked (a report
    altered after signing, or without a readable seal, is refused with the reason)."""
    from hopen_desktop.jobs.reports import verify
    from hopen_desktop.jobs.seal_check import read_report_seal
    from hopen_desktop.reports.verify import EXIT_INVALID, EXIT_NOT_SIGNED, EXIT_VALID

    result = verify(report)
    if result.exit_code == EXIT_INVALID:
        raise HopenError("journal.anchor_report_invalid", name=report.name, verdict=result.verdict)
    if result.exit_code == EXIT_NOT_SIGNED:
        # an unsigned seal can be made up together with a recomputed journal: it anchors nothing
        raise HopenError("journal.anchor_unsigned", name=report.name)
    if result.exit_code != EXIT_VALID:
        # signed, but by someone not approved here: anyone can sign a made-up seal
        main = result.main
        raise HopenError(
            "journal.anchor_unapproved",
            name=report.name,
            signer=main.signer if main is not None else "?",
            fingerprint=main.fingerprint_sha256 if main is not None else "?",
        )
    seal, problem = read_report_seal(report)
    if problem is not None:
        raise HopenError("journal.anchor_unreadable", name=report.name, problem=problem)
    if seal is None:
        raise HopenError("journal.anchor_missing", name=report.name)
    return JournalAnchor(
        seal.report_id,
        seal.journal_head_id,
        seal.journal_head_hash,
        seal.campaign_id,
        seal.establishment_finess,
        seal.journal_origin_hash,
        result.verdict,
    )


def anchor_check(ws: Workspace, anchor: JournalAnchor) -> JournalProblem | None:
    """The anchor compared with this workspace's journal. A report of another workspace is
    refused: its anchor says nothing about this journal."""
    try:
        campaign = ws.campaign(anchor.campaign_id)
        finess: str | None = ws.establishment(campaign.establishment_id).finess
    except HopenError:
        finess = None
    if finess != anchor.finess:
        raise HopenError("journal.anchor_other_workspace", report=anchor.report_id, finess=anchor.finess)
    if anchor.origin_hash and ws.journal.origin() != anchor.origin_hash:
        from hopen_desktop.model.stores.journal import JournalProblem

        return JournalProblem(
            1,
            "Le journal de cet espace de travail ne commence pas comme celui du rapport n° "
            f"{anchor.report_id} : c'est un autre espace de travail (une copie importée a son propre journal), "
            "ou son historique a été réécrit depuis sa première ligne.",
            "anchor",
        )
    return ws.check_journal_anchor(anchor.head_id, anchor.head_hash)
