"""Typed errors: a code and its parameters, rendered in the language asked; the field a refusal
belongs to; whether opening read-only is a way out."""

import pickle

import pytest

from hopen_desktop.model.errors import (
    HopenError,
    ImportFormatError,
    NotFoundError,
    ReferentialError,
    ValidationError,
    WorkspaceError,
)
from hopen_desktop.model.i18n import set_language


def test_a_code_is_rendered_in_the_current_language_or_the_one_asked():
    err = ValidationError("finess.invalid", field="finess", value="123")
    assert err.code == "finess.invalid" and err.params == {"value": "123"}
    assert "« 123 »" in err.message and str(err) == err.message
    assert "Invalid FINESS number" in err.text("en")
    set_language("en")
    assert str(err).startswith("Invalid FINESS number")
    assert err.text("fr").startswith("Numéro FINESS")


def test_a_finished_sentence_is_shown_as_it_is_in_every_language():
    err = HopenError("Quelque chose ne va pas : recommencez.")
    assert err.code is None
    assert err.text("fr") == err.text("en") == "Quelque chose ne va pas : recommencez."


def test_every_error_kind_is_a_hopen_error():
    for kind in (ReferentialError, ValidationError, ImportFormatError, NotFoundError, WorkspaceError):
        assert issubclass(kind, HopenError)


def test_a_refusal_moved_to_another_field_keeps_its_code_parameters_and_cause():
    try:
        try:
            raise KeyError("x")
        except KeyError as exc:
            raise ValidationError("name.required", field="name", what="Le titre") from exc
    except ValidationError as err:
        moved = err.at("title")
    assert moved.field == "title" and moved.code == "name.required" and moved.params == {"what": "Le titre"}
    assert isinstance(moved.__cause__, KeyError)
    assert ValidationError("Phrase finie.", field="a").at("b").text("en") == "Phrase finie."


def test_a_workspace_error_says_whether_read_only_is_a_way_out():
    assert not WorkspaceError("workspace.locked", name="w").read_only_possible
    busy = WorkspaceError("workspace.locked", read_only_possible=True, name="audit.sqlite")
    assert busy.read_only_possible and "audit.sqlite" in busy.message


def test_an_error_can_be_raised_and_caught_by_its_base():
    with pytest.raises(HopenError, match="FINESS"):
        raise ValidationError("finess.invalid", value="x")
    assert pickle.loads(pickle.dumps(HopenError("Phrase finie."))).args == ("Phrase finie.",)
