"""Small widgets shared by the signing, identity and verification dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QWidget


class FingerprintLabel(QLabel):
    """A certificate's SHA-256 fingerprint in a fixed-width font, on two lines of 16 bytes so that
    it is read whole and compared pair by pair (95 characters on one line do not fit)."""

    def __init__(self, fingerprint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Empreinte SHA-256 du certificat"))
        self._fingerprint = ""
        self.set_fingerprint(fingerprint)

    def set_fingerprint(self, fingerprint: str | None, placeholder: str = "") -> None:
        self._fingerprint = fingerprint or ""
        pairs = self._fingerprint.split(":") if self._fingerprint else []
        if len(pairs) > 16:
            self.setText(":".join(pairs[:16]) + "\n" + ":".join(pairs[16:]))
        else:
            self.setText(self._fingerprint or placeholder)

    def fingerprint(self) -> str:
        return self._fingerprint
