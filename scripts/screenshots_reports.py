"""Render the dialogs of the Rapports menu to PNG under docs/screenshots/report-*.png.

    .venv/bin/python scripts/screenshots_reports.py

Offscreen, in a temporary data folder: builds the demo workspace, creates a self-signed identity,
produces and signs a report, alters a copy, then grabs the sign dialog, the identity dialogs, the
progress dialog and the verify dialog (valid, altered, not signed)."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
DEMO_DATE = dt.date(2025, 11, 20)
PASSWORD = "mot-de-passe-de-demo"


def main() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    tmp = Path(tempfile.mkdtemp(prefix="hopen-report-shots-"))
    os.environ["HOPEN_DATA_DIR"] = str(tmp / "data")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from hopen_desktop.jobs import identities as identity_jobs
    from hopen_desktop.jobs import reports as report_jobs
    from hopen_desktop.model import paths
    from hopen_desktop.model.demo import build_demo_workspace
    from hopen_desktop.ui.app import create_application
    from hopen_desktop.ui.reports.identity_dialog import IdentitiesDialog, IdentityCreateDialog
    from hopen_desktop.ui.reports.menu import ReportActions
    from hopen_desktop.ui.reports.signature_dialog import SignatureDialog
    from hopen_desktop.ui.reports.verify_dialog import VerifyDialog
    from hopen_desktop.ui.session import Session
    from hopen_desktop.ui.translations import install_translators

    app = create_application()
    translators = install_translators(app, "fr")  # noqa: F841 — Qt's own buttons in French
    OUT.mkdir(parents=True, exist_ok=True)

    def settle(until: object = None, timeout: float = 30.0) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            app.processEvents()
            if until is None or until():  # type: ignore[operator]
                if until is None:
                    time.sleep(0.05)
                    app.processEvents()
                return
            time.sleep(0.02)
        raise TimeoutError("the dialog did not settle")

    def grab(widget: QWidget, name: str) -> None:
        widget.show()
        settle()
        path = OUT / f"report-{name}.png"
        widget.grab().save(str(path))
        print(path.relative_to(ROOT))

    workspace = tmp / "demo.hopen.sqlite"
    campaign_id = build_demo_workspace(workspace, DEMO_DATE)
    window = QMainWindow()
    window.resize(1100, 760)
    session = Session(window)
    actions = ReportActions(session, window)
    actions.install(window.menuBar())
    session.open(workspace)
    session.select_campaign(campaign_id)
    window.show()

    # Identity creation, filled in.
    create = IdentityCreateDialog(paths.identities_dir(), window)
    create.name.setText("Claire Martin")
    create.organisation.setText("Clinique du Parc des Tilleuls")
    create.email.setText("claire.martin@tilleuls.example.fr")
    create.password.setText(PASSWORD)
    create.confirm.setText(PASSWORD)
    grab(create, "identity-create")
    create.close()
    summary = identity_jobs.create(
        "Claire Martin", "Clinique du Parc des Tilleuls", "claire.martin@tilleuls.example.fr", PASSWORD,
        paths.identities_dir(),
    )  # fmt: skip

    identities = IdentitiesDialog(window)
    identities.refresh(select=summary.path)
    grab(identities, "identities")
    identities.close()

    # Sign dialog after a wrong password.
    sign = SignatureDialog(identity_jobs.identity_files(paths.identities_dir()), window)
    sign.show()
    sign.password.setText("mauvais")
    sign.accept()
    settle(lambda: sign.error.isVisible())
    grab(sign, "sign-wrong-password")
    sign.reject()

    # Progress dialog of a report (grabbed while it runs).
    from hopen_desktop.ui.reports.job import ReportJob

    unsigned = tmp / "Rapport HOP'EN - demo.pdf"
    job = ReportJob("Rapport PDF", report_jobs.produce_report, workspace, campaign_id, unsigned, None,
                    parent_widget=window)  # fmt: skip
    job.SHOW_AFTER_MS = 0
    job.start()
    settle(lambda: job.dialog is not None and job.dialog.value() > 0)
    if job.dialog is not None:
        job.dialog.grab().save(str(OUT / "report-progress.png"))
        print((OUT / "report-progress.png").relative_to(ROOT))
    settle(lambda: job.finished, timeout=60)

    identity = identity_jobs.load(summary.path, PASSWORD)
    signed = tmp / "Rapport HOP'EN - signé.pdf"
    report_jobs.produce_report(workspace, campaign_id, signed, identity)
    data = bytearray(signed.read_bytes())
    at = data.index(b"/Producer")
    data[at + 1] = ord("Q")
    altered = tmp / "Rapport HOP'EN - modifié.pdf"
    altered.write_bytes(bytes(data))

    # A report signed by someone this computer has not approved (an identity made elsewhere).
    from hopen_desktop.reports.signing import create_identity, load_identity

    stranger_path = create_identity(
        "Claire Martin", "Clinique du Parc des Tilleuls", "claire.martin@tilleuls.example.fr", PASSWORD,
        tmp / "ailleurs.p12",
    )  # fmt: skip
    foreign = tmp / "Rapport HOP'EN - reçu.pdf"
    report_jobs.produce_report(workspace, campaign_id, foreign, load_identity(stranger_path, PASSWORD))

    for name, pdf in (
        ("verify-valid", signed),
        ("verify-unapproved", foreign),
        ("verify-altered", altered),
        ("verify-unsigned", unsigned),
    ):
        dialog = VerifyDialog(pdf, window, workspace=workspace)  # the seal compared with the open workspace
        dialog.show()
        settle(lambda d=dialog: not d.busy)  # type: ignore[misc]
        grab(dialog, name)
        dialog.close()

    from hopen_desktop.ui.reports.signers_dialog import SignersDialog

    signers = SignersDialog(window)
    grab(signers, "signers")
    signers.close()

    # The completion of a signed report, then the confirmation of sealing the campaign.
    actions._signed = True
    actions._report_done(report_jobs.produce_report(workspace, campaign_id, tmp / "scellé.pdf", identity))
    grab(actions.dialog, "done-signed")
    actions.seal_campaign()
    grab(actions.dialog, "seal-confirm")
    actions.dialog.close()

    session.close()
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
