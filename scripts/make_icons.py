"""Render resources/icons/hopen-desktop.svg into the PNG (Linux .desktop) and ICO (Windows) icons."""

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "hopen-desktop.svg")).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> None:
    app = QGuiApplication([])  # noqa: F841 - needed by QImage text/svg rendering
    render(256).save(str(ICONS / "hopen-desktop.png"))
    render(256).save(str(ICONS / "hopen-desktop.ico"))
    render(64).save(str(ICONS / "hopen-desktop-64.png"))


if __name__ == "__main__":
    main()
