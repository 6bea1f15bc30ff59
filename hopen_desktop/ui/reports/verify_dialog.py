"""The verdict on a PDF's signature: a coloured banner (valid and approved, intact but signer not
approved, altered, not signed), then for each signature its signer, time, integrity, coverage,
the certificate's validity (expired in red), self-signed or its chain, its fingerprint in groups of
four, and whether the signer is approved, with « Approuver ce signataire… » once the user has
compared the fingerprint with the signer by phone. The check runs in a pool thread."""

from __future__ import annotations

import datetime as dt
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
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.jobs import reports as report_jobs
from hopen_desktop.model.certificate_names import attribute_lines, format_name
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.formatting import format_date
from hopen_desktop.reports import approved_signers
from hopen_desktop.reports.verify import EXIT_NOT_APPROVED, EXIT_NOT_SIGNED, EXIT_VALID
from hopen_desktop.ui import jargon, tasks
from hopen_desktop.ui.file_filters import pdf_filter
from hopen_desktop.ui.reports.signature_widgets import FingerprintLabel
from hopen_desktop.ui.status import error_style, foreground
from hopen_desktop.ui.widgets import confirmation_box, with_help

#: (background, border, text) of the banner for each verdict.
COLOURS = {
    "pending": ("#eef1f5", "#b8c2cc", "#33404d"),
    "valid": ("#e3f4e6", "#2e7d32", "#1b5e20"),
    "invalid": ("#fdecea", "#c62828", "#8e1111"),
    "unsigned": ("#fff4e0", "#e08a00", "#6d4300"),
    "unapproved": ("#fff4e0", "#e08a00", "#6d4300"),
}


