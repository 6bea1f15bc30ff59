"""The referentials the workspace's campaigns were answered against, kept by content: the exact
text of each, keyed by its SHA-256 (table ``referentials``, schema step 0005). A row is written
once and never changed; two campaigns of one referential share it.

These rows are not journalled records: a row's key is the hash of its content, so a change made
outside the application is found by hashing the content again (``referential.referential_by_sha256``
refuses a text whose hash is not its key), and the campaign naming it is a journalled record
whose content holds that key.
"""

from __future__ import annotations

from hopen_desktop.model.referential import referential_sha256
from hopen_desktop.model.stores.base import Store


class ReferentialStore(Store):
    def put(self, referential_id: str, version: str, content: str) -> str:
        """Keep ``content`` (the exact text of referential ``referential_id``) and return its
        SHA-256; nothing is written when it is already kept."""
        sha256 = referential_sha256(content)
        self.db.execute(
            "INSERT INTO referentials (sha256, id, version, content) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (sha256) DO NOTHING",
            [sha256, referential_id, version, content],
        )
        return sha256

    def content(self, sha256: str) -> str | None:
        """The text kept under ``sha256``, or None (a damaged value is a refusal of the workspace)."""
        r = self._one("SELECT content AS text FROM referentials WHERE sha256 = ?", [sha256], checked=False)
        if r is None:
            return None
        text = r["text"]
        if isinstance(text, bytes):
            try:
                return text.decode("utf-8")
            except UnicodeDecodeError:
                return ""  # its hash can match no key: refused as altered
        return text if isinstance(text, str) else ""

    def ids(self) -> dict[str, tuple[str, str]]:
        """Each kept text's SHA-256 -> (referential id, version)."""
        rows = self._rows("SELECT sha256, id, version FROM referentials ORDER BY id, version", checked=False)
        return {str(r["sha256"]): (str(r["id"]), str(r["version"])) for r in rows}
