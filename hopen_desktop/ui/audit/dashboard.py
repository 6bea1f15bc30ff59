"""The dashboard of the current campaign: global prerequisite rate, each group's status, a
chart of the groups, eligibility of each domain with its reasons, what blocks the
prerequisites. Refreshed after every edit from the model's CampaignScore."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.formatting import format_date
from hopen_desktop.model.scoring import CampaignScore, Status
from hopen_desktop.ui.audit.due_panel import DuePanel
from hopen_desktop.ui.audit.group_chart import GroupChart
from hopen_desktop.ui.audit.item_models import ID_ROLE, BlockerListModel, GroupTableModel
from hopen_desktop.ui.audit.rate_bar import percent
from hopen_desktop.ui.session import Session
from hopen_desktop.ui.status import STATUS_COLORS, foreground, muted_style, status_label


class Dashboard(QScrollArea):
    #: An indicator the user chose to open (from the blockers list).
    indicatorRequested = Signal(str)
    #: An evidence type the user chose from the "À faire" panel (open the register on it).
    evidenceTypeRequested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        root = QVBoxLayout(content)
        root.setContentsMargins(16, 12, 16, 16)
        root.setSpacing(10)

        self.heading = QLabel()
        self.heading.setObjectName("dashboardHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        root.addWidget(self.heading)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)
        self.subheading.setStyleSheet(muted_style())
        root.addWidget(self.subheading)

        top = QHBoxLayout()
        rate_box = QGroupBox(self.tr("Prérequis"))
        rate_lay = QVBoxLayout(rate_box)
        self.rate_value = QLabel()
        self.rate_value.setObjectName("prerequisitesRate")
        big = self.rate_value.font()
        big.setPointSizeF(big.pointSizeF() * 2.4)
        big.setBold(True)
        self.rate_value.setFont(big)
        self.rate_value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        rate_lay.addWidget(self.rate_value)
        self.rate_caption = QLabel()
        self.rate_caption.setWordWrap(True)
        self.rate_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        rate_lay.addWidget(self.rate_caption)
        rate_lay.addStretch(1)
        top.addWidget(rate_box, 1)

        chart_box = QGroupBox(self.tr("Indicateurs atteints par groupe"))
        chart_lay = QVBoxLayout(chart_box)
        self.chart = GroupChart()
        chart_lay.addWidget(self.chart)
        top.addWidget(chart_box, 3)
        root.addLayout(top)

        # What is due comes right after the figures: it is what the RSSI acts on.
        self.due_panel = DuePanel(session)
        self.due_panel.evidenceTypeRequested.connect(self.evidenceTypeRequested)
        root.addWidget(self.due_panel)

        groups_box = QGroupBox(self.tr("Statut des groupes et éligibilité des domaines"))
        groups_lay = QVBoxLayout(groups_box)
        self.group_model = GroupTableModel(self)
        self.group_table = QTableView()
        self.group_table.setObjectName("groupTable")
        self.group_table.setModel(self.group_model)
        self.group_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.group_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.group_table.verticalHeader().hide()
        self.group_table.setWordWrap(False)
        self.group_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.group_table.horizontalHeader()
        # Columns are sized once per structure (see _fit_table), not on every edit: ResizeToContents
        # re-measured every cell after each answer.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(GroupTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.group_table.setAccessibleName(self.tr("Statut des groupes"))
        groups_lay.addWidget(self.group_table)
        self.eligibility_notes = QLabel()
        self.eligibility_notes.setObjectName("eligibilityNotes")
        self.eligibility_notes.setWordWrap(True)
        groups_lay.addWidget(self.eligibility_notes)
        root.addWidget(groups_box)

        blockers_box = QGroupBox(self.tr("Ce qui bloque les prérequis"))
        blockers_lay = QVBoxLayout(blockers_box)
        self.blocker_model = BlockerListModel(self)
        self.blockers = QListView()
        self.blockers.setObjectName("blockers")
        self.blockers.setModel(self.blocker_model)
        self.blockers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.blockers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.blockers.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.blockers.setAccessibleName(self.tr("Indicateurs qui bloquent les prérequis"))
        self.blockers.activated.connect(self._open_blocker)
        self.blockers.doubleClicked.connect(self._open_blocker)
        blockers_lay.addWidget(self.blockers)
        hint = QLabel(self.tr("Entrée ou double-clic : ouvrir l'indicateur."))
        hint.setStyleSheet(muted_style())
        blockers_lay.addWidget(hint)
        root.addWidget(blockers_box)
        root.addStretch(1)
        self.setWidget(content)
        self.setFocusProxy(self.blockers)

        session.changed.connect(self._on_changed)
        self._fitted_rows = -1

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        """An answer changes the scores only: what is due depends on evidence and actions."""
        if self.session.current_changed(changes) or changes.evidence_of or changes.actions_of:
            self.refresh()
        elif changes.answers:
            self.refresh_scores()

    @Slot()
    def refresh(self) -> None:
        self.due_panel.refresh()
        self.refresh_scores()

    @Slot()
    def refresh_scores(self) -> None:
        score = self.session.score()
        ref = self.session.referential()
        camp = self.session.campaign()
        est = self.session.establishment()
        if score is None or ref is None or camp is None or est is None:
            if self.session.workspace is None:  # nothing can be created before a workspace is open
                self.heading.setText(self.tr("Aucun espace de travail ouvert"))
                self.subheading.setText(
                    self.tr("Ouvrez un espace de travail (Ctrl+O) ou créez-en un depuis le menu Fichier.")
                )
            else:
                self.heading.setText(self.tr("Aucune campagne"))
                self.subheading.setText(
                    self.tr("Créez un établissement (Ctrl+Maj+E) puis une campagne (Ctrl+Maj+N) pour commencer.")
                )
            self.rate_value.setText("—")
            self.rate_caption.setText("")
            self.chart.set_score([], None)
            self.group_model.set_data(None, None)
            self.blocker_model.set_data(None, None)
            self.eligibility_notes.setText("")
            return
        self.heading.setText(self.tr("Tableau de bord — {name}").format(name=est.name))
        self.subheading.setText(
            self.tr("Campagne du {date} · référentiel {ref} · auditeur : {auditor}").format(
                date=format_date(camp.date), ref=ref.title, auditor=camp.auditor or "—"
            )
        )
        self._show_rate(score)
        self.chart.set_score([g.id for g in ref.groups], score)
        self.group_model.set_data(ref, score)
        self._fit_table()
        self.blocker_model.set_data(ref, score)
        # Sized for the campaign's applicable prerequisite indicators (3 to 8 rows, then a scroll
        # bar), not for the blockers of the moment: a height that followed each edit re-laid out
        # the whole page and tripled the cost of an edit (bench/dashboard_refresh.py).
        rows = min(max(score.prerequisites_applicable, 3), 8)
        row_height = max(self.blockers.sizeHintForRow(0), self.fontMetrics().height())
        height = row_height * rows + 2 * self.blockers.frameWidth() + 4
        if self.blockers.height() != height:  # a new fixed height relays out the whole page
            self.blockers.setFixedHeight(height)
        self._show_eligibility(score)

    def _show_rate(self, score: CampaignScore) -> None:
        self.rate_value.setText(percent(score.prerequisites_rate))
        done = score.prerequisites_attained == score.prerequisites_applicable and score.prerequisites_applicable
        color = foreground(STATUS_COLORS[Status.ATTEINT if done else Status.NON_ATTEINT])
        style = f"QLabel {{ color: {color}; }}"
        if self.rate_value.styleSheet() != style:  # re-polishing costs more than the whole refresh
            self.rate_value.setStyleSheet(style)
        self.rate_caption.setText(
            self.tr("taux global d'atteinte : {n} indicateurs atteints sur {total} applicables").format(
                n=score.prerequisites_attained, total=score.prerequisites_applicable
            )
        )
        self.rate_value.setAccessibleName(
            self.tr("Taux global d'atteinte des prérequis : {rate}").format(rate=percent(score.prerequisites_rate))
        )

    def _fit_table(self) -> None:
        # Row heights only change with the rows themselves: measuring every cell on each edit
        # cost most of the refresh (bench/dashboard_refresh.py).
        t = self.group_table
        if self._fitted_rows == self.group_model.rowCount():
            return
        self._fitted_rows = self.group_model.rowCount()
        t.resizeRowsToContents()
        metrics = t.fontMetrics()
        widest = {
            GroupTableModel.STATUS: max(metrics.horizontalAdvance(f"✖ {status_label(s)}") for s in Status),
            GroupTableModel.ELIGIBILITY: max(
                metrics.horizontalAdvance(QCoreApplication.translate("ItemModels", text))
                for text in ("— (prérequis)", "Éligible", "Éligible sous réserve", "Non éligible")
            ),
        }
        for column in range(self.group_model.columnCount()):
            if column == GroupTableModel.TITLE:
                continue
            t.resizeColumnToContents(column)
            t.setColumnWidth(column, max(t.columnWidth(column), widest.get(column, 0) + 24))
        height = t.horizontalHeader().height() + sum(t.rowHeight(r) for r in range(self.group_model.rowCount()))
        t.setFixedHeight(height + 2 * t.frameWidth())

    def _show_eligibility(self, score: CampaignScore) -> None:
        by_reason: dict[str, list[str]] = {}
        reserves: list[str] = []
        for domain, elig in score.eligibility.items():
            for reason in elig.reasons_in():
                by_reason.setdefault(reason, []).append(domain)
            if elig.eligible and elig.reserve is not None:
                reserves.append(
                    self.tr("<b>{domain} éligible</b> {reserve}").format(domain=domain, reserve=elig.reserve.text())
                )
        if not by_reason and not reserves:
            self.eligibility_notes.setText(self.tr("Tous les domaines sont éligibles au financement."))
            return
        lines = [
            self.tr("<b>{domains} non éligible(s)</b> : {reason}").format(domains=", ".join(d), reason=reason)
            for reason, d in by_reason.items()
        ]
        self.eligibility_notes.setText("<br>".join(lines + reserves))

    @Slot(QModelIndex)
    def _open_blocker(self, index: QModelIndex) -> None:
        indicator_id = index.data(ID_ROLE)
        if indicator_id:
            self.indicatorRequested.emit(indicator_id)
