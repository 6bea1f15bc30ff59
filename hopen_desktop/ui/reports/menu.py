"""The "Rapports" menu: PDF report, signed report, verification and approved signers, Excel
export and import, signing identities. Self-contained: the main window installs it with one call,

    ReportActions(session, window).install(window.menuBar())

Long work runs in QThreadPool (report_job.ReportJob): the Qt-free jobs of ``hopen_desktop.jobs``,
each on its own read-only workspace connection; the import's single write transaction (the
operation ``model.operations.workbook.import_workbook``) runs on the GUI thread's connection (one
writer), then the session announces the change so every screen refreshes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMenuBar, QMessageBox, QWidget

from hopen_desktop.jobs import common as job_common
from hopen_desktop.jobs import identities as identity_jobs
from hopen_desktop.jobs import reports as report_jobs
from hopen_desktop.jobs import workbook as workbook_jobs
from hopen_desktop.model import paths
from hopen_desktop.model.changes import Changes
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.formatting import format_date
from hopen_desktop.ui.file_filters import pdf_filter, xlsx_filter
from hopen_desktop.ui.session import Session
from hopen_desktop.ui.widgets import confirmation_box

# Dialogs and jobs are imported when first used: they pull in more than the menu needs at start-up.
if TYPE_CHECKING:
    from hopen_desktop.ui.reports.job import ReportJob


class ReportActions(QObject):
    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        #: The dialog or message box opened last (non-blocking, .open()); tests drive it.
        self.dialog: QWidget | None = None
        #: The long operation running, if any (one at a time).
        self.job: ReportJob | None = None
        #: The last file written (report or workbook), opened on request.
        self.last_output: Path | None = None
        self._last_dir: Path | None = None
        self._signed = False
        #: The seal of the signed report just produced, while it may still seal its campaign.
        self._report_seal: Any = None
        self._import_campaign: int | None = None
        self._import_file: Path | None = None
        self.menu: QMenu | None = None

        self.act_report = self._action(self.tr("&Produire le rapport PDF…"), self.produce_report, "Ctrl+P", "report")
        self.act_sign = self._action(
            self.tr("Produire et &signer le rapport…"), self.produce_signed_report, "Ctrl+Shift+S", "signReport"
        )
        self.act_verify = self._action(
            self.tr("&Vérifier un rapport signé…"), self.verify_report, "Ctrl+Shift+V", "verifyReport"
        )
        self.act_signers = self._action(self.tr("Si&gnataires approuvés…"), self.show_signers, None, "approvedSigners")
        self.act_export = self._action(
            self.tr("&Exporter le classeur Excel…"), self.export_workbook, "Ctrl+Shift+X", "exportXlsx"
        )
        self.act_import = self._action(
            self.tr("&Importer un classeur Excel…"), self.import_workbook, "Ctrl+Shift+I", "importXlsx"
        )
        self.act_identities = self._action(
            self.tr("I&dentités de signature…"), self.show_identities, None, "identities"
        )

        session.changed.connect(self._on_changed)
        self.update_actions()

    def _action(self, text: str, slot: Any, shortcut: str | None, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def install(self, menu_bar: QMenuBar) -> None:
        """Add the "Rapports" menu to ``menu_bar``."""
        menu = menu_bar.addMenu(self.tr("&Rapports"))
        menu.setObjectName("reportsMenu")
        menu.addAction(self.act_report)
        menu.addAction(self.act_sign)
        menu.addAction(self.act_verify)
        menu.addAction(self.act_signers)
        menu.addSeparator()
        menu.addAction(self.act_export)
        menu.addAction(self.act_import)
        menu.addSeparator()
        menu.addAction(self.act_identities)
        self.menu = menu

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if changes.everything or changes.campaigns or self.session.current_changed(changes):
            self.update_actions()

    @Slot()
    def update_actions(self) -> None:
        ws = self.session.workspace
        has_camp = ws is not None and self.session.campaign_id is not None
        idle = self.job is None
        self.act_report.setEnabled(has_camp and idle)
        self.act_sign.setEnabled(has_camp and idle)
        self.act_export.setEnabled(has_camp and idle)
        self.act_import.setEnabled(has_camp and idle and ws is not None and not ws.read_only)

    # ----------------------------------------------------------------- helpers

    def _flush_edits(self) -> None:
        """Save what the user is typing on the indicator page, if the window has one."""
        page = getattr(self.window, "indicator_page", None)
        flush = getattr(page, "flush", None)
        if callable(flush):
            flush()

    def _start_dir(self) -> Path:
        if self._last_dir is not None and self._last_dir.is_dir():
            return self._last_dir
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _default_name(self, suffix: str, kind: str) -> str:
        est = self.session.establishment()
        camp = self.session.campaign()
        return job_common.default_report_name(
            est.name if est else "", camp.date if camp else dt.date.today(), suffix, kind
        )

    def _ask_save(self, title: str, name: str, file_filter: str, suffix: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, str(self._start_dir() / name), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self._last_dir = path.parent
        return path

    def _open_box(self, box: QMessageBox) -> None:
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = box
        box.open()

    def show_error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("reportErrorBox")
        self._open_box(box)

    def _show_info(
        self, title: str, message: str, open_text: str | None = None, *, extra: tuple[str, str, Any] | None = None
    ) -> None:
        """An information box with Close, an « Ouvrir » button when ``open_text`` is given, and an
        ``extra`` (text, object name, slot) button."""
        box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Close, self.window)
        box.setObjectName("reportInfoBox")
        if open_text:
            button = box.addButton(open_text, QMessageBox.ButtonRole.AcceptRole)
            button.setObjectName("openResult")
            button.clicked.connect(self.open_last_output)
            box.setDefaultButton(button)
        if extra is not None:
            text, name, slot = extra
            other = box.addButton(text, QMessageBox.ButtonRole.ActionRole)
            other.setObjectName(name)
            other.clicked.connect(slot)
        self._open_box(box)

    def _status(self, message: str) -> None:
        status_bar = getattr(self.window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(message, 8000)

    def _start_job(self, title: str, function: Any, *args: Any, done: Any) -> ReportJob | None:
        if self.job is not None:
            return None
        from hopen_desktop.ui.reports.job import ReportJob

        job = ReportJob(title, function, *args, parent_widget=self.window)
        job.succeeded.connect(done)
        job.failed.connect(self._job_failed)
        job.wasCancelled.connect(self._job_cancelled)
        self.job = job
        self.update_actions()
        job.start()
        return job

    def _end_job(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self.update_actions()

    @Slot(str)
    def _job_failed(self, message: str) -> None:
        title = self.job.title if self.job else self.tr("Opération impossible")
        self._end_job()
        self.show_error(title, message)

    @Slot()
    def _job_cancelled(self) -> None:
        self._end_job()
        self._status(self.tr("Opération annulée : aucun fichier n'a été écrit."))

    @Slot()
    def open_last_output(self) -> None:
        if self.last_output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output)))

    # ----------------------------------------------------------------- report

    @Slot()
    def produce_report(self) -> None:
        self._produce(None)

    def _produce(self, identity: Any) -> None:
        ws, campaign_id = self.session.workspace, self.session.campaign_id
        if ws is None or campaign_id is None or self.job is not None:
            return
        self._flush_edits()
        out = self._ask_save(
            self.tr("Enregistrer le rapport signé") if identity else self.tr("Enregistrer le rapport PDF"),
            self._default_name(".pdf", "Rapport HOP'EN"),
            pdf_filter(),
            ".pdf",
        )
        if out is None:
            return
        title = self.tr("Rapport signé") if identity else self.tr("Rapport PDF")
        self._signed = identity is not None
        self._start_job(title, report_jobs.produce_report, ws.path, campaign_id, out, identity, done=self._report_done)

    @Slot(object)
    def _report_done(self, result: object) -> None:
        signed = self._signed
        self._end_job()
        path = getattr(result, "path", result)  # jobs.reports.ReportResult: the path and the seal
        self.last_output = Path(str(path))
        message = (
            self.tr("Le rapport signé a été enregistré :\n{path}")
            if signed
            else self.tr("Le rapport a été enregistré :\n{path}")
        ).format(path=path)
        seal = getattr(result, "seal", None)
        if seal is not None:
            message += "\n\n" + self.tr(
                "Identifiant du rapport : {id}\nEmpreinte du contenu (sceau) : {digest}"
            ).format(id=seal.report_id, digest=seal.content_sha256)
        self._report_seal = seal if signed and self._can_seal(seal) else None
        if self._report_seal is not None:
            message += "\n\n" + self.tr(
                "Vous pouvez maintenant sceller la campagne : elle ne pourra plus être modifiée, et restera "
                "telle que ce rapport signé la décrit."
            )
        self._show_info(
            self.tr("Rapport prêt"),
            message,
            self.tr("&Ouvrir le rapport"),
            extra=(self.tr("&Sceller la campagne…"), "sealCampaign", self.seal_campaign)
            if self._report_seal is not None
            else None,
        )

    def _can_seal(self, seal: object) -> bool:
        """Whether the campaign of ``seal`` is still open in the window and not sealed yet."""
        campaign_id = getattr(seal, "campaign_id", None)
        return (
            self.session.workspace is not None
            and campaign_id is not None
            and self.session.campaign_id == campaign_id
            and self.session.campaign_refusal() is None
        )

    @Slot()
    def seal_campaign(self) -> None:
        """Seal the current campaign with the seal of the signed report just produced, once the
        user has confirmed what it means."""
        seal = self._report_seal
        if seal is None or not self._can_seal(seal):
            return
        box = confirmation_box(
            self.window,
            self.tr("Sceller la campagne"),
            self.tr(
                "Sceller la campagne la fige telle que le rapport signé n° {id} la décrit : ses réponses, ses "
                "critères, son plan d'action et les preuves que le rapport cite ne pourront plus être modifiés ni "
                "supprimés, ici comme en ligne de commande ou par un import.\n\nPour continuer le travail "
                "ensuite, créez une « Nouvelle version » de la campagne (ses réponses et ses actions en cours y "
                "sont copiées).\n\nUn sceau ne peut pas être retiré. Sceller la campagne ?"
            ).format(id=seal.report_id),
            self._seal_confirmed,
            name="sealConfirmBox",
            yes_text=self.tr("&Sceller"),
            yes_name="confirmSeal",
        )
        self._open_box(box)

    @Slot()
    def _seal_confirmed(self) -> None:
        from hopen_desktop.model.operations.seals import seal_with_report

        seal, self._report_seal = self._report_seal, None
        if seal is None or self.session.campaign_id is None:
            return
        try:
            self.session.run(seal_with_report, self.session.campaign_id, seal)
        except HopenError as exc:
            self.show_error(self.tr("Campagne non scellée"), exc.message)
            return
        self.session.undo_stack.clear()  # edits made before the seal can no longer be undone
        self._status(self.tr("Campagne scellée : elle est désormais en lecture seule."))

    @Slot()
    def produce_signed_report(self) -> None:
        if self.session.workspace is None or self.session.campaign_id is None or self.job is not None:
            return
        from hopen_desktop.ui.reports.signature_dialog import SignatureDialog

        dialog = SignatureDialog(identity_jobs.identity_files(paths.identities_dir()), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.identityLoaded.connect(self._sign_with)
        self.dialog = dialog
        dialog.open()

    @Slot(object)
    def _sign_with(self, identity: object) -> None:
        self._produce(identity)

    # ----------------------------------------------------------------- verification

    @Slot()
    def verify_report(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Vérifier un rapport signé"), str(self._start_dir()), pdf_filter()
        )
        if not name:
            return
        self._last_dir = Path(name).parent
        from hopen_desktop.ui.reports.verify_dialog import VerifyDialog

        workspace = self.session.workspace.path if self.session.workspace is not None else None
        dialog = VerifyDialog(Path(name), self.window, workspace=workspace)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def show_signers(self) -> None:
        from hopen_desktop.ui.reports.signers_dialog import SignersDialog

        dialog = SignersDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    # ----------------------------------------------------------------- identities

    @Slot()
    def show_identities(self) -> None:
        from hopen_desktop.ui.reports.identity_dialog import IdentitiesDialog

        dialog = IdentitiesDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    # ----------------------------------------------------------------- Excel

    @Slot()
    def export_workbook(self) -> None:
        ws, campaign_id = self.session.workspace, self.session.campaign_id
        if ws is None or campaign_id is None or self.job is not None:
            return
        self._flush_edits()
        out = self._ask_save(
            self.tr("Exporter le classeur Excel"),
            self._default_name(".xlsx", "Autodiagnostic HOP'EN"),
            xlsx_filter(),
            ".xlsx",
        )
        if out is None:
            return
        self._start_job(
            self.tr("Export du classeur Excel"),
            workbook_jobs.export_xlsx,
            ws.path,
            campaign_id,
            out,
            done=self._export_done,
        )

    @Slot(object)
    def _export_done(self, path: object) -> None:
        self._end_job()
        self.last_output = Path(str(path))
        self._show_info(
            self.tr("Classeur exporté"),
            self.tr(
                "Le classeur a été enregistré :\n{path}\n\nComplétez les cellules jaunes, puis importez-le "
                "(menu Rapports, Importer un classeur Excel)."
            ).format(path=path),
            self.tr("&Ouvrir le classeur"),
        )

    @Slot()
    def import_workbook(self) -> None:
        ws, campaign_id = self.session.workspace, self.session.campaign_id
        if ws is None or campaign_id is None or self.job is not None:
            return
        self._flush_edits()
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Importer un classeur Excel"), str(self._start_dir()), xlsx_filter()
        )
        if not name:
            return
        self._last_dir = Path(name).parent
        self._import_campaign = campaign_id
        self._import_file = Path(name)
        self._start_job(
            self.tr("Import du classeur Excel"),
            workbook_jobs.check_xlsx,  # another campaign's workbook comes back as OtherCampaign
            ws.path,
            campaign_id,
            Path(name),
            done=self._workbook_read,
        )

    def _other_campaign(self, other: workbook_jobs.OtherCampaign) -> None:
        """The workbook is another campaign's (last year's…): refused, nothing written; the user
        may take its answers into the open campaign on purpose, after a backup."""
        camp = self.session.campaign()
        if camp is None:
            return
        text = self.tr(
            "Ce classeur est celui de la campagne du {found_date} (n° {found}), pas de la campagne ouverte du "
            "{date} (n° {id}) : l'importer remplacerait ses réponses, commentaires et justifications. Rien n'a "
            "été importé.\n\nImportez-le plutôt dans sa propre campagne. Pour reprendre à dessein ses réponses "
            "dans la campagne ouverte, choisissez « Importer quand même » : l'espace de travail est d'abord "
            "sauvegardé."
        ).format(found_date=other.found_date, found=other.found, date=format_date(camp.date), id=camp.id)
        box = confirmation_box(
            self.window,
            self.tr("Classeur d'une autre campagne"),
            text,
            self._import_anyway,
            name="otherCampaignBox",
            yes_text=self.tr("Importer &quand même"),
            yes_name="importAnyway",
        )
        box.setIcon(QMessageBox.Icon.Warning)
        self._open_box(box)

    @Slot()
    def _import_anyway(self) -> None:
        ws, campaign_id, path = self.session.workspace, self._import_campaign, self._import_file
        if ws is None or campaign_id is None or path is None or self.job is not None:
            return
        if campaign_id != self.session.campaign_id:
            return  # the user moved to another campaign meanwhile: ask again from the menu
        self._start_job(
            self.tr("Import du classeur Excel"),
            workbook_jobs.read_xlsx_after_backup,
            ws.path,
            campaign_id,
            path,
            done=self._workbook_read,
        )

    @Slot(object)
    def _workbook_read(self, parsed: object) -> None:
        """The workbook was read and checked in a pool thread; write it in one transaction here
        (a few milliseconds), on the session's connection, then announce the change."""
        title = self.job.title if self.job else ""
        self._end_job()
        campaign_id = self._import_campaign
        if self.session.workspace is None or campaign_id is None:
            return
        from hopen_desktop.model.operations.workbook import ParsedWorkbook, import_workbook

        if isinstance(parsed, workbook_jobs.OtherCampaign):
            self._other_campaign(parsed)
            return
        assert isinstance(parsed, ParsedWorkbook)
        try:
            summary = self.session.run(import_workbook, campaign_id, parsed)  # announces the answers written
        except HopenError as exc:
            self.show_error(title, exc.message)
            return
        if summary.changed:
            # Undoing an edit made before the import would silently overwrite imported answers.
            self.session.undo_stack.clear()
        self._show_info(self.tr("Classeur importé"), "\n".join(summary.lines()))
