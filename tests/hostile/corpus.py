"""The hostile corpus (issue 14): files an attacker or a clumsy user gives the command line, built by
code (no binary blobs checked in), each with the exit code the contract promises.

``attacks()`` lists them; ``Attack.build(folder, workspace)`` writes what the attack needs into
``folder`` and returns the command line. The tests (tests/hostile/test_corpus.py) and the long run
(bench/hostile.py) use the same list: whatever the attack, the workspace and every other file are
left exactly as they were, stderr holds one French message and no traceback, and nothing hangs.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import os
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: ``build(folder, workspace) -> argv`` (without the program name).
Builder = Callable[[Path, Path], list[str]]


@dataclass(frozen=True)
class Attack:
    name: str
    family: str
    build: Builder
    #: The exit code promised: 2 (bad input or refusal), 1 (a check found a problem).
    expect: int = 2


def base_document() -> dict[str, Any]:
    """A valid exchange document (every answer filled), the starting point of the JSON attacks."""
    from hopen_desktop.model.referential import load_referential

    ref = load_referential("hopen-2019")
    answers: list[dict[str, Any]] = []
    for ind in ref.indicators:
        if ind.is_rate:
            answers.append({"indicator": ind.id, "numerator": 9, "denominator": 10})
        else:
            answers.append({"indicator": ind.id, "criteria": {c.id: True for c in ind.criteria if not c.is_derived}})
    return {
        "format": "hopen-desktop/campaign",
        "version": 1,
        "establishment": {
            "finess": "750712184",
            "name": "Clinique des Lilas",
            "legal_status": "prive",
            "activities": ["MCO"],
            "ght": None,
            "ght_support": False,
        },  # fmt: skip
        "campaign": {
            "date": "2025-06-30",
            "referential": "hopen-2019",
            "auditor": "Auditrice",
            "hn_d2_d3_attained": False,
        },  # fmt: skip
        "answers": answers,
        "evidence": [
            {
                "type": "rssi_direction_meeting",
                "date": "2025-03-03",
                "title": "Point RSSI / Direction",
                "fields": {},
                "links": [],
                "files": [],
            },  # fmt: skip
        ],
        "actions": [{"title": "Tester le PRA", "owner": "DSI", "due_date": "2025-09-30", "status": "a_faire"}],
    }


def build_template(path: Path) -> Path:
    """The workspace every attack starts from: one imported campaign (id 1) and an attached file,
    its WAL folded in."""
    from hopen_desktop.model.exchange import parse_campaign_document
    from hopen_desktop.model.operations.evidence import attach_bytes
    from hopen_desktop.model.operations.imports import import_campaign
    from hopen_desktop.model.workspace import Workspace

    with Workspace.open(path) as ws:
        campaign = import_campaign(ws, parse_campaign_document(base_document())).value
        evidence = ws.evidence(campaign.establishment_id)[0]
        attach_bytes(ws, evidence.id, "compte-rendu.pdf", b"%PDF-1.4 compte rendu")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def _json_attack(name: str, mutate: Callable[[dict[str, Any]], Any]) -> Attack:
    def build(folder: Path, workspace: Path) -> list[str]:
        doc = copy.deepcopy(base_document())
        result = mutate(doc)
        path = folder / f"{name}.json"
        if isinstance(result, bytes):
            path.write_bytes(result)
        elif isinstance(result, str):
            path.write_text(result, encoding="utf-8")
        else:
            path.write_text(json.dumps(doc, ensure_ascii=True), encoding="utf-8")
        return ["import", str(path), "--workspace", str(workspace)]

    return Attack(f"json-{name}", "values", build)


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(doc: dict[str, Any]) -> None:
        target: Any = doc
        keys = path.split(".")
        for key in keys[:-1]:
            target = target[int(key)] if isinstance(target, list) else target[key]
        last = keys[-1]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return mutate


def _deep(depth: int) -> Callable[[dict[str, Any]], str]:
    return lambda doc: "[" * depth + "]" * depth


def _raw(text: str) -> Callable[[dict[str, Any]], str]:
    return lambda doc: text


MEGA = "é" * 1_000_000


def _shipped_referential_text() -> str:
    from hopen_desktop.model.referential import referentials_dir

    return (referentials_dir() / "hopen-2019.json").read_text(encoding="utf-8")


def json_attacks() -> list[Attack]:
    return [
        _json_attack("nested-1000", _deep(1_000)),
        _json_attack("nested-100000", _deep(100_000)),
        _json_attack(
            "nested-in-field", lambda d: json.dumps(d)[:-1] + ', "x": ' + '{"a":' * 50_000 + "1" + "}" * 50_000 + "}"
        ),
        _json_attack(
            "integer-5000-digits", lambda d: json.dumps(d).replace('"numerator": 9', '"numerator": ' + "9" * 5000, 1)
        ),
        _json_attack("lone-surrogate-name", lambda d: json.dumps(d).replace("Clinique des Lilas", "Clinique \\ud800")),
        _json_attack(
            "lone-surrogate-key", lambda d: json.dumps(d).replace('"fields": {}', '"fields": {"\\udfff": 1}', 1)
        ),
        _json_attack("nan-numerator", lambda d: json.dumps(d).replace('"numerator": 9', '"numerator": NaN', 1)),
        _json_attack(
            "infinity-denominator", lambda d: json.dumps(d).replace('"denominator": 10', '"denominator": Infinity', 1)
        ),
        _json_attack("version-true", _set("version", True)),
        _json_attack("version-string", _set("version", "1")),
        _json_attack("campaign-date-year-1", _set("campaign.date", "0001-01-01")),
        _json_attack("campaign-date-1900", _set("campaign.date", "1900-01-01")),
        _json_attack("campaign-date-future", _set("campaign.date", "2999-01-01")),
        _json_attack("campaign-date-feb-30", _set("campaign.date", "2025-02-30")),
        _json_attack("evidence-date-year-1", _set("evidence.0.date", "0001-01-01")),
        _json_attack("comment-1mb", _set("answers.0.comment", MEGA)),
        _json_attack("justification-1mb", lambda d: d["answers"][0].update(not_applicable=True, justification=MEGA)),
        _json_attack("auditor-1mb", _set("campaign.auditor", MEGA)),
        _json_attack("title-1mb", _set("evidence.0.title", MEGA)),
        _json_attack("evidence-field-1mb", _set("evidence.0.fields", {"decisions": MEGA})),
        _json_attack("action-notes-1mb", _set("actions.0.notes", MEGA)),
        _json_attack("action-owner-1mb", _set("actions.0.owner", MEGA)),
        _json_attack("ght-1mb", _set("establishment.ght", MEGA)),
        _json_attack(
            "file-name-1mb",
            _set(
                "evidence.0.files",
                [
                    {
                        "name": "a" * 1_000_000 + ".pdf",
                        "sha256": hashlib.sha256(b"x").hexdigest(),
                        "content_base64": "eA==",
                    }
                ],
            ),
        ),  # fmt: skip
        _json_attack("referential-content-deep", _set("referential_content", "[" * 100_000 + "]" * 100_000)),
        _json_attack("referential-content-3mb", _set("referential_content", " " * 3_000_000)),
        _json_attack("referential-content-number", _set("referential_content", 3)),
        _json_attack("referential-content-not-a-referential", _set("referential_content", '{"format": "autre"}')),
        _json_attack(
            "referential-content-other-id",
            lambda d: d.update(
                referential_content=_shipped_referential_text().replace('"id": "hopen-2019"', '"id": "autre"', 1)
            ),
        ),
        _json_attack("nul-in-name", _set("establishment.name", "Clinique\u0000des Lilas")),
        _json_attack("escape-in-auditor", _set("campaign.auditor", "Auditrice\u001b[31m")),
        _json_attack("newline-in-name", _set("establishment.name", "Clinique\ndes Lilas")),
        _json_attack("numerator-above-denominator", _set("answers.0.numerator", 11)),
        _json_attack("numerator-10e13", _set("answers.0.numerator", 10**13)),
        _json_attack("negative-denominator", _set("answers.0.denominator", -1)),
        _json_attack("numerator-float", _set("answers.0.numerator", 9.5)),
        _json_attack("numerator-string", _set("answers.0.numerator", "9")),
        _json_attack("unknown-indicator", _set("answers.0.indicator", "P9.9")),
        _json_attack("root-is-list", _raw("[]")),
        _json_attack("empty-file", _raw("")),
        _json_attack("utf16", lambda d: json.dumps(d).encode("utf-16")),
        _json_attack("binary", lambda d: bytes(range(256)) * 64),
        _json_attack(
            "bad-base64", _set("evidence.0.files", [{"name": "a.pdf", "sha256": "0" * 64, "content_base64": "!!!"}])
        ),  # fmt: skip
        _json_attack(
            "hash-mismatch", _set("evidence.0.files", [{"name": "a.pdf", "sha256": "0" * 64, "content_base64": "eA=="}])
        ),  # fmt: skip
    ]


# ---------------------------------------------------------------------------- bundles


def _zip_bytes(members: dict[str, bytes], level: int = 9) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def _manifest(members: dict[str, bytes], **extra: Any) -> bytes:
    doc = {"format": "hopen-desktop/bundle", "version": 1,
           "members": {n: hashlib.sha256(d).hexdigest() for n, d in members.items()}, **extra}  # fmt: skip
    return json.dumps(doc).encode()


def _bundle_attack(name: str, make: Callable[[Path], Path | str]) -> Attack:
    def build(folder: Path, workspace: Path) -> list[str]:
        target = make(folder)
        return ["bundle", "import", str(target), "--workspace", str(workspace)]

    return Attack(f"bundle-{name}", "bundles", build)


def _write(name: str, data: bytes | Callable[[], bytes]) -> Callable[[Path], Path]:
    """Write ``data`` (or what it makes, when the attack is built) into the attack's folder."""

    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data() if callable(data) else data)
        return path

    return make


