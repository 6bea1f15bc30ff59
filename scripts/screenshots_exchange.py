"""Pictures of the guide page « Travailler à deux postes » (docs/guide/images/deux-postes-*.png)
and of « Transporter un audit » (paquet-campagne-existante.png):

    .venv/bin/python scripts/screenshots_exchange.py

Offscreen, in a temporary folder: two workspaces play the consultant's laptop (the demo, dated
20/11/2025) and the clinic's PC; the campaign goes from one to the other in a bundle, both change
it, and the real windows are grabbed: « Envoyer / Recevoir », the merge's confirmation, the
conflicts side by side and the password of an encrypted bundle."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "guide" / "images"
DEMO_DATE = dt.date(2025, 11, 20)
MAX_WIDTH = 900  # the Help window is 980 pixels wide


def main() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    tmp = Path(tempfile.mkdtemp(prefix="hopen-exchange-shots-"))
    os.environ["HOPEN_DATA_DIR"] = str(tmp / "data")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from hopen_desktop.model.bundle import export_bundle, read_bundle
    from hopen_desktop.model.demo import build_demo_workspace
    from hopen_desktop.model.entities import Answer
    from hopen_desktop.model.exchange import strip_identities
    from hopen_desktop.model.operations.imports import import_bundle
    from hopen_desktop.model.workspace import Workspace
    from hopen_desktop.ui.followup.menu import FollowUpActions
    from hopen_desktop.ui.followup.password_dialog import NewPasswordDialog
    from hopen_desktop.ui.session import Session
    from hopen_desktop.ui.translations import install_translators

    app = QApplication.instance() or QApplication([])
    translators = install_translators(app, "fr")
    OUT.mkdir(parents=True, exist_ok=True)

    def settle(condition=lambda: True, seconds: float = 30) -> None:
        import time

        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            if condition():
                break
            time.sleep(0.02)
        app.processEvents()

    def shot(name: str, widget: QWidget) -> None:
        settle()
        image = widget.grab().toImage()
        if image.width() > MAX_WIDTH:
            image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
        image.save(str(OUT / f"{name}.png"))
        print(OUT / f"{name}.png")

    consultant, clinic = tmp / "Portable du consultant.hopen.sqlite", tmp / "Poste de la clinique.hopen.sqlite"
    build_demo_workspace(consultant, today=DEMO_DATE)
    with Workspace.open(consultant) as ws:
        cid = max(c.id for c in ws.campaigns())
        export_bundle(ws, cid, tmp / "aller.hopen")
    with Workspace.open(clinic) as ws:
        ws.journal.author = "Mme Durand (qualité)"
        cid_b = import_bundle(ws, read_bundle(tmp / "aller.hopen")).value.campaign.id
        ws.save_answer(cid_b, Answer("P1.1", numerator=17, denominator=20))
        ws.save_answer(cid_b, Answer("P1.3", numerator=41, denominator=50))
        export_bundle(ws, cid_b, tmp / "retour.hopen")
    with Workspace.open(consultant) as ws:
        ws.journal.author = "M. Martin (consultant)"
        ws.save_answer(cid, Answer("P1.3", numerator=38, denominator=50))

    win = QMainWindow()
    win.resize(1100, 760)
    session = Session(win)
    session.today = lambda: DEMO_DATE
    session.open(consultant)
    follow = FollowUpActions(session, win)
    follow.install(win.menuBar())
    win.show()
    transfer = follow.bundles

    dialog = follow.show_exchange()
    shot("deux-postes-fenetre", dialog)

    # The clinic's bundle without its identities: as a bundle written before version 18 of the
    # exchange, the same date but not recognised as the same campaign (copy or replace).
    import hashlib
    import json
    import zipfile

    with zipfile.ZipFile(tmp / "retour.hopen") as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    doc = strip_identities(json.loads(members["campaign.json"]))
    doc.pop("sync", None)
    members["campaign.json"] = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    manifest = json.loads(members.pop("manifest.json"))
    manifest["members"] = {n: hashlib.sha256(d).hexdigest() for n, d in members.items()}
    with zipfile.ZipFile(tmp / "ancien.hopen", "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for n, d in members.items():
            zf.writestr(n, d)
    transfer.import_from(tmp / "ancien.hopen")
    settle(lambda: transfer.dialog is not None and transfer.dialog.isVisible())
    shot("paquet-campagne-existante", transfer.dialog)
    transfer.dialog.close()

    # The clinic's changes with a conflict on P1.3.
    transfer.dialog = None
    transfer.import_from(tmp / "retour.hopen")
    settle(lambda: transfer.dialog is not None and transfer.dialog.isVisible())
    transfer.dialog.resize(900, 360)
    shot("deux-postes-conflits", transfer.dialog)
    transfer.dialog.reject()

    # Without a conflict: the consultant keeps the clinic's P1.3 and receives again.
    with Workspace.open(clinic) as ws:
        ws.save_answer(cid_b, Answer("P1.3", numerator=38, denominator=50))
        export_bundle(ws, cid_b, tmp / "retour2.hopen")
    transfer.dialog = None
    settle()
    transfer.import_from(tmp / "retour2.hopen")
    settle(lambda: transfer.dialog is not None and transfer.dialog.isVisible())
    shot("deux-postes-fusion", transfer.dialog)
    transfer.dialog.close()

    password = NewPasswordDialog(win)
    password.show()
    for field in (password.password_field, password.confirm_field):
        field.setText("Marmotte-vélo-orage-1789")
    shot("deux-postes-mot-de-passe", password)
    password.close()

    follow.close_windows()
    session.close()
    del translators
    return 0


if __name__ == "__main__":
    sys.exit(main())
