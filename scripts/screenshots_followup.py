"""Render the follow-up screens of the demo workspace to docs/screenshots/followup-*.png:
the action plan, the late / due-soon list, the history window, the GHT view and the action dialog.

    .venv/bin/python scripts/screenshots_followup.py

Runs offscreen in a temporary folder. The demo is completed here, through the public Workspace
API only (a campaign two years old, more actions, two more members of the demo's GHT)."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
DEMO_DATE = dt.date(2025, 11, 20)  # fixed, so that the pictures do not change every day


def complete_demo(path: Path) -> None:
    from dateutil.relativedelta import relativedelta

    from hopen_desktop.model.demo import DEMO_FINESS
    from hopen_desktop.model.entities import Answer, EstablishmentData
    from hopen_desktop.model.referential import DEFAULT_REFERENTIAL, load_referential
    from hopen_desktop.model.workspace import Workspace

    ref = load_referential(DEFAULT_REFERENTIAL)
    with Workspace.open(path) as ws:
        clinic = ws.establishment_by_finess(DEMO_FINESS)
        assert clinic is not None
        oldest = ws.add_campaign(clinic.id, DEMO_DATE - relativedelta(years=2), ref.id, "Cabinet Audit Santé")
        ws.save_answer(oldest.id, Answer("P1.1", numerator=5, denominator=10))
        ws.save_answer(oldest.id, Answer("P1.3", numerator=9, denominator=20))
        current = ws.latest_campaign(clinic.id)
        assert current is not None
        ws.add_action(
            clinic.id,
            title="Achever le plan d'actions SSI (segmentation du réseau du bloc)",
            owner="RSSI",
            due_date=DEMO_DATE - relativedelta(days=12),
            status="en_cours",
            indicator="P2.4",
            criterion="P2.4.plan_ssi_acheve",
            campaign_id=current.id,
        )
        ws.add_action(
            clinic.id,
            title="Alimenter le DMP depuis le dossier patient informatisé",
            owner="DSI",
            due_date=DEMO_DATE + relativedelta(days=9),
            indicator="P4.1",
            criterion="P4.1.alimentation_dmp",
            campaign_id=current.id,
        )
        ws.add_action(
            clinic.id,
            title="Former les secrétariats à l'identitovigilance",
            owner="Cellule qualité",
            due_date=DEMO_DATE - relativedelta(months=2),
            status="fait",
            indicator="P1.2",
            campaign_id=current.id,
        )
        ght = "GHT de Corse-du-Sud"
        support = ws.add_establishment(
            EstablishmentData("2A0000021", "Centre hospitalier d'Ajaccio (fictif)", "public", ("MCO", "PSY"), ght, True)
        )
        ws.add_establishment(EstablishmentData("2A0000039", "Hôpital de Sartène (fictif)", "public", ("SSR",), ght))
        # The support reaches every prerequisite: full rates, every manual criterion, and the
        # recurring proofs the derived criteria need.
        for etype, months_ago, fields in (
            ("rssi_direction_meeting", 2, {}),
            ("rssi_direction_meeting", 7, {}),
            ("civ_meeting", 1, {}),
            ("civ_meeting", 7, {}),
            ("civ_activity_report", 2, {}),
            ("pra_test", 4, {}),
            ("external_security_audit", 5, {}),
            ("dpo_activity_report", 2, {}),
            ("availability_measurement", 3, {"target": 0.99, "method": "Supervision", "measured": 0.995}),
        ):
            ws.add_evidence(
                support.id, etype, DEMO_DATE - relativedelta(months=months_ago), f"Preuve {etype}", fields=fields
            )
        camp = ws.add_campaign(support.id, DEMO_DATE - relativedelta(days=10), ref.id, "DSI du GHT")
        for g in ref.prerequisite_groups:
            for ind in ref.indicators_of(g.id):
                crit = {c.id: True for c in ind.applicable_criteria(True) if not c.is_derived}
                if ind.is_rate:
                    ws.save_answer(camp.id, Answer(ind.id, numerator=20, denominator=20, criteria=crit))
                else:
                    ws.save_answer(camp.id, Answer(ind.id, criteria=crit))
        ws.save_answer(camp.id, Answer("D1.1", numerator=10, denominator=10, criteria={"D1.1.ght": True}))
        member = ws.establishment_by_finess("2A0000013")
        assert member is not None
        other = ws.add_campaign(member.id, DEMO_DATE - relativedelta(months=3), ref.id, "Qualité")
        ws.save_answer(other.id, Answer("P1.1", numerator=6, denominator=10))


def main() -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    tmp = Path(tempfile.mkdtemp(prefix="hopen-followup-shots-"))
    os.environ["HOPEN_DATA_DIR"] = str(tmp / "data")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QDate, QSettings
    from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from hopen_desktop.model.demo import build_demo_workspace
    from hopen_desktop.ui.actions.plan import DueActionsWidget
    from hopen_desktop.ui.app import create_application
    from hopen_desktop.ui.followup.menu import FollowUpActions
    from hopen_desktop.ui.session import Session
    from hopen_desktop.ui.translations import install_translators

    app = create_application()
    translators = install_translators(app, "fr")  # noqa: F841
    path = tmp / "demo.hopen.sqlite"
    build_demo_workspace(path, today=DEMO_DATE)
    complete_demo(path)

    window = QMainWindow()
    window.resize(900, 600)
    session = Session(window)
    session.today = lambda: DEMO_DATE
    session.open(path)
    follow = FollowUpActions(session, window)
    follow.install(window.menuBar())
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def shot(name: str, widget: QWidget) -> None:
        for _ in range(3):
            QApplication.processEvents()
        target = OUT / f"followup-{name}.png"
        widget.grab().save(str(target))
        print(target.relative_to(ROOT))

    plan = follow.show_action_plan()
    plan.resize(1150, 520)
    shot("action-plan", plan)

    dialog = follow.create_action_for("P3.6", "P3.6.rapport_dpo")
    assert dialog is not None
    dialog.owner.setText("Direction")
    dialog.due.setDate(QDate(2025, 12, 15))
    dialog.adjustSize()
    shot("action-dialog", dialog)
    dialog.reject()

    holder = QWidget()
    holder.resize(620, 220)
    lay = QVBoxLayout(holder)
    lay.addWidget(DueActionsWidget(session))
    lay.addStretch(1)
    holder.show()
    shot("due-actions", holder)
    holder.close()

    history = follow.show_history()
    history.resize(1150, 820)
    shot("history", history)
    history.changed_only.setChecked(True)
    shot("history-changed-only", history)

    ght = follow.show_ght()
    ght.select_ght("GHT de Corse-du-Sud")
    ght.resize(1150, 820)
    shot("ght", ght)

    follow.close_windows()
    session.close()
    window.close()


if __name__ == "__main__":
    main()
