"""A report's seal compared with a workspace: is the campaign still as the report sealed it?

Run by ``verify R.pdf --workspace W`` and by the window's verification. Qt-free. It reads the
seal stored inside the PDF (``reports/seal_pdf.py``), the campaign it names in the workspace
(read-only, once, through a snapshot) and compares them item by item (``model/seal.py``); it also
checks that the workspace's journal still holds the row the seal anchored (not cut, not
rewritten) and that the attached files still match their hashes.

What it proves is said by ``lines()``: the comparison is only as trustworthy as the seal, i.e. as
the report's signature (checked separately by ``reports/verify.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hopen_desktop.jobs.common import Source, reading
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.formatting import format_date
from hopen_desktop.model.i18n import Text, resolve
from hopen_desktop.model.seal import Seal, SealComparison

#: The largest report whose seal is read (the same bound as the signature's verification).
MAX_PDF_BYTES = 1024 * 1024 * 1024


@dataclass(frozen=True)
class SealCheck:
    """The outcome of comparing a report's seal with a workspace."""

    #: The seal read from the report (None: no seal, or an unreadable one: see ``problems``).
    seal: Seal | None
    #: The item-by-item comparison (None when the campaign could not be read).
    comparison: SealComparison | None
    #: What else is wrong, in the language current when the check ran (French on the command
    #: line, the window's language in the window): no seal, a damaged seal, the campaign not found, the journal
    #: cut or rewritten since the report, attached files whose content changed.
    problems: tuple[str, ...] = field(default=())
    #: True when the report carries no seal at all (a report made before seals existed): not a
    #: sign of tampering, but nothing can be compared.
    no_seal: bool = False
    #: Whether the workspace's journal was compared with the seal's anchor: only in the workspace
    #: where the report was produced (the campaign under the same number, a journal starting with
    #: the same first row).
    journal_compared: bool = False
    #: The campaign compared (its number in this workspace), when one was found.
    campaign_id: int | None = None

    @property
    def same(self) -> bool:
        """The campaign is exactly as sealed, its journal holds the sealed history, its files match."""
        return self.comparison is not None and self.comparison.same and not self.problems

    def lines(self, language: str | None = None) -> list[str]:
        """What the comparison found and what it proves, in ``language`` (default: current)."""
        en = resolve(language) == "en"
        out = [
            _say(
                en,
                "Comparaison du sceau du rapport avec l'espace de travail :",
                "Comparison of the report's seal with the workspace:",
            )
        ]
        if self.seal is not None:
            day = format_date(_day(self.seal.campaign_date), "fr")
            name, finess = self.seal.establishment_name, self.seal.establishment_finess
            out.append(
                f"  Report no. {self.seal.report_id}, campaign of {day} of “{name}” (FINESS {finess})"
                if en
                else f"  Rapport n° {self.seal.report_id}, campagne du {day} de « {name} » (FINESS {finess})"
            )
        if self.seal is not None and self.campaign_id is not None and not self.journal_compared:
            out.append(
                _say(
                    en,
                    f"  Campagne comparée : n° {self.campaign_id} de cet espace de travail, qui n'est pas celui où le "
                    "rapport a été produit (campagne importée d'ailleurs)",
                    f"  Campaign compared: no. {self.campaign_id} of this workspace, which is not the one where the "
                    "report was produced (campaign imported from elsewhere)",
                )
            )
        if self.comparison is not None and self.comparison.same and self.problems:
            out.append(
                _say(
                    en,
                    "  Le contenu enregistré (réponses, preuves et empreintes attendues) est celui du rapport, mais :",
                    "  The recorded content (answers, evidence and expected fingerprints) is the report's, but:",
                )
            )
        elif self.comparison is not None:
            out += ["  " + line for line in self.comparison.lines(language)]
        out += [_say(en, f"  Problème : {p}", f"  Problem: {p}") for p in self.problems]
        if self.same:
            if self.journal_compared:
                journal = _say(
                    en,
                    "et le journal contient toujours, inchangé, l'historique jusqu'au rapport",
                    "and the journal still holds, unchanged, the history up to the report",
                )
            else:
                journal = _say(
                    en,
                    "mais le journal n'a pas été comparé (la campagne vient d'un autre espace de travail, "
                    "qui a son propre journal)",
                    "but the journal was not compared (the campaign comes from another workspace, which has "
                    "its own journal)",
                )
            out.append(
                _say(
                    en,
                    "  Vérifié : le contenu de la campagne (établissement, réponses, critères, preuves et empreintes "
                    "des fichiers, plan d'action) est celui du rapport, les fichiers joints correspondent à leurs "
                    f"empreintes, {journal}.",
                    "  Verified: the campaign's content (establishment, answers, criteria, evidence and file "
                    "fingerprints, action plan) is the report's, the attached files match their fingerprints, "
                    f"{journal}.",
                )
            )
            out.append(
                _say(
                    en,
                    "  Non vérifié ici : l'origine du rapport, qui repose sur sa signature (ci-dessus), et la "
                    "véracité des réponses.",
                    "  Not verified here: the report's origin, which rests on its signature (above), and the "
                    "truth of the answers.",
                )
            )
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "same": self.same,
            "seal": self.seal.to_dict() if self.seal is not None else None,
            "comparison": self.comparison.to_json() if self.comparison is not None else None,
            "problems": list(self.problems),
            "campaign_id": self.campaign_id,
            "journal_compared": self.journal_compared,
        }

    @property
    def reasons(self) -> list[str]:
        """One sentence per difference or problem (empty when the campaign is as sealed), in the
        current language."""
        out = [d.label for d in self.comparison.differences] if self.comparison is not None else []
        return out + list(self.problems)


