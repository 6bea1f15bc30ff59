"""Audit bundles (.hopen): one zip file carrying a campaign, every attached file and a manifest
with the SHA-256 of each member, to move an audit between offline laptops.

Layout::

    manifest.json        {"format": "hopen-desktop/bundle", "version": 1,
                          "members": {"campaign.json": "<sha256>", "files/<sha256>": "<sha256>", ...}}
    campaign.json        the exchange document (docs/exchange-format.md) without file contents
    files/<sha256>       each attached file, stored once

Import checks everything here before touching the workspace: member names, the manifest (no
member missing or extra), every hash, the expanded size, then the exchange document itself; the
``import_bundle`` operation (``model/operations/imports.py``) then writes it in one transaction.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import zipfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from hopen_desktop.model import bundle_crypto
from hopen_desktop.model.archives import MAX_TOTAL, ZIP_ERRORS, Budget, ExpansionRefused
from hopen_desktop.model.entities import Campaign
from hopen_desktop.model.errors import HopenError, ValidationError
from hopen_desktop.model.exchange import ParsedCampaign, export_campaign, loads_document, parse_campaign_document
from hopen_desktop.model.files import open_regular_input, write_atomic
from hopen_desktop.model.formatting import format_number
from hopen_desktop.model.settings import MAX_FILE_MB
from hopen_desktop.model.workspace import Workspace

BUNDLE_FORMAT = "hopen-desktop/bundle"
BUNDLE_VERSION = 1
MANIFEST = "manifest.json"
CAMPAIGN = "campaign.json"
#: A bundle never expands beyond this, whatever its size (``model/archives.py`` also caps the
#: expansion in proportion to the bundle's own size: a zip bomb, or not an audit).
MAX_EXPANDED_BYTES = MAX_TOTAL
#: No member is larger than the largest attached file a workspace may accept.
MAX_MEMBER_BYTES = MAX_FILE_MB.maximum * 1024 * 1024
#: A single member compressed more than this is refused (zip bomb).
MAX_RATIO = 200


BundleError = bundle_crypto.BundleError  # defined there: model/bundle_crypto.py needs nothing from here


class PasswordRequired(BundleError):  # noqa: N818 - a question to ask, not a failure
    """The bundle is encrypted (age) and no password was given: ask for it and read it again."""


class CampaignExists(HopenError):  # noqa: N818 - a situation to resolve, not a failure
    """The bundle's campaign already exists: the caller chooses copy or replace."""

    def __init__(self, existing: Campaign, parsed: ParsedCampaign) -> None:
        super().__init__("bundle.campaign_exists", date=existing.date, id=existing.id)
        self.existing = existing
        self.parsed = parsed


class OnConflict(StrEnum):
    ASK = "ask"
    COPY = "copy"
    REPLACE = "replace"


