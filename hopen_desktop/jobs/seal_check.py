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
    #: What else is wrong, in French: no seal, a damaged seal, the campaign not found, the journal
    #: cut or rewritten since the report, attached files whose content changed.
    problems: tuple[str, ...] = field(default=())
    #: True when the report carries no seal at all (a report made before seals existed): not a
    #: sign of tampering, but nothing can be compared.
    no_seal: bool = False

    @property
    def same(self) -> bool:
        """The campaign is exactly as sealed, its journal holds the sealed history, its files match."""
        return self.comparison is not None and self.comparison.same and not self.problems

    def lines(self) -> list[str]:
        out = ["Comparaison du sceau du rapport avec l'espace de travail :"]
        if self.seal is not None:
            out.append(
                f"  Rapport n° {self.seal.report_id}, campagne du "
                f"{format_date(_day(self.seal.campaign_date), 'fr')} de « {self.seal.establishment_name} » "
                f"(FINESS {self.seal.establishment_finess})"
            )
        if self.comparison is not None:
            out += ["  " + line for line in self.comparison.lines()]
        out += [f"  Problème : {p}" for p in self.problems]
        if self.same:
            out.append(
                "  Vérifié : le contenu de la campagne (établissement, réponses, critères, preuves et empreintes "
                "des fichiers, plan d'action) est celui du rapport, les fichiers joints correspondent à leurs "
                "empreintes, et le journal contient toujours, inchangé, l'historique jusqu'au rapport."
            )
            out.append(
                "  Non vérifié ici : l'origine du rapport, qui repose sur sa signature (ci-dessus), et la "
                "véracité des réponses."
            )
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "same": self.same,
            "seal": self.seal.to_dict() if self.seal is not None else None,
            "comparison": self.comparison.to_json() if self.comparison is not None else None,
            "problems": list(self.problems),
        }

    @property
    def reasons(self) -> list[str]:
        """One French sentence per difference or problem (empty when the campaign is as sealed)."""
        out = [d.label for d in self.comparison.differences] if self.comparison is not None else []
        return out + list(self.problems)


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
        return None, f"Le fichier « {Path(pdf).name} » est illisible ({exc.strerror})."
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
                "Ce rapport ne porte pas de sceau (il a été produit avant l'existence des sceaux, ou ce n'est "
                "pas un rapport HOP'EN Desktop) : il ne peut pas être comparé avec l'espace de travail.",
            ),
            no_seal=True,
        )
    return check_seal_of(seal, source)


def check_seal_of(seal: Seal, source: Source) -> SealCheck:
    """Compare ``seal`` with its campaign in the workspace ``source``."""
    from hopen_desktop.model.seal import compare
    from hopen_desktop.model.snapshot import take_snapshot

    with reading(source) as ws:
        try:
            campaign = ws.campaign(seal.campaign_id)
            establishment = ws.establishment(campaign.establishment_id)
        except HopenError:
            campaign = None
        if campaign is None or establishment.finess != seal.establishment_finess:
            return SealCheck(
                seal,
                None,
                (
                    f"La campagne n° {seal.campaign_id} de « {seal.establishment_name} » (FINESS "
                    f"{seal.establishment_finess}) n'est pas dans cet espace de travail : elle a été supprimée, "
                    "ou ce n'est pas l'espace de travail où le rapport a été produit.",
                ),
            )
        snapshot = take_snapshot(ws, seal.campaign_id)
        anchor = ws.journal.check_anchor(seal.journal_head_id, seal.journal_head_hash)
    problems: list[str] = []
    if anchor is not None:
        problems.append(anchor.message)
    if snapshot.journal_problem is not None:
        problems.append(f"Journal des modifications : {snapshot.journal_problem}")
    problems += [
        f"Le fichier joint « {name} » ne correspond plus à son empreinte : son contenu a été modifié."
        for name in snapshot.altered_files
    ]
    return SealCheck(seal, compare(seal, snapshot), tuple(problems))


__all__ = ["SealCheck", "check_seal", "check_seal_of", "read_report_seal"]
