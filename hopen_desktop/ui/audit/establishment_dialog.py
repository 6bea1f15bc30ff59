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
    QLayout,
    QLineEdit,
    QWidget,
)

from hopen_desktop.model.entities import ACTIVITIES, LEGAL_STATUS_TEXTS, Establishment, EstablishmentData
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.messages import ESTABLISHMENT_NAME
from hopen_desktop.model.validation import (
    check_finess,
    check_finess_format,
    check_name,
    check_provisional_finess,
    is_provisional_placeholder,
    normalize_finess,
)
from hopen_desktop.ui import jargon
from hopen_desktop.ui.session import Session
from hopen_desktop.ui.status import muted_style
from hopen_desktop.ui.widgets import ErrorLabel, clear_when_valid, lay_out_form_dialog, with_help


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
        self.finess.setMaxLength(13)  # 9 characters with spaces, or a placeholder PROV-XXXXXXXX
        self.finess.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.finess.setPlaceholderText(self.tr("9 caractères, ex. 750712184 ou 2A0000013"))
        self.finess.editingFinished.connect(self._check_finess)
        self.finess_error = ErrorLabel()
        self.finess_error.setObjectName("finessError")
        label = QLabel(self.tr("N° &FINESS :"))
        label.setBuddy(self.finess)
        self.finess.setAccessibleName(self.tr("Numéro FINESS"))  # in a row with its « ? »: named here
        form.addRow(label, with_help(self.finess, jargon.help_button(jargon.FINESS)))
        form.addRow(self.finess_error)
        self.provisional = QCheckBox(self.tr("FINESS pro&visoire (numéro pas encore connu)"))
        self.provisional.setObjectName("finessProvisional")
        self.provisional.toggled.connect(self._provisional_toggled)
        form.addRow("", self.provisional)
        self.provisional_hint = QLabel(
            self.tr(
                "Pas encore de numéro FINESS ? Cochez la case et laissez le champ vide : un numéro "
                "provisoire « PROV-… » est donné, et le rapport le signale. Quand vous connaissez le "
                "vrai numéro, saisissez-le et décochez la case."
            )
        )
        self.provisional_hint.setObjectName("finessProvisionalHint")
        self.provisional_hint.setWordWrap(True)
        self.provisional_hint.setStyleSheet(muted_style())
        form.addRow(self.provisional_hint)

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
        self.ght.setAccessibleName(self.tr("GHT (groupement hospitalier de territoire)"))
        form.addRow(label, with_help(self.ght, jargon.help_button(jargon.GHT)))
        self.ght_support = QCheckBox(self.tr("Établissement &support du GHT"))
        self.ght_support.setObjectName("ghtSupport")
        form.addRow("", self.ght_support)

        self.error, self.buttons = lay_out_form_dialog(self, form)
        # A refusal goes as soon as the field is valid (the same model checks as on saving).
        clear_when_valid(self.finess_error, self.finess, self._validate_finess)
        clear_when_valid(self.name_error, self.name, lambda: check_name(self.name.text(), ESTABLISHMENT_NAME))
        for field in (self.finess, self.name, self.legal_status, self.ght):
            clear_when_valid(self.error, field)
        # The wrapped messages and hint take the height they need (never clipped).
        content = self.findChild(QWidget, "scrolledContent")  # inside the scroll area (widgets.py)
        layout = content.layout() if content is not None else None
        if layout is not None:
            layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

        if establishment is not None:
            # A placeholder is not a number to edit: the field stays empty and names it.
            self.provisional.setChecked(establishment.finess_provisional)
            if not is_provisional_placeholder(establishment.finess):
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
            finess_provisional=self.provisional.isChecked(),
            name=self.name.text(),
            legal_status=self.legal_status.currentData(),
            activities=tuple(a for a, box in self.activities.items() if box.isChecked()),
            ght=self.ght.text().strip() or None,
            ght_support=self.ght_support.isChecked(),
        )

    def _validate_finess(self) -> None:
        """The model's rule for the number in the field: the key for a number entered, the shape
        only for the number the establishment already has (a workspace older than the key check
        may hold one), nothing but the shape when « FINESS provisoire » is ticked."""
        text = self.finess.text()
        est = self.establishment
        if self.provisional.isChecked():
            check_provisional_finess(text)
        elif est is not None and not est.finess_provisional and normalize_finess(text) == est.finess:
            check_finess_format(text)
        else:
            check_finess(text)

    @Slot(bool)
    def _provisional_toggled(self, provisional: bool) -> None:
        est = self.establishment
        if provisional:
            current = est.finess if est is not None and is_provisional_placeholder(est.finess) else None
            self.finess.setPlaceholderText(
                self.tr("vide : {number} est gardé").format(number=current)
                if current
                else self.tr("vide : un numéro PROV-… sera attribué")
            )
        else:
            self.finess.setPlaceholderText(self.tr("9 caractères, ex. 750712184 ou 2A0000013"))
        if self.finess_error.isVisible():
            self._check_finess()

    @Slot()
    def _check_finess(self) -> bool:
        if not self.finess.text().strip():
            self.finess_error.clear_message()
            return False
        try:
            self._validate_finess()
        except HopenError as exc:
            self.finess_error.show_message(exc.message)
            self.adjustSize()
            return False
        self.finess_error.clear_message()
        return True

    def accept(self) -> None:
        # Field by field first, so that each message sits next to its field.
        try:
            self._validate_finess()
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
