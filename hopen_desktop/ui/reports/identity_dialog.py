"""Signing identities kept by the app (password-protected PKCS#12 files in the user's identities
folder): the list with each certificate's SHA-256 fingerprint, creating a self-signed identity,
importing a .p12/.pfx after checking its password."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.jobs import identities as identity_jobs
from hopen_desktop.jobs.identities import IdentitySummary
from hopen_desktop.model import paths
from hopen_desktop.model.formatting import format_date
from hopen_desktop.reports.signing import MIN_PASSWORD_LENGTH
from hopen_desktop.ui import jargon, tasks
from hopen_desktop.ui.file_filters import identity_filter
from hopen_desktop.ui.geometry import make_scrollable
from hopen_desktop.ui.record_model import OBJECT_ROLE, RecordTableModel
from hopen_desktop.ui.reports.signature_dialog import SignatureDialog
from hopen_desktop.ui.reports.signature_widgets import add_fingerprint_row
from hopen_desktop.ui.widgets import ErrorLabel, list_table, with_help


class IdentityTableModel(RecordTableModel[IdentitySummary]):
    HOLDER, ORGANISATION, EXPIRY, FILE = range(4)

    def set_identities(self, rows: list[IdentitySummary]) -> None:
        self.set_rows(rows)

    def identity(self, row: int) -> IdentitySummary:
        return self.row_object(row)

    def row_of(self, path: Path) -> int:
        return next((n for n, r in enumerate(self._rows) if r.path == path), -1)

    def headers(self) -> list[str]:
        return [self.tr("Titulaire"), self.tr("Organisation"), self.tr("Valable jusqu'au"), self.tr("Fichier")]

    def display(self, row: IdentitySummary, col: int) -> Any:
        if col == self.HOLDER:
            return row.signer_name
        if col == self.ORGANISATION:
            return row.organisation
        if col == self.EXPIRY:
            return format_date(row.not_after) if row.not_after else "—"
        return row.path.name

    def tooltip(self, row: IdentitySummary, col: int) -> Any:
        return self.display(row, col)


class IdentityCreateDialog(QDialog):
    """A new self-signed identity: name, organisation, email, password typed twice."""

    created = Signal(object)  # IdentitySummary

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identityCreateDialog")
        self.setWindowTitle(self.tr("Créer une identité de signature"))
        self.setMinimumWidth(520)
        self.folder = folder
        self._task: tasks.Task | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "L'identité créée est auto-signée : le lecteur d'un rapport signé la reconnaîtra en comparant "
                "l'empreinte SHA-256 de son certificat avec celle que vous lui communiquerez."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisation")
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.email.setPlaceholderText("prenom.nom@etablissement.fr")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        for text, field in (
            (self.tr("&Nom du signataire :"), self.name),
            (self.tr("&Organisation :"), self.organisation),
            (self.tr("&Adresse électronique :"), self.email),
            (self.tr("&Mot de passe :"), self.password),
            (self.tr("&Confirmation :"), self.confirm),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        hint = QLabel(
            self.tr(
                "Au moins {n} caractères. Il sera demandé à chaque signature ; il ne peut pas être retrouvé."
            ).format(n=MIN_PASSWORD_LENGTH)
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        layout.addLayout(form)
        self.error = ErrorLabel()
        self.error.setObjectName("error")
        layout.addWidget(self.error)
        self.status = QLabel()
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("C&réer"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        make_scrollable(self)  # a small screen scrolls the form; the buttons stay below it

    def accept(self) -> None:
        if self._task is not None:
            return
        if self.password.text() != self.confirm.text():
            self.error.show_message(
                self.tr("Les deux mots de passe ne sont pas identiques : saisissez-les de nouveau.")
            )
            self.password.clear()
            self.confirm.clear()
            self.password.setFocus()
            return
        self.error.clear_message()
        self.status.setText(self.tr("Création de la clé de signature…"))
        self._task = tasks.run(
            identity_jobs.create,
            self.name.text(),
            self.organisation.text(),
            self.email.text(),
            self.password.text(),
            self.folder,
            on_done=self._on_created,
            on_error=self._on_refused,
            owner=self,
        )
        self._set_busy(True)

    def _set_busy(self, busy: bool) -> None:
        for field in (self.name, self.organisation, self.email, self.password, self.confirm):
            field.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)

    @Slot(object)
    def _on_created(self, summary: object) -> None:
        self._task = None
        self.password.clear()
        self.confirm.clear()
        self._set_busy(False)
        self.created.emit(summary)
        super().accept()

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        self._task = None
        self.status.clear()
        self._set_busy(False)
        self.error.show_message(message)

    def reject(self) -> None:
        if self._task is not None:
            return  # the key is being created: its answer must find the dialog alive
        self.password.clear()
        self.confirm.clear()
        super().reject()


class IdentitiesDialog(QDialog):
    """The identities in the user's folder, with create / import and the selected fingerprint."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identitiesDialog")
        self.setWindowTitle(self.tr("Identités de signature"))
        self.resize(860, 440)
        self.folder = folder or paths.identities_dir()
        self.dialog: QDialog | None = None  # the sub-dialog open (non-blocking)
        self.model = IdentityTableModel(self)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Chaque identité est un fichier d'identité (.p12) protégé par son mot de passe, rangé dans {folder}."
            ).format(folder=self.folder)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(with_help(intro, jargon.help_button(jargon.IDENTITY_FILE)))
        self.table = list_table(self.model, "identities", self.tr("Identités de signature"))
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        layout.addWidget(self.table, 1)

        self.fingerprint, self.copy_button = add_fingerprint_row(
            layout, self.tr("&Empreinte SHA-256 du certificat sélectionné :"), self.tr("Co&pier"), self.copy_fingerprint
        )
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.create_button = buttons.addButton(self.tr("&Créer une identité…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.setObjectName("create")
        self.create_button.clicked.connect(self.create_identity)
        self.import_button = buttons.addButton(self.tr("&Importer un .p12…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setObjectName("import")
        self.import_button.clicked.connect(self.import_identity)
        self.folder_button = buttons.addButton(self.tr("Ouvrir le &dossier"), QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.clicked.connect(self.open_folder)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self, select: Path | None = None) -> None:
        self.model.set_identities([identity_jobs.summarise(p) for p in identity_jobs.identity_files(self.folder)])
        row = self.model.row_of(select) if select is not None else (0 if self.model.rowCount() else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._on_current(self.model.index(row, 0) if row >= 0 else QModelIndex())
        if not self.model.rowCount():
            self.message.setText(self.tr("Aucune identité pour l'instant : créez-en une, ou importez votre .p12."))

    @Slot(QModelIndex)
    def _on_current(self, index: QModelIndex) -> None:
        summary = index.data(OBJECT_ROLE) if index.isValid() else None
        fingerprint = summary.fingerprint if isinstance(summary, IdentitySummary) else None
        self.fingerprint.set_fingerprint(fingerprint)
        self.copy_button.setEnabled(bool(fingerprint))
        if isinstance(summary, IdentitySummary) and not fingerprint:
            self.message.setText(self.tr("L'empreinte de cette identité s'affichera à la signature (mot de passe)."))
        else:
            self.message.clear()

    @Slot()
    def copy_fingerprint(self) -> None:
        QGuiApplication.clipboard().setText(self.fingerprint.fingerprint())
        self.message.setText(self.tr("Empreinte copiée dans le presse-papiers."))

    @Slot()
    def open_folder(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    @Slot()
    def create_identity(self) -> None:
        dialog = IdentityCreateDialog(self.folder, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._on_added)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def import_identity(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importer une identité de signature"), str(Path.home()), identity_filter()
        )
        if not name:
            return
        dialog = SignatureDialog(
            [Path(name)],
            self,
            choose=False,
            import_into=self.folder,
            intro=self.tr("Saisissez le mot de passe de « {name} » : il est vérifié avant la copie.").format(
                name=Path(name).name
            ),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.identityImported.connect(self._on_added)
        self.dialog = dialog
        dialog.open()

    @Slot(object)
    def _on_added(self, summary: object) -> None:
        assert isinstance(summary, IdentitySummary)
        self.refresh(select=summary.path)
        self.message.setText(
            self.tr(
                "Identité « {name} » enregistrée dans {path}. Communiquez l'empreinte de son certificat aux "
                "lecteurs de vos rapports : elle leur permet de vérifier que la signature est bien la vôtre."
            ).format(name=summary.signer_name, path=summary.path)
        )
