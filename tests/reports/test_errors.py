"""The reports' errors: a cancellation says nothing was written, a workbook refusal says where."""

from hopen_desktop.model.errors import HopenError
from hopen_desktop.reports.errors import (
    Cancelled,
    IdentityError,
    SigningError,
    WrongPasswordError,
    XlsxImportError,
)


def test_a_cancellation_says_that_nothing_was_written():
    assert "aucun fichier" in Cancelled().message
    assert Cancelled("Import annulé.").message == "Import annulé."


def test_a_workbook_refusal_names_its_sheet_and_cell_when_known():
    both = XlsxImportError("valeur refusée.", sheet="P1", cell="C7")
    assert (both.sheet, both.cell) == ("P1", "C7")
    assert both.message.startswith("Feuille « P1 », cellule C7 :") and both.message.endswith("valeur refusée.")
    sheet_only = XlsxImportError("en-tête déplacé.", sheet="D2")
    assert sheet_only.message.startswith("Feuille « D2 » :") and sheet_only.cell is None
    assert XlsxImportError("pas un classeur.").message == "pas un classeur."


def test_the_kinds_the_window_tells_apart():
    assert issubclass(WrongPasswordError, IdentityError)
    for kind in (Cancelled, IdentityError, SigningError, XlsxImportError):
        assert issubclass(kind, HopenError)