def _campaign_json() -> bytes:
    return json.dumps(base_document()).encode()


def _many_zero_members(count: int, size: int) -> bytes:
    zero = b"\0" * size
    members = {"campaign.json": _campaign_json(), **{f"files/{n:05d}": zero for n in range(count)}}
    return _zip_bytes({"manifest.json": _manifest(members), **members})


def _lying_sizes() -> bytes:
    """One member whose central directory and local header claim 10 bytes for 10 MB of zeros."""
    zero = b"\0" * (10 * 1024 * 1024)
    members = {"campaign.json": _campaign_json(), "files/z": zero}
    data = bytearray(_zip_bytes({"manifest.json": _manifest(members), **members}))
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            name_len_at = start + (26 if signature == b"PK\x03\x04" else 28)
            name_len = int.from_bytes(data[name_len_at : name_len_at + 2], "little")
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if bytes(data[name_at : name_at + name_len]) == b"files/z":
                data[start + offset : start + offset + 4] = (10).to_bytes(4, "little")
            start += 4
    return bytes(data)


def bundle_attacks() -> list[Attack]:
    def good() -> dict[str, bytes]:
        return {"campaign.json": _campaign_json()}

    def with_manifest(members: dict[str, bytes], manifest: bytes | None = None) -> bytes:
        return _zip_bytes({"manifest.json": manifest or _manifest(members), **members})

    return [
        _bundle_attack("zero-members-300x1MiB", _write("many.hopen", lambda: _many_zero_members(300, 1024 * 1024))),
        _bundle_attack("one-member-300MiB", _write("big.hopen", lambda: _one_big_member(300))),
        _bundle_attack("lying-sizes", _write("lying.hopen", _lying_sizes)),
        _bundle_attack("not-a-zip", _write("text.hopen", b"ceci n'est pas un paquet")),
        _bundle_attack("truncated", _write("cut.hopen", lambda: with_manifest(good())[:-40])),
        _bundle_attack(
            "version-true",
            _write(
                "v.hopen", lambda: with_manifest(good(), _manifest(good()).replace(b'"version": 1', b'"version": true'))
            ),
        ),
        _bundle_attack("path-traversal", _write("trav.hopen", lambda: with_manifest({**good(), "../../evil": b"x"}))),
        _bundle_attack("campaign-nested", _write("deep.hopen", _nested_campaign_bundle)),
        _bundle_attack("fifo", _fifo("pipe.hopen")),
        _bundle_attack("directory", lambda folder: folder),
        _bundle_attack("dev-zero", lambda folder: "/dev/zero"),
        _bundle_attack("dangling-symlink", _dangling("link.hopen")),
    ]


