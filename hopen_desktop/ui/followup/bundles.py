"""Audit bundles (.hopen) from the GUI: export the current campaign, import a bundle.

Writing and reading/verifying a bundle are the jobs of ``hopen_desktop.jobs.bundles``, run in a
pool thread (the export opens its own workspace connection: SQLite connections are per thread);
the import itself, one short transaction, runs on the GUI thread as an operation of the session.
When the campaign already exists the user chooses: import as a copy, replace (confirmed a second
time), or cancel.
Every refusal shows the model's French message; nothing is changed then."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QPushButton, QWidget

from hopen_desktop.jobs import bundles as bundle_jobs
from hopen_desktop.model.bundle import BundleImport, CampaignExists, OnConflict
from hopen_desktop.model.entities import Campaign
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.exchange import ParsedCampaign
from hopen_desktop.model.formatting import format_date
from hopen_desktop.ui import tasks
from hopen_desktop.ui.session import Session

BUNDLE_SUFFIX = ".hopen"


class BundleTransfer(QObject):
    """Export and import flows, non-blocking: dialogs are opened with ``open()`` and their
    answers come back to slots; ``self.dialog`` is the box on screen (for tests)."""

    #: (path) the bundle was written.
    exported = Signal(str)
    #: (campaign id) a bundle was imported and is now the session's campaign.
    imported = Signal(int)
    #: (French message) an export or import was refused.
    refused = Signal(str)

    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.dialog: QMessageBox | None = None
        self._tasks: list[tasks.Task] = []
        self._parsed: ParsedCampaign | None = None
        self._existing: Campaign | None = None
        self.busy = False

    def _filter(self) -> str:
        return self.tr("Paquets d'audit HOP'EN (*.hopen);;Tous les fichiers (*)")

    # ----------------------------------------------------------------- helpers

    def _status(self, text: str, timeout: int = 0) -> None:
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(text, timeout)

    def _box(self, icon: QMessageBox.Icon, title: str, text: str, name: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName(name)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return box

    def _show(self, box: QMessageBox) -> None:
        self.dialog = box
        box.open()

    def _refuse(self, title: str, message: str) -> None:
        self._status("")
        box = self._box(QMessageBox.Icon.Warning, title, message, "errorBox")
        box.addButton(QMessageBox.StandardButton.Ok)
        self._show(box)
        self.refused.emit(message)

    def _start(
        self, function: Callable[..., Any], *args: Any, on_done: Callable[[Any], None], on_failed: Callable[[str], None]
    ) -> None:
        self._tasks.append(tasks.run(function, *args, on_done=on_done, on_error=on_failed, owner=self))
        self.busy = True

    def _task_over(self) -> None:
        self._tasks = [t for t in self._tasks if not t.finished]
        self.busy = bool(self._tasks)

    def close_dialog(self) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.close()

    # ----------------------------------------------------------------- export

    @Slot()
    def export_current(self) -> None:
        campaign = self.session.campaign()
        est = self.session.establishment()
        if self.session.workspace is None or campaign is None or est is None:
            self._refuse(
                self.tr("Aucune campagne"),
                self.tr("Sélectionnez d'abord la campagne à exporter (menu Campagne)."),
            )
            return
        default = self.session.workspace.path.parent / f"{est.finess}-{campaign.date.isoformat()}{BUNDLE_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Exporter un paquet d'audit"), str(default), self._filter()
        )
        if not path:
            return
        out = Path(path)
        if out.suffix != BUNDLE_SUFFIX:
            out = out.with_name(out.name + BUNDLE_SUFFIX)
        self.export_to(out)

    def export_to(self, out: Path) -> None:
        assert self.session.workspace is not None and self.session.campaign_id is not None
        self._status(self.tr("Écriture du paquet d'audit…"))
        path, campaign_id = self.session.workspace.path, self.session.campaign_id
        self._start(
            bundle_jobs.export_bundle, path, campaign_id, out, on_done=self._exported, on_failed=self._export_failed
        )

    @Slot(object)
    def _exported(self, path: object) -> None:
        self._task_over()
        self._status(self.tr("Paquet d'audit écrit : {path}").format(path=path), 8000)
        self.exported.emit(str(path))

    @Slot(str)
    def _export_failed(self, message: str) -> None:
        self._task_over()
        self._refuse(self.tr("Export impossible"), message)

    # ----------------------------------------------------------------- import

    @Slot()
    def import_dialog(self) -> None:
        if self.session.workspace is None:
            self._refuse(self.tr("Aucun espace de travail"), self.tr("Ouvrez d'abord un espace de travail."))
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Importer un paquet d'audit"),
            str(self.session.workspace.path.parent),
            self._filter(),
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        """Read and verify ``path`` off the GUI thread, then import it."""
        self._status(self.tr("Vérification du paquet d'audit…"))
        self._start(bundle_jobs.read_bundle, path, on_done=self._bundle_read, on_failed=self._read_failed)

    @Slot(str)
    def _read_failed(self, message: str) -> None:
        self._task_over()
        self._refuse(self.tr("Paquet d'audit refusé"), message)

    @Slot(object)
    def _bundle_read(self, parsed: object) -> None:
        self._task_over()
        assert isinstance(parsed, ParsedCampaign)
        self._parsed = parsed
        self._import(OnConflict.ASK)

    def _import(self, on_conflict: OnConflict) -> None:
        parsed = self._parsed
        if parsed is None or self.session.workspace is None:
            return
        try:
            result = self.session.import_bundle(parsed, on_conflict)  # shows the campaign imported
        except CampaignExists as exc:
            self._ask_conflict(exc)
            return
        except HopenError as exc:
            self._parsed = None
            self._refuse(self.tr("Paquet d'audit refusé"), exc.message)
            return
        self._parsed = None
        self._done(result)

    def _ask_conflict(self, exc: CampaignExists) -> None:
        box = self._box(QMessageBox.Icon.Question, self.tr("Campagne déjà présente"), exc.message, "conflictBox")
        self.copy_button: QPushButton = box.addButton(
            self.tr("Importer comme &copie"), QMessageBox.ButtonRole.AcceptRole
        )
        self.replace_button: QPushButton = box.addButton(self.tr("&Remplacer…"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Annuler"))
        box.setDefaultButton(self.copy_button)
        box.setEscapeButton(cancel)
        self.copy_button.clicked.connect(self._choose_copy)
        self.replace_button.clicked.connect(self._choose_replace)
        cancel.clicked.connect(self._cancel_import)
        self._existing = exc.existing
        self._show(box)

    @Slot()
    def _choose_copy(self) -> None:
        self._import(OnConflict.COPY)

    @Slot()
    def _choose_replace(self) -> None:
        existing = self._existing
        if existing is None:
            return
        box = self._box(
            QMessageBox.Icon.Warning,
            self.tr("Remplacer la campagne"),
            self.tr(
                "Remplacer la campagne du {date} (n° {id}) par celle du paquet ? Ses réponses actuelles seront "
                "supprimées définitivement."
            ).format(date=format_date(existing.date), id=existing.id),
            "confirmReplaceBox",
        )
        yes = box.addButton(self.tr("&Remplacer"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Annuler"))
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        yes.clicked.connect(self._confirm_replace)
        cancel.clicked.connect(self._cancel_import)
        self._show(box)

    @Slot()
    def _confirm_replace(self) -> None:
        self._import(OnConflict.REPLACE)

    @Slot()
    def _cancel_import(self) -> None:
        self._parsed = None
        self._status(self.tr("Import annulé : rien n'a été modifié."), 5000)

    def _done(self, result: BundleImport) -> None:
        self._status(
            self.tr("Campagne du {date} importée ({files} fichier(s) joint(s)).").format(
                date=format_date(result.campaign.date), files=result.files
            ),
            8000,
        )
        self.imported.emit(result.campaign.id)
