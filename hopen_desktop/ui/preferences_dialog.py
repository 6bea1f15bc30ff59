"""Preferences: the interface language (applied at once by the main window, kept in QSettings), « Votre
nom » (the person at this computer, kept in QSettings, written on each journal row) and, when a
workspace is open, the workspace's own preferences (the size limit of an attached file)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.i18n import current_language
from hopen_desktop.model.settings import BACKUPS_KEPT, MAX_FILE_MB
from hopen_desktop.model.validation import check_author
from hopen_desktop.ui.geometry import make_scrollable
from hopen_desktop.ui.settings import AppSettings
from hopen_desktop.ui.widgets import ErrorLabel, clear_when_valid

if TYPE_CHECKING:
    from hopen_desktop.ui.session import Session


class PreferencesDialog(QDialog):
    #: The user chose another interface language (the main window applies it at once).
    languageChosen = Signal(str)

    def __init__(self, settings: AppSettings, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session = session
        self.setWindowTitle(self.tr("Préférences"))
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        # The language the window speaks now (--lang may differ from the setting).
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        label = QLabel(self.tr("&Langue de l'interface :"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        note = QLabel(self.tr("La nouvelle langue s'applique dès que vous validez par OK."))
        note.setWordWrap(True)
        form.addRow("", note)

        self.author = QLineEdit(settings.author())
        self.author.setObjectName("authorName")
        self.author.setPlaceholderText(self.tr("prénom et nom, ou fonction"))
        self.author.setAccessibleName(self.tr("Votre nom"))
        self.author.setMaxLength(300)
        label = QLabel(self.tr("&Votre nom :"))
        label.setBuddy(self.author)
        form.addRow(label, self.author)
        note = QLabel(
            self.tr(
                "Inscrit dans le journal des modifications à chaque changement que vous faites sur cet "
                "ordinateur (laissez vide pour ne pas le noter)."
            )
        )
        note.setWordWrap(True)
        form.addRow("", note)
        self.author_error = ErrorLabel()
        self.author_error.setObjectName("authorError")
        form.addRow(self.author_error)
        clear_when_valid(self.author_error, self.author, lambda: check_author(self.author.text().strip()))

        self.max_file_mb: QSpinBox | None = None
        self.backups_kept: QSpinBox | None = None
        self.max_file_error = ErrorLabel()
        self.max_file_error.setObjectName("maxFileError")
        if session is not None and session.workspace is not None:
            self.max_file_mb = QSpinBox()
            self.max_file_mb.setObjectName("maxFileMb")
            self.max_file_mb.setRange(MAX_FILE_MB.minimum, MAX_FILE_MB.maximum)
            self.max_file_mb.setSuffix(self.tr(" Mo"))
            self.max_file_mb.setValue(session.max_file_mb())
            self.max_file_mb.setAccessibleName(self.tr("Taille maximale d'un fichier joint, en mégaoctets"))
            label = QLabel(self.tr("&Taille maximale d'un fichier joint :"))
            label.setBuddy(self.max_file_mb)
            form.addRow(label, self.max_file_mb)
            clear_when_valid(self.max_file_error, self.max_file_mb)
            self.backups_kept = QSpinBox()
            self.backups_kept.setObjectName("backupsKept")
            self.backups_kept.setRange(BACKUPS_KEPT.minimum, BACKUPS_KEPT.maximum)
            self.backups_kept.setValue(session.backups_kept())
            self.backups_kept.setAccessibleName(self.tr("Nombre de sauvegardes conservées"))
            label = QLabel(self.tr("&Sauvegardes conservées :"))
            label.setBuddy(self.backups_kept)
            form.addRow(label, self.backups_kept)
            note = QLabel(
                self.tr("Réglage de l'espace de travail « {name} » : il voyage avec lui.").format(
                    name=session.workspace.path.name
                )
            )
            note.setWordWrap(True)
            form.addRow("", note)
            form.addRow(self.max_file_error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        make_scrollable(self)  # a small screen scrolls the form; the buttons stay below it

    def accept(self) -> None:
        name = self.author.text().strip()
        try:
            check_author(name)
            if self.session is not None:
                self.session.set_author(name)
        except HopenError as exc:
            self.author_error.show_message(exc.message)
            self.author.setFocus()
            return
        self.author_error.clear_message()
        self.settings.set_author(name)
        if self.max_file_mb is not None and self.session is not None and self.session.workspace is not None:
            value = self.max_file_mb.value()
            try:
                if value != self.session.max_file_mb():
                    self.session.set_max_file_mb(value)
                if self.backups_kept is not None and self.backups_kept.value() != self.session.backups_kept():
                    self.session.set_backups_kept(self.backups_kept.value())
            except HopenError as exc:
                self.max_file_error.show_message(exc.message)
                return
        language = str(self.language.currentData())
        changed = language != current_language()
        if changed:  # kept only when chosen here: a window started with --lang leaves the setting alone
            self.settings.set_language(language)
        super().accept()
        if changed:
            self.languageChosen.emit(language)