def _one_big_member(mebibytes: int) -> bytes:
    """A small file with one member of ``mebibytes`` MiB of zeros (written in streamed chunks, so
    building it takes little memory)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("manifest.json", _manifest({"campaign.json": _campaign_json()}))
        zf.writestr("campaign.json", _campaign_json())
        with zf.open("files/big", "w", force_zip64=True) as member:
            chunk = b"\0" * (16 * 1024 * 1024)
            for _ in range(mebibytes // 16):
                member.write(chunk)
    return buffer.getvalue()


def _nested_campaign_bundle() -> bytes:
    campaign = b"[" * 100_000 + b"]" * 100_000
    members = {"campaign.json": campaign}
    return _zip_bytes({"manifest.json": _manifest(members), **members})


def _fifo(name: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        os.mkfifo(path)
        return path

    return make


def _dangling(name: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.symlink_to(folder / "nowhere")
        return path

    return make


# ---------------------------------------------------------------------------- outputs


def _output_attack(name: str, command: list[str], target: Callable[[Path, Path], str]) -> Attack:
    def build(folder: Path, workspace: Path) -> list[str]:
        return [*command, "--workspace", str(workspace), "--campaign", "1", "--out", target(folder, workspace)]

    return Attack(f"out-{command[0]}{'-' + command[1] if len(command) > 1 else ''}-{name}", "outputs", build)


def _backup_of(folder: Path, workspace: Path) -> str:
    from hopen_desktop.model.backup import create_backup

    return str(create_backup(workspace).path)


def _symlink_to_file(folder: Path, workspace: Path) -> str:
    real = folder / "real.txt"
    real.write_text("à garder", encoding="utf-8")
    link = folder / "link.out"
    link.symlink_to(real)
    return str(link)


def _other_sqlite(folder: Path, workspace: Path) -> str:
    path = folder / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return str(path)


def _fifo_out(folder: Path, workspace: Path) -> str:
    path = folder / "pipe.out"
    os.mkfifo(path)
    return str(path)


def output_attacks() -> list[Attack]:
    targets: dict[str, Callable[[Path, Path], str]] = {
        "workspace": lambda folder, workspace: str(workspace),
        "wal": lambda folder, workspace: f"{workspace}-wal",
        "backup": _backup_of,
        "symlink": _symlink_to_file,
        "dev-stdout": lambda folder, workspace: "/dev/stdout",
        "directory": lambda folder, workspace: str(folder),
        "fifo": _fifo_out,
        "other-sqlite": _other_sqlite,
    }
    commands = [["report"], ["export"], ["export-xlsx"], ["bundle", "export"]]
    return [_output_attack(name, command, target) for command in commands for name, target in targets.items()]


# ---------------------------------------------------------------------------- damaged workspaces (family 6)


def _sql(*statements: str) -> Callable[[Path], None]:
    """Damage a workspace with SQL run outside the application (as another tool would)."""

    def damage(workspace: Path) -> None:
        conn = sqlite3.connect(workspace)
        try:
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute("PRAGMA ignore_check_constraints = ON")
            for statement in statements:
                conn.execute(statement)
            conn.commit()
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()

    return damage


def _corrupt_table_pages(table: str) -> Callable[[Path], None]:
    """Overwrite the root page of ``table`` with garbage (a bad sector, a crash of another tool)."""

    def damage(workspace: Path) -> None:
        conn = sqlite3.connect(workspace)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            page_size = conn.execute("PRAGMA page_size").fetchone()[0]
            root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
        finally:
            conn.close()
        with open(workspace, "r+b") as fh:
            fh.seek((root - 1) * page_size)
            fh.write(bytes((n * 37 + 11) % 256 for n in range(page_size)))

    return damage


_TABLES = (
    "evidence_files", "evidence_links", "blobs", "criterion_answers", "answers", "actions", "evidence",
    "campaigns", "establishments", "journal", "settings", "referentials", "_sqlite_migrations",
)  # fmt: skip


def _corrupt_schema(workspace: Path) -> None:
    """Garbage over the first page after SQLite's 100-byte header: the schema itself is lost."""
    with open(workspace, "r+b") as fh:
        fh.seek(100)
        fh.write(b"\xa5" * 3000)


