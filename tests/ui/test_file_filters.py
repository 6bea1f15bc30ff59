"""The file dialogs' filters are translated with the interface (they were French in English mode)."""

from __future__ import annotations

from hopen_desktop.ui import file_filters


def test_filters_in_french_by_default(qapp):
    assert file_filters.pdf_filter() == "Documents PDF (*.pdf);;Tous les fichiers (*)"
    assert "*.hopen.sqlite" in file_filters.workspace_filter()
    assert "*.xlsx" in file_filters.xlsx_filter() and "*.p12" in file_filters.identity_filter()


def test_filters_in_english_with_the_english_translation(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from hopen_desktop.resources import resource_path

    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "hopen_en.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        assert file_filters.pdf_filter() == "PDF documents (*.pdf);;All files (*)"
        assert file_filters.xlsx_filter() == "Excel workbooks (*.xlsx);;All files (*)"
        assert file_filters.identity_filter().startswith("Signing identity files")
        assert file_filters.workspace_filter().startswith("HOP'EN workspaces")
    finally:
        QCoreApplication.removeTranslator(translator)
