"""Typed errors of the domain layer. Each carries a code and its parameters; the sentence the
user reads is written by ``hopen_desktop.model.messages`` in the current language."""

from __future__ import annotations

from typing import Any

from hopen_desktop.model import messages


class HopenError(Exception):
    """Base of every error the application reports to the user.

    Raised as ``HopenError(code, **params)`` with a code of ``messages.CATALOGUE``: ``message``
    (and ``str(err)``) is the sentence in the current language, ``text(language)`` in a given
    one. During the transition a finished sentence is still accepted in place of a code
    (``code`` is then None and the sentence is shown as it is, in every language).
    """

    def __init__(self, code: str, /, **params: Any) -> None:
        if messages.is_code(code):
            self.code: str | None = code
            self.params: dict[str, Any] = params
            self._plain: str | None = None
        else:
            self.code, self.params, self._plain = None, params, code
        super().__init__(code)

    def text(self, language: str | None = None) -> str:
        """The sentence in ``language`` (default: the current language)."""
        if self._plain is not None:
            return self._plain
        assert self.code is not None
        return messages.render(self.code, self.params, language)

    @property
    def message(self) -> str:
        """The complete sentence in the current language: what is wrong and what to do."""
        return self.text()

    def __str__(self) -> str:
        return self.text()


class ReferentialError(HopenError):
    """A referential data file is malformed."""


class ValidationError(HopenError):
    """A value entered or imported is refused. ``field`` names the refused field when known
    (e.g. "finess", "name", "title", "date", "numerator", "justification", or the key of an
    evidence field), so a form shows the message next to it."""

    def __init__(self, code: str, /, *, field: str | None = None, **params: Any) -> None:
        super().__init__(code, **params)
        self.field = field

    def at(self, field: str | None) -> ValidationError:
        """The same refusal, attributed to ``field`` (e.g. a name check reused for a title)."""
        if self.code is None:
            moved = ValidationError(self.text(), field=field)
        else:
            moved = ValidationError(self.code, field=field, **self.params)
        moved.__cause__ = self.__cause__
        return moved


class ImportFormatError(HopenError):
    """A file to import is not in our format."""


class NotFoundError(HopenError):
    """An establishment, campaign or other record does not exist."""


class WorkspaceError(HopenError):
    """The workspace file cannot be opened or written. ``read_only_possible``: opening it
    read-only is a way out (the file is read-only, or open in another window)."""

    def __init__(self, code: str, /, *, read_only_possible: bool = False, **params: Any) -> None:
        super().__init__(code, **params)
        self.read_only_possible = read_only_possible
