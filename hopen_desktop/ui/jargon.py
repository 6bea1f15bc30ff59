"""The technical terms shown to users, each with its plain-French explanation (issue 19 item 5),
declared once: a dialog that shows « FINESS », « GHT », « empreinte », a « fichier d'identité
(.p12) »… puts ``help_button(TERM)`` next to it (a « ? » with a tooltip and a popup)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hopen_desktop.ui.widgets import HelpButton

FINESS = "finess"
GHT = "ght"
HN_TARGETS = "hn_targets"
IDENTITY_FILE = "identity_file"
FINGERPRINT = "fingerprint"
CERTIFICATE = "certificate"
SIGNATURE = "signature"


def term(key: str) -> str:
    """The term as the user reads it (« Numéro FINESS »…)."""
    terms = {
        FINESS: QCoreApplication.translate("Jargon", "Numéro FINESS"),
        GHT: QCoreApplication.translate("Jargon", "GHT"),
        HN_TARGETS: QCoreApplication.translate("Jargon", "Cibles d'usage Hôpital Numérique"),
        IDENTITY_FILE: QCoreApplication.translate("Jargon", "Fichier d'identité (.p12)"),
        FINGERPRINT: QCoreApplication.translate("Jargon", "Empreinte"),
        CERTIFICATE: QCoreApplication.translate("Jargon", "Certificat"),
        SIGNATURE: QCoreApplication.translate("Jargon", "Signature électronique (PAdES)"),
    }
    return terms[key]


def explanation(key: str) -> str:
    """The plain-French explanation of the term ``key``."""
    texts = {
        FINESS: QCoreApplication.translate(
            "Jargon",
            "Le numéro FINESS identifie chaque établissement sanitaire et social dans le fichier national "
            "(Fichier national des établissements sanitaires et sociaux). Il a 9 caractères et figure sur les "
            "courriers de l'ARS ; en Corse, il commence par 2A ou 2B.",
        ),
        GHT: QCoreApplication.translate(
            "Jargon",
            "Un GHT (groupement hospitalier de territoire) regroupe les hôpitaux publics d'un même territoire "
            "autour d'un établissement « support ». Pour un établissement membre, certains indicateurs ont un "
            "critère de plus : l'application ou le service doit être commun au GHT. Laissez vide si "
            "l'établissement n'est membre d'aucun GHT.",
        ),
        HN_TARGETS: QCoreApplication.translate(
            "Jargon",
            "Hôpital Numérique est le programme national qui a précédé HOP'EN (2012-2017). Ses domaines D2 "
            "(dossier patient informatisé) et D3 (prescription électronique) avaient des cibles d'usage : des "
            "taux à atteindre. Si votre établissement les avait atteintes, cochez la case : le domaine D7 "
            "(services en ligne) peut alors être éligible même si D2 et D3 ne sont pas encore atteints ici.",
        ),
        IDENTITY_FILE: QCoreApplication.translate(
            "Jargon",
            "Un fichier d'identité (extension .p12 ou .pfx, format appelé « PKCS#12 ») contient votre "
            "certificat et la clé secrète qui sert à signer, protégés par un mot de passe. Il se garde comme "
            "une clé : ne l'envoyez à personne, et ne perdez pas son mot de passe.",
        ),
        FINGERPRINT: QCoreApplication.translate(
            "Jargon",
            "L'empreinte (calculée par la méthode SHA-256) est un code de 64 caractères tiré du contenu exact "
            "d'un fichier ou d'un certificat. Le moindre changement la modifie entièrement : deux empreintes "
            "identiques prouvent que le contenu n'a pas changé, ou que deux certificats sont le même. Pour "
            "vérifier un signataire, comparez l'empreinte avec lui, par exemple au téléphone.",
        ),
        CERTIFICATE: QCoreApplication.translate(
            "Jargon",
            "Le certificat est la carte d'identité électronique du signataire : son nom, son organisation et "
            "de quoi vérifier ses signatures. Il est délivré par une autorité de certification, ou créé par le "
            "signataire lui-même (« auto-signé ») : dans ce cas, seule son empreinte permet de le reconnaître.",
        ),
        SIGNATURE: QCoreApplication.translate(
            "Jargon",
            "Le rapport est signé au format PAdES, le format européen de signature des documents PDF, que "
            "vérifient Adobe Acrobat Reader et cette application. La signature dit qui a signé et prouve que "
            "le document n'a pas changé depuis ; la date de signature est celle de l'ordinateur du signataire.",
        ),
    }
    return texts[key]


def help_button(key: str, parent: QWidget | None = None) -> HelpButton:
    """A « ? » explaining the term ``key`` (object name ``help:<key>``)."""
    button = HelpButton(term(key), explanation(key), parent)
    button.setObjectName(f"help:{key}")
    return button