class VerifyDialog(QDialog):
    def __init__(
        self,
        path: Path | None = None,
        parent: QWidget | None = None,
        book: Path | None = None,
        workspace: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Vérifier un rapport signé"))
        self.resize(780, 680)
        self.path: Path | None = None
        self.result: Any = None
        self.verdict_kind = "pending"
        self._task: tasks.Task | None = None
        #: The book of approved signers (default: the user's).
        self.book = book
        #: The workspace open in the window: the report's seal is compared with it.
        self.workspace = workspace
        #: The seal read from the report and, with a workspace, its comparison (jobs/seal_check.py).
        self.seal_check: Any = None
        self._seal_task: tasks.Task | None = None
        #: The confirmation opened last by « Approuver ce signataire… » (tests drive it).
        self.dialog: QWidget | None = None
        self.approve_buttons: list[QPushButton] = []

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
        scroll = QScrollArea()  # signature, chain and seal may be taller than a small screen
        scroll.setObjectName("detailsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.details)
        layout.addWidget(scroll, 1)

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
            verify_report, self.path, self.book, on_done=self._on_verified, on_error=self._on_failed, owner=self
        )

    def reject(self) -> None:
        if not self.busy:  # the check takes about a second: its answer must find the dialog
            super().reject()

    @property
    def busy(self) -> bool:
        return self._task is not None or self._seal_task is not None

    @Slot(object)
    def _on_verified(self, result: object) -> None:
        self._task = None
        self.show_result(result)
        if self.path is None or getattr(result, "exit_code", None) == EXIT_NOT_SIGNED:
            self._checks_done()
            return
        self.seal_check = None
        self._seal_task = tasks.run(
            seal_check_of, self.path, self.workspace, on_done=self._on_seal_checked, on_error=self._on_seal_failed,
            owner=self,
        )  # fmt: skip

    def _checks_done(self) -> None:
        self.other_button.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(True)

    @Slot(object)
    def _on_seal_checked(self, check: object) -> None:
        self._seal_task = None
        self.seal_check = check
        self._checks_done()
        self.details_layout.insertWidget(max(0, self.details_layout.count() - 1), self._seal_box(check))

    @Slot(str)
    def _on_seal_failed(self, message: str) -> None:
        self._seal_task = None
        self._checks_done()
        label = QLabel(self.tr("Le sceau du rapport n'a pas pu être lu : {message}").format(message=message))
        label.setWordWrap(True)
        self.details_layout.insertWidget(max(0, self.details_layout.count() - 1), label)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._task = None
        self._checks_done()
        self._set_banner("invalid", self.tr("Vérification impossible"), message)

    # ----------------------------------------------------------------- showing

    def show_result(self, result: Any) -> None:
        self.result = result
        if result.exit_code == EXIT_VALID:
            self._set_banner("valid", self.tr("Signature valide — signataire approuvé"), result.verdict)
        elif result.exit_code == EXIT_NOT_APPROVED:
            self._set_banner(
                "unapproved",
                self.tr("Document intact — signataire NON approuvé"),
                " ".join(
                    [
                        result.verdict,
                        *([result.book_problem] if result.book_problem else []),
                        # a stranger using an approved signer's name: said first-hand, not in a detail
                        *(r for r in result.reasons if r.startswith("ATTENTION")),
                    ]
                ),
            )
        elif result.exit_code == EXIT_NOT_SIGNED:
            self._set_banner("unsigned", self.tr("Document non signé"), result.verdict)
        elif result.valid:  # intact, but refused by the approving certificates
            self._set_banner("invalid", self.tr("Signataire NON reconnu"), result.verdict)
        else:
            self._set_banner(
                "invalid", self.tr("Signature NON valide : document altéré ou certificat invalide"), result.verdict
            )
        for n, check in enumerate(result.signatures, 1):
            self.details_layout.addWidget(self._signature_box(n, len(result.signatures), check))
        self.details_layout.addStretch(1)

    def _set_banner(self, kind: str, title: str, text: str) -> None:
        self.verdict_kind = kind
        background, border, colour = COLOURS[kind]
        symbol = {"valid": "✔", "invalid": "✘", "unsigned": "⚠", "unapproved": "⚠", "pending": "…"}[kind]
        self.banner.setStyleSheet(
            f"QLabel#verdictBanner {{ background: {background}; border: 2px solid {border}; "
            f"border-radius: 6px; padding: 10px; color: {colour}; }}"
        )
        body = f"<br/>{_escape(text)}" if text else ""
        self.banner.setText(f"<span style='font-size:14pt; font-weight:bold'>{symbol} {_escape(title)}</span>{body}")

    def _clear_details(self) -> None:
        self.copy_buttons = []
        self.approve_buttons = []
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
            label.setStyleSheet(
                f"QLabel {{ color: {foreground('#1b5e20' if value else '#a61b1b')}; font-weight: bold; }}"
            )
            return label

        def text(value: str, wrap: bool = False) -> QLabel:
            # Word-wrapped labels get too little height inside a QFormLayout: only the long texts
            # (problems, the self-signed note) wrap, and they sit outside the form.
            label = QLabel(value)
            label.setWordWrap(wrap)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return label

        form.addRow(self.tr("Signataire :"), text(check.signer))
        if check.organisation:
            form.addRow(self.tr("Organisation :"), text(check.organisation))
        if check.email:
            form.addRow(self.tr("Adresse :"), text(check.email))
        if check.signer_dn and check.signer_dn != check.signer:
            # One attribute a line, named in the window's language (« Nom », « Organisation »…).
            dn_lines = "\n".join(attribute_lines(check.signer_attributes)) or check.signer_dn
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
        if check.not_before is not None and check.not_after is not None:
            form.addRow(self.tr("Validité du certificat :"), self._validity(check))
        if check.trusted:
            trust = yes_no(True, self.tr("oui, par une autorité de confiance"), "")
        else:
            trust = QLabel(
                self.tr("non : certificat auto-signé") if check.self_signed else self.tr("non reconnu par une autorité")
            )
            trust.setStyleSheet(f"QLabel {{ color: {foreground('#6d4300')}; font-weight: bold; }}")
        trust_row = with_help(trust, jargon.help_button(jargon.CERTIFICATE), grow=False)
        form.addRow(self.tr("Certificat reconnu :"), trust_row)
        if check.chain:
            subjects = [format_name(attributes) for attributes in check.chain_attributes] or list(check.chain)
            chain = text("\n".join(f"← {subject}" for subject in subjects))
            chain.setObjectName("chain")
            form.addRow(self.tr("Chaîne de certification :"), chain)
        elif not check.self_signed and check.issuer:
            form.addRow(self.tr("Émis par :"), text(format_name(check.issuer_attributes) or check.issuer))

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
        row.addWidget(jargon.help_button(jargon.FINGERPRINT))
        form.addRow(self.tr("Empreinte SHA-256 :"), row)
        if check.approved is not None and check.ok:  # an invalid signature approves nobody
            form.addRow(self.tr("Approbation :"), self._approval(check))

        for problem in check.problems:
            label = text("✘ " + self.tr("Problème : {problem}").format(problem=problem), wrap=True)
            label.setStyleSheet(error_style())
            outer.addWidget(label)
        if check.ok and check.approved and check.self_signed:
            note = text(
                wrap=True,
                value=self.tr(
                    "Certificat auto-signé, reconnu sur cet ordinateur parce qu'il figure dans le carnet des "
                    "signataires approuvés. Ailleurs, ce rapport sera indiqué « signataire non approuvé » tant que "
                    "son lecteur ne l'aura pas approuvé : comparez l'empreinte ensemble, par téléphone, pour qu'il "
                    "puisse le faire."
                ),
            )
            note.setStyleSheet("QLabel { background: #eef6ee; border: 1px solid #9cc79f; padding: 6px; }")
            outer.addWidget(note)
        if check.ok and check.approved is False and check.certificate_der:
            note = text(
                wrap=True,
                value=self.tr(
                    "La signature prouve que le document n'a pas changé depuis qu'il a été signé avec ce "
                    "certificat ; elle ne prouve pas qui détient ce certificat : un imposteur peut reprendre le "
                    "même nom. Téléphonez au signataire (à un numéro que vous connaissez déjà) et demandez-lui de "
                    "lire l'empreinte de son certificat : si les 16 groupes sont identiques à ceux affichés "
                    "ci-dessus, approuvez-le."
                ),
            )
            note.setStyleSheet("QLabel { background: #fffbe6; border: 1px solid #e0c060; padding: 6px; }")
            outer.addWidget(note)
            approve = QPushButton(self.tr("Approuver ce si&gnataire…"))
            approve.setObjectName("approve")
            approve.setProperty("check", len(self.approve_buttons))
            self.approve_buttons.append(approve)
            approve.clicked.connect(lambda _=False, c=check: self.ask_approve(c))
            buttons = QHBoxLayout()
            buttons.addStretch(1)
            buttons.addWidget(approve)
            outer.addLayout(buttons)
        return box

    def _validity(self, check: Any) -> QLabel:
        period = self.tr("du {start} au {end}").format(
            start=format_date(check.not_before.astimezone().date()),
            end=format_date(check.not_after.astimezone().date()),
        )
        if not check.certificate_valid:
            label = QLabel("✘ " + period + " — " + self.tr("NON valide à la date de signature"))
            label.setStyleSheet(error_style())
        elif check.not_after < dt.datetime.now(dt.UTC):
            label = QLabel(period + " — " + self.tr("expiré depuis (valide quand il a signé)"))
            label.setStyleSheet(error_style())
        else:
            label = QLabel(period)
        label.setObjectName("validity")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _approval(self, check: Any) -> QLabel:
        if check.approved:
            label = QLabel("✔ " + self.tr("Signataire approuvé ({how})").format(how=check.approved_how or "—"))
            label.setStyleSheet(f"QLabel {{ color: {foreground('#1b5e20')}; font-weight: bold; }}")
        else:
            label = QLabel(
                "⚠ "
                + self.tr("Signataire NON approuvé : comparez l'empreinte avec le signataire avant de l'approuver.")
            )
            label.setStyleSheet(f"QLabel {{ color: {foreground('#6d4300')}; font-weight: bold; }}")
            label.setWordWrap(True)
        label.setObjectName("approval")
        return label

    def _seal_box(self, check: Any) -> QGroupBox:
        """The report's seal and, when the window has a workspace open, whether its campaign is
        still as sealed (what changed otherwise)."""
        box = QGroupBox(self.tr("Sceau du rapport"))
        box.setObjectName("sealBox")
        lines = QVBoxLayout(box)

        def line(text: str, colour: str | None = None, name: str = "") -> None:
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if colour:
                label.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; }}")
            if name:
                label.setObjectName(name)
            lines.addWidget(label)

        seal = check.seal
        if seal is None:
            line(
                self.tr("Ce rapport ne porte pas de sceau : il ne peut pas être comparé avec un espace de travail.")
                if check.no_seal
                else "; ".join(check.problems),
                None if check.no_seal else "#8e1111",
                "sealVerdict",
            )
            return box
        line(self.tr("Rapport n° {id}").format(id=seal.report_id))
        line(self.tr("Empreinte du contenu : {digest}").format(digest=seal.content_sha256))
        if self.workspace is None:
            line(self.tr("Ouvrez l'espace de travail du rapport pour comparer la campagne avec ce sceau."))
        elif check.same:
            line(
                self.tr("✔ La campagne de l'espace de travail ouvert est identique à son contenu scellé."),
                "#1b5e20",
                "sealVerdict",
            )
        else:
            line(
                self.tr("✘ La campagne n'est plus celle du rapport :"),
                "#8e1111",
                "sealVerdict",
            )
            for reason in check.reasons:
                line("– " + reason)
        return box

    # ----------------------------------------------------------------- approving

    def ask_approve(self, check: Any) -> None:
        """Ask the user to confirm they compared the fingerprint with the signer, then approve."""
        der = check.certificate_der
        box = confirmation_box(
            self,
            self.tr("Approuver ce signataire"),
            self.tr(
                "Approuver « {name} » ?\n\nEmpreinte de son certificat :\n{fingerprint}\n\n"
                "Ne confirmez que si le signataire vous a lu cette même empreinte, groupe par groupe, au "
                "téléphone (à un numéro que vous connaissiez déjà). Ses prochains rapports seront alors reconnus."
            ).format(name=check.signer, fingerprint=approved_signers.grouped(check.fingerprint_sha256)),
            lambda: self._approve(der),
            name="confirmApprove",
            yes_text=self.tr("&Empreinte identique : approuver"),
            yes_name="confirm",
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = box
        box.open()

    def _approve(self, der: bytes) -> None:
        try:
            change = approved_signers.add_certificate(der, approved_signers.HOW_PHONE, path=self.book)
        except (HopenError, OSError) as exc:
            message = exc.message if isinstance(exc, HopenError) else str(exc.strerror or exc)
            self._set_banner("invalid", self.tr("Approbation impossible"), message)
            return
        if self.path is not None:
            self.verify(self.path)  # the verdict again, now with the signer approved
        if change.set_aside is not None:
            self.file_label.setText(
                self.file_label.text()
                + "\n"
                + self.tr("L'ancien carnet des signataires, endommagé, a été mis de côté sous « {path} ».").format(
                    path=change.set_aside
                )
            )

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


def seal_check_of(path: Path, workspace: Path | None) -> Any:
    """The report's seal, compared with ``workspace`` when one is open (a pool thread runs it)."""
    from hopen_desktop.jobs.seal_check import SealCheck, check_seal, read_report_seal

    if workspace is not None:
        return check_seal(path, workspace)
    seal, problem = read_report_seal(path)
    return SealCheck(seal, None, (problem,) if problem else (), no_seal=seal is None and problem is None)


def verify_report(path: Path, book: Path | None) -> Any:
    """The verification of ``path``, its signer approved by ``book`` (a pool thread runs it)."""
    return report_jobs.verify(path, book=book)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