def _truncate_half(workspace: Path) -> None:
    """The second half of the file lost (a copy cut short, a full disk during a copy)."""
    size = workspace.stat().st_size
    with open(workspace, "r+b") as fh:
        fh.truncate(size // 2)


#: Ways a workspace is damaged outside the application.
DAMAGES: dict[str, Callable[[Path], None]] = {
    "corrupt-schema": _corrupt_schema,
    "truncated-half": _truncate_half,
    "drop-answers": _sql("DROP TABLE answers"),
    "drop-journal": _sql("DROP TABLE journal"),
    "drop-column": _sql("ALTER TABLE evidence DROP COLUMN fields"),
    "corrupt-establishments": _corrupt_table_pages("establishments"),
    "corrupt-evidence": _corrupt_table_pages("evidence"),
    "activities-not-json": _sql("UPDATE establishments SET activities = 'pas du json'"),
    "activities-not-a-list": _sql("""UPDATE establishments SET activities = '{"MCO": 1}'"""),
    "activities-blob": _sql("UPDATE establishments SET activities = X'00FF'"),
    "fields-not-json": _sql("UPDATE evidence SET fields = '{pas du json'"),
    "fields-a-list": _sql("UPDATE evidence SET fields = '[1, 2]'"),
    "fields-deep": _sql("UPDATE evidence SET fields = '" + "[" * 100_000 + "]" * 100_000 + "'"),
    "name-blob": _sql("UPDATE establishments SET name = X'C3A9'"),
    "campaign-date-garbage": _sql("UPDATE campaigns SET date = 'hier'"),
    "campaign-date-blob": _sql("UPDATE campaigns SET date = X'32303235'"),
    "numerator-text": _sql("UPDATE answers SET numerator = 'neuf' WHERE numerator IS NOT NULL"),
    "met-blob": _sql("UPDATE criterion_answers SET met = X'01'"),
    "action-due-garbage": _sql("UPDATE actions SET due_date = '2025-13-45'"),
    "journal-old-blob": _sql("UPDATE journal SET old = X'00' WHERE id = (SELECT max(id) FROM journal)"),
    "journal-hash-blob": _sql("UPDATE journal SET hash = X'00' WHERE id = (SELECT max(id) FROM journal)"),
    "blob-content-text": _sql("UPDATE blobs SET content = 'texte'"),
    "referential-text-changed": _sql("UPDATE referentials SET content = content || ' '"),
    "referential-text-blob": _sql("UPDATE referentials SET content = X'00FF'"),
    "referential-row-gone": _sql("DELETE FROM referentials"),
    "user-version-minus-5": _sql("PRAGMA user_version = -5"),
    "user-version-0": _sql("PRAGMA user_version = 0"),
    "user-version-99": _sql("PRAGMA user_version = 99"),
    "foreign-tables": _sql(*(f"DROP TABLE {t}" for t in _TABLES), "CREATE TABLE notes (x)"),
}

#: The commands run on a damaged workspace: every reading command and a writing one.
_DAMAGED_COMMANDS: dict[str, Callable[[Path], list[str]]] = {
    "list": lambda folder: ["list"],
    "score": lambda folder: ["score", "--campaign", "1"],
    "export": lambda folder: ["export", "--campaign", "1", "--out", str(folder / "e.json")],
    "report": lambda folder: ["report", "--campaign", "1", "--out", str(folder / "r.pdf")],
    "export-xlsx": lambda folder: ["export-xlsx", "--campaign", "1", "--out", str(folder / "c.xlsx")],
    "bundle-export": lambda folder: ["bundle", "export", "--campaign", "1", "--out", str(folder / "b.hopen")],
    "verify-evidence": lambda folder: ["verify-evidence"],
    "verify-journal": lambda folder: ["verify-journal"],
    "import": lambda folder: ["import", str(_campaign_file(folder))],
}


def _campaign_file(folder: Path) -> Path:
    """A valid campaign of the establishment already in the workspace (the import reads it)."""
    doc = base_document()
    doc["campaign"]["date"] = "2025-07-31"
    path = folder / "autre.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _damaged_attack(damage_name: str, command_name: str) -> Attack:
    def build(folder: Path, workspace: Path) -> list[str]:
        DAMAGES[damage_name](workspace)
        return [*_DAMAGED_COMMANDS[command_name](folder), "--workspace", str(workspace)]

    return Attack(f"damaged-{damage_name}-{command_name}", "damaged", build)


#: Which commands each damage is tried with (every command reads what the damage touches).
_DAMAGED_CASES: dict[str, tuple[str, ...]] = {
    "corrupt-schema": ("list", "score", "import"),
    "truncated-half": ("list", "score", "verify-evidence", "import"),
    "drop-answers": tuple(_DAMAGED_COMMANDS),
    "drop-journal": ("list", "verify-journal", "import"),
    "drop-column": ("list", "score", "import"),
    "corrupt-establishments": ("list", "score", "export", "import"),
    "corrupt-evidence": ("score", "report", "verify-evidence", "import"),
    "activities-not-json": ("list", "score", "export", "report", "export-xlsx", "bundle-export", "import"),
    "activities-not-a-list": ("list", "score"),
    "activities-blob": ("list", "export"),
    "fields-not-json": ("score", "export", "report", "export-xlsx", "bundle-export"),
    "fields-a-list": ("score", "export"),
    "fields-deep": ("score",),
    "name-blob": ("list", "report"),
    "campaign-date-garbage": ("list", "score", "export"),
    "campaign-date-blob": ("list", "score"),
    "numerator-text": ("score", "export", "report"),
    "met-blob": ("score", "export-xlsx"),
    "action-due-garbage": ("export", "report"),
    "journal-old-blob": ("verify-journal", "report"),
    "journal-hash-blob": ("verify-journal", "import"),
    "blob-content-text": ("verify-evidence", "export", "bundle-export"),
    "referential-text-changed": ("score", "export", "report", "export-xlsx", "bundle-export"),
    "referential-text-blob": ("score", "report"),
    "referential-row-gone": ("score", "export", "bundle-export"),
    "user-version-minus-5": ("list", "score", "import"),
    "user-version-0": ("list", "score"),
    "user-version-99": ("list", "import"),
    "foreign-tables": ("list", "import"),
}


def _tampered_journal(folder: Path, workspace: Path) -> list[str]:
    """A journal row's value changed (a SQLite REAL stored as text by the column's affinity): not
    damage but tampering, which verify-journal reports as a problem found (exit 1)."""
    _sql("UPDATE journal SET at = 4.5 WHERE id = 1")(workspace)
    return ["verify-journal", "--workspace", str(workspace)]


def _out_of_range_attack(command: list[str], campaign: str) -> Attack:
    def build(folder: Path, workspace: Path) -> list[str]:
        argv = [*command, "--workspace", str(workspace), "--campaign", campaign]
        if command[0] in {"export", "report", "export-xlsx"} or command[:2] == ["bundle", "export"]:
            argv += ["--out", str(folder / "sortie")]
        return argv

    return Attack(f"campaign-id-{campaign}-{'-'.join(command)}", "damaged", build)


def damaged_attacks() -> list[Attack]:
    cases = [_damaged_attack(damage, command) for damage, commands in _DAMAGED_CASES.items() for command in commands]
    ids = ["9223372036854775808", "-9223372036854775809", "99999999999999999999999", "0", "-1"]
    commands = [["score"], ["export"], ["report"], ["export-xlsx"], ["bundle", "export"]]
    cases += [_out_of_range_attack(command, campaign) for campaign in ids for command in commands]
    cases.append(Attack("tampered-journal-verify-journal", "damaged", _tampered_journal, expect=1))
    return cases


# ---------------------------------------------------------------------------- special files (family 5)


def _special(kind: str) -> Callable[[Path], str]:
    def make(folder: Path) -> str:
        if kind == "fifo":
            path = folder / "pipe.sqlite"
            os.mkfifo(path)
        elif kind == "directory":
            path = folder / "dossier.sqlite"
            path.mkdir()
        elif kind == "dangling-symlink":
            path = folder / "lien.sqlite"
            path.symlink_to(folder / "nulle-part.sqlite")
        elif kind == "dev-null":
            return "/dev/null"
        else:
            return "/dev/zero"
        return str(path)

    return make


_SPECIAL_KINDS = ("fifo", "directory", "dangling-symlink", "dev-null", "dev-zero")


def special_attacks() -> list[Attack]:
    found: list[Attack] = []
    as_workspace: dict[str, Callable[[Path], list[str]]] = {
        "list": lambda folder: ["list"],
        "score": lambda folder: ["score", "--campaign", "1"],
        "import": lambda folder: ["import", str(_campaign_file(folder))],
        "backup-list": lambda folder: ["backup", "list"],
        "backup-create": lambda folder: ["backup", "create"],
        "verify-journal": lambda folder: ["verify-journal"],
    }
    for kind in _SPECIAL_KINDS:
        for name, argv in as_workspace.items():

            def build(folder: Path, workspace: Path, kind: str = kind, argv: Any = argv) -> list[str]:
                return [*argv(folder), "--workspace", _special(kind)(folder)]

            found.append(Attack(f"special-workspace-{kind}-{name}", "special", build))

        def import_input(folder: Path, workspace: Path, kind: str = kind) -> list[str]:
            return ["import", _special(kind)(folder), "--workspace", str(workspace)]

        def import_xlsx_input(folder: Path, workspace: Path, kind: str = kind) -> list[str]:
            return ["import-xlsx", _special(kind)(folder), "--workspace", str(workspace), "--campaign", "1"]

        found.append(Attack(f"special-input-{kind}-import", "special", import_input))
        found.append(Attack(f"special-input-{kind}-import-xlsx", "special", import_xlsx_input))

        def restore(folder: Path, workspace: Path, kind: str = kind) -> list[str]:
            return ["backup", "restore", _special(kind)(folder), "--workspace", str(workspace)]

        found.append(Attack(f"special-backup-{kind}-restore", "special", restore))
    return found


# ---------------------------------------------------------------------------- backups (family 8)


def _restore_attack(name: str, make: Callable[[Path, Path], Path]) -> Attack:
    def build(folder: Path, workspace: Path) -> list[str]:
        return ["backup", "restore", str(make(folder, workspace)), "--workspace", str(workspace)]

    return Attack(f"restore-{name}", "backups", build)


def _copy_damaged(damage: Callable[[Path], None]) -> Callable[[Path, Path], Path]:
    """A copy of the workspace, damaged, offered as the backup to restore."""

    def make(folder: Path, workspace: Path) -> Path:
        path = folder / "copie.sqlite"
        src, dst = sqlite3.connect(workspace), sqlite3.connect(path)
        try:
            src.backup(dst)
        finally:
            src.close()
            dst.close()
        damage(path)
        return path

    return make


def _plain(content: bytes) -> Callable[[Path, Path], Path]:
    def make(folder: Path, workspace: Path) -> Path:
        path = folder / "sauvegarde.sqlite"
        path.write_bytes(content)
        return path

    return make


def _foreign_database(folder: Path, workspace: Path) -> Path:
    path = folder / "autre.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE clients (nom TEXT)")
    conn.execute("INSERT INTO clients VALUES ('x')")
    conn.commit()
    conn.close()
    return path


