"""Creating a campaign of the current establishment: date, referential, auditor, and
optionally starting from the answers of a previous campaign."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from hopen_desktop.model.entities import Campaign
from hopen_desktop.model.errors import HopenError, ReferentialError
from hopen_desktop.model.formatting import format_date
from hopen_desktop.model.referential import (
    DEFAULT_REFERENTIAL,
    available_referentials,
    is_added_referential,
    load_referential,
)
from hopen_desktop.ui import jargon
from hopen_desktop.ui.session import Session
from hopen_desktop.ui.status import muted_style
from hopen_desktop.ui.widgets import clear_when_valid, lay_out_form_dialog, with_help


class CampaignDialog(QDialog):
    """A new campaign, or (``campaign`` given) the date, auditor and declared Hôpital Numérique
    D2/D3 attainment of an existing one."""

    def __init__(self, session: Session, parent: QWidget | None = None, campaign: Campaign | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.saved: Campaign | None = None
        self.editing = campaign
        est = session.establishment()
        self.setWindowTitle(self.tr("Nouvelle campagne") if campaign is None else self.tr("Modifier la campagne"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if est is not None:
            form.addRow(self.tr("Établissement :"), QLabel(f"{est.name} ({est.finess_label()})"))

        self.date = QDateEdit()
        self.date.setObjectName("campaignDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setMaximumDate(QDate.currentDate())
        self.date.setDate(QDate.currentDate())
        label = QLabel(self.tr("&Date de la campagne :"))
        label.setBuddy(self.date)
        form.addRow(label, self.date)
        hint = QLabel(self.tr("Les preuves comptent dans les périodes qui se terminent à cette date."))
        hint.setWordWrap(True)
        hint.setStyleSheet(muted_style())
        form.addRow(hint)

        self.referential = QComboBox()
        self.referential.setObjectName("referential")
        for ref_id in available_referentials():
            try:
                ref = load_referential(ref_id)
            except ReferentialError:  # a broken added file is left out (« referential --list » names it)
                continue
            text = ref.title + (self.tr(" (partiel)") if ref.partial else "")
            if is_added_referential(ref_id):
                text += self.tr(" (ajouté)")
            self.referential.addItem(text, ref_id)
        self.referential.setCurrentIndex(max(0, self.referential.findData(DEFAULT_REFERENTIAL)))
        label = QLabel(self.tr("&Référentiel :"))
        label.setBuddy(self.referential)
        form.addRow(label, self.referential)

        self.auditor = QLineEdit()
        self.auditor.setObjectName("auditor")
        self.auditor.setPlaceholderText(self.tr("nom et fonction"))
        label = QLabel(self.tr("&Auditeur :"))
        label.setBuddy(self.auditor)
        form.addRow(label, self.auditor)

        self.hn_attained = QCheckBox(self.tr("Cibles d'usage &Hôpital Numérique D2 ou D3 déjà atteintes"))
        self.hn_attained.setObjectName("hnAttained")
        self.hn_attained.setToolTip(
            self.tr(
                "Le domaine D7 n'est éligible que si D2 ou D3 est atteint, ou si l'établissement a atteint les "
                "cibles Hôpital Numérique de D2 ou D3 : cochez si c'est le cas."
            )
        )
        form.addRow("", with_help(self.hn_attained, jargon.help_button(jargon.HN_TARGETS), grow=False))
        # What backs the declaration in this workspace (an existing campaign only).
        self.hn_backing = QLabel()
        self.hn_backing.setObjectName("hnBacking")
        self.hn_backing.setWordWrap(True)
        self.hn_backing.setStyleSheet(muted_style())
        self.hn_backing.setVisible(False)
        form.addRow("", self.hn_backing)
        self.commitment = QCheckBox(self.tr("&Engagement conjoint sur D2 ou D3 (pour candidater à D7)"))
        self.commitment.setObjectName("d2d3Commitment")
        self.commitment.setToolTip(
            self.tr(
                "Instruction HOP'EN : « À défaut, il est possible de s'engager sur ces domaines D2 ou D3 de façon "
                "conjointe dont les cibles d'usage HOP'EN devront être atteintes pour percevoir les financements "
                "du domaine D7. » Cochée, D7 devient éligible sous réserve."
            )
        )
        form.addRow("", self.commitment)

        self.copy_from = QComboBox()
        self.copy_from.setObjectName("copyFrom")
        self.copy = QCheckBox(self.tr("&Copier les réponses de :"))
        self.copy.setObjectName("copyPrevious")
        previous = session.campaigns()
        for c in previous:
            sealed = self.tr(" (scellée)") if c.sealed else ""
            self.copy_from.addItem(format_date(c.date) + sealed + (f" — {c.auditor}" if c.auditor else ""), c.id)
        self.copy.setEnabled(bool(previous))
        self.copy.setChecked(False)
        self.copy_from.setEnabled(False)
        self.copy.toggled.connect(self._copy_toggled)
        form.addRow(self.copy, self.copy_from)
        if previous:
            self.auditor.setText(previous[0].auditor)
        if campaign is not None:
            self.date.setDate(QDate(campaign.date.year, campaign.date.month, campaign.date.day))
            if self.referential.findData(campaign.referential_id) < 0:  # kept by the workspace, its file gone
                self.referential.addItem(
                    f"{campaign.referential_id} ({campaign.referential_version})", campaign.referential_id
                )
            self.referential.setCurrentIndex(max(0, self.referential.findData(campaign.referential_id)))
            self.referential.setEnabled(False)  # the answers belong to that referential
            self.auditor.setText(campaign.auditor)
            self.hn_attained.setChecked(campaign.hn_d2_d3_attained)
            self.commitment.setChecked(campaign.d2_d3_commitment)
            declaration = session.hn_declaration(campaign)
            if declaration is not None:
                self.hn_backing.setText(self.tr("Dans cet espace : {state}.").format(state=declaration.text().text()))
                self.hn_backing.setVisible(True)
            self.copy.setVisible(False)
            self.copy_from.setVisible(False)

        self.error, self.buttons = lay_out_form_dialog(self, form)
        for field in (self.date, self.auditor, self.referential, self.copy_from):
            clear_when_valid(self.error, field)  # the refusal goes with the first edit

    @Slot(bool)
    def _copy_toggled(self, on: bool) -> None:
        self.copy_from.setEnabled(on)
        self.referential.setEnabled(not on)

    def campaign_date(self) -> dt.date:
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())

    def accept(self) -> None:
        try:
            if self.editing is not None:
                self.saved = self.session.update_campaign(
                    self.editing.id,
                    self.campaign_date(),
                    self.auditor.text(),
                    self.hn_attained.isChecked(),
                    self.commitment.isChecked(),
                )
            elif self.copy.isChecked() and self.copy_from.currentData() is not None:
                self.saved = self.session.copy_campaign(
                    int(self.copy_from.currentData()), self.campaign_date(), self.auditor.text()
                )
            else:
                self.saved = self.session.add_campaign(
                    self.campaign_date(), self.referential.currentData(), self.auditor.text()
                )
                if self.hn_attained.isChecked() or self.commitment.isChecked():
                    self.saved = self.session.update_campaign(
                        self.saved.id,
                        self.saved.date,
                        self.saved.auditor,
                        hn_d2_d3_attained=self.hn_attained.isChecked(),
                        d2_d3_commitment=self.commitment.isChecked(),
                    )
        except HopenError as exc:
            self.error.show_message(exc.message)
            self.adjustSize()
            return
        super().accept()
