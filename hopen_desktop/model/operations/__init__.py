"""Operations: every change to a workspace goes through one of these functions.

An operation takes the ``Workspace`` first, runs in ONE transaction together with its journal
rows, and returns an ``Outcome``: the value it produced (the saved record, an import summary…)
and the ``Changes`` it made. The window's session runs operations and re-emits their changes;
the command line runs the same functions. Nothing outside ``model/`` writes to a workspace any
other way.

One module per concept: ``establishments``, ``campaigns``, ``answers``, ``evidence`` (items and
their files), ``actions``, ``settings``, ``imports`` (JSON exchange document, audit bundle),
``restore`` (a backup over a closed workspace file). Operations read and write through the
workspace's stores (``model/stores/``) and append their journal rows through ``ws.journal``;
they compose (an import runs the add operations inside its own transaction and returns the
union of their changes).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from hopen_desktop.model.changes import Changes

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What an operation returns: its ``value`` and what it ``changes``."""

    value: T
    changes: Changes
