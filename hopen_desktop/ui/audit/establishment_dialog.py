"""Creating or editing an establishment. The model validates; its French message is shown
next to the field concerned and the dialog stays open."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from hopen_desktop.model.entities import ACTIVITIES, LEGAL_STATUS_TEXTS, Establishment, EstablishmentData
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.messages import ESTABLISHMENT_NAME
from hopen_desktop.model.validation import check_finess, check_name
from hopen_desktop.ui.session import Session
from hopen_desktop.ui.widgets import ErrorLabel, lay_out_form_dialog


class EstablishmentDialog(QDialog):
    def __init__(self, session: Session, establishment: Establishment | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.establishment = establishment
        self.saved: Establishment | None = None
        self.setWindowTitle(
            self.tr("Nouvel établissement") if establishment is None else self.tr("Modifier l'établissement")
        )
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.finess = QLineEdit()
        self.finess.setObjectName("finess")
        self.finess.setMaxLength(12)
        self.finess.setPlaceholderText(self.tr("9 caractères, ex. 750712184 ou 2A0000013"))
        self.finess.editingFinished.connect(self._check_finess)
        self.finess_error = ErrorLabel()
        self.finess_error.setObjectName("finessError")
        label = QLabel(self.tr("N° &FINESS :"))
        label.setBuddy(self.finess)
        form.addRow(label, self.finess)
        form.addRow(self.finess_error)

        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name_error = ErrorLabel()
        label = QLabel(self.tr("&Nom :"))
        label.setBuddy(self.name)
        form.addRow(label, self.name)
        form.addRow(self.name_error)

        self.legal_status = QComboBox()
        self.legal_status.setObjectName("legalStatus")
        for key, text in LEGAL_STATUS_TEXTS.items():
            self.legal_status.addItem(text.text(), str(key))
        label = QLabel(self.tr("&Statut juridique :"))
        label.setBuddy(self.legal_status)
        form.addRow(label, self.legal_status)

        row = QHBoxLayout()
        self.activities: dict[str, QCheckBox] = {}
        for act in ACTIVITIES:
            box = QCheckBox(act)
            box.setObjectName(f"activity:{act}")
            self.activities[act] = box
            row.addWidget(box)
        row.addStretch(1)
        form.addRow(self.tr("Activités :"), row)

        self.ght = QLineEdit()
        self.ght.setObjectName("ght")
        self.ght.setPlaceholderText(self.tr("vide si l'établissement n'est pas membre d'un GHT"))
        # Offer the GHT names already used, so that one GHT is not split in two by a spelling.
        known = sorted({e.ght for e in session.establishments() if e.ght}, key=str.casefold)
        completer = QCompleter(known, self.ght)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ght.setCompleter(completer)
        label = QLabel(self.tr("&GHT :"))
        label.setBuddy(self.ght)
        form.addRow(label, self.ght)
        self.ght_support = QCheckBox(self.tr("Établissement &support du GHT"))
        self.ght_support.setObjectName("ghtSupport")
        form.addRow("", self.ght_support)

        self.error, self.buttons = lay_out_form_dialog(self, form)

        if establishment is not None:
            self.finess.setText(establishment.finess)
            self.name.setText(establishment.name)
            self.legal_status.setCurrentIndex(max(0, self.legal_status.findData(establishment.legal_status)))
            for act, box in self.activities.items():
                box.setChecked(act in establishment.activities)
            self.ght.setText(establishment.ght or "")
            self.ght_support.setChecked(establishment.ght_support)
        self.finess.setFocus()

    def data(self) -> EstablishmentData:
        return EstablishmentData(
            finess=self.finess.text(),
            name=self.name.text(),
            legal_status=self.legal_status.currentData(),
            activities=tuple(a for a, box in self.activities.items() if box.isChecked()),
            ght=self.ght.text().strip() or None,
            ght_support=self.ght_support.isChecked(),
        )

    @Slot()
    def _check_finess(self) -> bool:
        if not self.finess.text().strip():
            self.finess_error.clear_message()
            return False
        try:
            check_finess(self.finess.text())
        except HopenError as exc:
            self.finess_error.show_message(exc.message)
            self.adjustSize()
            return False
        self.finess_error.clear_message()
        return True

    def accept(self) -> None:
        # Field by field first, so that each message sits next to its field.
        try:
            check_finess(self.finess.text())
            self.finess_error.clear_message()
        except HopenError as exc:
            self.finess_error.show_message(exc.message)
            self.finess.setFocus()
            self.adjustSize()
            return
        try:
            check_name(self.name.text(), ESTABLISHMENT_NAME)
            self.name_error.clear_message()
        except HopenError as exc:
            self.name_error.show_message(exc.message)
            self.name.setFocus()
            self.adjustSize()
            return
        try:
            if self.establishment is None:
                self.saved = self.session.add_establishment(self.data())
            else:
                self.saved = self.session.update_establishment(self.establishment.id, self.data())
        except HopenError as exc:
            self.error.show_message(exc.message)
            self.adjustSize()
            return
        super().accept()
