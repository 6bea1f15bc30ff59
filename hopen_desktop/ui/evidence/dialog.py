"""The form of one evidence item: date, title, the fields of its type, the indicators and
criteria it supports, and its attached files (file dialog or drag and drop; name, size and
SHA-256 fingerprint; open a temporary copy, save as, remove).

Date, title, fields and links are written when the form is accepted. Files are attached and
removed at once, each in its own transaction: a new item is therefore saved before its first
file is attached (the form says so). Every refusal of the model is shown next to its field."""

from __future__ import annotations

import atexit
import datetime as dt
import hashlib
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QItemSelection, QLocale, QModelIndex, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.model import messages
from hopen_desktop.model.entities import Evidence, EvidenceFile, EvidenceLink
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.evidence_types import EVIDENCE_TYPE_DEFS, FieldDef, FieldType, title_hint
from hopen_desktop.model.evidence_types import evidence_type as evidence_type_def
from hopen_desktop.model.files import write_atomic
from hopen_desktop.model.formatting import parse_percent_input, percent_input_text
from hopen_desktop.model.messages import EVIDENCE_TITLE
from hopen_desktop.model.validation import check_name
from hopen_desktop.ui import jargon
from hopen_desktop.ui.evidence.models import FileTableModel, type_labels
from hopen_desktop.ui.geometry import make_scrollable
from hopen_desktop.ui.session import Session
from hopen_desktop.ui.status import muted_style
from hopen_desktop.ui.widgets import ErrorLabel, clear_when_valid, confirmation_box, push_button


def field_specs(evidence_type: str) -> tuple[FieldDef, ...]:
    """The fields of an evidence type, as declared in ``model.evidence_types``."""
    etype = evidence_type_def(evidence_type)
    return etype.fields if etype else ()


def format_percent(value: Any) -> str:
    """0.995 -> '99,5' (the form shows rates as percentages, in the interface language)."""
    return percent_input_text(value)


def parse_percent(text: str) -> float | None:
    """'99,5' or '99.5 %' -> 0.995; '' -> None. Raises ValueError when it is not a percentage
    between 0 and 100."""
    return parse_percent_input(text)


def _parse_number(text: str) -> float | int | None:
    """'2,5' or '2.5' -> 2.5; '' -> None; ValueError otherwise."""
    compact = re.sub(r"[\s\u00a0\u202f]", "", text).replace(",", ".")
    if not compact:
        return None
    number = float(compact)
    return int(number) if number.is_integer() and "." not in compact else number


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setLocale(QLocale())  # the interface language (ui/translations.py sets the default)
    edit.setMinimumDate(QDate(1990, 1, 1))
    return edit


