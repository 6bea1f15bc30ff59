"""How statuses look: translated labels and colours (always with text, never colour alone)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from hopen_desktop.model import scoring
from hopen_desktop.model.scoring import Status

#: Colours readable on white, with enough contrast for the status text drawn on them.
STATUS_COLORS: dict[Status, str] = {
    Status.ATTEINT: "#1b7f3b",
    Status.NON_ATTEINT: "#c0392b",
    Status.NON_RENSEIGNE: "#8a6d00",
    Status.NON_APPLICABLE: "#6b7280",
}
STATUS_BACKGROUNDS: dict[Status, str] = {
    Status.ATTEINT: "#e3f4e8",
    Status.NON_ATTEINT: "#fbe5e2",
    Status.NON_RENSEIGNE: "#fff4d6",
    Status.NON_APPLICABLE: "#eceef1",
}


def status_color(status: Status) -> QColor:
    return QColor(STATUS_COLORS[status])


def status_background(status: Status) -> QColor:
    return QColor(STATUS_BACKGROUNDS[status])


def status_label(status: Status) -> str:
    """The label declared in the model (``scoring.STATUS_TEXTS``), in the interface language."""
    return scoring.status_label(status)


def status_symbol(status: Status) -> str:
    """A shape that differs per status, for readers who do not tell the colours apart."""
    return {
        Status.ATTEINT: "✔",
        Status.NON_ATTEINT: "✖",
        Status.NON_RENSEIGNE: "…",
        Status.NON_APPLICABLE: "–",
    }[status]


def badge_style(status: Status) -> str:
    return (
        f"QLabel {{ color: white; background: {STATUS_COLORS[status]}; border-radius: 4px; "
        "padding: 3px 8px; font-weight: bold; }"
    )