def _blank_database(folder: Path, workspace: Path) -> Path:
    path = folder / "vide.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    return path


def _bad_workbook_attack(name: str, make: Callable[[Path], Path], campaign: str = "1") -> Attack:
    def build(folder: Path, workspace: Path) -> list[str]:
        return ["import-xlsx", str(make(folder)), "--workspace", str(workspace), "--campaign", campaign]

    return Attack(f"import-xlsx-{name}", "backups", build)


def _workbook_of_campaign_1(folder: Path) -> Path:
    """A genuine workbook, written by the application from a scratch workspace (then removed)."""
    import shutil

    from hopen_desktop.jobs.workbook import export_xlsx
    from hopen_desktop.model.exchange import parse_campaign_document
    from hopen_desktop.model.operations.imports import import_campaign
    from hopen_desktop.model.workspace import Workspace

    scratch = folder / "brouillon"
    scratch.mkdir()
    with Workspace.open(scratch / "w.sqlite") as ws:
        campaign = import_campaign(ws, parse_campaign_document(base_document())).value
        path = Path(export_xlsx(ws, campaign.id, folder / "grille.xlsx"))
    shutil.rmtree(scratch)
    return path


def backup_attacks() -> list[Attack]:
    return [
        _restore_attack("not-sqlite", _plain(b"ceci n'est pas une sauvegarde")),
        _restore_attack("empty-file", _plain(b"")),
        _restore_attack(
            "truncated", lambda folder, workspace: _plain(workspace.read_bytes()[:5000])(folder, workspace)
        ),
        _restore_attack("foreign-database", _foreign_database),
        _restore_attack("blank-database", _blank_database),
        _restore_attack("newer-schema", _copy_damaged(_sql("PRAGMA user_version = 99"))),
        _restore_attack("negative-schema", _copy_damaged(_sql("PRAGMA user_version = -5"))),
        _restore_attack("schema-0-foreign", _copy_damaged(_sql("PRAGMA user_version = 0", "CREATE TABLE notes (x)"))),
        _restore_attack("dropped-table", _copy_damaged(_sql("DROP TABLE answers"))),
        _restore_attack("corrupt-page", _copy_damaged(_corrupt_table_pages("evidence"))),
        _restore_attack("missing", lambda folder, workspace: folder / "absente.sqlite"),
        _bad_workbook_attack("garbage", _write("grille.xlsx", b"PK\x03\x04 pas un classeur")),
        _bad_workbook_attack("campaign-out-of-range", _workbook_of_campaign_1, "9223372036854775808"),
        _bad_workbook_attack("campaign-absent", _workbook_of_campaign_1, "99"),
    ]


