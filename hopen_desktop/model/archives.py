"""Reading zip archives we did not write (audit bundles, Excel workbooks) within bounded memory.

``zipfile`` trusts what an archive says about itself. A hostile file of a few megabytes can declare
small members that expand to gigabytes, or thousands of 1 MiB members of zeros that each pass a
per-member ratio check. So, before anything is parsed:

- the whole archive may expand to at most ``allowance(archive size)``: ``MIN_ALLOWANCE`` or
  ``MAX_RATIO`` times the archive's size, whichever is larger, and never more than ``MAX_TOTAL``;
- the sizes members declare are checked against it first, then their real sizes while they are
  decompressed (a member longer than it declares, or the total going over, stops the reading at
  once, having held at most one chunk too many);
- a caller may cap each member too (an attached file is at most the workspace's limit).

Peak memory of an import is thus bounded by about four times what the archive may expand to,
plus the interpreter (``bench/hostile.py`` measures it; ``docs/exchange-format.md`` states it).
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

#: An archive may always expand to this much (a workbook, a small bundle).
MIN_ALLOWANCE = 64 * 1024 * 1024
#: Beyond it, to this many times its own size (text compresses ~5-10 times, PDFs and images ~1).
MAX_RATIO = 30
#: And never beyond this, whatever its size.
MAX_TOTAL = 4 * 1024**3
CHUNK = 1024 * 1024

#: What zipfile raises on damaged or unusual archives (found by fuzzing: a flipped byte in a
#: deflated member, a mangled name, an unsupported "version needed to extract"...).
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError, ValueError)


class ExpansionRefused(Exception):  # noqa: N818 - a refusal the caller turns into its own message
    """The archive expands beyond what is allowed. ``member`` is the one that went over (None
    when the declared total alone is too big); ``declared``/``allowed`` in bytes."""

    def __init__(self, member: str | None, declared: int, allowed: int) -> None:
        super().__init__(member or "(total)")
        self.member = member
        self.declared = declared
        self.allowed = allowed


def allowance(archive_size: int, max_total: int = MAX_TOTAL) -> int:
    """How many bytes an archive of ``archive_size`` bytes may expand to."""
    return min(max_total, max(MIN_ALLOWANCE, MAX_RATIO * archive_size))


class Budget:
    """The bytes an archive may still expand to, spent while members are read."""

    def __init__(
        self,
        archive: zipfile.ZipFile,
        archive_size: int,
        *,
        per_member: int | None = None,
        max_total: int = MAX_TOTAL,
    ) -> None:
        self.allowed = allowance(archive_size, max_total)
        self.left = self.allowed
        self.per_member = per_member
        declared = sum(max(info.file_size, 0) for info in archive.infolist())
        if declared > self.allowed:
            raise ExpansionRefused(None, declared, self.allowed)
        if per_member is not None:
            for info in archive.infolist():
                if info.file_size > per_member:
                    raise ExpansionRefused(info.filename, info.file_size, per_member)

    def chunks(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
        """The member's content chunk by chunk, stopped as soon as it goes over what it declared,
        the per-member cap or what is left of the budget."""
        limit = info.file_size if self.per_member is None else min(info.file_size, self.per_member)
        read = 0
        with archive.open(info) as fh:
            while chunk := fh.read(CHUNK):
                read += len(chunk)
                self.left -= len(chunk)
                if read > limit or self.left < 0:
                    raise ExpansionRefused(info.filename, read, min(limit, self.allowed))
                yield chunk

    def read(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
        return b"".join(self.chunks(archive, info))

    def drain(self, archive: zipfile.ZipFile) -> None:
        """Decompress every member once, keeping nothing: what a library that reads the archive
        by itself (openpyxl) will find is then known to be within the budget."""
        for info in archive.infolist():
            for _ in self.chunks(archive, info):
                pass


def archive_size(path: Path) -> int:
    return Path(path).stat().st_size
