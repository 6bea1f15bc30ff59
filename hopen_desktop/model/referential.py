"""Referentials (HOP'EN, Hôpital Numérique...) loaded from versioned JSON data files.

The file format is documented in docs/referential-format.md. A referential is data:
adding one needs no code. ``load_referential_file`` validates a file and raises
``ReferentialError`` naming the file and the faulty field.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any, Literal

from hopen_desktop.model.errors import ReferentialError, ValidationError
from hopen_desktop.model.evidence_types import document_kind_labels, type_labels
from hopen_desktop.model.i18n import Text
from hopen_desktop.resources import resource_path

REFERENTIAL_FORMAT = "hopen-desktop/referential"
REFERENTIAL_FORMAT_VERSION = 1
DEFAULT_REFERENTIAL = "hopen-2019"

IndicatorKind = Literal["rate", "existence"]
GroupKind = Literal["prerequisite", "domain"]

#: Evidence types of the exchange format, with their French labels; declared in
#: ``evidence_types`` (kept here for the reports until they print ``evidence_types``' labels).
EVIDENCE_TYPES: dict[str, str] = type_labels("fr")

#: Kinds of the ``document`` evidence type (field ``kind``), with their French labels.
DOCUMENT_KINDS: dict[str, str] = document_kind_labels("fr")


@dataclass(frozen=True)
class Group:
    id: str
    kind: GroupKind
    title: str

    @property
    def is_prerequisite(self) -> bool:
        return self.kind == "prerequisite"


@dataclass(frozen=True)
class DerivationRule:
    """A criterion computed from the evidence register.

    Met when, for each of ``periods`` consecutive windows of ``window_months``
    months ending on the campaign date (that day included), at least
    ``min_count`` pieces of evidence of ``evidence_type`` fall in the window,
    each having every field of ``required_fields``.
    """

    evidence_type: str
    window_months: int
    min_count: int = 1
    periods: int = 1
    required_fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Criterion:
    id: str
    label: str
    derived: DerivationRule | None = None
    #: "all" applies to every establishment; "ght" only to an establishment in a GHT.
    applies_to: Literal["all", "ght"] = "all"
    #: The words of the instruction that make this criterion conditional (« le cas échéant »,
    #: « si … »), quoted; empty when it always applies. A conditional criterion can be answered
    #: « non applicable » with a justification (an indicator that is a prerequisite cannot).
    conditional: str = ""
    #: « Texte de l'instruction »: the quotation of the instruction this criterion stands for.
    instruction: str = ""
    #: « Lecture appliquée par l'application »: how the application reads that text when the
    #: instruction leaves it open (the window of a derived criterion...); empty when it does not.
    reading: str = ""

    @property
    def is_derived(self) -> bool:
        return self.derived is not None


@dataclass(frozen=True)
class HnAttainment:
    """National attainment rate under Hôpital Numérique for a counterpart indicator."""

    hn_indicator: str | None
    rate: float


@dataclass(frozen=True)
class Guidance:
    asked: str
    counting: str
    proofs: tuple[str, ...]


@dataclass(frozen=True)
class Indicator:
    id: str
    group: str
    label: str
    kind: IndicatorKind
    target_text: str
    target: Fraction | None = None
    numerator: str = ""
    denominator: str = ""
    criteria: tuple[Criterion, ...] = ()
    ght_declination: str = ""
    hn_attainment: tuple[HnAttainment, ...] = ()
    evolution: str = ""
    guidance: Guidance = field(default_factory=lambda: Guidance("", "", ()))

    @property
    def is_rate(self) -> bool:
        return self.kind == "rate"

    def criterion(self, criterion_id: str) -> Criterion:
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise KeyError(criterion_id)

    def applicable_criteria(self, in_ght: bool) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteria if c.applies_to == "all" or in_ght)


@dataclass(frozen=True)
class Referential:
    id: str
    version: str
    title: str
    source: str
    partial: bool
    partial_note: str
    groups: tuple[Group, ...]
    indicators: tuple[Indicator, ...]
    path: Path | None = None
    _by_id: dict[str, Indicator] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {i.id: i for i in self.indicators})

    def indicator(self, indicator_id: str) -> Indicator:
        return self._by_id[indicator_id]

    def has_indicator(self, indicator_id: str) -> bool:
        return indicator_id in self._by_id

    def group(self, group_id: str) -> Group:
        for g in self.groups:
            if g.id == group_id:
                return g
        raise KeyError(group_id)

    def indicators_of(self, group_id: str) -> tuple[Indicator, ...]:
        return tuple(i for i in self.indicators if i.group == group_id)

    @property
    def prerequisite_groups(self) -> tuple[Group, ...]:
        return tuple(g for g in self.groups if g.is_prerequisite)

    @property
    def domain_groups(self) -> tuple[Group, ...]:
        return tuple(g for g in self.groups if not g.is_prerequisite)


# --------------------------------------------------------------------------- loading
#
# Two places hold referential files: the ones shipped inside the package (``referentials_dir``)
# and the ones the user added (``user_referentials_dir``: « referentiels » in the data folder,
# ``model/user_referentials.py`` writes there). A campaign keeps the exact text of the referential
# it was answered against inside its workspace, by SHA-256 (``referential_from_text`` parses it,
# once per hash), so that a later file of the same id, or its removal, changes nothing for it.

#: The largest referential file read (the shipped HOP'EN referential is under 100 kB).
MAX_REFERENTIAL_BYTES = 2 * 1024 * 1024
#: The folder of the data folder holding the referentials added by the user.
USER_REFERENTIALS_FOLDER = "referentiels"


def referentials_dir() -> Path:
    """The referentials shipped with the application."""
    return resource_path("referentials")


def user_referentials_dir() -> Path:
    """The referentials added by the user (``<id>.json``), in the user data folder."""
    from hopen_desktop.model.paths import data_dir

    return data_dir() / USER_REFERENTIALS_FOLDER


def _json_files(folder: Path) -> dict[str, Path]:
    try:
        return {path.stem: path for path in sorted(folder.glob("*.json")) if path.is_file()}
    except OSError:  # an unreadable data folder hides the added referentials, never the shipped ones
        return {}


def shipped_referentials() -> dict[str, Path]:
    """Referential id -> data file, for the referentials shipped with the application."""
    return _json_files(referentials_dir())


def added_referentials() -> dict[str, Path]:
    """Referential id -> data file, for the referentials the user added (an added file named like
    a shipped referential is ignored: the shipped one keeps its id)."""
    shipped = shipped_referentials()
    return {ref_id: path for ref_id, path in available_referentials().items() if ref_id not in shipped}


@cache
def available_referentials() -> dict[str, Path]:
    """Referential id -> data file, shipped then added. A referential's file is named after its id
    (``<id>.json``), so one broken file never hides the others. Cached: adding a referential calls
    ``forget_loaded_referentials``."""
    shipped = shipped_referentials()
    added = {ref_id: path for ref_id, path in _json_files(user_referentials_dir()).items() if ref_id not in shipped}
    return {**shipped, **added}


def is_added_referential(referential_id: str) -> bool:
    """Whether ``referential_id`` is a referential the user added (« ajouté »)."""
    return referential_id in added_referentials()


def forget_loaded_referentials() -> None:
    """Forget the files listed and loaded (after a referential was added or replaced). The
    referentials parsed from a workspace's stored text stay: their hash is their key."""
    available_referentials.cache_clear()
    load_referential.cache_clear()