def attacks() -> list[Attack]:
    return [
        *json_attacks(),
        *bundle_attacks(),
        *output_attacks(),
        *workbook_attacks(),
        *verify_attacks(),
        *seal_attacks(),
        *damaged_attacks(),
        *special_attacks(),
        *backup_attacks(),
    ]


# ---------------------------------------------------------------------------- workbooks


def _exported_workbook(folder: Path, workspace: Path) -> bytes:
    """The grid of the workspace's campaign 1, as the application exports it (read-only)."""
    from hopen_desktop.jobs.workbook import export_xlsx
    from hopen_desktop.model.workspace import Workspace

    out = folder / "grille-exportee.xlsx"
    with Workspace.open(workspace, read_only=True) as ws:
        export_xlsx(ws, 1, out)
    data = out.read_bytes()
    out.unlink()
    return data


def _rewrite_member(data: bytes, name: str, edit: Callable[[bytes], bytes]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            content = source.read(info)
            out.writestr(info.filename, edit(content) if info.filename == name else content)
    return buffer.getvalue()


def _first_sheet(data: bytes) -> str:
    names = [n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if n.startswith("xl/worksheets/sheet")]
    return sorted(names)[1]  # the first group sheet (sheet1 is the summary)


def _xlsx_attack(name: str, make: Callable[[bytes], bytes]) -> Attack:
    def build(folder: Path, workspace: Path) -> list[str]:
        path = folder / f"{name}.xlsx"
        path.write_bytes(make(_exported_workbook(folder, workspace)))
        return ["import-xlsx", str(path), "--workspace", str(workspace), "--campaign", "1"]

    return Attack(f"xlsx-{name}", "workbooks", build)


def _sheet_edit(edit: Callable[[bytes], bytes]) -> Callable[[bytes], bytes]:
    return lambda data: _rewrite_member(data, _first_sheet(data), edit)


LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10) for n in range(1, 10))
    + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
    b'<c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
)


