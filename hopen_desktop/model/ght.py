"""The GHT view: establishments grouped by GHT, and one GHT's members against each indicator
(latest campaign of each)."""

from __future__ import annotations

from dataclasses import dataclass

from hopen_desktop.model.entities import Campaign, Establishment
from hopen_desktop.model.referential import Referential, load_referential
from hopen_desktop.model.scoring import CampaignScore, Status, group_reached
from hopen_desktop.model.workspace import Workspace


@dataclass(frozen=True)
class Member:
    establishment: Establishment
    campaign: Campaign | None
    score: CampaignScore | None
    #: The prerequisite groups of the campaign's referential.
    prerequisite_groups: tuple[str, ...] = ()

    @property
    def prerequisites_attained(self) -> bool:
        return self.score is not None and all(
            group_reached(self.score.groups[g].status) for g in self.prerequisite_groups
        )


@dataclass(frozen=True)
class GhtView:
    name: str
    referential: Referential
    members: tuple[Member, ...]
    #: Indicators whose GHT declination makes the application or service common to the GHT.
    common_indicators: tuple[str, ...]

    @property
    def support(self) -> Member | None:
        return next((m for m in self.members if m.establishment.ght_support), None)

    def status(self, member: Member, indicator: str) -> Status | None:
        if member.score is None or indicator not in member.score.indicators:
            return None
        return member.score.indicators[indicator].status

    @property
    def members_missing_prerequisites(self) -> tuple[Member, ...]:
        """What the support establishment checks: every member reaches the prerequisites."""
        return tuple(m for m in self.members if not m.prerequisites_attained)


def ght_names(ws: Workspace) -> dict[str, list[Establishment]]:
    groups: dict[str, list[Establishment]] = {}
    for est in ws.establishments():
        if est.ght:
            groups.setdefault(est.ght, []).append(est)
    return dict(sorted(groups.items(), key=lambda kv: kv[0].casefold()))


def ght_view(ws: Workspace, name: str, referential_id: str = "hopen-2019") -> GhtView:
    ref = load_referential(referential_id)
    members = []
    for est in ght_names(ws).get(name, []):
        latest = next((c for c in ws.campaigns(est.id) if c.referential_id == ref.id), None)
        groups = tuple(g.id for g in ref.prerequisite_groups)
        members.append(Member(est, latest, ws.score(latest.id) if latest else None, groups))
    members.sort(key=lambda m: (not m.establishment.ght_support, m.establishment.name.casefold()))
    common = tuple(i.id for i in ref.indicators if any(c.applies_to == "ght" for c in i.criteria))
    return GhtView(name, ref, tuple(members), common)
