"""The page of one indicator: what is asked, the figures or the checklist, not applicable,
comment. Every edit is saved at once through the Session; a refusal of the model is shown
next to the field, in French, and nothing already saved is lost."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.entities import Answer, Evidence
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.evidence_support import CriterionSupport
from hopen_desktop.model.evidence_types import type_label as evidence_type_label
from hopen_desktop.model.formatting import format_date
from hopen_desktop.model.guidance import guidance_of
from hopen_desktop.model.i18n import current_language
from hopen_desktop.model.referential import Criterion, Indicator
from hopen_desktop.model.scoring import HINT_ZERO_DENOMINATOR, CriterionState, IndicatorScore, Status
from hopen_desktop.ui.audit.conditional_criteria import ConditionalCriteria
from hopen_desktop.ui.audit.criterion_evidence import CriterionEvidence
from hopen_desktop.ui.audit.rate_bar import RateBar, percent
from hopen_desktop.ui.audit.rule_box import rule_box
from hopen_desktop.ui.session import Session
from hopen_desktop.ui.status import (
    ERROR_RED,
    badge_style,
    foreground,
    muted_style,
    status_label,
    status_symbol,
    status_text_color,
)
from hopen_desktop.ui.widgets import CommitTextEdit, ErrorLabel

_INT = re.compile(r"[+-]?\d+")


def parse_count(text: str) -> Any:
    """'' -> None; '1 200' -> 1200; anything else is given to the model as typed, which
    refuses it with its own French message."""
    compact = re.sub(r"[\s\u00a0\u202f]", "", text)
    if not compact:
        return None
    if _INT.fullmatch(compact):
        return int(compact)
    return text.strip()


def _date(d: Any) -> str:
    return format_date(d)


# What ``parse_day`` returns for a text that is not a date.
_BAD_DATE = object()
_FR_DAY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def parse_day(text: str) -> dt.date | object | None:
    """A date typed in a field: '' or '—' -> None; '31/12/2025' (or 31.12.2025, 31-12-2025) or
    '2025-12-31' -> the date; anything else -> ``_BAD_DATE``. Its bounds (not in the future, from
    1990, start before end) are the model's."""
    compact = text.strip()
    if compact in ("", "—", "-"):
        return None
    try:
        if m := _FR_DAY.fullmatch(compact):
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", compact):
            return dt.date.fromisoformat(compact)
    except ValueError:
        return _BAD_DATE
    return _BAD_DATE