def workbook_attacks() -> list[Attack]:
    def bomb(data: bytes) -> bytes:
        return _rewrite_member(data, "docProps/core.xml", lambda content: content + b" " * (300 * 1024 * 1024))

    return [
        _xlsx_attack("expands-300MiB", bomb),
        _xlsx_attack("entity-expansion", _sheet_edit(lambda content: LAUGHS)),
        _xlsx_attack(
            "external-entity",
            _sheet_edit(
                lambda content: content.replace(
                    b"<worksheet", b'<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><worksheet', 1
                )
            ),
        ),  # fmt: skip
        _xlsx_attack("malformed-sheet-xml", _sheet_edit(lambda content: content[: len(content) // 2])),
        _xlsx_attack("nul-character-reference", _sheet_edit(lambda content: content.replace(b"</t>", b"&#0;</t>", 1))),
        _xlsx_attack(
            "impossible-date-cell",
            _sheet_edit(
                lambda content: content.replace(
                    b"</sheetData>", b'<row r="999"><c r="A999" t="d"><v>2025-02-30</v></c></row></sheetData>', 1
                )
            ),
        ),  # fmt: skip
        _xlsx_attack("random-bytes", lambda data: bytes(range(256)) * 100),
        _xlsx_attack("zip-not-xlsx", lambda data: _zip_bytes({"readme.txt": b"pas un classeur"})),
        _xlsx_attack(
            "macros", lambda data: _zip_bytes({"xl/workbook.xml": b"<workbook/>", "xl/vbaProject.bin": b"\0"})
        ),
    ]


# ---------------------------------------------------------------------------- signature input


def _verify_attack(name: str, make: Callable[[Path], list[str]]) -> Attack:
    def build(folder: Path, workspace: Path) -> list[str]:
        return ["verify", *make(folder)]

    return Attack(f"verify-{name}", "signatures", build)


def _pdf(folder: Path) -> str:
    path = folder / "rapport.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
    return str(path)


def _file(name: str, data: bytes) -> Callable[[Path], str]:
    def make(folder: Path) -> str:
        path = folder / name
        path.write_bytes(data)
        return str(path)

    return make


def verify_attacks() -> list[Attack]:
    return [
        _verify_attack("fifo", lambda folder: [str(_fifo("rapport.pdf")(folder))]),
        _verify_attack("directory", lambda folder: [str(folder)]),
        _verify_attack("dev-zero", lambda folder: ["/dev/zero"]),
        _verify_attack("dangling-symlink", lambda folder: [str(_dangling("rapport.pdf")(folder))]),
        _verify_attack(
            "trust-not-a-certificate", lambda folder: [_pdf(folder), "--trust", _file("c.pem", b"bonjour")(folder)]
        ),
        _verify_attack(
            "trust-bad-pem",
            lambda folder: [
                _pdf(folder),
                "--trust",
                _file("c.pem", b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")(folder),
            ],
        ),
        _verify_attack("trust-fifo", lambda folder: [_pdf(folder), "--trust", str(_fifo("c.cer")(folder))]),
        _verify_attack("trust-directory", lambda folder: [_pdf(folder), "--trust", str(folder)]),
    ]


# ---------------------------------------------------------------------------- seals inside reports


def _with_embedded(content: bytes, name: str = "sceau-hopen.json") -> bytes:
    """A small PDF carrying ``content`` as an embedded file ``name`` (where a report keeps its seal)."""
    from pyhanko.pdf_utils import embed
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Rapport")
    page.save()
    writer = IncrementalPdfFileWriter(io.BytesIO(buffer.getvalue()), strict=False)
    stream = embed.EmbeddedFileObject.from_file_data(writer, content, compress=True)
    embed.embed_file(writer, embed.FileSpec(file_spec_string=name, file_name=name, embedded_data=stream))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _seal_text(**changes: Any) -> bytes:
    doc: dict[str, Any] = {
        "format": "hopen-seal",
        "version": 1,
        "report_id": "0" * 32,
        "made_at": "2025-11-20T10:00:00+01:00",
        "campaign": {"id": 1, "date": "2025-11-20"},
        "establishment": {"finess": "690000013", "name": "Clinique"},
        "content_sha256": "0" * 64,
        "items": {"indicators": {"P1.1": {"digest": "0" * 64}}},
        "journal": {"head_id": 1, "head_hash": "0" * 64},
    }
    doc.update(changes)
    return json.dumps(doc).encode()


#: Seals a crafted report may carry: each is read (never trusted) by verify --workspace and
#: verify-journal --against, refused with a French sentence, the workspace untouched.
HOSTILE_SEALS: dict[str, Callable[[], bytes]] = {
    "not-json": lambda: _with_embedded(b"{ pas du json"),
    "not-utf8": lambda: _with_embedded(b"\xff\xfe\x00{"),
    "json-array": lambda: _with_embedded(b"[1, 2, 3]"),
    "nan": lambda: _with_embedded(_seal_text().replace(b'"version": 1', b'"version": NaN')),
    "version-99": lambda: _with_embedded(_seal_text(version=99)),
    "version-true": lambda: _with_embedded(_seal_text(version=True)),
    "campaign-id-text": lambda: _with_embedded(_seal_text(campaign={"id": "1", "date": "2025-11-20"})),
    "campaign-id-huge": lambda: _with_embedded(_seal_text(campaign={"id": 10**30, "date": "2025-11-20"})),
    "head-hash-short": lambda: _with_embedded(_seal_text(journal={"head_id": 1, "head_hash": "abc"})),
    "head-id-negative": lambda: _with_embedded(_seal_text(journal={"head_id": -5, "head_hash": "0" * 64})),
    "items-deep": lambda: _with_embedded(_seal_text(items=json.loads("[" * 500 + "]" * 500))),
    "items-many": lambda: _with_embedded(
        _seal_text(items={"indicators": {f"X{n}": {"digest": "0" * 64} for n in range(50_000)}})
    ),
    "bomb": lambda: _with_embedded(b" " * (40 * 1024 * 1024)),
    "duplicate-keys": lambda: _with_embedded(_seal_text()[:-1] + b', "version": 2}'),
}


def _seal_attack(name: str, make: Callable[[], bytes], command: str) -> Attack:
    def build(folder: Path, workspace: Path) -> list[str]:
        report = folder / "rapport.pdf"
        report.write_bytes(make())
        if command == "verify":
            return ["verify", str(report), "--workspace", str(workspace)]
        return ["verify-journal", "--workspace", str(workspace), "--against", str(report)]

    return Attack(f"seal-{name}-{command}", "signatures", build)


def seal_attacks() -> list[Attack]:
    return [
        _seal_attack(name, make, command)
        for name, make in HOSTILE_SEALS.items()
        for command in ("verify", "verify-journal")
    ]