class OptionalDate(QWidget):
    """A date that may be left blank: a check box "renseignée" and a QDateEdit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.given = QCheckBox(self.tr("renseignée"))
        self.edit = _date_edit()
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.given.toggled.connect(self.edit.setEnabled)
        lay.addWidget(self.given)
        lay.addWidget(self.edit)
        lay.addStretch(1)
        self.setFocusProxy(self.given)

    def name_parts(self, title: str) -> None:
        """Name the box and the date after the field (« Date de révision : renseignée »)."""
        self.given.setAccessibleName(self.tr("{field} : renseignée").format(field=title))
        self.edit.setAccessibleName(title)

    def value(self) -> str | None:
        if not self.given.isChecked():
            return None
        day = self.edit.date().toPython()
        return day.isoformat() if isinstance(day, dt.date) else None

    def set_value(self, value: Any) -> None:
        day = None
        if isinstance(value, str):
            try:
                day = dt.date.fromisoformat(value)
            except ValueError:
                day = None
        self.given.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(QDate(day.year, day.month, day.day))


class FileDropView(QTableView):
    """The list of attached files; local files dropped on it are announced by ``filesDropped``."""

    filesDropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(False)

    @staticmethod
    def _paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._paths(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self._paths(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = self._paths(event)
        if not paths:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.filesDropped.emit(paths)


_OPENED_COPIES: Path | None = None


def _opened_copies_root() -> Path:
    """One temporary folder per run for the copies opened in other applications, removed when the
    application exits (not when the dialog closes: the other application may still hold them)."""
    global _OPENED_COPIES
    if _OPENED_COPIES is None:
        _OPENED_COPIES = Path(tempfile.mkdtemp(prefix="hopen-copies-"))
        atexit.register(shutil.rmtree, _OPENED_COPIES, ignore_errors=True)
    return _OPENED_COPIES


class EvidenceDialog(QDialog):
    """New item (``evidence`` None; ``evidence_type`` preselected) or edit of ``evidence``.

    ``links`` pre-fills a new item's list of supported indicators and criteria (« Joindre une
    preuve » from a criterion of the indicator page): they stay checked when the type changes."""

    #: Emitted after an item was saved (added or updated), with its id.
    saved = Signal(int)

    def __init__(
        self,
        session: Session,
        evidence: Evidence | None = None,
        evidence_type: str | None = None,
        parent: QWidget | None = None,
        links: tuple[EvidenceLink, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceDialog")
        self.session = session
        self.evidence = evidence
        self.given_links = links if evidence is None else ()
        self.field_widgets: dict[str, QWidget] = {}
        self.field_errors: dict[str, ErrorLabel] = {}
        self.temp_dirs: list[Path] = []
        self.opened: list[Path] = []
        self.confirm: QMessageBox | None = None
        #: Why a seal freezes the item shown (a sealed campaign's report covered it), or None.
        self.frozen: str | None = session.evidence_refusal(evidence.id) if evidence is not None else None
        self.resize(1100, 720)

        root = QVBoxLayout(self)
        columns = QHBoxLayout()
        root.addLayout(columns, 1)

        # Left column: what the proof is.
        left = QVBoxLayout()
        columns.addLayout(left, 1)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("evidenceType")
        for key, label in type_labels().items():
            self.type_combo.addItem(label, key)
        initial_type = evidence.type if evidence else (evidence_type or next(iter(EVIDENCE_TYPE_DEFS)))
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(initial_type)))
        self.type_combo.setEnabled(evidence is None)  # the model keeps the type of a saved item
        type_label = QLabel(self.tr("T&ype de preuve :"))
        type_label.setBuddy(self.type_combo)
        form.addRow(type_label, self.type_combo)

        self.date = _date_edit()
        self.date.setObjectName("evidenceDate")
        self.date.setAccessibleName(self.tr("Date de la preuve"))
        date_label = QLabel(self.tr("&Date :"))
        date_label.setBuddy(self.date)
        form.addRow(date_label, self.date)
        self.date_error = ErrorLabel()
        self.date_error.setObjectName("dateError")
        form.addRow(self.date_error)

        self.title = QLineEdit()
        self.title.setObjectName("evidenceTitle")
        self.title.setAccessibleName(self.tr("Titre"))
        title_label = QLabel(self.tr("&Titre :"))
        title_label.setBuddy(self.title)
        form.addRow(title_label, self.title)
        self.title_error = ErrorLabel()
        self.title_error.setObjectName("titleError")
        form.addRow(self.title_error)
        # A refusal goes as soon as the field is valid (the model's own check of a title).
        clear_when_valid(self.title_error, self.title, lambda: check_name(self.title.text(), EVIDENCE_TITLE))
        clear_when_valid(self.date_error, self.date)
        left.addLayout(form)

        self.details = QGroupBox(self.tr("Détails"))
        self.details.setObjectName("evidenceDetails")
        self.details_form = QFormLayout(self.details)
        self.details_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        left.addWidget(self.details, 1)
        self.fields_error = ErrorLabel()
        self.fields_error.setObjectName("fieldsError")
        left.addWidget(self.fields_error)

        # Right column: indicators and criteria supported.
        links_box = QGroupBox(self.tr("Indicateurs et critères appuyés"))
        links_lay = QVBoxLayout(links_box)
        self.links = QTreeWidget()
        self.links.setObjectName("evidenceLinks")
        self.links.setHeaderHidden(True)
        self.links.setAccessibleName(self.tr("Indicateurs et critères appuyés par la preuve"))
        self.links.setUniformRowHeights(False)
        self.links.setWordWrap(True)
        links_lay.addWidget(self.links)
        hint = QLabel(self.tr("Espace : cocher ou décocher. Les critères dérivés se calculent d'après le type."))
        hint.setWordWrap(True)
        hint.setStyleSheet(muted_style())
        links_lay.addWidget(hint)
        columns.addWidget(links_box, 1)

        # Files.
        files_box = QGroupBox(self.tr("Fichiers joints"))
        files_lay = QVBoxLayout(files_box)
        self.file_model = FileTableModel(self)
        self.files = FileDropView()
        self.files.setObjectName("evidenceFiles")
        self.files.setModel(self.file_model)
        self.files.setAccessibleName(self.tr("Fichiers joints"))
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files.verticalHeader().hide()
        self.files.setWordWrap(False)
        header = self.files.horizontalHeader()
        header.setSectionResizeMode(FileTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FileTableModel.SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FileTableModel.SHA256, QHeaderView.ResizeMode.ResizeToContents)
        self.files.setMinimumHeight(self.fontMetrics().height() * 6)
        self.files.filesDropped.connect(self.attach_paths)
        self.files.selectionModel().selectionChanged.connect(self._on_file_selection)
        self.files.doubleClicked.connect(self._open_index)
        files_lay.addWidget(self.files)
        finger = QHBoxLayout()
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setReadOnly(True)
        self.fingerprint.setAccessibleName(self.tr("Empreinte SHA-256 du fichier sélectionné"))
        self.fingerprint.setPlaceholderText(self.tr("sélectionnez un fichier pour voir son empreinte"))
        mono = self.fingerprint.font()
        mono.setFamily("DejaVu Sans Mono")
        self.fingerprint.setFont(mono)
        finger_label = QLabel(self.tr("&Empreinte SHA-256 :"))
        finger_label.setBuddy(self.fingerprint)
        finger.addWidget(finger_label)
        finger.addWidget(self.fingerprint, 1)
        finger.addWidget(jargon.help_button(jargon.FINGERPRINT))
        files_lay.addLayout(finger)
        buttons_row = QHBoxLayout()
        self.attach_button = push_button(self.tr("&Joindre des fichiers…"), "attachFiles", self.choose_files)
        self.open_button = push_button(self.tr("&Ouvrir"), "openFile", self.open_file)
        self.save_as_button = push_button(self.tr("Enregistrer &sous…"), "saveFileAs", self.save_file_as)
        self.remove_button = push_button(self.tr("Reti&rer"), "removeFile", self.remove_file)
        for b in (self.attach_button, self.open_button, self.save_as_button, self.remove_button):
            buttons_row.addWidget(b)
        buttons_row.addStretch(1)
        files_lay.addLayout(buttons_row)
        self.files_note = QLabel()
        self.files_note.setWordWrap(True)
        self.files_note.setStyleSheet(muted_style())
        files_lay.addWidget(self.files_note)
        self.files_error = ErrorLabel()
        self.files_error.setObjectName("filesError")
        self.files_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        files_lay.addWidget(self.files_error)
        root.addWidget(files_box)

        copy = QAction(self.tr("Copier l'empreinte"), self.files)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_fingerprint)
        self.files.addAction(copy)
        delete = QAction(self.tr("Retirer le fichier"), self.files)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.remove_file)
        self.files.addAction(delete)

        self.error = ErrorLabel()
        self.error.setObjectName("evidenceError")
        root.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        root.addWidget(self.buttons)
        make_scrollable(self)  # 1100×720 is larger than a small screen: the form scrolls there

        self.type_combo.currentIndexChanged.connect(self._on_type_changed)
        self._build_links()
        self._build_details(initial_type)
        if evidence is not None:
            self._fill(evidence)
        else:
            self.date.setDate(QDate.currentDate())
            self._suggest_links(initial_type)
        self._update_mode()
        if self.frozen is not None:
            self._read_only(self.frozen)
        self.title.setFocus()

    def _read_only(self, reason: str) -> None:
        """An item a sealed campaign's report covered: shown, readable, its files can be opened
        and saved, nothing can be changed; each field says why in its tooltip."""
        self.setWindowTitle(
            self.tr("Preuve (couverte par une campagne scellée) : {title}").format(
                title=self.evidence.title if self.evidence else ""
            )
        )
        self.date.setReadOnly(True)
        self.title.setReadOnly(True)
        editors: list[QWidget] = [self.date, self.title, self.links, self.files, self.attach_button, self.remove_button]
        for widget in self.field_widgets.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(True)
            else:
                widget.setEnabled(False)
            editors.append(widget)
        self.links.setEnabled(False)
        self.files.setAcceptDrops(False)
        self.attach_button.setEnabled(False)
        self.remove_button.setEnabled(False)
        for widget in editors:
            widget.setToolTip(reason)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)
        save.setToolTip(reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Fermer"))
        self.error.show_message(reason)

    # ----------------------------------------------------------------- building

    @property
    def evidence_type(self) -> str:
        return str(self.type_combo.currentData())

    def _build_details(self, evidence_type: str) -> None:
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        self.field_widgets = {}
        self.field_errors = {}
        specs = field_specs(evidence_type)
        previous: QWidget = self.title
        for spec in specs:
            widget: QWidget
            if spec.type == FieldType.LONG_TEXT:
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(self.fontMetrics().height() * 4)
                widget = edit
            elif spec.type == FieldType.DATE:
                widget = OptionalDate()
            elif spec.type == FieldType.CHOICE:
                combo = QComboBox()
                combo.addItem(self.tr("— non précisée —"), None)
                for choice in spec.choices:
                    combo.addItem(choice.label.text(), choice.key)
                widget = combo
            elif spec.type == FieldType.YES_NO:
                combo = QComboBox()
                combo.addItem(self.tr("— non précisé —"), None)
                combo.addItem(self.tr("oui"), True)
                combo.addItem(self.tr("non"), False)
                widget = combo
            else:
                line = QLineEdit()
                if spec.type == FieldType.PERCENT:
                    line.setPlaceholderText(self.tr("exemple : 99,5"))
                    line.setMaximumWidth(160)
                elif spec.hint is not None:
                    line.setPlaceholderText(spec.hint.text())
                widget = line
            widget.setObjectName(f"field:{spec.name}")
            widget.setAccessibleName(spec.title())
            if isinstance(widget, OptionalDate):
                widget.name_parts(spec.title())
            label = QLabel(spec.form_label())
            label.setBuddy(widget)
            self.details_form.addRow(label, widget)
            error = ErrorLabel()
            error.setObjectName(f"error:{spec.name}")
            self.details_form.addRow(error)
            self.field_widgets[spec.name] = widget
            self.field_errors[spec.name] = error
            clear_when_valid(error, widget)
            QWidget.setTabOrder(previous, widget)
            previous = widget
        if not specs:
            self.details_form.addRow(QLabel(self.tr("Ce type de preuve n'a pas d'autre champ.")))
        QWidget.setTabOrder(previous, self.links)
        self.title.setPlaceholderText(self.tr("exemple : {title}").format(title=title_hint(evidence_type)))
        self.details.setTitle(self.tr("Détails : {type}").format(type=type_labels().get(evidence_type, evidence_type)))

    def _build_links(self) -> None:
        ref = self.session.evidence_referential()
        self.links.clear()
        self._link_items: dict[tuple[str, str | None], QTreeWidgetItem] = {}
        for ind in ref.indicators:
            item = QTreeWidgetItem([f"{ind.id} — {ind.label}"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setToolTip(0, ind.label)
            item.setData(0, Qt.ItemDataRole.UserRole, (ind.id, None))
            self.links.addTopLevelItem(item)
            self._link_items[(ind.id, None)] = item
            for crit in ind.criteria:  # a rate's complementary (GHT) criterion can be supported too
                child = QTreeWidgetItem([crit.label + (self.tr(" (dérivé)") if crit.is_derived else "")])
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Unchecked)
                child.setToolTip(0, crit.label)
                child.setData(0, Qt.ItemDataRole.UserRole, (ind.id, crit.id))
                item.addChild(child)
                self._link_items[(ind.id, crit.id)] = child

    def _set_links(self, links: tuple[EvidenceLink, ...] | list[EvidenceLink]) -> None:
        for item in self._link_items.values():
            item.setCheckState(0, Qt.CheckState.Unchecked)
        for link in links:
            found = self._link_items.get((link.indicator, link.criterion))
            if found is None:  # link to another referential's indicator: kept as it is
                continue
            found.setCheckState(0, Qt.CheckState.Checked)
            parent = found.parent()
            if parent is not None:
                parent.setExpanded(True)

    def _suggest_links(self, evidence_type: str) -> None:
        """A new item supports the criteria derived from its type (the user may uncheck them)."""
        ref = self.session.evidence_referential()
        suggested = [
            EvidenceLink(ind.id, crit.id)
            for ind in ref.indicators
            for crit in ind.criteria
            if crit.derived is not None and crit.derived.evidence_type == evidence_type
        ]
        # The links given by the place the form was opened from come first (shown first).
        suggested = [*self.given_links, *(link for link in suggested if link not in self.given_links)]
        self._set_links(suggested)
        if suggested:
            first = self._link_items.get((suggested[0].indicator, suggested[0].criterion))
            if first is not None:
                self.links.scrollToItem(first)

    def links_checked(self) -> list[EvidenceLink]:
        found = [
            EvidenceLink(ind, crit)
            for (ind, crit), item in self._link_items.items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]
        if self.evidence is not None:  # links the tree does not show are kept
            found += [link for link in self.evidence.links if (link.indicator, link.criterion) not in self._link_items]
        return found

    def _fill(self, e: Evidence) -> None:
        self.date.setDate(QDate(e.date.year, e.date.month, e.date.day))
        self.title.setText(e.title)
        for key, widget in self.field_widgets.items():
            value = e.fields.get(key)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText("" if value is None else str(value))
            elif isinstance(widget, OptionalDate):
                widget.set_value(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QLineEdit):
                spec = evidence_type_def(e.type)
                kind = spec.field(key) if spec else None
                is_percent = kind is not None and kind.type == FieldType.PERCENT
                widget.setText(format_percent(value) if is_percent else ("" if value is None else str(value)))
        self._set_links(e.links)
        self.file_model.set_files(e.files)

    def _update_mode(self) -> None:
        new = self.evidence is None
        self.setWindowTitle(
            self.tr("Nouvelle preuve")
            if new
            else self.tr("Preuve : {title}").format(title=self.evidence.title if self.evidence else "")
        )
        self.type_combo.setEnabled(new)
        self.files_note.setText(
            self.tr(
                "Glissez-déposez des fichiers sur la liste, ou « Joindre des fichiers… ». "
                "Pour une nouvelle preuve, la preuve est d'abord enregistrée. Limite : {mb} Mo par fichier."
            ).format(mb=self.session.max_file_mb())
            if new
            else self.tr(
                "Glissez-déposez des fichiers sur la liste, ou « Joindre des fichiers… ». Les fichiers sont "
                "joints et retirés immédiatement. Limite : {mb} Mo par fichier."
            ).format(mb=self.session.max_file_mb())
        )
        self._on_file_selection()

    @Slot(int)
    def _on_type_changed(self, _row: int) -> None:
        self._build_details(self.evidence_type)
        self._suggest_links(self.evidence_type)

    # ----------------------------------------------------------------- values

    def _clear_errors(self) -> None:
        for label in (self.date_error, self.title_error, self.fields_error, self.error, *self.field_errors.values()):
            label.clear_message()

    def collect_fields(self) -> dict[str, Any] | None:
        """The per-type fields as the model stores them (unknown fields of an edited item are
        kept); None after showing a message next to a field the form cannot read."""
        fields: dict[str, Any] = dict(self.evidence.fields) if self.evidence else {}
        ok = True
        for spec in field_specs(self.evidence_type):
            widget = self.field_widgets[spec.name]
            value: Any = None
            if isinstance(widget, QPlainTextEdit):
                value = widget.toPlainText().strip() or None
            elif isinstance(widget, OptionalDate):
                value = widget.value()
            elif isinstance(widget, QComboBox):
                value = widget.currentData()
            elif isinstance(widget, QLineEdit):
                text = widget.text().strip()
                if spec.type == FieldType.PERCENT:
                    try:
                        value = parse_percent(text)
                    except ValueError:
                        message = messages.render("evidence.percent_unreadable", {"value": text})
                        self.field_errors[spec.name].show_message(message)
                        ok = False
                        continue
                elif spec.type == FieldType.NUMBER:
                    try:
                        value = _parse_number(text)
                    except ValueError:
                        message = messages.render(
                            "evidence.number_out_of_range",
                            {
                                "type": type_labels().get(self.evidence_type, self.evidence_type),
                                "label": spec.title(),
                                "minimum": spec.minimum,
                                "maximum": spec.maximum,
                                "value": text,
                            },
                        )
                        self.field_errors[spec.name].show_message(message)
                        ok = False
                        continue
                else:
                    value = text or None
            if value is None:
                fields.pop(spec.name, None)
            else:
                fields[spec.name] = value
        return fields if ok else None

    def _show_model_error(self, exc: HopenError) -> None:
        """The message next to the field the model names (``ValidationError.field``)."""
        field = getattr(exc, "field", None)
        if field in self.field_errors:
            self.field_errors[field].show_message(exc.message)
            self.field_widgets[field].setFocus()
        elif field in ("name", "title"):
            self.title_error.show_message(exc.message)
            self.title.setFocus()
        elif field == "date":
            self.date_error.show_message(exc.message)
            self.date.setFocus()
        else:
            self.error.show_message(exc.message)

    def save(self) -> bool:
        """Write date, title, fields and links (add or update). False after showing why not."""
        self._clear_errors()
        fields = self.collect_fields()
        if fields is None:
            return False
        day = self.date.date().toPython()
        assert isinstance(day, dt.date)
        try:
            if self.evidence is None:
                self.evidence = self.session.add_evidence(
                    self.evidence_type, day, self.title.text(), fields, self.links_checked()
                )
                self._update_mode()
            else:
                self.evidence = self.session.update_evidence(
                    self.evidence.id, day, self.title.text(), fields, self.links_checked()
                )
        except HopenError as exc:
            self._show_model_error(exc)
            return False
        self.saved.emit(self.evidence.id)
        return True

    def accept(self) -> None:
        if self.frozen is not None:
            return
        if self.save():
            super().accept()

    # ----------------------------------------------------------------- files

    def selected_file(self) -> EvidenceFile | None:
        rows = self.files.selectionModel().selectedRows()
        return self.file_model.file(rows[0].row()) if rows else None

    @Slot(QItemSelection, QItemSelection)
    def _on_file_selection(self, *_args: object) -> None:
        f = self.selected_file()
        self.fingerprint.setText(f.sha256 if f else "")
        for b in (self.open_button, self.save_as_button, self.remove_button):
            b.setEnabled(f is not None)
        if self.frozen is not None:
            self.remove_button.setEnabled(False)

    def _reload_files(self, select_last: bool = False) -> None:
        if self.evidence is None:
            return
        self.evidence = self.session.evidence_item(self.evidence.id)
        self.file_model.set_files(self.evidence.files)
        if select_last and self.file_model.rowCount():
            self.files.selectRow(self.file_model.rowCount() - 1)
        self._on_file_selection()

    @Slot()
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Joindre des fichiers"), str(Path.home()))
        if names:
            self.attach_paths([Path(n) for n in names])

    @Slot(list)
    def attach_paths(self, paths: list[Path]) -> None:
        """Attach files (from the file dialog or a drop). Each one refused (too big, unreadable)
        is named with the model's message; the others are attached."""
        self.files_error.clear_message()
        if self.frozen is not None:
            self.files_error.show_message(self.frozen)
            return
        if self.evidence is None:
            if not self.save():
                self.files_error.show_message(
                    self.tr(
                        "Complétez d'abord la preuve (date, titre) : elle est enregistrée avant d'y joindre un fichier."
                    )
                )
                return
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Fermer"))
        assert self.evidence is not None
        messages: list[str] = []
        attached = 0
        for path in paths:
            if Path(path).is_dir():
                messages.append(
                    self.tr("« {name} » est un dossier : joignez les fichiers qu'il contient.").format(
                        name=Path(path).name
                    )
                )
                continue
            try:
                self.session.attach_file(self.evidence.id, Path(path))
            except HopenError as exc:
                messages.append(exc.message)
            else:
                attached += 1
        self._reload_files(select_last=attached > 0)
        if messages:
            self.files_error.show_message("\n".join(messages))

    def _content(self, f: EvidenceFile) -> bytes | None:
        try:
            content = self.session.file_content(f.sha256)
        except HopenError as exc:
            self.files_error.show_message(exc.message)
            return None
        if hashlib.sha256(content).hexdigest() != f.sha256:
            self.files_error.show_message(
                self.tr(
                    "Attention : le contenu enregistré de « {name} » ne correspond plus à son empreinte "
                    "(fichier altéré dans l'espace de travail)."
                ).format(name=f.name)
            )
        return content

    @Slot(QModelIndex)
    def _open_index(self, _index: QModelIndex) -> None:
        self.open_file()

    @Slot()
    def open_file(self) -> Path | None:
        """Write a temporary copy with the original name and open it with the system's
        application. Returns the copy's path."""
        f = self.selected_file()
        if f is None:
            return None
        self.files_error.clear_message()
        content = self._content(f)
        if content is None:
            return None
        try:
            folder = Path(tempfile.mkdtemp(dir=_opened_copies_root()))
            self.temp_dirs.append(folder)
            target = folder / Path(f.name).name
            target.write_bytes(content)
        except OSError as exc:
            self.files_error.show_message(
                self.tr("Impossible d'écrire la copie temporaire ({reason}).").format(reason=exc.strerror)
            )
            return None
        self.opened.append(target)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            self.files_error.show_message(
                self.tr("Aucune application ne sait ouvrir « {name} ». Utilisez « Enregistrer sous… ».").format(
                    name=f.name
                )
            )
        return target

    @Slot()
    def save_file_as(self, target: Path | None = None) -> bool:
        f = self.selected_file()
        if f is None:
            return False
        if not isinstance(target, Path):
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Enregistrer le fichier joint"), str(Path.home() / Path(f.name).name)
            )
            if not name:
                return False
            target = Path(name)
        self.files_error.clear_message()
        content = self._content(f)
        if content is None:
            return False
        try:
            write_atomic(target, content)
        except OSError as exc:
            self.files_error.show_message(
                self.tr("Impossible d'enregistrer « {name} » ({reason}) : choisissez un autre dossier.").format(
                    name=target.name, reason=exc.strerror
                )
            )
            return False
        return True

    @Slot()
    def copy_fingerprint(self) -> None:
        f = self.selected_file()
        if f is not None:
            QApplication.clipboard().setText(f.sha256)

    @Slot()
    def remove_file(self) -> None:
        f = self.selected_file()
        if f is None or self.frozen is not None:  # the Delete key on a frozen item's file
            return
        box = confirmation_box(
            self,
            self.tr("Retirer le fichier"),
            self.tr("Retirer « {name} » de la preuve ? Son contenu est supprimé de l'espace de travail.").format(
                name=f.name
            ),
            self._do_remove_file,
            name="confirmRemoveFile",
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm = box
        self._pending_remove = f
        box.open()

    @Slot()
    def _do_remove_file(self) -> None:
        f = getattr(self, "_pending_remove", None)
        if f is None or self.evidence is None:
            return
        try:
            self.session.detach_file(self.evidence.id, f.id)
        except HopenError as exc:
            self.files_error.show_message(exc.message)
        self._reload_files()
