"""Item models of the evidence register: the evidence of one establishment, its filter proxy,
the files of one item, and the "À faire" list. Records only, never SQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPalette

from hopen_desktop.model import evidence_types
from hopen_desktop.model.entities import Evidence, EvidenceFile
from hopen_desktop.model.evidence_support import NOT_COUNTING_TEXTS, EvidenceSupport
from hopen_desktop.model.formatting import format_date, format_size
from hopen_desktop.model.reminders import DueAction, DueProof
from hopen_desktop.ui.record_model import OBJECT_ROLE, SORT_ROLE, Index, RecordTableModel
from hopen_desktop.ui.status import foreground

_DISPLAY = Qt.ItemDataRole.DisplayRole
LATE_COLOR = "#a61b1b"
SOON_COLOR = "#8a4b00"


def type_labels() -> dict[str, str]:
    """The evidence types in the interface language, as declared in ``model.evidence_types``."""
    return evidence_types.type_labels()


def type_label(evidence_type: str) -> str:
    return evidence_types.type_label(evidence_type)


def kind_labels() -> dict[str, str]:
    """The natures of a document, in the interface language."""
    return evidence_types.document_kind_labels()


def fr_date(day: dt.date) -> str:
    return format_date(day)


def human_size(size: int) -> str:
    """'512 octets', '12,3 Ko', '1,5 Mo' (in French; bytes, KB, MB in English)."""
    return format_size(size)


def linked_indicators(e: Evidence) -> list[str]:
    """The indicators an item is linked to (directly or through one of their criteria)."""
    return sorted({link.indicator for link in e.links})


def supported_indicators(e: Evidence, support: EvidenceSupport | None) -> list[str]:
    """The indicators an item counts for in the current campaign (derived or linked), then those it
    is linked to without counting (outside a window, after the campaign…); without a campaign
    (``support`` None), the linked ones only."""
    if support is None:
        return linked_indicators(e)
    counted = list(support.indicators_of(e.id))
    return counted + [i for i in linked_indicators(e) if i not in counted]


class EvidenceTableModel(RecordTableModel[Evidence]):
    DATE, TYPE, TITLE, INDICATORS, FILES = range(5)
    COLUMNS = 5
    ALIGNMENTS = {DATE: Qt.AlignmentFlag.AlignCenter, FILES: Qt.AlignmentFlag.AlignCenter}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._frozen: dict[int, str] = {}  # evidence id -> why a seal freezes it
        self._support: EvidenceSupport | None = None
        self._indicators: dict[int, list[str]] = {}  # evidence id -> its « Indicateurs » (computed once)

    def set_evidence(
        self, rows: list[Evidence], frozen: dict[int, str] | None = None, support: EvidenceSupport | None = None
    ) -> None:
        """``frozen``: the items a sealed campaign's report covered, with the reason (marked « scellée »).
        ``support``: what counts for which indicator in the current campaign (None without one: the
        « Indicateurs » column and filter then use the links only)."""
        self._frozen = dict(frozen or {})
        self._support = support
        self._indicators = {e.id: supported_indicators(e, support) for e in rows}
        self.set_rows(rows)

    @property
    def support(self) -> EvidenceSupport | None:
        return self._support

    def indicators(self, e: Evidence) -> list[str]:
        """The « Indicateurs » of an item: those it counts for in the current campaign (derived or
        linked), then those it is linked to without counting; links only without a campaign."""
        found = self._indicators.get(e.id)
        return found if found is not None else supported_indicators(e, self._support)

    def frozen_reason(self, e: Evidence) -> str | None:
        """Why the item cannot be changed (a sealed campaign covers it), or None."""
        return self._frozen.get(e.id)

    def evidence(self, row: int) -> Evidence:
        return self.row_object(row)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("EvidenceModels", "Date"),
            QCoreApplication.translate("EvidenceModels", "Type"),
            QCoreApplication.translate("EvidenceModels", "Titre"),
            QCoreApplication.translate("EvidenceModels", "Indicateurs"),
            QCoreApplication.translate("EvidenceModels", "Fichiers"),
        ]

    def row_id(self, e: Evidence) -> int:
        return e.id

    def sort_key(self, e: Evidence, col: int) -> Any:
        return [e.date.isoformat(), e.type, e.title.casefold(), ", ".join(self.indicators(e)), len(e.files)][col]

    def display(self, e: Evidence, col: int) -> Any:
        if col == self.DATE:
            return fr_date(e.date)
        if col == self.TYPE:
            return type_label(e.type)
        if col == self.TITLE:
            if self.frozen_reason(e) is not None:
                return QCoreApplication.translate("EvidenceModels", "{title} (scellée)").format(title=e.title)
            return e.title
        if col == self.INDICATORS:
            return ", ".join(self.indicators(e))
        if col == self.FILES:
            return str(len(e.files))
        return None

    def indicators_tooltip(self, e: Evidence) -> str:
        """How the item supports each indicator: computed, linked, or linked without counting."""
        if self._support is None:
            listed = ", ".join(self.indicators(e))
            return QCoreApplication.translate(
                "EvidenceModels", "Liée à : {ids} (aucune campagne choisie : les liens seulement)"
            ).format(ids=listed or "—")
        lines: list[str] = []
        for iid in self.indicators(e):
            ind = self._support.indicator(iid)
            if not self._support.counts_for(e.id, iid):
                reasons = sorted(
                    {
                        NOT_COUNTING_TEXTS[n.reason].text()
                        for n in (
                            *ind.not_counting,
                            *(n for c in ind.criteria.values() for n in c.not_counting),
                        )
                        if n.evidence_id == e.id
                    }
                )
                why = ", ".join(reasons) or QCoreApplication.translate("EvidenceModels", "lien vers un critère inconnu")
                lines.append(
                    QCoreApplication.translate("EvidenceModels", "{id} : liée, ne compte pas ({why})").format(
                        id=iid, why=why
                    )
                )
                continue
            derived = any(
                s.evidence_id == e.id and s.kind == "derived" for c in ind.criteria.values() for s in c.counting
            )
            lines.append(
                QCoreApplication.translate(
                    "EvidenceModels", "{id} : calculée (comptée par la règle d'un critère)"
                ).format(id=iid)
                if derived
                else QCoreApplication.translate("EvidenceModels", "{id} : liée").format(id=iid)
            )
        return "\n".join(lines) or QCoreApplication.translate(
            "EvidenceModels", "Ne compte pour aucun indicateur de la campagne"
        )

    def tooltip(self, e: Evidence, col: int) -> Any:
        if col == self.TITLE and (reason := self.frozen_reason(e)) is not None:
            return reason
        if col == self.FILES:
            return "\n".join(f.name for f in e.files)
        if col == self.INDICATORS:
            return self.indicators_tooltip(e)
        return self.display(e, col)


class EvidenceFilterProxy(QSortFilterProxyModel):
    """Filters of the register: type, indicator (every item that counts for it in the current
    campaign, derived or linked, and the items linked to it; the links only without a campaign),
    date range (both ends included), words of the title (accents and case ignored)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._type: str | None = None
        self._indicator: str | None = None
        self._start: dt.date | None = None
        self._end: dt.date | None = None
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_type(self, evidence_type: str | None) -> None:
        self.beginFilterChange()
        self._type = evidence_type or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_indicator(self, indicator: str | None) -> None:
        self.beginFilterChange()
        self._indicator = indicator or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_date_range(self, start: dt.date | None, end: dt.date | None) -> None:
        self.beginFilterChange()
        self._start, self._end = start, end
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = _fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def evidence_type(self) -> str | None:
        return self._type

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, EvidenceTableModel) or source_row >= model.rowCount():
            return False
        e = model.evidence(source_row)
        if self._type is not None and e.type != self._type:
            return False
        if self._indicator is not None and self._indicator not in model.indicators(e):
            return False
        if self._start is not None and e.date < self._start:
            return False
        if self._end is not None and e.date > self._end:
            return False
        title = _fold(e.title)
        return all(w in title for w in self._words)


