"""What an operation changed in a workspace: the one notice every view refreshes from.

An operation (``hopen_desktop.model.operations``) returns a ``Changes`` value naming the
records it touched; the window's session re-emits it as its single ``changed`` signal, and each
screen asks it whether anything it shows is concerned. Values combine with ``|``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class Changes:
    """Ids of what changed. An empty value means nothing changed."""

    #: Establishments whose details changed, or that were added or deleted.
    establishments: frozenset[int] = field(default_factory=frozenset)
    #: Campaigns whose record changed (date, auditor, HN flags), or that were added or deleted.
    campaigns: frozenset[int] = field(default_factory=frozenset)
    #: (campaign id, indicator id) of each answer written.
    answers: frozenset[tuple[int, str]] = field(default_factory=frozenset)
    #: Evidence items added, edited or deleted, or whose attached files changed.
    evidence: frozenset[int] = field(default_factory=frozenset)
    #: Establishments whose evidence register changed (derived criteria depend on it).
    evidence_of: frozenset[int] = field(default_factory=frozenset)
    #: Actions added, edited or deleted.
    actions: frozenset[int] = field(default_factory=frozenset)
    #: Establishments whose action plan changed.
    actions_of: frozenset[int] = field(default_factory=frozenset)
    #: Keys of the workspace settings that changed.
    settings: frozenset[str] = field(default_factory=frozenset)
    #: Everything may have changed (a workspace opened, closed or restored): refresh all.
    everything: bool = False
    #: The window's current establishment or campaign changed (another one selected, or none).
    #: Set by the window's session when it moves its selection, never by an operation: it rides
    #: on the same notice so that a view refreshes once for "a campaign was added and selected".
    selection: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{
                f.name: (getattr(self, f.name) or getattr(other, f.name))
                if f.name in _FLAGS
                else getattr(self, f.name) | getattr(other, f.name)
                for f in fields(self)
            }
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def campaign_touched(self, campaign_id: int) -> bool:
        """Whether the campaign's own record or one of its answers changed (its score also
        depends on its establishment's details and evidence: see ``establishments`` and
        ``evidence_of``)."""
        return (
            self.everything
            or campaign_id in self.campaigns
            or any(campaign == campaign_id for campaign, _ in self.answers)
        )


_FLAGS = ("everything", "selection")

EVERYTHING = Changes(everything=True)
SELECTION = Changes(selection=True)
NOTHING = Changes()