def _say(en: bool, fr_text: str, en_text: str) -> str:
    return en_text if en else fr_text


def _now(fr_text: str, en_text: str) -> str:
    """A problem written in the current language (the check runs after the window set it)."""
    return Text(fr_text, en_text).text()


def _day(text: str) -> Any:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return text


def read_report_seal(pdf: Path) -> tuple[Seal | None, str | None]:
    """The seal inside the PDF at ``pdf``: ``(seal, None)``, ``(None, None)`` when there is none,
    or ``(None, problem)`` when the file or the seal cannot be read."""
    from hopen_desktop.model.errors import ValidationError
    from hopen_desktop.model.files import read_regular_file
    from hopen_desktop.reports.seal_pdf import read_seal

    try:
        data = read_regular_file(Path(pdf), MAX_PDF_BYTES)
    except ValidationError as exc:
        return None, exc.message
    except OSError as exc:
        name = Path(pdf).name
        return None, _now(
            f"Le fichier « {name} » est illisible ({exc.strerror}).",
            f"The file “{name}” cannot be read ({exc.strerror}).",
        )
    try:
        return read_seal(data), None
    except HopenError as exc:
        return None, exc.message


def check_seal(pdf: Path, source: Source) -> SealCheck:
    """Compare the seal of the report at ``pdf`` with its campaign in the workspace ``source``."""
    seal, problem = read_report_seal(pdf)
    if problem is not None:
        return SealCheck(None, None, (problem,))
    if seal is None:
        return SealCheck(
            None,
            None,
            (
                _now(
                    "Ce rapport ne porte pas de sceau (il a été produit avant l'existence des sceaux, ou ce n'est "
                    "pas un rapport HOP'EN Desktop) : il ne peut pas être comparé avec l'espace de travail.",
                    "This report carries no seal (it was produced before seals existed, or it is not a HOP'EN "
                    "Desktop report): it cannot be compared with the workspace.",
                ),
            ),
            no_seal=True,
        )
    return check_seal_of(seal, source)


