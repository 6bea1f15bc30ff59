"""Whether the declared Hôpital Numérique D2/D3 attainment (a campaign's ``hn_d2_d3_attained``) is
backed by an Hôpital Numérique campaign of the same establishment kept in the workspace.

Seed 004 opens D7 to an establishment « ayant atteint les cibles d'usage Hôpital Numérique pour
les domaines D2 … OU D3 »; the application takes the user's declaration, and shows it as backed
when the workspace holds such a campaign with D2 or D3 attained, or as « déclaré, non justifié
dans l'espace » otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from hopen_desktop.model.entities import Campaign
from hopen_desktop.model.formatting import format_date
from hopen_desktop.model.i18n import Text
from hopen_desktop.model.scoring import Status

if TYPE_CHECKING:
    from hopen_desktop.model.workspace import Workspace

#: The referential of the Hôpital Numérique programme.
HN_REFERENTIAL = "hopital-numerique-2012"


@dataclass(frozen=True)
class HnDeclaration:
    declared: bool
    #: The HN campaign of the establishment with D2 or D3 attained (the latest), if any.
    backed_by: Campaign | None
    #: Which of D2, D3 it attains.
    domains: tuple[str, ...] = ()

    def text(self) -> Text:
        """« déclarée, justifiée par la campagne Hôpital Numérique du 12/03/2016 (D2 atteint) »…"""
        if self.backed_by is not None:
            day_fr, day_en = format_date(self.backed_by.date, "fr"), format_date(self.backed_by.date, "en")
            doms = " et ".join(self.domains)
            if not self.declared:
                return Text(
                    f"non déclarée, alors que la campagne Hôpital Numérique du {day_fr} (n° {self.backed_by.id}) "
                    f"atteint {doms}",
                    f"not declared, although the Hôpital Numérique campaign of {day_en} (no. {self.backed_by.id}) "
                    f"attains {' and '.join(self.domains)}",
                )
            return Text(
                f"déclarée, justifiée par la campagne Hôpital Numérique du {day_fr} (n° {self.backed_by.id}, "
                f"{doms} atteint)",
                f"declared, backed by the Hôpital Numérique campaign of {day_en} (no. {self.backed_by.id}, "
                f"{' and '.join(self.domains)} attained)",
            )
        if self.declared:
            return Text("déclarée, non justifiée dans l'espace", "declared, not backed in the workspace")
        return Text("non déclarée", "not declared")


def hn_declaration(ws: Workspace, campaign: Campaign) -> HnDeclaration:
    """The campaign's HN D2/D3 declaration and the HN campaign of its establishment backing it."""
    for other in ws.campaigns(campaign.establishment_id):  # most recent first
        if other.referential_id != HN_REFERENTIAL or other.id == campaign.id:
            continue
        groups = ws.score(other.id).groups
        attained = tuple(d for d in ("D2", "D3") if d in groups and groups[d].status == Status.ATTEINT)
        if attained:
            return HnDeclaration(campaign.hn_d2_d3_attained, other, attained)
    return HnDeclaration(campaign.hn_d2_d3_attained, None)
