"""The verdict on a PDF's signature: a coloured banner (valid, altered, not signed), then for each
signature its signer, time, integrity, coverage, trust and certificate fingerprint, with the
explanation a reader needs for a self-signed certificate. The check runs in a pool thread."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.jobs import reports as report_jobs
from hopen_desktop.reports.verify import EXIT_NOT_SIGNED, EXIT_VALID
from hopen_desktop.ui import tasks
from hopen_desktop.ui.file_filters import pdf_filter
from hopen_desktop.ui.reports.signature_widgets import FingerprintLabel

#: (background, border, text) of the banner for each verdict.
COLOURS = {
    "pending": ("#eef1f5", "#b8c2cc", "#33404d"),
    "valid": ("#e3f4e6", "#2e7d32", "#1b5e20"),
    "invalid": ("#fdecea", "#c62828", "#8e1111"),
    "unsigned": ("#fff4e0", "#e08a00", "#6d4300"),
}


class VerifyDialog(QDialog):
    def __init__(self, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Vérifier un rapport signé"))
        self.resize(780, 680)
        self.path: Path | None = None
        self.result: Any = None
        self.verdict_kind = "pending"
        self._task: tasks.Task | None = None

        layout = QVBoxLayout(self)
        self.file_label = QLabel()
        self.file_label.setObjectName("file")
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.file_label)

        self.banner = QLabel()
        self.banner.setObjectName("verdictBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setMinimumHeight(64)
        self.banner.setAccessibleName(self.tr("Verdict"))
        layout.addWidget(self.banner)

        self.details = QWidget()
        self.details_layout = QVBoxLayout(self.details)
        self.details_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.details, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.other_button = self.buttons.addButton(
            self.tr("Vérifier un &autre fichier…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.other_button.setObjectName("other")
        self.other_button.clicked.connect(self.choose_file)
        self.open_button = self.buttons.addButton(self.tr("&Ouvrir le PDF"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("openPdf")
        self.open_button.clicked.connect(self.open_pdf)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.copy_buttons: list[QPushButton] = []
        if path is not None:
            self.verify(path)
        else:
            self._set_banner("pending", self.tr("Choisissez un PDF à vérifier."), "")

    # ----------------------------------------------------------------- checking

    @Slot()
    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Vérifier un rapport signé"), start, pdf_filter())
        if name:
            self.verify(Path(name))

    def verify(self, path: Path) -> None:
        self.path = Path(path)
        self.result = None
        self.file_label.setText(self.tr("Fichier : {path}").format(path=self.path))
        self._clear_details()
        self._set_banner("pending", self.tr("Vérification en cours…"), "")
        self.other_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(False)
        self.open_button.setEnabled(self.path.exists())
        self._task = tasks.run(
            report_jobs.verify, self.path, on_done=self._on_verified, on_error=self._on_failed, owner=self
        )

    def reject(self) -> None:
        if self._task is None:  # the check takes about a second: its answer must find the dialog
            super().reject()

    @property
    def busy(self) -> bool:
        return self._task is not None

    @Slot(object)
    def _on_verified(self, result: object) -> None:
        self._task = None
        self.other_button.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(True)
        self.show_result(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._task = None
        self.other_button.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(True)
        self._set_banner("invalid", self.tr("Vérification impossible"), message)

    # ----------------------------------------------------------------- showing

    def show_result(self, result: Any) -> None:
        self.result = result
        if result.exit_code == EXIT_VALID:
            trusted = all(s.trusted for s in result.signatures)
            title = self.tr("Signature valide") if trusted else self.tr("Signature valide — certificat à contrôler")
            self._set_banner("valid", title, result.verdict)
        elif result.exit_code == EXIT_NOT_SIGNED:
            self._set_banner("unsigned", self.tr("Document non signé"), result.verdict)
        else:
            self._set_banner("invalid", self.tr("Signature NON valide : document altéré"), result.verdict)
        for n, check in enumerate(result.signatures, 1):
            self.details_layout.addWidget(self._signature_box(n, len(result.signatures), check))
        self.details_layout.addStretch(1)

    def _set_banner(self, kind: str, title: str, text: str) -> None:
        self.verdict_kind = kind
        background, border, colour = COLOURS[kind]
        symbol = {"valid": "✔", "invalid": "✘", "unsigned": "⚠", "pending": "…"}[kind]
        self.banner.setStyleSheet(
            f"QLabel#verdictBanner {{ background: {background}; border: 2px solid {border}; "
            f"border-radius: 6px; padding: 10px; color: {colour}; }}"
        )
        body = f"<br/>{_escape(text)}" if text else ""
        self.banner.setText(f"<span style='font-size:14pt; font-weight:bold'>{symbol} {_escape(title)}</span>{body}")

    def _clear_details(self) -> None:
        self.copy_buttons = []
        while self.details_layout.count():
            item = self.details_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _signature_box(self, n: int, count: int, check: Any) -> QGroupBox:
        title = self.tr("Signature") if count == 1 else self.tr("Signature {n} sur {count}").format(n=n, count=count)
        box = QGroupBox(title)
        outer = QVBoxLayout(box)
        form = QFormLayout()
        outer.addLayout(form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def yes_no(value: bool, good: str, bad: str) -> QLabel:
            label = QLabel(("✔ " + good) if value else ("✘ " + bad))
            label.setStyleSheet(f"QLabel {{ color: {'#1b5e20' if value else '#a61b1b'}; font-weight: bold; }}")
            return label

        def text(value: str, wrap: bool = False) -> QLabel:
            # Word-wrapped labels get too little height inside a QFormLayout: only the long texts
            # (problems, the self-signed note) wrap, and they sit outside the form.
            label = QLabel(value)
            label.setWordWrap(wrap)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return label

        form.addRow(self.tr("Signataire :"), text(check.signer))
        if check.signer_dn and check.signer_dn != check.signer:
            dn_lines = re.sub(r", (?=[A-Z][A-Za-z ]+: )", "\n", check.signer_dn)  # one attribute a line
            form.addRow(self.tr("Certificat délivré à :"), text(dn_lines))
        form.addRow(self.tr("Date de signature :"), text(check.signing_time or self.tr("inconnue")))
        if check.reason:
            form.addRow(self.tr("Motif :"), text(check.reason))
        form.addRow(
            self.tr("Document intact :"),
            yes_no(check.intact, self.tr("oui, contenu inchangé"), self.tr("NON, contenu modifié")),
        )
        if check.valid and not check.intact:
            # pyHanko's "valid" is about the signature's own bytes; shown alone next to an altered
            # document it read as a contradiction.
            crypto = yes_no(False, "", self.tr("la signature elle-même est intacte, mais le document a changé"))
        else:
            crypto = yes_no(check.valid, self.tr("oui"), self.tr("NON"))
        form.addRow(self.tr("Signature cryptographique valide :"), crypto)
        form.addRow(
            self.tr("Couvre tout le fichier :"),
            yes_no(check.covers_whole_file, self.tr("oui"), self.tr("NON, des données ont été ajoutées")),
        )
        if check.trusted:
            trust = yes_no(True, self.tr("oui, par une autorité de confiance"), "")
        else:
            trust = QLabel(
                self.tr("non : certificat auto-signé") if check.self_signed else self.tr("non reconnu par une autorité")
            )
            trust.setStyleSheet("QLabel { color: #6d4300; font-weight: bold; }")
        form.addRow(self.tr("Certificat reconnu :"), trust)

        row = QHBoxLayout()
        field = FingerprintLabel(check.fingerprint_sha256)
        field.setObjectName("fingerprint")
        copy = QPushButton(self.tr("Co&pier"))
        copy.setObjectName("copy")
        copy.setProperty("fingerprint", check.fingerprint_sha256)
        copy.clicked.connect(self._copy_fingerprint)
        self.copy_buttons.append(copy)
        row.addWidget(field, 1)
        row.addWidget(copy)
        form.addRow(self.tr("Empreinte SHA-256 :"), row)

        for problem in check.problems:
            label = text("✘ " + self.tr("Problème : {problem}").format(problem=problem), wrap=True)
            label.setStyleSheet("QLabel { color: #a61b1b; font-weight: bold; }")
            outer.addWidget(label)
        if not check.trusted and check.ok:
            note = text(
                wrap=True,
                value=self.tr(
                    "Ce certificat n'est pas délivré par une autorité reconnue (identité auto-signée, créée par le "
                    "signataire). La signature prouve que le document n'a pas changé depuis sa signature ; pour "
                    "savoir qui l'a signé, comparez l'empreinte SHA-256 ci-dessus avec celle que le signataire "
                    "vous a communiquée par un autre moyen (courrier, téléphone)."
                ),
            )
            note.setStyleSheet("QLabel { background: #fffbe6; border: 1px solid #e0c060; padding: 6px; }")
            outer.addWidget(note)
        return box

    @Slot()
    def _copy_fingerprint(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            QGuiApplication.clipboard().setText(str(button.property("fingerprint")))
            button.setText(self.tr("Copiée ✔"))

    @Slot()
    def open_pdf(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
