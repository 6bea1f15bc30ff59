"""The indicator page's box « Texte de l'instruction et lecture appliquée »: for each criterion
whose rule the referential quotes, the instruction's own words and, apart, the application's
reading of them (the window of a derived criterion). Both are data of the referential file
(``Criterion.instruction``, ``Criterion.reading``): a variant referential changes them, not this code.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from hopen_desktop.model.guidance import reading_of
from hopen_desktop.model.referential import Criterion, Indicator
from hopen_desktop.ui.status import foreground, muted_style


def quoted_criteria(indicator: Indicator, in_ght: bool) -> tuple[Criterion, ...]:
    """The applicable criteria of ``indicator`` that carry an instruction's text or a reading."""
    return tuple(c for c in indicator.applicable_criteria(in_ght) if c.instruction or c.reading)


class RuleBox(QGroupBox):
    """One block per criterion: its label, « Texte de l'instruction » and « Lecture appliquée par
    l'application ». Every text wraps (never clipped) and can be selected to be copied."""

    def __init__(
        self, criteria: tuple[Criterion, ...], parent: QWidget | None = None, referential_id: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ruleBox")
        self.setTitle(self.tr("Texte de l'instruction et lecture appliquée"))
        lay = QVBoxLayout(self)
        lay.setSpacing(4)
        self.instruction_labels: dict[str, QLabel] = {}
        self.reading_labels: dict[str, QLabel] = {}
        # Criteria quoting the same words with the same reading are shown together (Hôpital
        # numérique's P3.1 quotes one sentence for its three criteria).
        groups: dict[tuple[str, str], list[Criterion]] = {}
        for crit in criteria:
            groups.setdefault((crit.instruction, crit.reading), []).append(crit)
        for n, ((instruction, reading), crits) in enumerate(groups.items()):
            head = self._label("<br>".join(f"<b>{escape(c.label)}</b>" for c in crits))
            if n:
                head.setContentsMargins(0, 6, 0, 0)
            lay.addWidget(head)
            if instruction:
                label = self._label(self.tr("<i>Texte de l'instruction :</i> {text}").format(text=escape(instruction)))
                label.setObjectName(f"instruction:{crits[0].id}")
                lay.addWidget(label)
                for c in crits:
                    self.instruction_labels[c.id] = label
            if reading:
                # The reading is the application's own words: in the window's language when translated
                # (model/guidance.py), else the French, said so.
                shown, translated = reading_of(referential_id, crits[0])
                text = escape(shown) if translated else escape(shown) + " " + self.tr("(en français)")
                label = self._label(self.tr("<i>Lecture appliquée par l'application :</i> {text}").format(text=text))
                label.setObjectName(f"reading:{crits[0].id}")
                label.setStyleSheet(f"QLabel {{ color: {foreground('#1f4e79')}; }}")
                lay.addWidget(label)
                for c in crits:
                    self.reading_labels[c.id] = label
        if self.reading_labels:
            note = self._label(
                self.tr(
                    "La lecture appliquée est celle de ce référentiel ; un autre référentiel (variante d'une ARS, "
                    "d'un consultant) peut en retenir une autre."
                )
            )
            note.setStyleSheet(muted_style("font-style: italic;"))
            lay.addWidget(note)

    def _label(self, html: str) -> QLabel:
        label = QLabel(html, self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label


def rule_box(
    indicator: Indicator, in_ght: bool, parent: QWidget | None = None, referential_id: str = ""
) -> RuleBox | None:
    """The box for ``indicator`` (of the referential ``referential_id``, whose readings may be
    translated), or None when none of its criteria quotes a rule."""
    criteria = quoted_criteria(indicator, in_ght)
    return RuleBox(criteria, parent, referential_id) if criteria else None
