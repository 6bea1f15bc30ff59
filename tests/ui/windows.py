"""Every window and dialog of the application, built on the demo workspace (issue 19): the
geometry tests open each within a small screen, the accessibility test walks each one's widgets.

Each dialog is built as the window builds it when a menu asks for it (same class, same
arguments, the main window as parent); dialogs that need a file start without one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

DEMO_TODAY = dt.date(2025, 11, 20)

#: The indicator pages shown, one of each kind: a rate with a criterion (P1.1), criteria with a
#: derived one (P2.4), a conditional criterion (D5.3), criteria derived from evidence (P3.6), a
#: domain's rate without criterion (D2.3).
INDICATOR_KINDS = ("P1.1", "P2.4", "D5.3", "P3.6", "D2.3")


def demo_window(qtbot, tmp_path: Path):
    """The main window on the demo workspace (the caller provides isolated settings and data)."""
    from hopen_desktop.model.demo import build_demo_workspace
    from hopen_desktop.ui.main_window import MainWindow
    from hopen_desktop.ui.settings import AppSettings

    path = tmp_path / "demo.hopen.sqlite"
    build_demo_workspace(path, today=DEMO_TODAY)
    window = MainWindow(AppSettings())
    window.session.today = lambda: DEMO_TODAY
    qtbot.addWidget(window)
    assert window.open_workspace(path)
    return window


def dialog_builders(window, tmp_path: Path) -> dict[str, Callable[[], QWidget]]:
    """How to build each window and dialog the menus open, by name."""
    from hopen_desktop.ui.actions.plan import ActionDialog, ActionPlanWindow
    from hopen_desktop.ui.audit.campaign_dialog import CampaignDialog
    from hopen_desktop.ui.audit.establishment_dialog import EstablishmentDialog
    from hopen_desktop.ui.evidence.dialog import EvidenceDialog
    from hopen_desktop.ui.evidence.file_check import FileCheckDialog
    from hopen_desktop.ui.followup.conflicts_dialog import ConflictsDialog
    from hopen_desktop.ui.followup.exchange_dialog import BundleExchangeDialog
    from hopen_desktop.ui.followup.ght import GhtWindow
    from hopen_desktop.ui.followup.history import HistoryWindow
    from hopen_desktop.ui.followup.journal import JournalWindow
    from hopen_desktop.ui.followup.password_dialog import NewPasswordDialog, PasswordDialog
    from hopen_desktop.ui.help_window import HelpWindow
    from hopen_desktop.ui.preferences_dialog import PreferencesDialog
    from hopen_desktop.ui.reports.identity_dialog import IdentitiesDialog, IdentityCreateDialog
    from hopen_desktop.ui.reports.signature_dialog import SignatureDialog
    from hopen_desktop.ui.reports.signers_dialog import SignersDialog
    from hopen_desktop.ui.reports.verify_dialog import VerifyDialog
    from hopen_desktop.ui.safety_dialogs import BackupDialog, JournalCheckDialog, verify_workspace_journal
    from hopen_desktop.ui.settings import AppSettings

    s = window.session
    identities = tmp_path / "identities"
    identities.mkdir(exist_ok=True)
    return {
        "evidence (new)": lambda: EvidenceDialog(s, parent=window),
        "evidence (saved)": lambda: EvidenceDialog(s, s.evidence()[0], parent=window),
        "establishment": lambda: EstablishmentDialog(s, s.establishment(), window),
        "new establishment": lambda: EstablishmentDialog(s, None, window),
        "campaign": lambda: CampaignDialog(s, window),
        "campaign (edit)": lambda: CampaignDialog(s, window, campaign=s.campaign()),
        "preferences": lambda: PreferencesDialog(AppSettings(), s, window),
        "action": lambda: ActionDialog(s, establishment_id=s.establishment_id, indicator="P2.4", parent=window),
        "action plan": lambda: ActionPlanWindow(s, window),
        "history": lambda: HistoryWindow(s, window),
        "GHT": lambda: GhtWindow(s, window),
        "journal": lambda: JournalWindow(s, window),
        "help": lambda: HelpWindow(),
        "signature": lambda: SignatureDialog([], window),
        "identity creation": lambda: IdentityCreateDialog(identities, window),
        "identities": lambda: IdentitiesDialog(window, folder=identities),
        "approved signers": lambda: SignersDialog(window, book_path=tmp_path / "signataires.json"),
        "verification": lambda: VerifyDialog(None, window),
        "backups": lambda: BackupDialog(s.path, window),
        "journal check": lambda: JournalCheckDialog(verify_workspace_journal(s.path), window),
        "file check": lambda: FileCheckDialog([], window),
        "send / receive bundles": lambda: BundleExchangeDialog(window.followup.bundles, window),
        "merge conflicts": lambda: ConflictsDialog(sample_conflicts(), window),
        "bundle password (new)": lambda: NewPasswordDialog(window),
        "bundle password": lambda: PasswordDialog("clinique.hopen", window),
    }


def sample_conflicts():
    """A merge plan with one conflict of each kind the window shows (built as the model states
    them: an answer changed on both laptops, an evidence item deleted on one and edited on the
    other)."""
    from hopen_desktop.model.merge import Conflict, MergePlan, RecordSide

    answer = Conflict(
        "00000000-0000-5000-8000-000000000001",
        "answer",
        "Réponse à P1.1",
        RecordSide({"numerator": 9}, "numérateur 9, dénominateur 10", "2025-11-20T10:02:00+00:00", "Consultant"),
        RecordSide({"numerator": 7}, "numérateur 7, dénominateur 10", "2025-11-20T11:15:00+00:00", "Qualité"),
    )
    evidence = Conflict(
        "00000000-0000-4000-8000-000000000002",
        "evidence",
        "Preuve « Comité sécurité » du 12/03/2025",
        RecordSide(None, "", "2025-11-19T09:00:00+00:00", None),
        RecordSide({"title": "Comité sécurité"}, "Comité sécurité (2 fichiers)", None, "Qualité"),
    )
    return MergePlan(1, 3, 1, 2, 0, (answer, evidence))


def main_window_pages(window) -> Iterator[str]:
    """Show each page of the main window in turn (dashboard, the indicator kinds, the register),
    yielding its name once it is shown."""
    window.show_dashboard()
    settle()
    yield "dashboard"
    for indicator in INDICATOR_KINDS:
        window.show_indicator(indicator)
        settle()
        yield f"indicator {indicator}"
    window.show_register()
    settle()
    yield "evidence register"


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def activate(qtbot, widget: QWidget) -> None:
    """Make ``widget``'s window the active one, as the system does for a window just opened (its
    window shortcuts, Escape and Ctrl+W, answer only then)."""
    widget.show()
    handle = widget.window().windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: widget.window().isActiveWindow(), timeout=3000)


#: The non-modal windows, by name (each has « Fermer », Escape and Ctrl+W).
NON_MODAL = ("action plan", "history", "GHT", "journal", "help", "send / receive bundles")
