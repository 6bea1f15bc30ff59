"""How statuses look: translated labels and colours (always with text, never colour alone)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

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


#: The contrast a text needs against its background (WCAG 2 AA for normal text).
MIN_CONTRAST = 4.5


def relative_luminance(color: QColor) -> float:
    """WCAG 2's relative luminance of ``color`` (0 black … 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2's contrast ratio of two colours (1 … 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_on(color: QColor, background: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """``color`` made darker on a light background, lighter on a dark one, just enough to be read
    (contrast ≥ ``minimum``): a status colour chosen for white stays readable in a dark palette."""
    result = QColor(color)
    dark_background = relative_luminance(background) < 0.18
    for _ in range(40):
        if contrast_ratio(result, background) >= minimum:
            return result
        step = 0.04 if dark_background else -0.04
        lightness = min(1.0, max(0.0, result.lightnessF() + step))
        result = QColor.fromHslF(max(0.0, result.hslHueF()), result.hslSaturationF(), lightness, result.alphaF())
    return QColor("white") if dark_background else QColor("black")


def status_text_color(status: Status, palette: QPalette | None = None) -> str:
    """The colour of a status's text drawn on the window's background (its reason, a criterion's
    mark), readable in a light, dark or high-contrast palette."""
    background = (palette or QGuiApplication.palette()).color(QPalette.ColorRole.Window)
    return readable_on(status_color(status).darker(130), background).name()


#: The grey of secondary texts (hints, notes, legends) and the red of refusals, as chosen for a
#: light window; ``foreground`` adapts them to the palette in use.
MUTED = "#4b5563"
ERROR_RED = "#a61b1b"


def foreground(color: str | QColor, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> str:
    """``color`` for a text drawn on the palette's ``role`` (the window, or Base for lists and
    tables): itself on a light background, adjusted to keep a contrast ≥ 4.5 on a dark or
    high-contrast one (issue 19 item 8: the application follows the system's palette)."""
    return readable_on(QColor(color), QGuiApplication.palette().color(role)).name()


def muted_style(extra: str = "") -> str:
    """The style sheet of a secondary text (« QLabel { color: …; <extra> } »)."""
    return f"QLabel {{ color: {foreground(MUTED)}; {extra}}}".replace(";}", "; }")


def error_style() -> str:
    """The style sheet of a refusal's text: red, bold, readable on the window's background."""
    return f"QLabel {{ color: {foreground(ERROR_RED)}; font-weight: bold; }}"


def status_cell_color(status: Status) -> QColor:
    """The text colour of a status written on its own light background (``status_background``:
    dashboard, history and GHT cells), with a contrast of 4.5 at least in any palette."""
    return readable_on(status_color(status), status_background(status))


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
