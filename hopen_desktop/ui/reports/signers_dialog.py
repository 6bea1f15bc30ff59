"""The book of approved signers (``reports/approved_signers.py``): the certificates whose
signatures this computer recognises, each with its fingerprint in groups of four and how it was
approved; a certificate file imported, an entry removed after confirmation. Also the fingerprint
label shared with the verification dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.model import paths
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.formatting import format_date
from hopen_desktop.reports import approved_signers as book
from hopen_desktop.reports.approved_signers import ApprovedSigner
from hopen_desktop.ui.record_model import OBJECT_ROLE, RecordTableModel
from hopen_desktop.ui.reports.signature_widgets import add_fingerprint_row
from hopen_desktop.ui.status import error_style
from hopen_desktop.ui.widgets import confirmation_box, list_table


def certificate_filter() -> str:
    return QCoreApplication.translate("FileFilters", "Certificats (*.cer *.crt *.pem *.der);;Tous les fichiers (*)")


class SignersTableModel(RecordTableModel[ApprovedSigner]):
    NAME, ORGANISATION, FINGERPRINT, HOW, VALID_UNTIL = range(5)

    def headers(self) -> list[str]:
        return [
            self.tr("Signataire"),
            self.tr("Organisation"),
            self.tr("Empreinte (début)"),
            self.tr("Approuvé par"),
            self.tr("Valable jusqu'au"),
        ]

    def row_id(self, obj: ApprovedSigner) -> Any:
        return obj.fingerprint

    def display(self, row: ApprovedSigner, col: int) -> Any:
        if col == self.NAME:
            return row.name
        if col == self.ORGANISATION:
            return row.organisation
        if col == self.FINGERPRINT:
            return " ".join(row.grouped_fingerprint.split(" ")[:4]) + " …"
        if col == self.HOW:
            return row.how_label
        return format_date(row.not_after.date())

    def tooltip(self, row: ApprovedSigner, col: int) -> Any:
        return row.grouped_fingerprint if col == self.FINGERPRINT else self.display(row, col)


class SignersDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, book_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signersDialog")
        self.setWindowTitle(self.tr("Signataires approuvés"))
        self.resize(820, 520)
        self.book_path = book_path if book_path is not None else paths.approved_signers_path()
        #: The confirmation or file dialog opened last (tests drive it).
        self.dialog: QWidget | None = None
        self.model = SignersTableModel(self)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Un rapport dont le signataire figure ici est reconnu à la vérification. Vos propres identités y "
                "sont dès leur création. Pour un autre signataire, importez le fichier de son certificat, ou "
                "approuvez-le depuis un rapport vérifié après avoir comparé l'empreinte avec lui par téléphone : "
                "un imposteur peut reprendre le même nom, pas la même empreinte."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = list_table(self.model, "signers", self.tr("Signataires approuvés"))
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        layout.addWidget(self.table, 1)

        self.fingerprint, self.copy_button = add_fingerprint_row(
            layout, self.tr("&Empreinte SHA-256 du signataire sélectionné :"), self.tr("Co&pier"), self.copy_fingerprint
        )
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(
            self.tr("&Importer un certificat…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.setObjectName("importCertificate")
        self.import_button.clicked.connect(self.import_certificate)
        self.remove_button = buttons.addButton(self.tr("&Retirer…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.setObjectName("remove")
        self.remove_button.clicked.connect(self.ask_remove)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    # ----------------------------------------------------------------- showing

    def refresh(self, select: str | None = None) -> None:
        try:
            entries = book.read_book(self.book_path).entries
            problem = ""
        except HopenError as exc:  # a damaged book: said, never overwritten behind the user's back
            entries, problem = (), exc.message
        self.model.set_rows(entries)
        row = self.model.row_of(select) if select is not None else (0 if entries else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._on_current(self.model.index(row, 0) if row >= 0 else QModelIndex())
        if problem:
            self._say(problem, error=True)
        elif not entries:
            self._say(self.tr("Aucun signataire approuvé pour l'instant."))

    def selected(self) -> ApprovedSigner | None:
        index = self.table.currentIndex()
        entry = index.data(OBJECT_ROLE) if index.isValid() else None
        return entry if isinstance(entry, ApprovedSigner) else None

    @Slot(QModelIndex)
    def _on_current(self, index: QModelIndex) -> None:
        entry = index.data(OBJECT_ROLE) if index.isValid() else None
        fingerprint = entry.fingerprint if isinstance(entry, ApprovedSigner) else None
        self.fingerprint.set_fingerprint(fingerprint, self.tr("(aucun signataire sélectionné)"))
        self.copy_button.setEnabled(bool(fingerprint))
        self.remove_button.setEnabled(bool(fingerprint))
        self.message.clear()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(error_style() if error else "")
        self.message.setText(text)

    @Slot()
    def copy_fingerprint(self) -> None:
        QGuiApplication.clipboard().setText(self.fingerprint.fingerprint())
        self._say(self.tr("Empreinte copiée dans le presse-papiers."))

    # ----------------------------------------------------------------- changing

    @Slot()
    def import_certificate(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importer le certificat d'un signataire"), str(Path.home()), certificate_filter()
        )
        if not name:
            return
        try:
            change = book.approve_certificate_file(Path(name), path=self.book_path)
        except (HopenError, OSError) as exc:
            self._say(exc.message if isinstance(exc, HopenError) else str(exc.strerror or exc), error=True)
            return
        self.refresh(select=change.entry.fingerprint)
        text = (
            self.tr("« {name} » est maintenant un signataire approuvé.")
            if change.added
            else self.tr("« {name} » était déjà un signataire approuvé.")
        ).format(name=change.entry.name)
        if change.set_aside is not None:
            text += " " + self.tr("L'ancien carnet, endommagé, a été mis de côté sous « {path} ».").format(
                path=change.set_aside
            )
        self._say(text)

    @Slot()
    def ask_remove(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        fingerprint = entry.fingerprint
        box = confirmation_box(
            self,
            self.tr("Retirer un signataire approuvé"),
            self.tr(
                "Retirer « {name} » (empreinte {fingerprint}) des signataires approuvés ? Ses rapports seront "
                "ensuite indiqués « signataire non approuvé » à la vérification."
            ).format(name=entry.name, fingerprint=entry.grouped_fingerprint),
            lambda: self._remove(fingerprint),
            name="confirmRemove",
            yes_text=self.tr("&Retirer"),
            yes_name="confirm",
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = box
        box.open()

    def _remove(self, fingerprint: str) -> None:
        try:
            removed = book.remove(fingerprint, path=self.book_path)
        except (HopenError, OSError) as exc:
            self._say(exc.message if isinstance(exc, HopenError) else str(exc.strerror or exc), error=True)
            return
        self.refresh()
        self._say(self.tr("« {name} » a été retiré des signataires approuvés.").format(name=removed.name))
