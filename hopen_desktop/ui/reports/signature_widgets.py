"""Small widgets shared by the signing, identity and verification dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QWidget


class FingerprintLabel(QLabel):
    """A certificate's SHA-256 fingerprint in 16 groups of four hexadecimal digits, on two lines of
    eight, in a fixed-width font, selectable: what is read aloud on the phone and compared group by
    group — the same grouping everywhere (cover, signature box, command line, dialogs)."""

    def __init__(self, fingerprint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName(self.tr("Empreinte SHA-256 du certificat"))
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 4)  # both lines, always
        self._fingerprint = ""
        self.set_fingerprint(fingerprint)

    def set_fingerprint(self, fingerprint: str | None, placeholder: str = "") -> None:
        from hopen_desktop.reports.approved_signers import grouped

        self._fingerprint = fingerprint or ""
        groups = grouped(self._fingerprint).split(" ") if self._fingerprint else []
        if len(groups) > 8:
            self.setText(" ".join(groups[:8]) + "\n" + " ".join(groups[8:]))
        else:
            self.setText(" ".join(groups) or placeholder)

    def fingerprint(self) -> str:
        """The fingerprint as given (upper-case pairs separated by colons)."""
        return self._fingerprint
