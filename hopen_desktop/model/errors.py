"""Typed errors of the domain layer. Each carries a French message for the user."""

from __future__ import annotations


class HopenError(Exception):
    """Base of every error the application reports to the user.

    ``message`` is complete French text saying what is wrong and what to do.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ReferentialError(HopenError):
    """A referential data file is malformed."""


class ValidationError(HopenError):
    """A value entered or imported is refused. ``field`` names the refused field when known
    (e.g. "finess", "name", "numerator", "justification"), so a form can show the message next to it."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ImportFormatError(HopenError):
    """A file to import is not in our format."""


class NotFoundError(HopenError):
    """An establishment, campaign or other record does not exist."""


class WorkspaceError(HopenError):
    """The workspace file cannot be opened or written. ``read_only_possible``: opening it
    read-only is a way out (the file is read-only, or open in another window)."""

    def __init__(self, message: str, read_only_possible: bool = False) -> None:
        super().__init__(message)
        self.read_only_possible = read_only_possible
