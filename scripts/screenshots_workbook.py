"""Render the Excel workbook and its import refusal for the guide (docs/guide/rapport-signe.md):

    .venv/bin/python scripts/screenshots_workbook.py

Offscreen, in a temporary data folder: builds the demo workspace, exports the campaign's workbook,
prints it with LibreOffice (headless, as a user's spreadsheet would) and renders the « Synthèse »
page and the first prerequisite sheet with pdftoppm, trimmed of their empty bottom; then grabs the
window's message box for a workbook of another campaign. Needs LibreOffice Calc and poppler-utils
(``scripts/setup.sh --test`` installs both)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "guide" / "images"
SHOTS = ROOT / "docs" / "screenshots"
DEMO_DATE = dt.date(2025, 11, 20)


def main() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    tmp = Path(tempfile.mkdtemp(prefix="hopen-workbook-shots-"))
    os.environ["HOPEN_DATA_DIR"] = str(tmp / "data")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QMainWindow

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from hopen_desktop.jobs import workbook as workbook_jobs
    from hopen_desktop.model.demo import build_demo_workspace
    from hopen_desktop.ui.app import create_application
    from hopen_desktop.ui.reports.menu import ReportActions
    from hopen_desktop.ui.session import Session
    from hopen_desktop.ui.translations import install_translators

    app = create_application()
    translators = install_translators(app, "fr")  # noqa: F841 — Qt's own buttons in French
    OUT.mkdir(parents=True, exist_ok=True)
    SHOTS.mkdir(parents=True, exist_ok=True)

    workspace = tmp / "demo.hopen.sqlite"
    campaign_id = build_demo_workspace(workspace, DEMO_DATE)
    book = workbook_jobs.export_xlsx(workspace, campaign_id, tmp / "grille.xlsx")

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice est requis : apt-get install libreoffice-calc-nogui")
    profile = (tmp / "profil-libreoffice").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(tmp),
         str(book)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    pdf = tmp / "grille.pdf"
    # (page, name, resolution, share of the width kept: the sheet's left columns, readable)
    for page, name, dpi, share in ((1, "classeur-synthese", 110, 1.0), (2, "classeur-feuille-p1", 150, 0.64)):
        stem = tmp / name
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", "-png", str(pdf),
             str(stem)],
            check=True,
        )  # fmt: skip
        image = QImage(str(stem.with_suffix(".png")))
        path = OUT / f"{name}.png"
        _trimmed(image, share).save(str(path))
        print(path.relative_to(ROOT))

    window = QMainWindow()
    window.resize(1100, 760)
    session = Session(window)
    actions = ReportActions(session, window)
    actions.install(window.menuBar())
    session.open(workspace)
    session.select_campaign(campaign_id)
    window.show()
    last_year = DEMO_DATE.replace(year=DEMO_DATE.year - 1)
    actions._import_campaign = campaign_id
    actions._import_file = book
    actions._other_campaign(
        workbook_jobs.OtherCampaign(str(campaign_id + 1), last_year.strftime("%d/%m/%Y"), "")
    )  # as found by the import of last year's workbook
    box = actions.dialog
    assert box is not None
    end = time.monotonic() + 2
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    path = SHOTS / "workbook-other-campaign.png"
    box.grab().save(str(path))
    print(path.relative_to(ROOT))
    box.close()
    session.close()
    window.close()
    QApplication.processEvents()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


def _trimmed(image: object, share: float) -> object:
    """The page without its empty bottom (keeping a margin) and cut to ``share`` of its width, so
    the guide shows the table at a readable size."""
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    white = image.pixel(0, 0)
    bottom = 0
    for y in range(image.height() - 60, 0, -1):  # above the page footer
        if any(image.pixel(x, y) != white for x in range(0, image.width(), 3)):
            bottom = y
            break
    return image.copy(0, 0, int(image.width() * share), min(image.height(), bottom + 30))


if __name__ == "__main__":
    raise SystemExit(main())
