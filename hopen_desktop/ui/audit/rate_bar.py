"""A horizontal bar showing a computed rate against its target."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from hopen_desktop.model.formatting import format_percent
from hopen_desktop.model.scoring import Status
from hopen_desktop.ui.status import status_color


def percent(value: Fraction | float) -> str:
    """A percentage with one decimal, truncated (never rounded up to a target), in the interface
    language: ``53,3 %`` / ``53.3%`` (``model.formatting``)."""
    return format_percent(value)


class RateBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: Fraction | None = None
        self._target: Fraction | None = None
        self._status = Status.NON_RENSEIGNE
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, value: Fraction | None, target: Fraction | None, status: Status) -> None:
        self._value, self._target, self._status = value, target, status
        text = self.tr("Taux : {value}, cible : {target}").format(
            value=percent(value) if value is not None else self.tr("non calculé"),
            target=percent(target) if target is not None else "—",
        )
        self.setAccessibleName(text)
        self.setToolTip(text)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, QFontMetrics(self.font()).height() * 3)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(150, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        fm = QFontMetrics(self.font())
        line = fm.height()
        bar = QRectF(1, line * 0.2, self.width() - 2, line * 1.4)
        p.fillRect(bar, QColor("#e6e8ec"))
        if self._value is not None:
            filled = QRectF(bar.left(), bar.top(), bar.width() * float(min(self._value, Fraction(1))), bar.height())
            p.fillRect(filled, status_color(self._status))
            # white on the filled part, dark on the light bar (whatever the palette)
            text_color = QColor("white") if self._value > Fraction(1, 5) else QColor("#111827")
            p.setPen(text_color)
            p.drawText(
                bar.adjusted(6, 0, 0, 0),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                percent(self._value),
            )
        p.setPen(QPen(QColor("#7a808a")))
        p.drawRect(bar)
        if self._target is not None:
            x = bar.left() + bar.width() * float(self._target)
            p.setPen(QPen(QColor("#1f2937"), 3))
            p.drawLine(int(x), int(bar.top() - 2), int(x), int(bar.bottom() + 2))
            label = self.tr("cible {target}").format(target=percent(self._target))
            w = fm.horizontalAdvance(label) + 4
            left = min(max(0.0, x - w / 2), self.width() - w)
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(left, bar.bottom() + 2, w, line), int(Qt.AlignmentFlag.AlignCenter), label)
        p.end()
