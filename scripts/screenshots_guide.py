"""Pictures of the user guide (docs/guide/images/*.png), at most 900 pixels wide so that the
guide reads well in the Help window (980 pixels wide), which scales nothing.

    .venv/bin/python scripts/screenshots_guide.py

Offscreen, in a temporary data folder and with temporary settings: builds the demo workspace
(dated 20/11/2025 so that the pictures do not change every day), opens the real MainWindow and
grabs the screens and dialogs the guide describes; anything wider than 900 pixels is reduced.
Pictures of the other screenshot scripts that are wider than that get a reduced copy here
(``*-reduit.png``)."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "guide" / "images"
SHOTS = ROOT / "docs" / "screenshots"
DEMO_DATE = dt.date(2025, 11, 20)
#: The Help window is 980 pixels wide: wider pictures would need a horizontal scroll bar.
MAX_WIDTH = 900
#: The workspace path shown in the pictures' status bar (the real one is a temporary folder).
NEUTRAL_PATH = "C:\\Users\\…\\Documents\\HOP'EN\\demo.hopen.sqlite"
#: Existing pictures too wide for the Help window: a reduced copy is saved under images/.
REDUCE = [
    "followup-action-plan.png",
    "followup-history.png",
    "followup-ght.png",
    "evidence-form-pra-test.png",
    "evidence-form-refused-percentage.png",
    "indicator-invalid-numerator.png",
    "indicator-not-applicable-refused.png",
    "indicator-missing-evidence-P3.6.png",
]


def main() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    tmp = Path(tempfile.mkdtemp(prefix="hopen-guide-shots-"))
    os.environ["HOPEN_DATA_DIR"] = str(tmp / "data")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QPoint, QSettings, Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QMenu, QWidget

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from hopen_desktop.model.demo import build_demo_workspace
    from hopen_desktop.model.entities import EvidenceLink
    from hopen_desktop.model.paths import demo_workspace_path
    from hopen_desktop.ui.app import create_application
    from hopen_desktop.ui.audit.establishment_dialog import EstablishmentDialog
    from hopen_desktop.ui.evidence.file_check import FileCheckDialog, verify_workspace_files
    from hopen_desktop.ui.main_window import MainWindow
    from hopen_desktop.ui.preferences_dialog import PreferencesDialog
    from hopen_desktop.ui.safety_dialogs import BackupDialog, JournalCheckDialog, verify_workspace_journal
    from hopen_desktop.ui.settings import AppSettings
    from hopen_desktop.ui.translations import install_translators

    app = create_application()
    translators = install_translators(app, "fr")  # noqa: F841
    OUT.mkdir(parents=True, exist_ok=True)

    def settle(until: object = None, timeout: float = 20.0) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            app.processEvents()
            if until is None:
                time.sleep(0.05)
                app.processEvents()
                return
            if until():  # type: ignore[operator]
                app.processEvents()
                return
            time.sleep(0.02)
        raise TimeoutError("the screen did not settle")

    def save(image: QImage, name: str) -> None:
        if image.width() > MAX_WIDTH:
            image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
        target = OUT / f"{name}.png"
        image.save(str(target))
        print(target.relative_to(ROOT), f"{image.width()}x{image.height()}")

    def shot(name: str, widget: QWidget | None = None) -> None:
        # The status bar names the workspace: a neutral path, not this script's temporary folder.
        window.statusBar().showMessage(window.tr("Espace de travail ouvert : {path}").format(path=NEUTRAL_PATH))
        settle()
        save((widget or window).grab().toImage(), name)

    path = demo_workspace_path()
    build_demo_workspace(path, today=DEMO_DATE)
    window = MainWindow(AppSettings())
    window.session.today = lambda: DEMO_DATE  # "what is due" as on the demo's date
    window.open_workspace(path)
    window.resize(1000, 740)
    window.splitter.setSizes([300, 700])
    window.show()
    settle()

    # The main window and the dashboard. At 1000 pixels the toolbar folds the campaign selector
    # behind its » button: the overview is taken wider, then reduced.
    window.resize(1280, 800)
    window.splitter.setSizes([380, 900])
    window.show_dashboard()
    shot("fenetre-principale")
    window.resize(1000, 740)
    window.splitter.setSizes([300, 700])
    window.show_dashboard()
    shot("tableau-de-bord")
    window.dashboard.ensureWidgetVisible(window.dashboard.due_panel, 0, 0)
    shot("a-faire")
    scroll = window.dashboard.verticalScrollBar()
    scroll.setValue(scroll.maximum())
    shot("eligibilite")

    # Indicator pages.
    page = window.indicator_page
    window.show_indicator("P1.1")
    shot("indicateur-taux")
    window.show_indicator("P1.4")
    shot("indicateur-existence")
    window.show_indicator("P1.2")
    settle()
    criteria_box = page.widget().findChild(QWidget, "criteriaBox")  # the criteria and their evidence
    page.verticalScrollBar().setValue(criteria_box.y() - 8)
    shot("indicateur-derive-P1.2")
    window.show_indicator("D7.3")
    shot("indicateur-non-applicable")
    window.show_indicator("D1.5")
    page.numerator.setText("0")
    page.numerator.editingFinished.emit()
    page.denominator.setText("0")
    page.denominator.editingFinished.emit()
    shot("indicateur-denominateur-nul")
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()

    # The evidence register and the file check.
    window.show_register()
    shot("registre-preuves")
    form = window.register.add_evidence("rssi_direction_meeting")
    form.resize(960, 660)
    form.title.setText("Comité sécurité RSSI / Direction du 12 mars")
    shot("preuve-nouvelle-rssi", form)
    form.reject()
    result = verify_workspace_files(path)
    dialog = FileCheckDialog(result, window)
    dialog.show()
    shot("verification-empreintes", dialog)
    dialog.close()

    # Establishment dialog, filled in correctly for a Corsican establishment.
    dialog = EstablishmentDialog(window.session, None, window)
    dialog.finess.setText("2B0000019")
    dialog.name.setText("Clinique du Golo (fictive)")
    dialog.legal_status.setCurrentIndex(dialog.legal_status.findData("prive"))
    dialog.activities["MCO"].setChecked(True)
    dialog.activities["SSR"].setChecked(True)
    dialog.ght.setText("GHT de Haute-Corse")
    dialog.show()
    shot("etablissement-nouveau", dialog)
    dialog.close()

    # Preferences, backups, journal check.
    dialog = PreferencesDialog(window.settings, window.session, window)
    dialog.show()
    shot("preferences", dialog)
    dialog.close()
    dialog = BackupDialog(path, window)
    dialog._backup_now()
    dialog.show()
    shot("sauvegardes", dialog)
    dialog.close()
    dialog = JournalCheckDialog(verify_workspace_journal(path), window)
    dialog.show()
    shot("journal-verifie", dialog)
    dialog.close()

    # The bundle pictures (copy or replace, merge, conflicts) are scripts/screenshots_exchange.py's.

    # Menus, opened.
    def menu_shot(title: str, name: str) -> None:
        for action in window.menuBar().actions():
            if action.text().replace("&", "") == title and isinstance(action.menu(), QMenu):
                menu = action.menu()
                menu.popup(window.mapToGlobal(QPoint(40, 30)))
                shot(name, menu)
                menu.hide()
                return
        print(f"(menu « {title} » absent : pas d'image {name})")

    if not any(a.text().replace("&", "") == "Rapports" for a in window.menuBar().actions()):
        from hopen_desktop.ui.reports.menu import ReportActions  # not yet in the window: install it here

        ReportActions(window.session, window).install(window.menuBar())
    window.show_dashboard()
    menu_shot("Fichier", "menu-fichier")
    menu_shot("Rapports", "menu-rapports")
    menu_shot("Suivi", "menu-suivi")
    menu_shot("Aide", "menu-aide")

    # The guide itself, in the Help window (when the window has one).
    try:
        from hopen_desktop.ui.help_window import HelpWindow
    except ImportError:
        HelpWindow = None  # noqa: N806
    if HelpWindow is not None:
        help_window = HelpWindow()
        help_window.resize(960, 700)
        help_window.show()
        shot("aide-guide", help_window)
        help_window.close()

    # The evidence under each criterion: the demo's PSSI, linked to « PSSI existe » as a user would,
    # shows on P2.4 (« liée »), next to the meetings the rule counts (« calculée »). Last, so that
    # the link changes no other picture.
    pssi = next(e for e in window.session.evidence() if e.fields.get("kind") == "pssi")
    window.session.update_evidence(pssi.id, pssi.date, pssi.title, pssi.fields, [EvidenceLink("P2.4", "P2.4.pssi")])
    window.show_indicator("P2.4")
    settle()
    box = page.widget().findChild(QWidget, "criteriaBox")
    page.ensureWidgetVisible(box, 0, 0)
    page.verticalScrollBar().setValue(box.y() - 8)
    shot("indicateur-preuves-P2.4")

    # Reduced copies of the wide pictures of the other scripts.
    for name in REDUCE:
        image = QImage(str(SHOTS / name))
        if image.isNull():
            print(f"(absent : {name})")
            continue
        save(image, name.removesuffix(".png") + "-reduit")

    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