@dataclass(frozen=True)
class BundleImport:
    campaign: Campaign
    replaced: int | None
    files: int


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def export_bundle(ws: Workspace, campaign_id: int, out: Path, password: str | None = None) -> Path:
    """Write the bundle of ``campaign_id`` to ``out``; with ``password`` the zip is encrypted in
    memory (age, model/bundle_crypto.py) and only the encrypted bytes reach the disk."""
    doc = export_campaign(ws, campaign_id, include_files=False)
    members: dict[str, bytes] = {}
    for ev in doc["evidence"]:
        for f in ev["files"]:
            members.setdefault(f"files/{f['sha256']}", ws.file_content(f["sha256"]))
    members[CAMPAIGN] = json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")
    manifest = {
        "format": BUNDLE_FORMAT,
        "version": BUNDLE_VERSION,
        "members": {name: _sha(data) for name, data in sorted(members.items())},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
        for name, data in sorted(members.items()):
            zf.writestr(name, data)
    data = buffer.getvalue() if password is None else bundle_crypto.encrypt(buffer.getvalue(), password)
    write_atomic(Path(out), data)
    return Path(out)


def _safe_name(name: str) -> bool:
    if not name or "\\" in name or name.startswith("/") or "\x00" in name:
        return False
    parts = PurePosixPath(name).parts
    return ".." not in parts and not (parts and parts[0].endswith(":"))


def _too_big(exc: ExpansionRefused) -> BundleError:
    if exc.member is None:
        return BundleError(
            "bundle.too_big",
            size=format_number(exc.declared / 1024**3, decimals=2),
            limit=format_number(exc.allowed / 1024**3, decimals=2),
        )
    return BundleError("bundle.too_big_member", member=exc.member)


def _decrypted(handle: BinaryIO, size: int, path: Path, password: str | None) -> tuple[BinaryIO, int]:
    """The clear zip of an encrypted bundle, in memory, and its size. Refused: no password
    (``PasswordRequired``), a file beyond the expansion cap (its clear content is never larger),
    a wrong password, a damaged file (``BundleError``)."""
    if password is None:
        raise PasswordRequired("bundle.password_required", name=path.name)
    limit = MAX_EXPANDED_BYTES + bundle_crypto.AGE_OVERHEAD
    handle.seek(0)
    data = handle.read(limit + 1)  # counted while reading, whatever the size announced
    if len(data) > limit:
        raise _too_big(ExpansionRefused(None, max(size, len(data)), MAX_EXPANDED_BYTES))
    clear = bundle_crypto.decrypt(data, password)
    return io.BytesIO(clear), len(clear)


def read_bundle(path: Path, password: str | None = None) -> ParsedCampaign:
    """Check a bundle completely and return its parsed campaign. Raises BundleError (or the
    exchange format's errors) with a French message; never touches a workspace. An encrypted
    bundle (age) needs ``password`` (``PasswordRequired`` without it) and is decrypted in memory."""
    path = Path(path)
    try:
        fd = open_regular_input(path)
    except ValidationError:
        if not path.exists() and not path.is_symlink():
            raise BundleError("bundle.missing", path=path) from None
        raise
    handle: BinaryIO = os.fdopen(fd, "rb")
    size = os.fstat(fd).st_size
    if bundle_crypto.is_encrypted(handle.read(bundle_crypto.HEAD_BYTES)):
        with handle:
            handle, size = _decrypted(handle, size, path, password)
    handle.seek(0)
    try:
        zf = zipfile.ZipFile(handle)
    except ZIP_ERRORS as exc:
        handle.close()
        raise BundleError("bundle.unreadable", name=path.name, reason=exc) from None
    with handle, zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        for name in names:
            if not _safe_name(name):
                raise BundleError("bundle.forbidden_path", member=name)
        if len(set(names)) != len(names):
            raise BundleError("bundle.duplicate_member")
        if MANIFEST not in names:
            raise BundleError("bundle.no_manifest", name=path.name)
        for i in infos:
            if i.file_size > 1024 * 1024 and i.compress_size * MAX_RATIO < i.file_size:
                raise BundleError("bundle.bomb", member=i.filename)
        try:
            budget = Budget(zf, size, per_member=MAX_MEMBER_BYTES, max_total=MAX_EXPANDED_BYTES)
        except ExpansionRefused as exc:
            raise _too_big(exc) from None
        try:
            manifest_raw = budget.read(zf, zf.getinfo(MANIFEST))
            try:
                manifest = json.loads(manifest_raw.decode("utf-8"))
            except (UnicodeDecodeError, RecursionError, ValueError):  # JSONDecodeError is a ValueError
                raise BundleError("bundle.manifest_unreadable") from None
            if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
                raise BundleError("bundle.not_bundle", name=path.name)
            if type(manifest.get("version")) is not int or manifest.get("version") != BUNDLE_VERSION:
                raise BundleError("bundle.version", version=repr(manifest.get("version")), known=BUNDLE_VERSION)
            expected = manifest.get("members")
            if not isinstance(expected, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in expected.items()
            ):
                raise BundleError("bundle.manifest_malformed")
            present = set(names) - {MANIFEST}
            missing = sorted(set(expected) - present)
            extra = sorted(present - set(expected))
            if missing:
                raise BundleError("bundle.member_missing", member=missing[0])
            if extra:
                raise BundleError("bundle.member_extra", member=extra[0])
            if CAMPAIGN not in expected:
                raise BundleError("bundle.no_campaign")
            contents: dict[str, bytes] = {}
            for name in sorted(expected):
                data = budget.read(zf, zf.getinfo(name))
                if _sha(data) != expected[name].lower():
                    raise BundleError("bundle.member_altered", member=name)
                if name.startswith("files/") and PurePosixPath(name).name != expected[name].lower():
                    raise BundleError("bundle.member_misnamed", member=name)
                contents[name] = data
        except ExpansionRefused as exc:
            raise _too_big(exc) from None
        except ZIP_ERRORS as exc:
            raise BundleError("bundle.damaged", reason=exc) from None

    try:
        text = contents.pop(CAMPAIGN).decode("utf-8")
    except UnicodeDecodeError:
        raise BundleError("bundle.campaign_not_json") from None
    doc = loads_document(text, CAMPAIGN)
    _inline_files(doc, contents)
    return parse_campaign_document(doc)


def _inline_files(doc: Any, contents: dict[str, bytes]) -> None:
    """Give each file of the exchange document its content from the bundle's members."""
    if not isinstance(doc, dict) or not isinstance(doc.get("evidence"), list):
        return
    for ev in doc["evidence"]:
        if not isinstance(ev, dict) or not isinstance(ev.get("files"), list):
            continue
        for f in ev["files"]:
            if not isinstance(f, dict) or "content_base64" in f:
                continue
            sha = f.get("sha256")
            member = f"files/{sha}" if isinstance(sha, str) else None
            if member is None or member not in contents:
                raise BundleError("bundle.file_missing", name=f.get("name"))
            f["content_base64"] = base64.b64encode(contents[member]).decode("ascii")


def find_existing(ws: Workspace, parsed: ParsedCampaign) -> Campaign | None:
    """The campaign of the same establishment (by FINESS), date and referential, if any."""
    est = ws.establishment_by_finess(parsed.establishment.finess)
    if est is None:
        return None
    for c in ws.campaigns(est.id):
        if c.date == parsed.date and c.referential_id == parsed.referential.id:
            return c
    return None