def _fold(text: str) -> str:
    """Lower case without accents, so that 'reunion' finds 'Réunion'."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class FileTableModel(RecordTableModel[EvidenceFile]):
    """The files attached to one evidence item: name, size, SHA-256 fingerprint."""

    NAME, SIZE, SHA256 = range(3)
    ALIGNMENTS = {SIZE: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter}

    def set_files(self, rows: list[EvidenceFile] | tuple[EvidenceFile, ...]) -> None:
        self.set_rows(rows)

    def file(self, row: int) -> EvidenceFile:
        return self.row_object(row)

    def files(self) -> list[EvidenceFile]:
        return list(self._rows)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("EvidenceModels", "Nom"),
            QCoreApplication.translate("EvidenceModels", "Taille"),
            QCoreApplication.translate("EvidenceModels", "Empreinte SHA-256"),
        ]

    def row_id(self, f: EvidenceFile) -> int:
        return f.id

    def sort_key(self, f: EvidenceFile, col: int) -> Any:
        return [f.name.casefold(), f.size, f.sha256][col]

    def display(self, f: EvidenceFile, col: int) -> Any:
        return [f.name, human_size(f.size), f.sha256][col]

    def tooltip(self, f: EvidenceFile, col: int) -> Any:
        return self.display(f, col)

    def other_role(self, f: EvidenceFile, col: int, role: int) -> Any:
        return self.display(f, col) if role == Qt.ItemDataRole.EditRole else None


class DueListModel(QAbstractListModel):
    """What is due: recurring proofs (overdue first), then late actions and actions due soon."""

    #: The evidence type of a proof row (None for an action row).
    TYPE_ROLE = Qt.ItemDataRole.UserRole + 10
    LATE_ROLE = Qt.ItemDataRole.UserRole + 11

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DueProof | DueAction] = []
        self._today = dt.date.today()

    def set_data(self, proofs: list[DueProof], actions: list[DueAction], today: dt.date) -> None:
        self.beginResetModel()
        self._today = today
        self._rows = [*proofs, *actions]
        self.endResetModel()

    def item(self, row: int) -> DueProof | DueAction:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def _late(self, item: DueProof | DueAction) -> bool:
        return item.is_overdue(self._today) if isinstance(item, DueProof) else item.late

    def text(self, item: DueProof | DueAction) -> str:
        today = self._today
        if isinstance(item, DueProof):
            label = type_label(item.evidence_type)
            last = (
                QCoreApplication.translate("EvidenceModels", "dernière le {date}").format(date=fr_date(item.last_date))
                if item.last_date
                else QCoreApplication.translate("EvidenceModels", "aucune enregistrée")
            )
            if item.due_date is None:
                when = QCoreApplication.translate("EvidenceModels", "à faire dès maintenant")
            elif (since := item.overdue_since(today)) is not None:
                when = QCoreApplication.translate("EvidenceModels", "en retard depuis le {date}").format(
                    date=fr_date(since)
                )
            else:
                when = QCoreApplication.translate("EvidenceModels", "à faire au plus tard le {date}").format(
                    date=fr_date(item.due_date)
                )
            return QCoreApplication.translate("EvidenceModels", "{label} ({indicators}) — {last} — {when}").format(
                label=label, indicators=", ".join(item.indicators), last=last, when=when
            )
        a = item.action
        assert a.due_date is not None
        when = (
            QCoreApplication.translate("EvidenceModels", "en retard depuis le {date}").format(
                date=fr_date(a.due_date + dt.timedelta(days=1))
            )
            if item.late
            else QCoreApplication.translate("EvidenceModels", "échéance le {date}").format(date=fr_date(a.due_date))
        )
        owner = f" — {a.owner}" if a.owner else ""
        where = f" ({a.indicator})" if a.indicator else ""
        return QCoreApplication.translate("EvidenceModels", "Action : {title}{where}{owner} — {when}").format(
            title=a.title, where=where, owner=owner, when=when
        )

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        late = self._late(item)
        if role in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            mark = "⚠ " if late else "• "
            return mark + self.text(item)
        if role == OBJECT_ROLE:
            return item
        if role == self.TYPE_ROLE:
            return item.evidence_type if isinstance(item, DueProof) else None
        if role == self.LATE_ROLE:
            return late
        if role == SORT_ROLE:
            return index.row()
        if role == Qt.ItemDataRole.ForegroundRole and late:
            return QBrush(QColor(foreground(LATE_COLOR, QPalette.ColorRole.Base)))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return QCoreApplication.translate("EvidenceModels", "en retard") if late else ""
        return None
