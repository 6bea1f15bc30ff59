"""Typed errors of the reports package. Each carries a code of ``model.messages`` and its
parameters, rendered in the current language like every ``HopenError``."""

from __future__ import annotations

from typing import Any

from hopen_desktop.model import messages
from hopen_desktop.model.errors import HopenError


class Cancelled(HopenError):  # noqa: N818 (the name the GUI catches)
    """The user cancelled a long operation (report, export, import). Nothing was written."""

    def __init__(self, code: str = "cancelled", /, **params: Any) -> None:
        super().__init__(code, **params)


class IdentityError(HopenError):
    """A signing identity (PKCS#12 file) cannot be created or loaded. ``field`` names the form
    field concerned when known ("name", "organisation", "email", "password", "path")."""

    def __init__(self, code: str, /, *, field: str | None = None, **params: Any) -> None:
        super().__init__(code, **params)
        self.field = field


class WrongPasswordError(IdentityError):
    """The password of a PKCS#12 file is wrong."""


class SigningError(HopenError):
    """The PDF could not be signed."""


class XlsxImportError(HopenError):
    """A workbook is refused on import. ``sheet`` and ``cell`` locate the fault when known; the
    sentence is then prefixed with them (« Feuille « D3 », cellule C12 : … »)."""

    def __init__(self, code: str, /, *, sheet: str | None = None, cell: str | None = None, **params: Any) -> None:
        super().__init__(code, **params)
        self.sheet = sheet
        self.cell = cell

    def text(self, language: str | None = None) -> str:
        inner = super().text(language)
        if self.sheet is not None and self.cell is not None:
            return messages.render("xlsx.at_cell", {"sheet": self.sheet, "cell": self.cell, "error": inner}, language)
        if self.sheet is not None:
            return messages.render("xlsx.at_sheet", {"sheet": self.sheet, "error": inner}, language)
        return inner