@cache
def load_referential(referential_id: str = DEFAULT_REFERENTIAL) -> Referential:
    paths = available_referentials()
    if referential_id not in paths:
        known = ", ".join(sorted(paths))
        raise ReferentialError("referential.unknown", id=referential_id, known=known)
    ref = load_referential_file(paths[referential_id])
    if ref.id != referential_id:
        raise ReferentialError(
            "referential.id_mismatch", name=paths[referential_id].name, id=ref.id, expected=referential_id
        )
    return ref


def referential_text(referential_id: str) -> str:
    """The exact text of the available file of ``referential_id`` (what a new campaign keeps in
    its workspace), checked to be that referential; ``ReferentialError`` otherwise."""
    load_referential(referential_id)  # known, valid, and its id is its file's name
    path = available_referentials()[referential_id]
    text = read_referential_text(path)
    ref = referential_from_text(text, path.name)
    if ref.id != referential_id:  # the file changed since it was loaded
        raise ReferentialError("referential.id_mismatch", name=path.name, id=ref.id, expected=referential_id)
    return text


def load_referential_file(path: Path) -> Referential:
    ref = referential_from_text(read_referential_text(path), Path(path).name)
    return dataclasses.replace(ref, path=path)


def read_referential_text(path: Path) -> str:
    """The text of a referential file, read as untrusted input: a regular file only (never a FIFO
    or a device), at most ``MAX_REFERENTIAL_BYTES`` counted while reading, UTF-8."""
    from hopen_desktop.model.files import open_regular_input

    path = Path(path)
    try:
        fd = open_regular_input(path)
    except ValidationError as exc:
        raise ReferentialError("referential.unreadable", name=path.name, reason=exc) from exc
    try:
        with os.fdopen(fd, "rb") as fh:
            data = fh.read(MAX_REFERENTIAL_BYTES + 1)
    except OSError as exc:
        raise ReferentialError("referential.unreadable", name=path.name, reason=exc) from exc
    if len(data) > MAX_REFERENTIAL_BYTES:
        raise ReferentialError("referential.too_big", name=path.name, limit=MAX_REFERENTIAL_BYTES // (1024 * 1024))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReferentialError("referential.unreadable", name=path.name, reason=exc) from exc


def referential_sha256(text: str) -> str:
    """The key of a referential's text in a workspace: the SHA-256 of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def referential_from_text(text: str, source_name: str = "<référentiel>") -> Referential:
    """The referential written in ``text``, read as untrusted input (a file the user adds, a text
    carried by an exchange document or stored in a workspace): bounded in size, numbers of
    thousands of digits and nesting too deep refused, then ``parse_referential`` (which refuses
    NaN and Infinity where a number is expected, naming the field).
    Every failure is a ``ReferentialError`` naming ``source_name``."""
    if len(text) > MAX_REFERENTIAL_BYTES:
        raise ReferentialError("referential.too_big", name=source_name, limit=MAX_REFERENTIAL_BYTES // (1024 * 1024))
    try:
        raw = json.loads(text)  # NaN and Infinity reach the field's check, which names it
    except json.JSONDecodeError as exc:
        raise ReferentialError(
            "referential.json_invalid", name=source_name, line=exc.lineno, column=exc.colno
        ) from None
    except RecursionError:
        raise ReferentialError(
            "referential.unusable", name=source_name, problem=Text("imbrication trop profonde", "nested too deep")
        ) from None
    except ValueError:  # an integer of thousands of digits
        raise ReferentialError(
            "referential.unusable", name=source_name, problem=Text("un nombre est inutilisable", "a number is unusable")
        ) from None
    try:
        return parse_referential(raw, source_name=source_name)
    except RecursionError:
        raise ReferentialError(
            "referential.unusable", name=source_name, problem=Text("imbrication trop profonde", "nested too deep")
        ) from None


#: The referentials parsed from a stored text, by the SHA-256 of that text (parsed once).
_BY_SHA256: dict[str, Referential] = {}


def referential_by_sha256(sha256: str, text: Callable[[], str | None], source_name: str) -> Referential | None:
    """The referential whose text has SHA-256 ``sha256``, parsed once per hash; ``text`` gives
    that text when it is not parsed yet (None: not stored). A text whose hash is not ``sha256``
    (changed outside the application) is refused: ``ReferentialError("referential.altered")``."""
    ref = _BY_SHA256.get(sha256)
    if ref is not None:
        return ref
    content = text()
    if content is None:
        return None
    if referential_sha256(content) != sha256:
        raise ReferentialError("referential.altered", name=source_name, sha256=sha256[:12])
    ref = referential_from_text(content, source_name)
    _BY_SHA256[sha256] = ref
    return ref


class _Reader:
    """Reads typed fields of a JSON object, raising ReferentialError naming file and field."""

    def __init__(self, source_name: str) -> None:
        self.source_name = source_name

    def fail(self, where: str, what: Text) -> ReferentialError:
        return ReferentialError("referential.field", name=self.source_name, where=where, what=what)

    def obj(self, value: Any, where: str, allowed: frozenset[str] | None = None) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, Text("un objet est attendu", "an object is expected"))
        if allowed is not None:
            unknown = sorted(set(value) - allowed)
            if unknown:  # a misspelt key would otherwise be silently ignored
                raise self.fail(
                    f"{where}.{unknown[0]}",
                    Text("champ inconnu (faute de frappe ?)", "unknown field (a typing error?)"),
                )
        return value

    def str_(self, d: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
        value = d.get(key)
        if value is None:
            if required:
                raise self.fail(f"{where}.{key}", Text("champ obligatoire manquant", "required field missing"))
            return ""
        if not isinstance(value, str):
            raise self.fail(f"{where}.{key}", Text("un texte est attendu", "a text is expected"))
        if required and not value.strip():
            raise self.fail(f"{where}.{key}", Text("ne doit pas être vide", "must not be empty"))
        return value

    def list_(self, d: dict[str, Any], key: str, where: str, *, required: bool = True) -> list[Any]:
        value = d.get(key)
        if value is None:
            if required:
                raise self.fail(f"{where}.{key}", Text("champ obligatoire manquant", "required field missing"))
            return []
        if not isinstance(value, list):
            raise self.fail(f"{where}.{key}", Text("une liste est attendue", "a list is expected"))
        return value

    def int_(self, d: dict[str, Any], key: str, where: str, default: int | None = None) -> int:
        value = d.get(key, default)
        if value is None:
            raise self.fail(f"{where}.{key}", Text("champ obligatoire manquant", "required field missing"))
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise self.fail(f"{where}.{key}", Text("un entier positif est attendu", "a positive integer is expected"))
        return value


_ROOT_KEYS = frozenset(
    {"format", "format_version", "id", "version", "title", "source", "partial", "partial_note", "groups", "indicators"}
)
_GROUP_KEYS = frozenset({"id", "kind", "title"})
_INDICATOR_KEYS = frozenset(
    {
        "id",
        "group",
        "label",
        "kind",
        "target",
        "target_text",
        "numerator",
        "denominator",
        "criteria",
        "ght_declination",
        "hn_attainment",
        "evolution",
        "guidance",
    }
)
_HN_KEYS = frozenset({"hn_indicator", "rate"})
_GUIDANCE_KEYS = frozenset({"asked", "counting", "proofs"})
_CRITERION_KEYS = frozenset({"id", "label", "derived", "applies_to", "conditional", "instruction", "reading"})
_DERIVED_KEYS = frozenset({"evidence_type", "window_months", "min_count", "periods", "required_fields"})


def parse_referential(raw: Any, source_name: str = "<référentiel>") -> Referential:
    r = _Reader(source_name)
    doc = r.obj(raw, "racine", _ROOT_KEYS)
    if doc.get("format") != REFERENTIAL_FORMAT:
        raise r.fail("format", Text(f"« {REFERENTIAL_FORMAT} » est attendu", f"“{REFERENTIAL_FORMAT}” is expected"))
    if type(doc.get("format_version")) is not int or doc["format_version"] != REFERENTIAL_FORMAT_VERSION:
        raise r.fail(
            "format_version",
            Text(
                f"la version {REFERENTIAL_FORMAT_VERSION} est attendue",
                f"version {REFERENTIAL_FORMAT_VERSION} is expected",
            ),
        )
    ref_id = r.str_(doc, "id", "racine")
    version = r.str_(doc, "version", "racine")
    title = r.str_(doc, "title", "racine")
    source = r.str_(doc, "source", "racine", required=False)
    partial = doc.get("partial", False)
    if not isinstance(partial, bool):
        raise r.fail("partial", Text("vrai ou faux est attendu", "true or false is expected"))
    partial_note = r.str_(doc, "partial_note", "racine", required=partial)

    groups: list[Group] = []
    for n, g_raw in enumerate(r.list_(doc, "groups", "racine")):
        where = f"groups[{n}]"
        g = r.obj(g_raw, where, _GROUP_KEYS)
        gid = r.str_(g, "id", where)
        kind = g.get("kind")
        if kind not in ("prerequisite", "domain"):
            raise r.fail(
                f"{where}.kind",
                Text(
                    f"type de groupe inconnu « {kind} » (prerequisite ou domain)",
                    f"unknown group kind “{kind}” (prerequisite or domain)",
                ),
            )
        if any(x.id == gid for x in groups):
            raise r.fail(
                f"{where}.id", Text(f"identifiant de groupe en double « {gid} »", f"duplicate group id “{gid}”")
            )
        groups.append(Group(id=gid, kind=kind, title=r.str_(g, "title", where)))
    group_ids = {g.id for g in groups}

    indicators: list[Indicator] = []
    seen: set[str] = set()
    seen_criteria: set[str] = set()
    for n, i_raw in enumerate(r.list_(doc, "indicators", "racine")):
        ind = _parse_indicator(r, i_raw, f"indicators[{n}]", group_ids, seen_criteria)
        if ind.id in seen:
            raise r.fail(f"indicators[{n}].id", Text(f"identifiant en double « {ind.id} »", f"duplicate id “{ind.id}”"))
        seen.add(ind.id)
        indicators.append(ind)
    if not indicators:
        raise r.fail("indicators", Text("au moins un indicateur est attendu", "at least one indicator is expected"))
    return Referential(
        id=ref_id,
        version=version,
        title=title,
        source=source,
        partial=partial,
        partial_note=partial_note,
        groups=tuple(groups),
        indicators=tuple(indicators),
    )


def _parse_target(r: _Reader, value: Any, where: str) -> Fraction:
    if value is None:
        raise r.fail(
            where, Text("cible manquante pour un indicateur de type taux", "target missing for a rate indicator")
        )
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise r.fail(where, Text("un nombre entre 0 et 1 est attendu", "a number between 0 and 1 is expected"))
    try:
        # Through Decimal(str()) so that 0.9 becomes exactly 9/10, not a binary float.
        exact = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise r.fail(
            where, Text("un nombre entre 0 et 1 est attendu", "a number between 0 and 1 is expected")
        ) from None
    # Refuse infinities and absurd exponents before building a Fraction (1e999999999 would never finish).
    if not exact.is_finite() or abs(exact.adjusted()) > 12:
        raise r.fail(where, Text("un nombre entre 0 et 1 est attendu", "a number between 0 and 1 is expected"))
    target = Fraction(exact)
    if not 0 < target <= 1:
        raise r.fail(
            where,
            Text(
                f"la cible {value} n'est pas comprise entre 0 (exclu) et 1",
                f"the target {value} is not between 0 (excluded) and 1",
            ),
        )
    return target


def _parse_indicator(r: _Reader, raw: Any, where: str, group_ids: set[str], seen_criteria: set[str]) -> Indicator:
    d = r.obj(raw, where, _INDICATOR_KEYS)
    iid = r.str_(d, "id", where)
    where = f"{where} ({iid})"
    group = r.str_(d, "group", where)
    if group not in group_ids:
        raise r.fail(f"{where}.group", Text(f"groupe inconnu « {group} »", f"unknown group “{group}”"))
    kind = d.get("kind")
    if kind not in ("rate", "existence"):
        raise r.fail(
            f"{where}.kind",
            Text(
                f"type d'indicateur inconnu « {kind} » (rate ou existence)",
                f"unknown indicator kind “{kind}” (rate or existence)",
            ),
        )
    target: Fraction | None = None
    numerator = denominator = ""
    if kind == "rate":
        target = _parse_target(r, d.get("target"), f"{where}.target")
        numerator = r.str_(d, "numerator", where)
        denominator = r.str_(d, "denominator", where)
    elif d.get("target") is not None:
        raise r.fail(
            f"{where}.target",
            Text("un indicateur d'existence n'a pas de cible chiffrée", "an existence indicator has no numeric target"),
        )

    criteria: list[Criterion] = []
    for n, c_raw in enumerate(r.list_(d, "criteria", where, required=kind == "existence")):
        criteria.append(_parse_criterion(r, c_raw, f"{where}.criteria[{n}]", seen_criteria))
    if kind == "existence" and not any(c.applies_to == "all" for c in criteria):
        raise r.fail(
            f"{where}.criteria",
            Text(
                "un indicateur d'existence a au moins un critère", "an existence indicator has at least one criterion"
            ),
        )

    hn: list[HnAttainment] = []
    for n, h_raw in enumerate(r.list_(d, "hn_attainment", where, required=False)):
        h = r.obj(h_raw, f"{where}.hn_attainment[{n}]", _HN_KEYS)
        rate = h.get("rate")
        if isinstance(rate, bool) or not isinstance(rate, int | float) or not 0 <= rate <= 1:
            raise r.fail(
                f"{where}.hn_attainment[{n}].rate",
                Text("un taux entre 0 et 1 est attendu", "a rate between 0 and 1 is expected"),
            )
        hn_ind = h.get("hn_indicator")
        if hn_ind is not None and not isinstance(hn_ind, str):
            raise r.fail(f"{where}.hn_attainment[{n}].hn_indicator", Text("un texte est attendu", "a text is expected"))
        hn.append(HnAttainment(hn_indicator=hn_ind, rate=float(rate)))

    g_raw = d.get("guidance")
    if g_raw is None:
        raise r.fail(f"{where}.guidance", Text("champ obligatoire manquant", "required field missing"))
    g = r.obj(g_raw, f"{where}.guidance", _GUIDANCE_KEYS)
    proofs = r.list_(g, "proofs", f"{where}.guidance", required=False)
    if not all(isinstance(p, str) for p in proofs):
        raise r.fail(
            f"{where}.guidance.proofs", Text("une liste de textes est attendue", "a list of texts is expected")
        )
    guidance = Guidance(
        asked=r.str_(g, "asked", f"{where}.guidance"),
        counting=r.str_(g, "counting", f"{where}.guidance", required=False),
        proofs=tuple(proofs),
    )
    return Indicator(
        id=iid,
        group=group,
        label=r.str_(d, "label", where),
        kind=kind,
        target=target,
        target_text=r.str_(d, "target_text", where),
        numerator=numerator,
        denominator=denominator,
        criteria=tuple(criteria),
        ght_declination=r.str_(d, "ght_declination", where, required=False),
        hn_attainment=tuple(hn),
        evolution=r.str_(d, "evolution", where, required=False),
        guidance=guidance,
    )


def _parse_criterion(r: _Reader, raw: Any, where: str, seen: set[str]) -> Criterion:
    c = r.obj(raw, where, _CRITERION_KEYS)
    cid = r.str_(c, "id", where)
    if cid in seen:
        raise r.fail(
            f"{where}.id", Text(f"identifiant de critère en double « {cid} »", f"duplicate criterion id “{cid}”")
        )
    seen.add(cid)
    applies_to = c.get("applies_to", "all")
    if applies_to not in ("all", "ght"):
        raise r.fail(
            f"{where}.applies_to",
            Text(f"valeur inconnue « {applies_to} » (all ou ght)", f"unknown value “{applies_to}” (all or ght)"),
        )
    rule: DerivationRule | None = None
    if c.get("derived") is not None:
        dw = f"{where}.derived"
        dr = r.obj(c["derived"], dw, _DERIVED_KEYS)
        etype = r.str_(dr, "evidence_type", dw)
        if etype not in EVIDENCE_TYPES:
            raise r.fail(
                f"{dw}.evidence_type", Text(f"type de preuve inconnu « {etype} »", f"unknown evidence type “{etype}”")
            )
        fields = r.list_(dr, "required_fields", dw, required=False)
        if not all(isinstance(f, str) for f in fields):
            raise r.fail(
                f"{dw}.required_fields", Text("une liste de textes est attendue", "a list of texts is expected")
            )
        rule = DerivationRule(
            evidence_type=etype,
            window_months=r.int_(dr, "window_months", dw),
            min_count=r.int_(dr, "min_count", dw, default=1),
            periods=r.int_(dr, "periods", dw, default=1),
            required_fields=tuple(fields),
        )
    conditional = r.str_(c, "conditional", where, required=False).strip()
    if conditional and rule is not None:
        # A derived criterion is computed from the register: nobody answers it, so nobody could
        # answer it « non applicable » either.
        raise r.fail(
            f"{where}.conditional",
            Text(
                "un critère calculé d'après le registre des preuves ne peut pas être conditionnel",
                "a criterion computed from the evidence register cannot be conditional",
            ),
        )
    return Criterion(
        id=cid,
        label=r.str_(c, "label", where),
        derived=rule,
        applies_to=applies_to,
        conditional=conditional,
        instruction=r.str_(c, "instruction", where, required=False).strip(),
        reading=r.str_(c, "reading", where, required=False).strip(),
    )
