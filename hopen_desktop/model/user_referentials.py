"""Referentials added by the user: a file checked like any untrusted input, then copied
(atomically) into the « referentiels » folder of the user data folder as ``<id>.json``, where
``available_referentials`` finds it next to the shipped ones.

An added referential can never take the id of a shipped one (« choisissez un autre identifiant »),
and replaces an added one of the same id only when asked. Campaigns keep the text of the
referential they were answered against in their workspace: replacing a file changes no existing
campaign, only the ones created afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from hopen_desktop.model.errors import ReferentialError, ValidationError
from hopen_desktop.model.referential import (
    Referential,
    added_referentials,
    forget_loaded_referentials,
    read_referential_text,
    referential_from_text,
    shipped_referentials,
    user_referentials_dir,
)

#: An id names the copied file (``<id>.json``): no path separator, no leading dot, bounded.
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


@dataclass(frozen=True)
class AddedReferential:
    referential: Referential
    #: Where it was copied.
    path: Path
    #: Whether an added referential of the same id was replaced.
    replaced: bool


def check_referential_file(path: Path) -> tuple[Referential, str]:
    """The referential in ``path`` and its exact text, checked as ``add_referential`` would before
    copying it (``ReferentialError`` naming the file and the faulty field otherwise)."""
    path = Path(path)
    text = read_referential_text(path)
    ref = referential_from_text(text, path.name)
    if not _SAFE_ID.fullmatch(ref.id) or ref.id.endswith("."):
        raise ReferentialError("referential.bad_id", name=path.name, id=ref.id)
    if ref.id in shipped_referentials():
        raise ReferentialError("referential.shipped_id", name=path.name, id=ref.id)
    return ref, text


def add_referential(path: Path, *, replace: bool = False) -> AddedReferential:
    """Check the referential file ``path`` and copy it into the user's referentials folder.
    Refused (``ReferentialError``, nothing written) for an invalid or hostile file, the id of a
    shipped referential, or the id of an added one unless ``replace``."""
    from hopen_desktop.model.files import write_atomic

    path = Path(path)
    ref, text = check_referential_file(path)
    replaced = ref.id in added_referentials()
    if replaced and not replace:
        raise ReferentialError("referential.already_added", name=path.name, id=ref.id)
    folder = user_referentials_dir()
    target = folder / f"{ref.id}.json"
    try:
        write_atomic(target, text.encode("utf-8"))
    except (OSError, ValidationError) as exc:
        raise ReferentialError("referential.not_written", name=path.name, folder=folder, reason=exc) from exc
    finally:
        forget_loaded_referentials()
    return AddedReferential(ref, target, replaced)
