"""Typed errors of the reports package. Each carries a complete French message."""

from __future__ import annotations

from hopen_desktop.model.errors import HopenError


class Cancelled(HopenError):  # noqa: N818 (the name the GUI catches)
    """The user cancelled a long operation (report, export, import). Nothing was written."""

    def __init__(self, message: str = "Opération annulée : aucun fichier n'a été écrit.") -> None:
        super().__init__(message)


class IdentityError(HopenError):
    """A signing identity (PKCS#12 file) cannot be created or loaded."""


class WrongPasswordError(IdentityError):
    """The password of a PKCS#12 file is wrong."""


class SigningError(HopenError):
    """The PDF could not be signed."""


class XlsxImportError(HopenError):
    """A workbook is refused on import. ``sheet`` and ``cell`` locate the fault when known."""

    def __init__(self, message: str, sheet: str | None = None, cell: str | None = None) -> None:
        if sheet is not None and cell is not None:
            message = f"Feuille « {sheet} », cellule {cell} : {message}"
        elif sheet is not None:
            message = f"Feuille « {sheet} » : {message}"
        super().__init__(message)
        self.sheet = sheet
        self.cell = cell
