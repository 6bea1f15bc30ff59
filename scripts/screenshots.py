"""Render the main screens of the demo workspace to PNG under docs/screenshots/.

    .venv/bin/python scripts/screenshots.py

Runs offscreen, in a temporary data folder and with temporary settings. Each language and
scale runs in its own process (QT_SCALE_FACTOR must be set before Qt starts)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
DEMO_DATE = dt.date(2025, 11, 20)  # fixed, so that the pictures do not change every day
VARIANTS = [("fr", "1"), ("en", "1"), ("fr", "1.5")]
#: The workspace path shown in the pictures' status bar (the real one is a temporary folder).
NEUTRAL_PATH = "C:\\Users\\…\\Documents\\HOP'EN\\demo.hopen.sqlite"


def render(language: str, scale: str) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["QT_SCALE_FACTOR"] = scale
    tmp = Path(tempfile.mkdtemp(prefix="hopen-shots-"))
    os.environ["HOPEN_DATA_DIR"] = str(tmp / "data")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QRect, QSettings
    from PySide6.QtWidgets import QApplication

    from hopen_desktop.ui.geometry import fit_to_screen

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from hopen_desktop.model.demo import build_demo_workspace
    from hopen_desktop.model.paths import demo_workspace_path
    from hopen_desktop.ui.app import create_application
    from hopen_desktop.ui.audit.campaign_dialog import CampaignDialog
    from hopen_desktop.ui.audit.establishment_dialog import EstablishmentDialog
    from hopen_desktop.ui.main_window import MainWindow
    from hopen_desktop.ui.settings import AppSettings
    from hopen_desktop.ui.translations import install_translators

    app = create_application()
    translators = install_translators(app, language)  # noqa: F841
    path = demo_workspace_path()
    build_demo_workspace(path, today=DEMO_DATE)
    window = MainWindow(AppSettings())
    window.session.today = lambda: DEMO_DATE  # "what is due" as on the demo's date
    window.open_workspace(path)
    window.resize(1280, 860)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    suffix = "" if (language, scale) == ("fr", "1") else f"-{language}" + ("" if scale == "1" else "-150")

    def shot(name: str, widget=None) -> None:
        # The status bar names the workspace: a neutral path, not this script's temporary folder.
        window.statusBar().showMessage(window.tr("Espace de travail ouvert : {path}").format(path=NEUTRAL_PATH))
        for _ in range(3):
            QApplication.processEvents()
        target = OUT / f"{name}{suffix}.png"
        (widget or window).grab().save(str(target))
        print(target.relative_to(ROOT))

    window.show_dashboard()
    shot("dashboard")
    window.show_indicator("P1.1")
    shot("indicator-rate-P1.1")
    window.show_register()
    shot("evidence-register")
    if suffix:
        window.close()
        return
    window.show_indicator("P2.4")
    window.indicator_page.verticalScrollBar().setValue(window.indicator_page.verticalScrollBar().maximum() // 3)
    shot("indicator-derived-P2.4")
    window.show_indicator("P3.6")
    shot("indicator-missing-evidence-P3.6")
    window.show_indicator("D7.2")
    window.indicator_page.not_applicable.click()  # without justification: refused
    shot("indicator-not-applicable-refused")
    window.indicator_page.not_applicable.click()  # untick: nothing left pending on the page
    window.show_indicator("P1.3")
    page = window.indicator_page
    page.numerator.setText("25")
    page.numerator.editingFinished.emit()  # 25 over 20: refused in the field
    shot("indicator-invalid-numerator")
    page.numerator.setText(str(window.session.answer("P1.3").numerator))  # back to the saved figure
    page.numerator.editingFinished.emit()

    window.show_dashboard()
    window.dashboard.ensureWidgetVisible(window.dashboard.due_panel, 0, 0)
    shot("dashboard-todo")

    register = window.register
    window.show_register()
    register.set_type_filter("rssi_direction_meeting")
    shot("evidence-register-filtered")
    register.clear_filters()
    pra = next(e for e in window.session.evidence() if e.type == "pra_test")
    form = register.edit_evidence(pra.id)
    form.files.selectRow(0)
    shot("evidence-form-pra-test", form)
    form.reject()
    form = register.add_evidence("availability_measurement")
    form.title.setText("Disponibilité de la messagerie")
    form.field_widgets["target"].setText("99,5")
    form.field_widgets["measured"].setText("cent")
    form.accept()  # refused: not a percentage, shown next to the field
    shot("evidence-form-refused-percentage", form)
    form.reject()

    dialog = EstablishmentDialog(window.session, None, window)
    dialog.finess.setText("75A123")
    dialog.name.setText("Clinique Saint-Roch")
    dialog.show()
    dialog.accept()  # refused: bad FINESS
    shot("establishment-dialog-bad-finess", dialog)
    dialog.close()
    dialog = CampaignDialog(window.session, window)
    dialog.show()
    # As the application sizes it (ui/geometry.py), on a 1600×1000 screen: the offscreen screen
    # (800×600) would cap it at two thirds of its width.
    fit_to_screen(dialog, QRect(0, 0, 1600, 1000))
    shot("campaign-dialog", dialog)
    dialog.close()
    window.close()


def main() -> int:
    if len(sys.argv) == 3:
        render(sys.argv[1], sys.argv[2])
        return 0
    for language, scale in VARIANTS:
        subprocess.run([sys.executable, __file__, language, scale], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