def _wrap(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class IndicatorPage(QScrollArea):
    #: (indicator id, criterion id or "") — the user asks for an action on what is unmet.
    actionRequested = Signal(str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.indicator: Indicator | None = None
        self._saved = Answer("")
        self._saving = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.session.changed.connect(self._on_changed)
        self._content: QWidget | None = None
        self.numerator: QLineEdit | None = None
        self.denominator: QLineEdit | None = None
        self.rate_bar: RateBar | None = None
        self.rate_error = ErrorLabel(self)  # parented: see ui/tasks.py on collections in workers
        # The measurement of a rate: period measured (two dates, « — » when empty) and source.
        self.period_start: QLineEdit | None = None
        self.period_end: QLineEdit | None = None
        self.source: QLineEdit | None = None
        self.measurement_error = ErrorLabel(self)
        self.criteria_boxes: dict[str, QCheckBox] = {}
        self.derived_labels: dict[str, QLabel] = {}
        #: The evidence under each criterion (key: criterion id) and under the whole indicator
        #: (key: the indicator id).
        self.criterion_evidence: dict[str, CriterionEvidence] = {}
        self.criteria_error = ErrorLabel(self)
        self.conditional_box: ConditionalCriteria | None = None
        self._prerequisite = False
        #: The question asked when leaving the page with a value that cannot be saved.
        self.leave_box: QMessageBox | None = None

    # ----------------------------------------------------------------- building

    def show_indicator(self, indicator_id: str) -> None:
        self.flush()
        ref = self.session.referential()
        if ref is None:
            return
        self.indicator = ref.indicator(indicator_id)
        self._saved = self.session.answer(indicator_id)
        self._build(self.indicator)
        self._fill_fields(self._saved)
        self.refresh_status()
        self.verticalScrollBar().setValue(0)

    def _build(self, ind: Indicator) -> None:
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        content = QWidget()
        content.setObjectName("indicatorContent")
        self._content = content
        root = QVBoxLayout(content)
        root.setContentsMargins(16, 12, 16, 16)
        root.setSpacing(10)

        ref = self.session.referential()
        group = ref.group(ind.group) if ref else None
        crumb = QLabel(f"{ind.group} · {group.title}" if group else ind.group)
        crumb.setStyleSheet(muted_style())
        crumb.setWordWrap(True)
        root.addWidget(crumb)

        head = QHBoxLayout()
        title = _wrap(f"{ind.id} — {ind.label}")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        title.setObjectName("indicatorTitle")
        self._official(title)
        head.addWidget(title, 1)
        self.status_badge = QLabel()
        self.status_badge.setObjectName("statusBadge")
        head.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignTop)
        # A push button with a menu: its style leaves room for the menu's arrow (a QToolButton drew
        # it over the « … »).
        self.action_button = QPushButton(self.tr("Créer une ac&tion…"))
        self.action_button.setObjectName("createActionButton")
        self.action_button.setToolTip(self.tr("Ajouter au plan d'action ce qui n'est pas atteint"))
        self.action_button.setAccessibleName(self.tr("Créer une action"))
        self.action_button.setAccessibleDescription(self.tr("Ajouter au plan d'action ce qui n'est pas atteint"))
        self.action_menu = QMenu(self.action_button)
        self.action_button.setMenu(self.action_menu)
        head.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignTop)
        root.addLayout(head)
        if current_language() != "fr":  # the official wording stays French: say so
            official = _wrap(
                self.tr(
                    "Le libellé, la cible, les définitions et les critères sont le texte officiel de "
                    "l'instruction, en français."
                )
            )
            official.setObjectName("officialWording")
            official.setStyleSheet(muted_style("font-style: italic;"))
            root.addWidget(official)
        # The status's reason, always shown next to it (« Non atteint : taux … sous la cible … »).
        self.hint_label = _wrap()
        self.hint_label.setObjectName("statusReason")
        self.hint_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # read aloud and reachable
        root.addWidget(self.hint_label)

        # What is asked, in plain words; the details come after the form.
        about = QGroupBox(self.tr("Ce qui est demandé"))
        form = QFormLayout(about)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        target = _wrap(ind.target_text)
        self._official(target)
        form.addRow(self.tr("Cible :"), target)
        # The plain-language guidance, in the window's language (model/guidance.py).
        guidance = guidance_of(ref.id if ref is not None else "", ind)
        if guidance.asked:
            form.addRow(self.tr("En clair :"), _wrap(guidance.asked))
        root.addWidget(about)

        # Figures for a rate.
        self.numerator = self.denominator = None
        self.period_start = self.period_end = self.source = None
        self.measurement_error = ErrorLabel(content)
        self.rate_bar = None
        self.rate_error = ErrorLabel(content)  # owned by the page even when unused
        if ind.is_rate:
            box = QGroupBox(self.tr("Taux"))
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            self.numerator = QLineEdit()
            self.numerator.setObjectName("numerator")
            self.numerator.setPlaceholderText(self.tr("nombre entier"))
            self.numerator.setAccessibleName(self.tr("Numérateur"))
            self.numerator.setMaximumWidth(160)
            self.numerator.editingFinished.connect(self._commit_rate)
            self.numerator.textEdited.connect(self._preview_rate)
            num_label = QLabel(self.tr("&Numérateur :"))
            num_label.setBuddy(self.numerator)
            form.addRow(num_label, self.numerator)
            form.addRow(self._definition(ind.numerator))
            self.denominator = QLineEdit()
            self.denominator.setObjectName("denominator")
            self.denominator.setPlaceholderText(self.tr("nombre entier"))
            self.denominator.setAccessibleName(self.tr("Dénominateur"))
            self.denominator.setMaximumWidth(160)
            self.denominator.editingFinished.connect(self._commit_rate)
            self.denominator.textEdited.connect(self._preview_rate)
            den_label = QLabel(self.tr("&Dénominateur :"))
            den_label.setBuddy(self.denominator)
            form.addRow(den_label, self.denominator)
            form.addRow(self._definition(ind.denominator))
            form.addRow(self.rate_error)
            self.rate_bar = RateBar()
            form.addRow(self.tr("Taux calculé :"), self.rate_bar)
            self._build_measurement(form, content)
            root.addWidget(box)

        # Criteria, each followed by the evidence that supports it (CriterionEvidence).
        self.criteria_boxes = {}
        self.derived_labels = {}
        self.criterion_evidence = {}
        self.criteria_error = ErrorLabel(content)
        est = self.session.establishment()
        criteria = ind.applicable_criteria(bool(est and est.in_ght))
        if criteria:
            box = QGroupBox(self.tr("Critères") if not ind.is_rate else self.tr("Critère complémentaire"))
            lay = QVBoxLayout(box)
            for crit in criteria:
                if crit.is_derived:
                    label = _wrap()
                    label.setObjectName(f"derived:{crit.id}")
                    label.setTextFormat(Qt.TextFormat.RichText)
                    label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # read aloud and reachable
                    label.setFrameShape(QFrame.Shape.StyledPanel)
                    label.setMargin(6)
                    self.derived_labels[crit.id] = label
                    lay.addWidget(label)
                else:
                    check = QCheckBox(crit.label)
                    check.setObjectName(f"criterion:{crit.id}")
                    check.setStyleSheet("QCheckBox { padding: 2px; }")
                    check.toggled.connect(self._commit_criteria)
                    self._official(check)
                    self.criteria_boxes[crit.id] = check
                    lay.addWidget(_CheckRow(check))
                lay.addWidget(self._evidence_of(ind.id, crit.id, crit))
            if self.derived_labels:
                note = _wrap(
                    self.tr(
                        "Les critères encadrés sont calculés à partir du registre des preuves : "
                        "ils ne se cochent pas à la main."
                    )
                )
                note.setStyleSheet(muted_style("font-style: italic;"))
                lay.addWidget(note)
            whole = QLabel(self.tr("Preuves liées à l'indicateur entier :"))
            whole.setStyleSheet(muted_style("margin-top: 6px;"))
            lay.addWidget(whole)
            lay.addWidget(self._evidence_of(ind.id, ind.id, None))
            lay.addWidget(self.criteria_error)
            box.setObjectName("criteriaBox")
            root.addWidget(box)
        else:  # a rate without a criterion still shows (and takes) the evidence of the whole indicator
            box = QGroupBox(self.tr("Preuves"))
            box.setObjectName("criteriaBox")
            QVBoxLayout(box).addWidget(self._evidence_of(ind.id, ind.id, None))
            root.addWidget(box)
        conditional = [c for c in criteria if c.conditional and not c.is_derived]
        self.conditional_box = ConditionalCriteria(conditional) if conditional else None
        if self.conditional_box is not None:
            self.conditional_box.committed.connect(self._commit_criteria_na)
            root.addWidget(self.conditional_box)

        # Not applicable, comment.
        box = QGroupBox(self.tr("Applicabilité et commentaire"))
        lay = QVBoxLayout(box)
        self.not_applicable = QCheckBox(self.tr("Indicateur non &applicable à l'établissement"))
        self.not_applicable.setObjectName("notApplicable")
        self.not_applicable.toggled.connect(self._commit_not_applicable)
        lay.addWidget(self.not_applicable)
        self._prerequisite = bool(group and group.is_prerequisite)
        if self._prerequisite:
            na_note = _wrap(
                self.tr(
                    "Un prérequis ne peut pas être déclaré non applicable : l'instruction demande d'atteindre "
                    "l'ensemble des prérequis."
                )
            )
            na_note.setObjectName("prerequisiteNaNote")
            na_note.setStyleSheet(muted_style())
            lay.addWidget(na_note)
        just_label = QLabel(self.tr("&Justification (obligatoire si non applicable) :"))
        lay.addWidget(just_label)
        self.justification = CommitTextEdit()
        self.justification.setObjectName("justification")
        self.justification.setAccessibleName(self.tr("Justification"))
        self.justification.setFixedHeight(self.fontMetrics().height() * 4)
        self.justification.committed.connect(self._commit_not_applicable)
        just_label.setBuddy(self.justification)
        lay.addWidget(self.justification)
        self.na_error = ErrorLabel()
        self.na_error.setObjectName("naError")
        lay.addWidget(self.na_error)
        comment_label = QLabel(self.tr("&Commentaire :"))
        lay.addWidget(comment_label)
        self.comment = CommitTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setAccessibleName(self.tr("Commentaire"))
        self.comment.setFixedHeight(self.fontMetrics().height() * 5)
        self.comment.committed.connect(self._commit_comment)
        comment_label.setBuddy(self.comment)
        lay.addWidget(self.comment)
        self.comment_error = ErrorLabel()
        lay.addWidget(self.comment_error)
        root.addWidget(box)

        # The instruction's words and the application's reading of them (ui/audit/rule_box.py).
        here = self.session.establishment()
        rules = rule_box(ind, bool(here and here.in_ght), referential_id=ref.id if ref is not None else "")
        if rules is not None:
            root.addWidget(rules)

        # How to count, proofs, context.
        details = QGroupBox(self.tr("Comment compter, preuves et repères"))
        form = QFormLayout(details)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        if guidance.counting:
            form.addRow(self.tr("Comment compter :"), _wrap(guidance.counting))
        if guidance.proofs:
            form.addRow(self.tr("Preuves :"), _wrap("\n".join(f"• {p}" for p in guidance.proofs)))
        if ind.ght_declination:
            est = self.session.establishment()
            ght_note = (
                self.tr(" (s'applique : l'établissement est membre d'un GHT)")
                if est and est.in_ght
                else self.tr(" (ne s'applique pas : l'établissement est hors GHT)")
            )
            declination = _wrap(ind.ght_declination + ght_note)
            self._official(declination)
            form.addRow(self.tr("Déclinaison GHT :"), declination)
        if ind.hn_attainment:
            parts = [
                percent(h.rate) + (self.tr(" (indicateur HN {id})").format(id=h.hn_indicator) if h.hn_indicator else "")
                for h in ind.hn_attainment
            ]
            form.addRow(self.tr("Atteinte nationale HN :"), _wrap(", ".join(parts)))
        if ind.evolution:
            evolution = _wrap(ind.evolution)
            self._official(evolution)
            form.addRow(self.tr("Évolution HN → HOP'EN :"), evolution)
        root.addWidget(details)
        root.addStretch(1)
        self.setWidget(content)

    def _evidence_of(self, indicator_id: str, key: str, crit: Criterion | None) -> CriterionEvidence:
        """The evidence under one criterion (``crit`` None: under the whole indicator)."""
        widget = CriterionEvidence(self.session, indicator_id, crit)
        self.criterion_evidence[key] = widget
        return widget

    def _refresh_evidence(self) -> None:
        """Each criterion's evidence, from the campaign's evidence support (computed once per change)."""
        support = self.session.evidence_support()
        if self.indicator is None or support is None or not self.criterion_evidence:
            return
        evidence = support.items  # the register as the campaign sees it, read once per change
        ind = support.indicator(self.indicator.id)
        refusal = self.session.campaign_refusal()
        for key, widget in self.criterion_evidence.items():
            widget.set_frozen(refusal)
            if widget.criterion is None:
                whole = CriterionSupport(key, ind.linked, ind.not_counting)
                widget.set_support(whole, evidence)
            else:
                widget.set_support(support.criterion(self.indicator.id, key), evidence)

    def _build_measurement(self, form: QFormLayout, content: QWidget) -> None:
        """Where the figures come from: the period measured (« du … au … », each date may stay
        empty, shown « — ») and the data source, saved like the numerator when a field is left."""
        row = QWidget(content)
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        self.period_start = self._date_line("periodStart", self.tr("Début de la période mesurée"))
        self.period_end = self._date_line("periodEnd", self.tr("Fin de la période mesurée"))
        # Alt+M reaches the start; the end follows it with Tab (« au » has no free letter: U is the
        # register's button, A « non applicable »), and is named by its label all the same.
        start_label = QLabel(self.tr("Période &mesurée du :"))
        start_label.setBuddy(self.period_start)
        end_label = QLabel(self.tr("au"))
        end_label.setBuddy(self.period_end)
        lay.addWidget(self.period_start)
        lay.addWidget(end_label)
        lay.addWidget(self.period_end)
        lay.addStretch(1)
        form.addRow(start_label, row)
        self.source = QLineEdit()
        self.source.setObjectName("rateSource")
        self.source.setPlaceholderText(self.tr("exemple : extraction du DPI, registre des admissions"))
        self.source.setAccessibleName(self.tr("Source des données"))
        self.source.setMaxLength(300)
        self.source.editingFinished.connect(self._commit_measurement)
        source_label = QLabel(self.tr("S&ource des données :"))
        source_label.setBuddy(self.source)
        form.addRow(source_label, self.source)
        form.addRow(self.measurement_error)

    def _date_hint(self) -> str:
        return self.tr("Date sous la forme jj/mm/aaaa ; laissez vide si elle n'est pas connue.")

    def _date_line(self, name: str, accessible: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setPlaceholderText("—")
        line.setToolTip(self._date_hint())
        line.setAccessibleName(accessible)
        line.setAccessibleDescription(self.tr("jj/mm/aaaa, ou vide"))
        line.setMaximumWidth(120)
        line.editingFinished.connect(self._commit_measurement)
        line.textEdited.connect(self._preview_measurement)
        return line

    def _definition(self, text: str) -> QLabel:
        label = _wrap(text)
        label.setStyleSheet(muted_style("margin-left: 24px; margin-bottom: 6px;"))
        self._official(label)
        return label

    def _official(self, widget: QWidget) -> None:
        """Mark a text of the referential as the instruction's official wording (French) when the
        window speaks another language."""
        if current_language() != "fr":
            widget.setToolTip(self.tr("Texte officiel de l'instruction (en français)"))

    # ----------------------------------------------------------------- values

    def _fill_fields(self, answer: Answer) -> None:
        widgets: list[QWidget] = [self.not_applicable, *self.criteria_boxes.values()]
        for w in widgets:
            w.blockSignals(True)
        if self.numerator is not None and self.denominator is not None:
            self.numerator.setText("" if answer.numerator is None else str(answer.numerator))
            self.denominator.setText("" if answer.denominator is None else str(answer.denominator))
        if self.period_start is not None and self.period_end is not None and self.source is not None:
            self.period_start.setText(format_date(answer.period_start))
            self.period_end.setText(format_date(answer.period_end))
            self.source.setText(answer.source)
            self.source.setCursorPosition(0)
        for cid, box in self.criteria_boxes.items():
            box.setChecked(bool(answer.criteria.get(cid)))
        self.not_applicable.setChecked(answer.not_applicable)
        if self.conditional_box is not None:
            self.conditional_box.set_values(answer.criteria_na)
        self.justification.set_text_quietly(answer.justification)
        self.comment.set_text_quietly(answer.comment)
        for w in widgets:
            w.blockSignals(False)
        for label in (self.rate_error, self.measurement_error, self.criteria_error, self.na_error, self.comment_error):
            label.clear_message()
        self._mark_invalid(self.numerator, False)
        self._mark_invalid(self.denominator, False)
        for line in (self.period_start, self.period_end, self.source):
            self._mark_invalid(line, False, self.measurement_error)

    def _fill_action_menu(self, s: IndicatorScore) -> None:
        """Offer an action for the indicator and for each unmet criterion."""
        assert self.indicator is not None
        self.action_menu.clear()
        open_status = s.status in (Status.NON_ATTEINT, Status.NON_RENSEIGNE)
        self.action_button.setVisible(open_status)
        if not open_status:
            return
        whole = self.action_menu.addAction(self.tr("Pour l'indicateur {id}").format(id=self.indicator.id))
        whole.setObjectName("actionForIndicator")
        whole.triggered.connect(self._request_action)
        whole.setData("")
        for state in s.unmet_criteria:
            entry = self.action_menu.addAction(self.tr("Pour le critère : {label}").format(label=state.label))
            entry.setData(state.criterion_id)
            entry.triggered.connect(self._request_action)

    @Slot()
    def _request_action(self) -> None:
        entry = self.sender()
        if isinstance(entry, QAction) and self.indicator is not None:
            self.actionRequested.emit(self.indicator.id, str(entry.data() or ""))

    def refresh_status(self) -> None:
        if self.indicator is None:
            return
        score = self.session.score()
        if score is None:
            return
        s = score.indicators[self.indicator.id]
        self._show_score(s)
        evidence = {e.id: e for e in self.session.evidence()} if self.derived_labels else {}
        for state in s.criteria:
            label = self.derived_labels.get(state.criterion_id)
            if label is not None:
                label.setText(self._derived_text(state, evidence))
        self._refresh_evidence()
        measurement = (self.period_start, self.period_end, self.source)
        for widget in (self.numerator, self.denominator, *measurement, *self.criteria_boxes.values()):
            if widget is not None:
                widget.setEnabled(not self._saved.not_applicable)
        for cid in self._saved.criteria_na:
            if cid in self.criteria_boxes:
                self.criteria_boxes[cid].setEnabled(False)
        self._apply_seal()

    def _show_score(self, s: IndicatorScore) -> None:
        """The status, its reason and the rate bar of ``s`` (saved, or previewed while typing)."""
        assert self.indicator is not None
        self.status_badge.setText(f"{status_symbol(s.status)} {status_label(s.status)}")
        self.status_badge.setStyleSheet(badge_style(s.status))
        self.status_badge.setAccessibleName(self.tr("Statut : {status}").format(status=status_label(s.status)))
        self.hint_label.setText(self._hint(s))
        self.hint_label.setStyleSheet(f"QLabel {{ color: {status_text_color(s.status, self.palette())}; }}")
        self._fill_action_menu(s)
        if self.rate_bar is not None:
            self.rate_bar.set_values(s.value, self.indicator.target, s.status)

    def _apply_seal(self) -> None:
        """A sealed campaign's page is read-only: its fields can be read, selected and reached with
        the keyboard, not changed; each says why in its tooltip."""
        refusal = self.session.campaign_refusal()
        frozen = refusal is not None
        reason = refusal or ""
        for line in (self.numerator, self.denominator, self.source):
            if line is not None:
                line.setReadOnly(frozen)
                line.setToolTip(reason)
        for line in (self.period_start, self.period_end):
            if line is not None:
                line.setReadOnly(frozen)
                line.setToolTip(reason or self._date_hint())
        for box in self.criteria_boxes.values():
            if frozen:
                box.setEnabled(False)
            box.setToolTip(reason)
        # A prerequisite cannot be declared non applicable; one stored so before that rule can
        # still be unticked.
        locked = self._prerequisite and not self._saved.not_applicable
        self.not_applicable.setEnabled(not frozen and not locked)
        self.not_applicable.setToolTip(
            reason or (self.tr("Un prérequis ne peut pas être déclaré non applicable.") if locked else "")
        )
        if self.conditional_box is not None:
            self.conditional_box.set_frozen(refusal)
        for edit in (self.justification, self.comment):
            edit.setReadOnly(frozen)
            edit.setToolTip(reason)
        self.action_button.setEnabled(not frozen)
        self.action_button.setToolTip(reason or self.tr("Ajouter au plan d'action ce qui n'est pas atteint"))

    def _hint(self, s: IndicatorScore) -> str:
        """The status with its reasons, in the language of the window."""
        text = s.explanation() + "."
        if s.hint == HINT_ZERO_DENOMINATOR:
            text += " " + self.tr("Dénominateur nul : le taux ne peut pas être calculé.")
        return text

    def _derived_text(self, state: CriterionState, evidence: dict[int, Evidence]) -> str:
        color = status_color_for(state.met)
        mark = "✔" if state.met else "✖"
        head = f'<b style="color:{color}">{mark} {state.label}</b>'
        lines: list[str] = []
        rule = state.rule
        if rule is not None:
            type_label = evidence_type_label(rule.rule.evidence_type)
            if state.met:  # the items themselves are listed under the criterion (CriterionEvidence)
                found = len({e.date for e in (evidence[i] for i in rule.evidence_ids if i in evidence)})
                lines.append(self.tr("Rempli par les preuves calculées ci-dessous ({n} date(s)).").format(n=found))
            else:
                for w in rule.missing:
                    lacking = w.needed - len(w.evidence_ids)
                    lines.append(
                        self.tr("Manque {n} preuve(s) « {type} » datée(s) du {start} au {end}").format(
                            n=lacking, type=type_label, start=_date(w.window.start), end=_date(w.window.end)
                        )
                        + (
                            self.tr(" ({found} trouvée(s) sur {needed})").format(
                                found=len(w.evidence_ids), needed=w.needed
                            )
                            if w.evidence_ids
                            else ""
                        )
                    )
                if rule.rule.required_fields:
                    lines.append(
                        self.tr("Chaque preuve doit indiquer : {fields}.").format(
                            fields=", ".join(rule.rule.required_fields)
                        )
                    )
        detail = "<br>".join(lines)
        return f"{head}<br><span>{detail}</span>" if detail else head

    # ----------------------------------------------------------------- saving

    def flush(self) -> None:
        """Save what is being typed before the page changes (valid values; a refused one stays on
        screen with its error: ``leave`` asks before throwing it away)."""
        if self.indicator is None or self._content is None:
            return
        self.justification.commit()
        self.comment.commit()
        self._commit_rate()
        self._commit_measurement()

    def invalid_input(self) -> str:
        """Why some value on screen cannot be saved (the refusal shown next to it), "" if none."""
        if self.indicator is None or self._content is None:
            return ""
        saved = self._saved
        if self.numerator is not None and self.denominator is not None:
            typed = (parse_count(self.numerator.text()), parse_count(self.denominator.text()))
            if typed != (saved.numerator, saved.denominator):
                return self.rate_error.text() or self.tr("le taux saisi n'est pas enregistré")
        for line, value in ((self.period_start, saved.period_start), (self.period_end, saved.period_end)):
            if line is not None and parse_day(line.text()) != value:
                return self.measurement_error.text() or self.tr("la période saisie n'est pas enregistrée")
        if self.not_applicable.isChecked() != saved.not_applicable:
            return self.na_error.text() or self.tr("l'applicabilité saisie n'est pas enregistrée")
        return ""

    def leave(self, proceed: Callable[[], object]) -> bool:
        """May the page be left now? Saves what is valid; with a value that cannot be saved (« 12,5 »),
        keeps it on screen with its error, asks « Rester / Abandonner la saisie » and returns False:
        « Abandonner la saisie » puts the saved values back and calls ``proceed`` (the leaving
        asked for), « Rester » puts the focus back in the refused field."""
        self.flush()
        why = self.invalid_input()
        if not why:
            return True
        if self.leave_box is not None:  # already asking
            return False
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Valeurs non valides"),
            self.tr(
                "Les valeurs saisies ne sont pas valides et ne sont pas enregistrées :\n{why}\n\n"
                "Restez sur la page pour les corriger, ou abandonnez la saisie (les valeurs déjà "
                "enregistrées sont gardées)."
            ).format(why=why),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("leaveBox")
        stay = box.addButton(self.tr("&Rester"), QMessageBox.ButtonRole.RejectRole)
        stay.setObjectName("stayButton")
        discard = box.addButton(self.tr("&Abandonner la saisie"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discardButton")
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def discard_input() -> None:
            self.leave_box = None
            self._fill_fields(self._saved)
            self.refresh_status()
            proceed()

        def stay_here() -> None:
            self.leave_box = None
            self._focus_invalid()

        discard.clicked.connect(discard_input)
        stay.clicked.connect(stay_here)
        self.leave_box = box
        box.open()
        return False

    def focus_first(self) -> None:
        """Put the keyboard focus on the page's first control (the status's reason, read aloud),
        as Enter on an indicator of the navigation does."""
        if self._content is None:
            return
        widget = self._content.nextInFocusChain()
        for _ in range(2000):
            if widget is None or widget is self._content:
                break
            if (
                self._content.isAncestorOf(widget)
                and widget.isVisibleTo(self)
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                self.ensureWidgetVisible(widget)
                return
            widget = widget.nextInFocusChain()

    def _focus_invalid(self) -> None:
        for line in (self.numerator, self.denominator, self.period_start, self.period_end):
            if line is not None and line.styleSheet():
                line.setFocus(Qt.FocusReason.OtherFocusReason)
                self.ensureWidgetVisible(line)
                return
        if self.not_applicable.isChecked() != self._saved.not_applicable:
            self.justification.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ensureWidgetVisible(self.justification)

    def _save(self, answer: Answer, error: ErrorLabel, description: str) -> bool:
        self._saving = True
        try:
            self.session.save_answer(answer, description)
        except HopenError as exc:
            error.show_message(exc.message)
            return False
        finally:
            self._saving = False
        error.clear_message()
        return True

    @Slot()
    def _commit_rate(self) -> None:
        if self.indicator is None or self.numerator is None or self.denominator is None:
            return
        num = parse_count(self.numerator.text())
        den = parse_count(self.denominator.text())
        if (num, den) == (self._saved.numerator, self._saved.denominator):
            self.rate_error.clear_message()
            self._mark_invalid(self.numerator, False)
            self._mark_invalid(self.denominator, False)
            return
        ok = self._save(
            replace(self._saved, numerator=num, denominator=den),
            self.rate_error,
            self.tr("{id} : taux").format(id=self.indicator.id),
        )
        self._mark_invalid(self.numerator, not ok)
        self._mark_invalid(self.denominator, not ok)

    @Slot()
    def _preview_rate(self) -> None:
        """As the user types: the rate and the status the typed figures would give (the model's
        check and scoring, nothing saved), or the refusal next to the fields. Saved when a field is
        left (``_commit_rate``): one journal row per edit, not per keystroke."""
        if self.indicator is None or self.numerator is None or self.denominator is None:
            return
        typed = replace(
            self._saved, numerator=parse_count(self.numerator.text()), denominator=parse_count(self.denominator.text())
        )
        try:
            score = self.session.preview_answer(typed)
        except HopenError as exc:
            self.rate_error.show_message(exc.message)
            self._mark_invalid(self.numerator, True)
            self._mark_invalid(self.denominator, True)
            return
        self.rate_error.clear_message()
        self._mark_invalid(self.numerator, False)
        self._mark_invalid(self.denominator, False)
        self._show_score(score)

    @Slot()
    def _preview_measurement(self) -> None:
        """A date refused earlier: its error goes as soon as the text is a date (or empty)."""
        if self.measurement_error.isHidden():
            return
        lines = [line for line in (self.period_start, self.period_end) if line is not None]
        if all(parse_day(line.text()) is not _BAD_DATE for line in lines):
            self.measurement_error.clear_message()
            for line in (*lines, self.source):
                self._mark_invalid(line, False, self.measurement_error)

    def _mark_invalid(self, field: QLineEdit | None, invalid: bool, error: ErrorLabel | None = None) -> None:
        if field is None:
            return
        field.setStyleSheet(f"QLineEdit {{ border: 2px solid {foreground(ERROR_RED)}; }}" if invalid else "")
        field.setAccessibleDescription((error or self.rate_error).text() if invalid else "")

    @Slot()
    def _commit_measurement(self) -> None:
        """Save the period measured and the source when a field is left (as the numerator)."""
        if self.indicator is None or self.period_start is None or self.period_end is None or self.source is None:
            return
        lines = {"period_start": self.period_start, "period_end": self.period_end}
        days: dict[str, dt.date | None] = {}
        for name, line in lines.items():
            day = parse_day(line.text())
            if day is _BAD_DATE:
                self.measurement_error.show_message(
                    self.tr(
                        "« {text} » n'est pas une date : écrivez-la sous la forme jj/mm/aaaa "
                        "(exemple : 31/12/2025), ou laissez le champ vide."
                    ).format(text=line.text().strip())
                )
                self._mark_invalid(line, True, self.measurement_error)
                return
            days[name] = day if isinstance(day, dt.date) else None
        source = self.source.text().strip()
        saved = self._saved
        if (days["period_start"], days["period_end"], source) == (saved.period_start, saved.period_end, saved.source):
            self.measurement_error.clear_message()
            for line in (self.period_start, self.period_end, self.source):
                self._mark_invalid(line, False, self.measurement_error)
            return
        ok = self._save(
            replace(saved, period_start=days["period_start"], period_end=days["period_end"], source=source),
            self.measurement_error,
            self.tr("{id} : période mesurée et source").format(id=self.indicator.id),
        )
        for line in (self.period_start, self.period_end, self.source):
            self._mark_invalid(line, not ok, self.measurement_error)

    @Slot()
    def _commit_criteria(self) -> None:
        if self.indicator is None:
            return
        criteria = dict(self._saved.criteria)
        for cid, box in self.criteria_boxes.items():
            if box.isChecked() or cid in criteria:
                criteria[cid] = box.isChecked()
        self._save(
            replace(self._saved, criteria=criteria),
            self.criteria_error,
            self.tr("{id} : critères").format(id=self.indicator.id),
        )

    @Slot()
    def _commit_not_applicable(self) -> None:
        if self.indicator is None:
            return
        na = self.not_applicable.isChecked()
        text = self.justification.text().strip()
        if (na, text) == (self._saved.not_applicable, self._saved.justification):
            self.na_error.clear_message()
            return
        ok = self._save(
            replace(self._saved, not_applicable=na, justification=text),
            self.na_error,
            self.tr("{id} : applicabilité").format(id=self.indicator.id),
        )
        if not ok and na and not text:
            self.justification.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(dict)
    def _commit_criteria_na(self, values: dict[str, str]) -> None:
        if self.indicator is None or self.conditional_box is None:
            return
        ok = self._save(
            replace(self._saved, criteria_na=values),
            self.conditional_box.error,
            self.tr("{id} : critère non applicable").format(id=self.indicator.id),
        )
        if ok:
            self.conditional_box.saved(values)

    @Slot()
    def _commit_comment(self) -> None:
        if self.indicator is None:
            return
        text = self.comment.text()
        if text == self._saved.comment:
            return
        self._save(
            replace(self._saved, comment=text),
            self.comment_error,
            self.tr("{id} : commentaire").format(id=self.indicator.id),
        )

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if self.indicator is not None and (self.session.campaign_id, self.indicator.id) in changes.answers:
            self._on_answer_changed(self.session.campaign_id or 0, self.indicator.id)
        for establishment_id in sorted(changes.evidence_of):
            self._on_evidence_changed(establishment_id)

    def _on_answer_changed(self, campaign_id: int, indicator_id: str) -> None:
        if self.indicator is None or indicator_id != self.indicator.id or campaign_id != self.session.campaign_id:
            return
        self._saved = self.session.answer(indicator_id)
        if not self._saving:  # undo / redo: show the restored values
            self._fill_fields(self._saved)
        self.refresh_status()

    def _on_evidence_changed(self, establishment_id: int) -> None:
        """Derived criteria follow the register at once."""
        if (
            self.indicator is not None
            and self._content is not None
            and establishment_id == self.session.establishment_id
        ):
            self.refresh_status()


def status_color_for(met: bool) -> str:
    """The colour of a derived criterion's mark, readable on the window's background."""
    return status_text_color(Status.ATTEINT if met else Status.NON_ATTEINT)


class _CheckRow(QWidget):
    """A checkbox whose long label wraps instead of widening the page."""

    def __init__(self, check: QCheckBox) -> None:
        super().__init__()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        text = check.text()
        check.setText("")
        check.setAccessibleName(text)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setBuddy(check)
        label.mousePressEvent = lambda _e: check.toggle()  # type: ignore[method-assign]
        lay.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(label, 1)
        self.check = check
        self.label = label
