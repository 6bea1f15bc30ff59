"""Choose a signing identity and type its password: asked at each signing, never stored. The
password is checked in a pool thread (loading the key takes a few hundred ms); a wrong one shows
the French message in the dialog and the user types it again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.jobs import identities as identity_jobs
from hopen_desktop.ui import jargon, tasks
from hopen_desktop.ui.file_filters import identity_filter
from hopen_desktop.ui.geometry import make_scrollable
from hopen_desktop.ui.reports.signature_widgets import FingerprintLabel
from hopen_desktop.ui.widgets import ErrorLabel, push_button, with_help


class SignatureDialog(QDialog):
    """``choose=True``: pick among ``identities`` or browse for a .p12/.pfx (signing).
    ``choose=False``: only the password of ``identities[0]`` (importing an identity).

    On a correct password emits ``identityLoaded(Identity)`` (or, for an import,
    ``identityImported(IdentitySummary)``) and accepts."""

    identityLoaded = Signal(object)
    identityImported = Signal(object)

    def __init__(
        self,
        identities: list[Path],
        parent: QWidget | None = None,
        *,
        choose: bool = True,
        import_into: Path | None = None,
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signatureDialog")
        self._import_into = import_into
        self._task: tasks.Task | None = None
        self.setWindowTitle(self.tr("Signer le rapport") if choose else self.tr("Importer une identité"))
        self.setMinimumWidth(640)

        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            layout.addWidget(text)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.identity = QComboBox()
        self.identity.setObjectName("identity")
        self.identity.setMinimumContentsLength(30)
        for path in identities:
            self._add_identity(path)
        self.identity.currentIndexChanged.connect(self._on_identity_changed)
        self.browse = push_button(self.tr("&Parcourir…"), "browse", self.browse_identity)
        row = QHBoxLayout()
        row.addWidget(self.identity, 1)
        row.addWidget(self.browse)
        row.addWidget(jargon.help_button(jargon.IDENTITY_FILE))
        label = QLabel(self.tr("&Identité :"))
        label.setBuddy(self.identity)
        form.addRow(label, row)
        self.identity.setEnabled(choose)
        self.browse.setVisible(choose)

        self.holder = QLabel()
        self.holder.setObjectName("holder")
        self.holder.setWordWrap(True)
        self.holder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Titulaire :"), self.holder)
        self.fingerprint = FingerprintLabel()
        self.fingerprint.setObjectName("fingerprint")
        form.addRow(self.tr("Empreinte SHA-256 :"), with_help(self.fingerprint, jargon.help_button(jargon.FINGERPRINT)))

        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.textChanged.connect(self._on_password_edited)
        label = QLabel(self.tr("&Mot de passe :"))
        label.setBuddy(self.password)
        form.addRow(label, self.password)
        note = QLabel(self.tr("Le mot de passe est demandé à chaque signature ; il n'est jamais enregistré."))
        note.setWordWrap(True)
        note.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        form.addRow("", note)
        layout.addLayout(form)

        self.error = ErrorLabel()
        self.error.setObjectName("error")
        layout.addWidget(self.error)
        self.status = QLabel()
        self.status.setObjectName("status")
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("sign")
        self.ok_button.setText(self.tr("&Signer") if choose else self.tr("I&mporter"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if choose:  # what the signature is, just above the button that signs
            kind_row = QHBoxLayout()
            kind = QLabel(self.tr("Signature électronique au format PAdES"))
            kind.setStyleSheet("QLabel { color: palette(placeholder-text); }")
            kind_row.addWidget(kind)
            kind_row.addWidget(jargon.help_button(jargon.SIGNATURE))
            kind_row.addStretch(1)
            layout.addLayout(kind_row)
        layout.addWidget(self.buttons)  # last: make_scrollable keeps it below the scrolled form
        make_scrollable(self)  # a small screen scrolls the form; the buttons stay below it
        self._on_identity_changed()
        self.password.setFocus()

    # ----------------------------------------------------------------- identities

    def _add_identity(self, path: Path) -> None:
        summary = identity_jobs.summarise(path)
        self.identity.addItem(f"{summary.signer_name} — {path.name}", summary)

    def selected_path(self) -> Path | None:
        summary = self.identity.currentData()
        return summary.path if isinstance(summary, identity_jobs.IdentitySummary) else None

    @Slot()
    def browse_identity(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choisir une identité de signature"), str(Path.home()), identity_filter()
        )
        if name:
            self.select_path(Path(name))

    def select_path(self, path: Path) -> None:
        for row in range(self.identity.count()):
            data = self.identity.itemData(row)
            if isinstance(data, identity_jobs.IdentitySummary) and data.path == path:
                self.identity.setCurrentIndex(row)
                return
        self._add_identity(path)
        self.identity.setCurrentIndex(self.identity.count() - 1)

    @Slot()
    def _on_identity_changed(self) -> None:
        summary = self.identity.currentData()
        if isinstance(summary, identity_jobs.IdentitySummary):
            parts = [summary.signer_name]
            if summary.organisation:
                parts.append(summary.organisation)
            if summary.email:
                parts.append(summary.email)
            self.holder.setText(" — ".join(parts))
            self.fingerprint.set_fingerprint(summary.fingerprint, self.tr("(affichée une fois le mot de passe saisi)"))
        else:
            self.fingerprint.set_fingerprint(None)
            self.holder.setText(
                self.tr(
                    "Aucune identité : créez-en une (menu Rapports, Identités de signature) ou choisissez "
                    "un fichier .p12."
                )
            )
        self.error.clear_message()
        self._update_ok()

    @Slot()
    def _on_password_edited(self) -> None:
        self._update_ok()

    def _update_ok(self) -> None:
        busy = self._task is not None
        self.ok_button.setEnabled(not busy and self.selected_path() is not None and bool(self.password.text()))

    # ----------------------------------------------------------------- checking the password

    def accept(self) -> None:
        path = self.selected_path()
        if path is None or not self.password.text() or self._task is not None:
            return
        self.error.clear_message()
        self.status.setText(self.tr("Vérification du mot de passe…"))
        password = self.password.text()
        function: Callable[..., Any] = identity_jobs.load
        args: tuple[Any, ...] = (path, password)
        if self._import_into is not None:
            function, args = identity_jobs.import_identity, (path, password, self._import_into)
        self._task = tasks.run(function, *args, on_done=self._on_loaded, on_error=self._on_refused, owner=self)
        self._set_busy(True)

    def _set_busy(self, busy: bool) -> None:
        self.identity.setEnabled(not busy and self.browse.isVisible())
        self.browse.setEnabled(not busy)
        self.password.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self._update_ok()

    @Slot(object)
    def _on_loaded(self, result: object) -> None:
        self._task = None
        self.password.clear()  # the key is loaded: the password is no longer needed anywhere
        self.status.clear()
        self._set_busy(False)
        if self._import_into is not None:
            self.identityImported.emit(result)
        else:
            self.identityLoaded.emit(result)
        super().accept()

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        self._task = None
        self.status.clear()
        self._set_busy(False)
        self.error.show_message(message)
        self.password.selectAll()
        self.password.setFocus()

    def reject(self) -> None:
        if self._task is not None:
            return  # the check takes under a second: its answer must find the dialog alive
        self.password.clear()
        super().reject()