def check_seal_of(seal: Seal, source: Source) -> SealCheck:
    """Compare ``seal`` with its campaign in the workspace ``source``.

    The campaign is the one numbered as in the seal when it belongs to the same establishment
    (FINESS) and has the same date: the workspace where the report was produced. Otherwise — the
    campaign imported into another workspace gets another number — the campaigns of that FINESS
    and date are candidates: the one identical to the seal, else the only one. Only in the first
    case is the journal compared with the seal's anchor (another workspace has another journal)."""
    from hopen_desktop.model.seal import compare
    from hopen_desktop.model.snapshot import take_snapshot

    day = format_date(_day(seal.campaign_date), "fr")
    with reading(source) as ws:
        candidates = _candidates(ws, seal)
        if not candidates:
            return SealCheck(
                seal,
                None,
                (
                    _now(
                        f"La campagne du {day} de « {seal.establishment_name} » (FINESS {seal.establishment_finess}) "
                        "n'est pas dans cet espace de travail : elle a été supprimée, ou ce n'est pas l'espace de "
                        "travail où le rapport a été produit.",
                        f"The campaign of {day} of “{seal.establishment_name}” (FINESS {seal.establishment_finess}) "
                        "is not in this workspace: it was deleted, or this is not the workspace where the report "
                        "was produced.",
                    ),
                ),
            )
        compared = []
        for campaign_id in candidates:
            snapshot = take_snapshot(ws, campaign_id)
            compared.append((campaign_id, snapshot, compare(seal, snapshot)))
        identical = [c for c in compared if c[2].same]
        if identical:
            campaign_id, snapshot, comparison = identical[0]
        elif compared[0][0] == seal.campaign_id or len(compared) == 1:
            campaign_id, snapshot, comparison = compared[0]
        else:
            return SealCheck(
                seal,
                None,
                (
                    _now(
                        f"{len(compared)} campagnes du {day} de cet établissement sont dans cet espace de travail "
                        "et aucune n'est identique au contenu scellé : ouvrez l'espace de travail où le rapport a "
                        "été produit.",
                        f"{len(compared)} campaigns of {day} of this establishment are in this workspace and none is "
                        "identical to the sealed content: open the workspace where the report was produced.",
                    ),
                ),
            )
        # The report's own workspace: the campaign under its number there, and a journal that
        # starts as the report's did (another workspace has another first row).
        same_workspace = campaign_id == seal.campaign_id and (
            not seal.journal_origin_hash or ws.journal.origin() == seal.journal_origin_hash
        )
        anchor = ws.journal.check_anchor(seal.journal_head_id, seal.journal_head_hash) if same_workspace else None
        journal_problem = snapshot.journal_problem  # French (the snapshot is the PDF report's)
        if journal_problem is not None:
            found = ws.journal.verify()  # the same problem, in the current language
            journal_problem = found.text() if found is not None else journal_problem
    problems: list[str] = []
    if anchor is not None:
        problems.append(anchor.text())
    if journal_problem is not None:
        problems.append(_now(f"Journal des modifications : {journal_problem}", f"Change journal: {journal_problem}"))
    problems += [
        _now(
            f"Le fichier joint « {name} » ne correspond plus à son empreinte : son contenu a été modifié.",
            f"The attached file “{name}” no longer matches its fingerprint: its content was changed.",
        )
        for name in snapshot.altered_files
    ]
    return SealCheck(seal, comparison, tuple(problems), journal_compared=same_workspace, campaign_id=campaign_id)


def _candidates(ws: Any, seal: Seal) -> list[int]:
    """The campaigns that may be the sealed one: the one numbered as in the seal first, when its
    establishment and date match, then the others of that establishment and date."""
    found: list[int] = []
    for establishment in ws.establishments():
        if establishment.finess != seal.establishment_finess:
            continue
        for campaign in ws.campaigns(establishment.id):
            if campaign.date.isoformat() == seal.campaign_date:
                found.append(campaign.id)
    found.sort(key=lambda cid: (cid != seal.campaign_id, cid))
    return found


__all__ = ["SealCheck", "check_seal", "check_seal_of", "read_report_seal"]
