"""The file-type filters of the file dialogs, declared once and translated where they are shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def workspace_filter() -> str:
    return QCoreApplication.translate(
        "FileFilters", "Espaces de travail HOP'EN (*.hopen.sqlite *.sqlite);;Tous les fichiers (*)"
    )


def pdf_filter() -> str:
    return QCoreApplication.translate("FileFilters", "Documents PDF (*.pdf);;Tous les fichiers (*)")


def xlsx_filter() -> str:
    return QCoreApplication.translate("FileFilters", "Classeurs Excel (*.xlsx);;Tous les fichiers (*)")


def identity_filter() -> str:
    return QCoreApplication.translate(
        "FileFilters", "Fichiers d'identité de signature (*.p12 *.pfx);;Tous les fichiers (*)"
    )
