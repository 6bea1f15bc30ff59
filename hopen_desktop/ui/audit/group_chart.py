"""Bar chart of the groups (share of applicable indicators attained), painted with QPainter:
QtCharts is not part of PySide6-Essentials."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from hopen_desktop.model.formatting import format_percent
from hopen_desktop.model.scoring import CampaignScore, Status
from hopen_desktop.ui.status import status_color


@dataclass(frozen=True)
class Bar:
    group_id: str
    attained: int
    applicable: int
    status: Status

    @property
    def share(self) -> float:
        return self.attained / self.applicable if self.applicable else 0.0


class GroupChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Graphique des groupes"))

    def set_score(self, group_ids: list[str], score: CampaignScore | None) -> None:
        self._bars = []
        if score is not None:
            for gid in group_ids:
                gs = score.groups[gid]
                self._bars.append(Bar(gid, gs.attained, gs.applicable, gs.status))
        description = "; ".join(f"{b.group_id} {b.attained}/{b.applicable}" for b in self._bars)
        self.setAccessibleDescription(description)
        self.setToolTip(self.tr("Part des indicateurs applicables atteints, par groupe"))
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = QFontMetrics(self.font())
        return QSize(48 * max(1, len(self._bars)) + 60, fm.height() * 12)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        line = fm.height()
        rect = QRectF(self.rect()).adjusted(fm.horizontalAdvance(format_percent(1)) + 10, line * 1.5, -8, -line * 2.6)
        p.fillRect(self.rect(), self.palette().base())
        # Grid and axis labels.
        grid = QPen(QColor("#d0d4da"))
        for pct in (0, 25, 50, 75, 100):
            y = rect.bottom() - rect.height() * pct / 100
            p.setPen(grid)
            p.drawLine(int(rect.left()), int(y), int(rect.right()), int(y))
            p.setPen(self.palette().text().color())
            p.drawText(
                QRectF(0, y - line / 2, rect.left() - 6, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                format_percent(Fraction(pct, 100)),
            )
        if not self._bars:
            p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.tr("Aucune campagne sélectionnée"))
            p.end()
            return
        slot = rect.width() / len(self._bars)
        width = min(slot * 0.6, line * 3)
        for n, bar in enumerate(self._bars):
            x = rect.left() + slot * n + (slot - width) / 2
            h = rect.height() * bar.share
            color = status_color(bar.status)
            if bar.applicable and bar.attained == 0:
                # A thin outline keeps "0 of n" visible.
                p.setPen(QPen(color, 2))
                p.drawLine(int(x), int(rect.bottom()), int(x + width), int(rect.bottom()))
            p.fillRect(QRectF(x, rect.bottom() - h, width, h), color)
            p.setPen(self.palette().text().color())
            value = f"{bar.attained}/{bar.applicable}" if bar.applicable else self.tr("n.a.")
            p.drawText(
                QRectF(x - slot / 2, rect.bottom() - h - line * 1.2, width + slot, line),
                int(Qt.AlignmentFlag.AlignCenter),
                value,
            )
            bold = p.font()
            bold.setBold(True)
            p.setFont(bold)
            p.drawText(
                QRectF(x - slot / 2, rect.bottom() + 4, width + slot, line),
                int(Qt.AlignmentFlag.AlignCenter),
                bar.group_id,
            )
            p.setFont(self.font())
        # Separator between prerequisites and domains.
        first_domain = next((n for n, b in enumerate(self._bars) if b.group_id.startswith("D")), None)
        if first_domain:
            x = rect.left() + slot * first_domain
            p.setPen(QPen(QColor("#7a808a"), 1, Qt.PenStyle.DashLine))
            p.drawLine(int(x), int(rect.top() - line), int(x), int(rect.bottom() + line * 2.4))
            p.setPen(self.palette().text().color())
            p.drawText(
                QRectF(rect.left(), rect.bottom() + line * 1.3, x - rect.left(), line),
                int(Qt.AlignmentFlag.AlignCenter),
                self.tr("Prérequis"),
            )
            p.drawText(
                QRectF(x, rect.bottom() + line * 1.3, rect.right() - x, line),
                int(Qt.AlignmentFlag.AlignCenter),
                self.tr("Domaines"),
            )
        p.end()
