"""Small widgets shared by the signing, identity and verification dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from hopen_desktop.ui import jargon
from hopen_desktop.ui.widgets import push_button


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


def add_fingerprint_row(
    layout: QBoxLayout, title: str, copy_text: str, on_copy: Callable[..., Any]
) -> tuple[FingerprintLabel, QPushButton]:
    """Add to ``layout`` a titled fingerprint (the title is its keyboard buddy) with its « Copier »
    button, as the identities and the approved signers show the selected one."""
    label = QLabel(title)
    layout.addWidget(label)
    row = QHBoxLayout()
    fingerprint = FingerprintLabel()
    fingerprint.setObjectName("fingerprint")
    label.setBuddy(fingerprint)
    copy_button = push_button(copy_text, "copy", on_copy)
    row.addWidget(fingerprint, 1)
    row.addWidget(copy_button)
    row.addWidget(jargon.help_button(jargon.FINGERPRINT))
    layout.addLayout(row)
    return fingerprint, copy_button
