"""The seal of a report: what was reported, in a form a later comparison can check and name.

A seal holds a report identifier, the SHA-256 of the campaign's canonical content (the exchange
format's document, ``model/exchange.py``, attached files by hash only, keys sorted, no spaces,
UTF-8), a digest per item (the establishment, the campaign, each indicator's answer, each
evidence item, each action) so that a comparison NAMES what changed, and the journal's head (id
and hash of its last row when the report was drawn: an anchor of the history kept outside the
workspace file). ``reports/seal_pdf.py`` stores it inside the PDF, within the signed range.

Evidence dated AFTER the campaign date is left out of the sealed content: the scoring windows end
on the campaign date, that day included (``model/derivation.py`` ``windows``; PRODUCT.md §6), so
such an item can never count for the campaign. Adding one later (the proofs of the next campaign
go in the same establishment register) is therefore not a change of the sealed campaign, and
re-rendering a sealed campaign gives the same content digest. Changing an item that was sealed so
that its date falls after the campaign date removes it from what counts: the comparison says it
was removed.

``Seal.from_json`` reads a text taken from a PDF anyone can craft: it is hostile by definition
(size capped, every type checked, an unknown version refused), and every failure is a
``HopenError`` with a French sentence, never a traceback. No Qt, no ReportLab, no pyHanko here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.formatting import format_date
from hopen_desktop.model.i18n import Text
from hopen_desktop.model.snapshot import CampaignSnapshot

FORMAT = "hopen-seal"
VERSION = 1
#: The largest seal text read: a campaign with 100,000 actions and proofs seals in about 14 MB.
MAX_SEAL_BYTES = 16 * 1024 * 1024
#: The most JSON objects and arrays in a seal (two per item in ours): parsing millions of empty
#: arrays (``[[],[],…]``) costs twenty times the text in memory.
MAX_CONTAINERS = 1_000_000
#: The sections of ``Seal.items``, in the order differences are listed.
SECTIONS = ("establishment", "campaign", "indicators", "evidence", "actions")
#: The one key of the single-item sections.
SINGLE_KEY = {"establishment": "establishment", "campaign": "campaign"}

_HEX64 = re.compile(r"[0-9a-f]{64}")
_REPORT_ID = re.compile(r"[0-9a-f]{32}")
#: Control characters and lone surrogates: a seal's texts are printed on a terminal and in the
#: window; an escape sequence or malformed Unicode in a crafted seal is refused.
_BAD_CHARACTERS = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_MAX_KEY = 100
_MAX_TEXT = 1000


# ---------------------------------------------------------------------------- canonical content


def canonical_content(snapshot: CampaignSnapshot) -> dict[str, Any]:
    """The campaign as the exchange format exports it, built from the snapshot: attached files
    by hash only (no base64), evidence dated after the campaign date left out (see the module)."""
    from hopen_desktop.model.exchange import campaign_document

    return campaign_document(
        snapshot.establishment,
        snapshot.campaign,
        snapshot.referential,
        snapshot.answers.values(),
        _sealed_evidence(snapshot),
        snapshot.actions,
    )


def canonical_bytes(document: Any) -> bytes:
    """The canonical JSON of ``document``: keys sorted, no whitespace, UTF-8."""
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def digest(document: Any) -> str:
    return hashlib.sha256(canonical_bytes(document)).hexdigest()


def content_sha256(snapshot: CampaignSnapshot) -> str:
    return digest(canonical_content(snapshot))


def _sealed_evidence(snapshot: CampaignSnapshot) -> tuple[Any, ...]:
    # Evidence dated after the campaign date cannot count for it (the windows end on that day).
    return tuple(e for e in snapshot.evidence if e.date <= snapshot.campaign.date)


# ---------------------------------------------------------------------------- items


@dataclass(frozen=True)
class SealItem:
    """One sealed item: its digest, and for evidence and actions the title (and date) that name
    it to the user when it changed."""

    digest: str
    title: str = ""
    date: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"digest": self.digest}
        if self.title:
            out["title"] = self.title
        if self.date is not None:
            out["date"] = self.date
        return out


def item_digests(snapshot: CampaignSnapshot) -> dict[str, dict[str, SealItem]]:
    """The digest of each item, by section. Keys: the indicator id; the workspace id of an
    evidence item or an action (stable while it is edited; its title and date name it)."""
    from hopen_desktop.model.exchange import (
        export_action,
        export_answer,
        export_campaign_fields,
        export_establishment,
        export_evidence,
    )

    indicators: dict[str, SealItem] = {}
    # Every indicator of the referential, answered or not: answering one later is "modified".
    for indicator in snapshot.referential.indicators:
        indicators[indicator.id] = SealItem(digest(export_answer(snapshot.answer(indicator.id))))
    for indicator_id, answer in snapshot.answers.items():  # an answer outside the referential
        indicators.setdefault(indicator_id, SealItem(digest(export_answer(answer))))
    return {
        "establishment": {"establishment": SealItem(digest(export_establishment(snapshot.establishment)))},
        "campaign": {"campaign": SealItem(digest(export_campaign_fields(snapshot.campaign)))},
        "indicators": indicators,
        "evidence": {
            str(e.id): SealItem(digest(export_evidence(e)), e.title, e.date.isoformat())
            for e in _sealed_evidence(snapshot)
        },
        "actions": {str(a.id): SealItem(digest(export_action(a)), a.title) for a in snapshot.actions},
    }


# ---------------------------------------------------------------------------- the seal


@dataclass(frozen=True)
class Seal:
    report_id: str
    #: Local time with its offset, ISO 8601 (``2025-07-01T10:15:00+02:00``).
    made_at: str
    campaign_id: int
    #: ISO date of the campaign.
    campaign_date: str
    establishment_finess: str
    establishment_name: str
    content_sha256: str
    items: Mapping[str, Mapping[str, SealItem]]
    journal_head_id: int
    journal_head_hash: str
    format: str = FORMAT
    version: int = VERSION
    #: The hash of the journal's first row: which workspace produced the report ("" when unknown).
    journal_origin_hash: str = ""
    #: The SHA-256 of the referential text the campaign was answered against (schema step 0005;
    #: "" in older seals, or for a campaign without one). The content covers its id and version.
    referential_sha256: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "version": self.version,
            "report_id": self.report_id,
            "made_at": self.made_at,
            "campaign": {
                "id": self.campaign_id,
                "date": self.campaign_date,
                **({"referential_sha256": self.referential_sha256} if self.referential_sha256 else {}),
            },
            "establishment": {"finess": self.establishment_finess, "name": self.establishment_name},
            "content_sha256": self.content_sha256,
            "items": {
                section: {key: item.to_json() for key, item in self.items.get(section, {}).items()}
                for section in SECTIONS
            },
            "journal": {
                "head_id": self.journal_head_id,
                "head_hash": self.journal_head_hash,
                **({"origin_hash": self.journal_origin_hash} if self.journal_origin_hash else {}),
            },
        }

    def to_json(self) -> str:
        """The seal as JSON text (keys sorted, compact, UTF-8 once encoded)."""
        return canonical_bytes(self.to_dict()).decode("utf-8")

    @classmethod
    def from_json(cls, text: str | bytes) -> Seal:
        """The seal in ``text``, read as HOSTILE input: ``HopenError`` (``seal.*`` codes) for
        anything that is not a seal of a known version, never another exception."""
        return _parse(text)


def make_seal(snapshot: CampaignSnapshot, report_id: str | None = None, *, now: dt.datetime | None = None) -> Seal:
    """The seal of ``snapshot`` (``report_id``: a new uuid4 hex unless given)."""
    made = (now or dt.datetime.now()).astimezone().replace(microsecond=0)
    return Seal(
        report_id=report_id or uuid.uuid4().hex,
        made_at=made.isoformat(),
        campaign_id=snapshot.campaign.id,
        campaign_date=snapshot.campaign.date.isoformat(),
        establishment_finess=snapshot.establishment.finess,
        establishment_name=snapshot.establishment.name,
        content_sha256=content_sha256(snapshot),
        items=item_digests(snapshot),
        journal_head_id=snapshot.journal_head_id,
        journal_head_hash=snapshot.journal_head_hash,
        journal_origin_hash=snapshot.journal_origin_hash,
        referential_sha256=snapshot.campaign.referential_sha256 or "",
    )


# ---------------------------------------------------------------------------- comparison


@dataclass(frozen=True)
class SealDifference:
    section: str
    key: str
    #: "modified", "added" or "removed".
    what: str
    #: The sentence naming the item, in French and English: « Indicateur P1.3 modifié ».
    wording: Text

    @property
    def label(self) -> str:
        """The sentence naming the item in the current language (French by default)."""
        return self.wording.text()

    def to_json(self) -> dict[str, str]:
        return {"section": self.section, "key": self.key, "what": self.what, "label": self.label}


@dataclass(frozen=True)
class SealComparison:
    """A seal compared with the campaign as it is now."""

    sealed_sha256: str
    current_sha256: str
    differences: tuple[SealDifference, ...] = field(default=())

    @property
    def same(self) -> bool:
        return self.sealed_sha256 == self.current_sha256 and not self.differences

    def lines(self, language: str | None = None) -> list[str]:
        """The comparison in sentences, in ``language`` (default: the current language)."""
        if self.same:
            return [_SAME.text(language)]
        out = [_CHANGED.format(language, n=len(self.differences))]
        out += [f"  – {d.wording.text(language)}" for d in self.differences]
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "same": self.same,
            "sealed_sha256": self.sealed_sha256,
            "current_sha256": self.current_sha256,
            "differences": [d.to_json() for d in self.differences],
        }


_SAME = Text(
    "La campagne est identique à son contenu scellé dans le rapport.",
    "The campaign is identical to its content sealed in the report.",
)
_CHANGED = Text(
    "La campagne a changé depuis le rapport ({n} différence(s)) :",
    "The campaign has changed since the report ({n} difference(s)):",
)

_VERBS = {
    # what -> (French masculine, French feminine, English)
    "modified": ("modifié", "modifiée", "modified"),
    "added": ("ajouté", "ajoutée", "added"),
    "removed": ("supprimé", "supprimée", "removed"),
}


def _named(item: SealItem) -> Text:
    name_fr, name_en = f"« {item.title} »", f"“{item.title}”"
    if item.date:
        try:
            day = format_date(dt.date.fromisoformat(item.date), "fr")
        except ValueError:
            day = item.date
        name_fr, name_en = f"{name_fr} du {day}", f"{name_en} of {day}"
    return Text(name_fr, name_en)


def _label(section: str, key: str, what: str, old: SealItem | None, new: SealItem | None) -> Text:
    masculine, feminine, english = _VERBS[what]
    if section == "establishment":
        return Text(
            f"Informations de l'établissement {'modifiées' if what == 'modified' else feminine + 's'}",
            f"Establishment details {english}",
        )
    if section == "campaign":
        return Text(
            f"Informations de la campagne {'modifiées' if what == 'modified' else feminine + 's'}",
            f"Campaign details {english}",
        )
    if section == "indicators":
        return Text(f"Indicateur {key} {masculine}", f"Indicator {key} {english}")
    item = old or new
    assert item is not None
    noun_fr, noun_en = ("Pièce", "Evidence") if section == "evidence" else ("Action", "Action")
    named = _named(item)
    fr, en = f"{noun_fr} {named.fr} {feminine}", f"{noun_en} {named.en} {english}"
    if what == "modified" and old is not None and new is not None and (old.title, old.date) != (new.title, new.date):
        now = _named(new)
        fr, en = f"{fr} (désormais {now.fr})", f"{en} (now {now.en})"
    return Text(fr, en)


def compare(seal: Seal, snapshot: CampaignSnapshot) -> SealComparison:
    """``seal`` compared with ``snapshot``: the items modified, added or removed, by section."""
    current = item_digests(snapshot)
    differences: list[SealDifference] = []
    for section in SECTIONS:
        before = dict(seal.items.get(section, {}))
        after = current[section]
        removed = {k: v for k, v in before.items() if k not in after}
        added = {k: v for k, v in after.items() if k not in before}
        # An item found again under another key with the same content (the campaign imported
        # into another workspace numbers its records anew) is the same item.
        by_digest: dict[str, list[str]] = {}
        for k, v in added.items():
            by_digest.setdefault(v.digest, []).append(k)
        for k, v in list(removed.items()):
            if by_digest.get(v.digest):
                added.pop(by_digest[v.digest].pop(0))
                removed.pop(k)
        for key in sorted(set(before) | set(after), key=_sort_key):
            if key in removed:
                differences.append(
                    SealDifference(section, key, "removed", _label(section, key, "removed", removed[key], None))
                )
            elif key in added:
                differences.append(
                    SealDifference(section, key, "added", _label(section, key, "added", None, added[key]))
                )
            elif key in before and key in after and before[key].digest != after[key].digest:
                differences.append(
                    SealDifference(section, key, "modified", _label(section, key, "modified", before[key], after[key]))
                )
    if seal.referential_sha256 and seal.referential_sha256 != (snapshot.campaign.referential_sha256 or ""):
        # The content names the referential by id and version only: another text under them
        # would change what the report's statuses were computed against.
        differences.append(SealDifference("campaign", "referential", "modified", _REFERENTIAL_CHANGED))
    current_sha = content_sha256(snapshot)
    if current_sha != seal.content_sha256 and not differences:
        differences.append(SealDifference("content", "", "modified", _CONTENT_CHANGED))
    return SealComparison(seal.content_sha256, current_sha, tuple(differences))


_REFERENTIAL_CHANGED = Text("Référentiel de la campagne modifié", "Campaign referential modified")
_CONTENT_CHANGED = Text("Contenu de la campagne modifié", "Campaign content modified")


def _sort_key(key: str) -> tuple[int, str]:
    return (int(key), "") if key.isdigit() and len(key) < 19 else (1 << 62, key)


# ---------------------------------------------------------------------------- reading (hostile)


def _fail(problem: str, en: str) -> HopenError:
    return HopenError("seal.unreadable", problem=Text(problem, en))


def _no_constant(name: str) -> Any:
    raise ValueError(name)


def _parse(text: str | bytes) -> Seal:
    if isinstance(text, bytes | bytearray):
        if len(text) > MAX_SEAL_BYTES:
            raise HopenError("seal.too_big", limit=MAX_SEAL_BYTES // (1024 * 1024))
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError:
            raise _fail("ce n'est pas du texte UTF-8", "it is not UTF-8 text") from None
    if not isinstance(text, str):
        raise _fail("ce n'est pas un texte", "it is not a text")
    if len(text) > MAX_SEAL_BYTES:
        raise HopenError("seal.too_big", limit=MAX_SEAL_BYTES // (1024 * 1024))
    if text.count("[") + text.count("{") > MAX_CONTAINERS:
        raise _fail("structure démesurée", "oversized structure")
    try:
        raw = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError:
        raise _fail("ce n'est pas du JSON", "it is not JSON") from None
    except RecursionError:
        raise _fail("imbrication trop profonde", "nested too deep") from None
    except ValueError:  # an integer of thousands of digits, NaN, Infinity
        raise _fail("un nombre est inutilisable", "a number is unusable") from None
    if not isinstance(raw, dict):
        raise _fail("un objet JSON est attendu", "a JSON object is expected")
    if raw.get("format") != FORMAT:
        raise HopenError("seal.not_seal")
    version = raw.get("version")
    if type(version) is not int or version != VERSION:  # true == 1 in Python
        raise HopenError("seal.version", version=_shown(version), known=VERSION)
    r = _Reader()
    campaign = r.obj(raw, "campaign")
    establishment = r.obj(raw, "establishment")
    journal = r.obj(raw, "journal")
    campaign_date = r.text(campaign, "date", "campaign.date", 10)
    try:
        dt.date.fromisoformat(campaign_date)
    except ValueError:
        raise r.wrong("campaign.date", "une date AAAA-MM-JJ est attendue", "a YYYY-MM-DD date is expected") from None
    made_at = r.text(raw, "made_at", "made_at", 40)
    try:
        dt.datetime.fromisoformat(made_at)
    except ValueError:
        raise r.wrong("made_at", "une date et heure ISO est attendue", "an ISO date and time is expected") from None
    items_raw = r.obj(raw, "items")
    items: dict[str, dict[str, SealItem]] = {}
    for section in SECTIONS:
        entries = r.obj(items_raw, section, f"items.{section}")
        parsed: dict[str, SealItem] = {}
        for key, value in entries.items():
            where = f"items.{section}.{key[:_MAX_KEY]}"
            if len(key) > _MAX_KEY or _BAD_CHARACTERS.search(key):
                raise r.wrong(where, "clé invalide", "invalid key")
            if not isinstance(value, dict):
                raise r.wrong(where, "un objet est attendu", "an object is expected")
            item_date = value.get("date")
            if item_date is not None:
                item_date = r.text(value, "date", f"{where}.date", 10)
                try:
                    dt.date.fromisoformat(item_date)
                except ValueError:
                    raise r.wrong(
                        f"{where}.date", "une date AAAA-MM-JJ est attendue", "a YYYY-MM-DD date is expected"
                    ) from None
            parsed[key] = SealItem(
                digest=r.hex64(value, "digest", f"{where}.digest"),
                title=r.text(value, "title", f"{where}.title", _MAX_TEXT) if "title" in value else "",
                date=item_date,
            )
        items[section] = parsed
    report_id = r.text(raw, "report_id", "report_id", 32)
    if not _REPORT_ID.fullmatch(report_id):
        raise r.wrong("report_id", "32 chiffres hexadécimaux sont attendus", "32 hexadecimal digits are expected")
    return Seal(
        report_id=report_id,
        made_at=made_at,
        campaign_id=r.count(campaign, "id", "campaign.id"),
        campaign_date=campaign_date,
        establishment_finess=r.text(establishment, "finess", "establishment.finess", 20),
        establishment_name=r.text(establishment, "name", "establishment.name", _MAX_TEXT),
        content_sha256=r.hex64(raw, "content_sha256", "content_sha256"),
        items=items,
        journal_head_id=r.count(journal, "head_id", "journal.head_id"),
        journal_head_hash=r.hex64(journal, "head_hash", "journal.head_hash"),
        journal_origin_hash=r.hex64(journal, "origin_hash", "journal.origin_hash") if "origin_hash" in journal else "",
        referential_sha256=(
            r.hex64(campaign, "referential_sha256", "campaign.referential_sha256")
            if "referential_sha256" in campaign
            else ""
        ),
    )


def _shown(value: Any) -> str:
    text = repr(value)
    text = _BAD_CHARACTERS.sub("?", text)
    return text if len(text) <= 40 else text[:39] + "…"


class _Reader:
    """Typed access to the seal's JSON; a refusal names the place in the seal."""

    @staticmethod
    def wrong(where: str, fr: str, en: str) -> HopenError:
        return HopenError("seal.field", where=_BAD_CHARACTERS.sub("?", where)[:120], what=Text(fr, en))

    def obj(self, d: dict[str, Any], key: str, where: str | None = None) -> dict[str, Any]:
        value = d.get(key)
        if not isinstance(value, dict):
            raise self.wrong(where or key, "un objet est attendu", "an object is expected")
        return value

    def text(self, d: dict[str, Any], key: str, where: str, limit: int) -> str:
        value = d.get(key)
        if not isinstance(value, str):
            raise self.wrong(where, "un texte est attendu", "a text is expected")
        if len(value) > limit:
            raise self.wrong(
                where, f"texte trop long (plus de {limit} caractères)", f"text too long (over {limit} characters)"
            )
        if _BAD_CHARACTERS.search(value):
            raise self.wrong(where, "caractères invalides", "invalid characters")
        return value

    def hex64(self, d: dict[str, Any], key: str, where: str) -> str:
        value = d.get(key)
        if not isinstance(value, str) or not _HEX64.fullmatch(value):
            raise self.wrong(where, "64 chiffres hexadécimaux sont attendus", "64 hexadecimal digits are expected")
        return value

    def count(self, d: dict[str, Any], key: str, where: str) -> int:
        value = d.get(key)
        if type(value) is not int or not 0 <= value < 2**63:
            raise self.wrong(where, "un entier positif est attendu", "a non-negative integer is expected")
        return value


__all__ = [
    "FORMAT",
    "MAX_CONTAINERS",
    "MAX_SEAL_BYTES",
    "SECTIONS",
    "VERSION",
    "Seal",
    "SealComparison",
    "SealDifference",
    "SealItem",
    "canonical_bytes",
    "canonical_content",
    "compare",
    "content_sha256",
    "item_digests",
    "make_seal",
]
