"""« Fichier › Envoyer / Recevoir un paquet d'audit »: one window that says in plain French what
sending and receiving do (what the bundle holds, the merge, conflicts, encryption), starts them
through ``BundleTransfer`` and shows the work under way with a progress bar. The flows themselves
(file dialogs, passwords, the merge and its conflicts) are ``BundleTransfer``'s."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.formatting import format_date
from hopen_desktop.ui.widgets import closing_row

if TYPE_CHECKING:
    from hopen_desktop.ui.followup.bundles import BundleTransfer

__all__ = ["BundleExchangeDialog"]


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class BundleExchangeDialog(QDialog):
    """Non-modal: the user may keep it open while the other laptop sends its bundle."""

    def __init__(self, transfer: BundleTransfer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bundleExchangeDialog")
        self.setWindowTitle(self.tr("Envoyer / Recevoir un paquet d'audit"))
        self.transfer = transfer
        layout = QVBoxLayout(self)
        layout.addWidget(
            _paragraph(
                self.tr(
                    "Un paquet d'audit (fichier .hopen) permet de travailler sur la même campagne depuis deux "
                    "postes, par exemple l'ordinateur portable de l'auditeur et le poste de l'établissement, "
                    "sans réseau : envoyez-le par clé USB ou par courriel, l'autre poste le reçoit."
                )
            )
        )

        send = QGroupBox(self.tr("Envoyer la campagne en cours"), self)
        send.setObjectName("sendBox")
        send_layout = QVBoxLayout(send)
        self.campaign_label = _paragraph("")
        self.campaign_label.setObjectName("sendCampaign")
        send_layout.addWidget(self.campaign_label)
        send_layout.addWidget(
            _paragraph(
                self.tr(
                    "Le paquet contient la campagne (réponses, critères), tout le registre de preuves de "
                    "l'établissement avec les fichiers joints, et le plan d'action. Chaque fichier joint y est "
                    "contrôlé par son empreinte (un calcul qui change si le fichier change d'un seul octet)."
                )
            )
        )
        self.encrypt = QCheckBox(self.tr("&Chiffrer le paquet avec un mot de passe (recommandé)"), send)
        self.encrypt.setObjectName("encryptBundle")
        self.encrypt.setChecked(True)
        self.encrypt.setToolTip(
            self.tr(
                "Un audit de sécurité décrit des faiblesses : chiffré, le paquet ne peut être lu qu'avec le "
                "mot de passe, même s'il se perd sur une clé USB ou dans une boîte de courriel. Format « age », "
                "que d'autres outils savent aussi ouvrir."
            )
        )
        send_layout.addWidget(self.encrypt)
        send_layout.addWidget(
            _paragraph(
                self.tr(
                    "Le mot de passe n'est enregistré nulle part et ne peut pas être retrouvé : transmettez-le "
                    "à l'autre personne par un autre moyen que le fichier (par téléphone plutôt que dans le même "
                    "courriel)."
                )
            )
        )
        self.send_button = QPushButton(self.tr("&Envoyer…"), send)
        self.send_button.setObjectName("sendButton")
        self.send_button.setAccessibleName(self.tr("Envoyer la campagne en cours dans un paquet d'audit"))
        self.send_button.clicked.connect(self._send)
        send_layout.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(send)

        receive = QGroupBox(self.tr("Recevoir un paquet d'audit"), self)
        receive.setObjectName("receiveBox")
        receive_layout = QVBoxLayout(receive)
        receive_layout.addWidget(
            _paragraph(
                self.tr(
                    "Le paquet est d'abord vérifié en entier (fichiers complets et non modifiés) ; rien n'est "
                    "écrit s'il est refusé. Un paquet chiffré demande son mot de passe."
                )
            )
        )
        receive_layout.addWidget(
            _paragraph(
                self.tr(
                    "Si la campagne existe déjà sur ce poste, les deux versions sont fusionnées : ce qui n'a "
                    "changé que sur l'autre poste est repris, ce qui n'a changé qu'ici est gardé, les ajouts "
                    "des deux côtés sont conservés et les suppressions sont reportées. Un élément modifié sur "
                    "les deux postes depuis le dernier échange est un conflit : rien n'est écrasé, les deux "
                    "versions vous sont montrées côte à côte et vous choisissez laquelle garder. Une sauvegarde "
                    "de l'espace de travail est faite avant la fusion."
                )
            )
        )
        self.receive_button = QPushButton(self.tr("&Recevoir…"), receive)
        self.receive_button.setObjectName("receiveButton")
        self.receive_button.setAccessibleName(self.tr("Recevoir un paquet d'audit"))
        self.receive_button.clicked.connect(self._receive)
        receive_layout.addWidget(self.receive_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(receive)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("exchangeProgress")
        self.progress.setAccessibleName(self.tr("Avancement"))
        self.progress.setRange(0, 0)  # busy: reading, encrypting and checking report no steps
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = _paragraph("")
        self.status.setObjectName("exchangeStatus")
        layout.addWidget(self.status)

        layout.addLayout(closing_row(self))  # « Fermer », Escape and Ctrl+W

        transfer.busyChanged.connect(self._busy)
        transfer.stage.connect(self._stage)
        transfer.exported.connect(self._exported)
        transfer.imported.connect(self._imported)
        transfer.refused.connect(self._refused)
        transfer.session.changed.connect(self._on_changed)
        self._refresh()
        self.resize(640, self.sizeHint().height())

    # ----------------------------------------------------------------- state

    def _refresh(self) -> None:
        session = self.transfer.session
        campaign, est = session.campaign(), session.establishment()
        busy = self.transfer.busy
        if session.workspace is None or campaign is None or est is None:
            self.campaign_label.setText(self.tr("Aucune campagne ouverte : choisissez-en une dans le menu Campagne."))
            self.send_button.setEnabled(False)
        else:
            self.campaign_label.setText(
                self.tr("Campagne du {date} — {name} (FINESS {finess})").format(
                    date=format_date(campaign.date), name=est.name, finess=est.finess
                )
            )
            self.send_button.setEnabled(not busy)
        self.receive_button.setEnabled(session.workspace is not None and not busy)
        self.encrypt.setEnabled(not busy)

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if changes.everything or changes.selection or changes.establishments or changes.campaigns:
            self._refresh()

    @Slot(bool)
    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self._refresh()

    @Slot(str)
    def _stage(self, text: str) -> None:
        self.status.setText(text)

    @Slot(str)
    def _exported(self, path: str) -> None:
        self.status.setText(self.tr("Paquet écrit : {path}. Donnez-le à l'autre poste.").format(path=path))

    @Slot(int)
    def _imported(self, _campaign_id: int) -> None:
        self.status.setText(self.transfer.last_result_text)

    @Slot(str)
    def _refused(self, message: str) -> None:
        self.status.setText(message)

    # ----------------------------------------------------------------- actions

    @Slot()
    def _send(self) -> None:
        self.transfer.export_current(encrypt=self.encrypt.isChecked())

    @Slot()
    def _receive(self) -> None:
        self.transfer.import_dialog()
