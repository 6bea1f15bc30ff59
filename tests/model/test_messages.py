"""Errors carry a code and parameters; one catalogue renders them in French or English."""

from __future__ import annotations

import datetime as dt
import re
import string
from pathlib import Path

import pytest

from hopen_desktop.model import messages
from hopen_desktop.model.entities import Answer
from hopen_desktop.model.errors import HopenError, ValidationError, WorkspaceError
from hopen_desktop.model.i18n import current_language, set_language
from hopen_desktop.model.settings import MAX_FILE_MB, check_setting
from hopen_desktop.model.validation import check_answer, check_finess, check_name, check_not_future, parse_date


def test_every_message_has_both_languages_with_the_same_parameters():
    for code, text in messages.CATALOGUE.items():
        assert text.fr.strip() and text.en.strip(), code
        fields_fr = {f for _, f, _, _ in string.Formatter().parse(text.fr) if f}
        fields_en = {f for _, f, _, _ in string.Formatter().parse(text.en) if f}
        assert fields_fr == fields_en, code
        assert "«" not in text.en, code  # French quotes left in the English


def test_french_is_the_default_and_english_on_request():
    assert current_language() == "fr"
    with pytest.raises(ValidationError) as info:
        check_finess("12")
    err = info.value
    assert err.code == "finess.invalid" and err.params == {"value": "12"} and err.field == "finess"
    assert err.message.startswith("Numéro FINESS « 12 » invalide : il faut 9 caractères")
    assert str(err) == err.message
    assert err.text("en").startswith("Invalid FINESS number “12”: it takes 9 characters")
    set_language("en")
    assert err.message == err.text("en") and str(err) == err.text("en")
    set_language("de")  # a language we do not speak falls back to French
    assert current_language() == "fr"


def test_subjects_and_dates_are_rendered_in_the_sentence_language():
    with pytest.raises(ValidationError) as info:
        check_not_future(dt.date(2030, 1, 7), messages.EVIDENCE_DATE, today=dt.date(2025, 1, 7))
    err = info.value
    assert err.field == "date"
    assert err.text("fr") == (
        "La date de la preuve 07/01/2030 est dans le futur : saisissez une date au plus tard le 07/01/2025."
    )
    assert err.text("en") == "The evidence date 07/01/2030 is in the future: enter a date no later than 07/01/2025."


def test_french_subjects_passed_by_older_callers_are_translated():
    with pytest.raises(ValidationError) as info:
        check_name("  ", "Le titre de l'action")
    assert info.value.text("fr") == "Le titre de l'action est obligatoire : saisissez-le."
    assert info.value.text("en") == "The action title is required: enter it."
    with pytest.raises(ValidationError) as info:
        parse_date("2025-02-30", "La date de la campagne")
    assert info.value.text("en") == "The campaign date “2025-02-30” does not exist in the calendar."


def test_a_finished_sentence_is_still_accepted_during_the_transition():
    err = WorkspaceError("Espace de travail occupé par une autre fenêtre ou commande", read_only_possible=True)
    assert err.code is None and err.read_only_possible
    assert err.message == err.text("en") == "Espace de travail occupé par une autre fenêtre ou commande"
    assert str(HopenError("Opération annulée.")) == "Opération annulée."


def test_answer_errors_name_their_field(mini_ref):
    ref = mini_ref
    rate = next(i for i in ref.indicators if i.is_rate)
    with pytest.raises(ValidationError) as info:
        check_answer(ref, Answer(rate.id, numerator=-1))
    assert info.value.field == "numerator"
    assert info.value.text("fr") == f"{rate.id} : le numérateur ne peut pas être négatif (reçu : -1)."
    assert info.value.text("en") == f"{rate.id}: the numerator cannot be negative (got -1)."
    with pytest.raises(ValidationError) as info:
        check_answer(ref, Answer(rate.id, numerator=5, denominator=3))
    assert info.value.field == "numerator" and "dépasse le dénominateur" in info.value.message
    with pytest.raises(ValidationError) as info:
        check_answer(ref, Answer(rate.id, denominator=1.5))  # type: ignore[arg-type]
    assert info.value.field == "denominator"
    with pytest.raises(ValidationError) as info:
        check_answer(ref, Answer(rate.id, not_applicable=True))
    assert info.value.field == "justification"


def test_settings_validation_speaks_the_interface_language():
    with pytest.raises(ValidationError) as info:
        check_setting(MAX_FILE_MB, 0)
    assert info.value.field == "max_file_mb"
    assert (
        info.value.text("fr")
        == "Taille maximale d'un fichier joint (Mo) : choisissez un nombre entier entre 1 et 2000."
    )
    set_language("en")
    assert info.value.message == "Maximum size of an attached file (MB): choose a whole number between 1 and 2000."


def test_a_workspace_error_in_english(tmp_path: Path):
    from hopen_desktop.model.database import check_header

    path = tmp_path / "notes.txt"
    path.write_text("not a database " * 20)
    with pytest.raises(WorkspaceError) as info:
        check_header(path)
    assert "n'est pas un espace de travail HOP'EN Desktop" in info.value.text("fr")
    assert info.value.text("en").startswith("The file “notes.txt” is not a HOP'EN Desktop workspace")


def test_no_french_sentence_is_left_in_the_model_raise_sites():
    """The model raises codes, not prose (the first check, kept as it was, now on every file)."""
    root = Path(messages.__file__).parent
    pattern = re.compile(r"(?:Error|BundleError)\(\s*f?\"[A-ZÀ-Ü«]")
    offenders = [p.name for p in sorted(root.rglob("*.py")) if pattern.search(p.read_text())]
    assert offenders == []


#: The errors of the application (``HopenError`` and its subclasses) and the helpers that build one.
_ERROR_NAMES = re.compile(r"(?:Error|Exists|Cancelled|HopenError|_refuse|_refusal)$")


def _raise_sites_with_prose(path: Path) -> list[str]:
    """Calls of an error class whose message is prose: an f-string, a string that is no
    catalogue code, or a concatenation, even when the call spans several lines."""
    import ast

    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if not _ERROR_NAMES.search(name) or name in ("TypeError", "ValueError", "RuntimeError", "KeyError"):
            continue
        first = node.args[0]
        prose = isinstance(first, ast.JoinedStr | ast.BinOp) or (
            isinstance(first, ast.Constant) and isinstance(first.value, str) and not messages.is_code(first.value)
        )
        if prose:
            found.append(f"{path.name}:{node.lineno}")
    return found


def test_no_french_sentence_is_left_in_any_raise_site_outside_the_window():
    """Every layer but ``ui/`` (which speaks through Qt's tr()) raises codes of the catalogue:
    the command line, the jobs, the model and the reports."""
    package = Path(messages.__file__).parent.parent
    pattern = re.compile(r"(?:Error|Exists|Cancelled)\(\s*f?\"[A-ZÀ-Ü«]")
    offenders: list[str] = []
    for path in sorted(package.rglob("*.py")):
        if "ui" in path.relative_to(package).parts:
            continue
        if pattern.search(path.read_text(encoding="utf-8")):
            offenders.append(str(path.relative_to(package)))
        offenders += _raise_sites_with_prose(path)
    assert offenders == []


def test_a_parameter_with_a_text_attribute_that_is_no_method_is_written_as_text():
    class ParseError(Exception):  # like xml.etree's: ``text`` is an attribute, None
        text = None

    err = HopenError("file.unreadable", name="grille.xlsx", reason=ParseError("ligne 1"))
    assert err.text("fr") == "Le fichier « grille.xlsx » est illisible (ligne 1)."


def test_a_refusal_of_each_family_speaks_english(ws, clinic, campaign, tmp_path: Path):
    """With the model language English, an operation, an output file, a signing identity and a
    workbook import all refuse in English (and say the same in French)."""
    from openpyxl import load_workbook

    from hopen_desktop.jobs.workbook import export_xlsx, read_xlsx
    from hopen_desktop.model.entities import EstablishmentData
    from hopen_desktop.model.files import check_output_path
    from hopen_desktop.model.operations.establishments import add_establishment
    from hopen_desktop.reports.errors import WrongPasswordError, XlsxImportError
    from hopen_desktop.reports.signing import create_identity, load_identity
    from hopen_desktop.reports.xlsx_layout import META_SHEET

    set_language("en")

    with pytest.raises(ValidationError) as operation:  # an operation
        add_establishment(
            ws, EstablishmentData(finess=clinic.finess, name="Autre", legal_status="public", activities=("MCO",))
        )
    assert operation.value.code == "establishment.finess_taken" and operation.value.field == "finess"
    assert (
        operation.value.message
        == f"The FINESS {clinic.finess} already belongs to “Clinique des Lilas” in this workspace."
    )
    assert operation.value.text("fr").startswith(f"Le FINESS {clinic.finess} est déjà celui de « Clinique des Lilas »")

    with pytest.raises(ValidationError) as output:  # an output file (model/files.py)
        check_output_path(tmp_path)
    assert output.value.field == "out"
    assert str(output.value) == f"“{tmp_path}” is a folder: give the name of the file to write in this folder."

    identity = tmp_path / "signataire.p12"  # a signing identity
    create_identity("Jeanne Martin", "Clinique des Lilas", "jeanne@exemple.fr", "mot de passe solide", identity)
    with pytest.raises(WrongPasswordError) as signing:
        load_identity(identity, "pas le bon")
    assert signing.value.field == "password"
    assert signing.value.message.startswith("Wrong password for the identity “signataire.p12”. Type it again")
    assert signing.value.text("fr").startswith("Mot de passe incorrect pour l'identité « signataire.p12 »")

    grid = export_xlsx(ws, campaign.id, tmp_path / "grille.xlsx")  # a workbook import
    wb = load_workbook(grid)
    meta = wb[META_SHEET]
    row = next(r for r in range(1, meta.max_row + 1) if meta.cell(r, 1).value == "finess")
    meta.cell(row, 2).value = "750712184"
    wb.save(grid)
    with pytest.raises(XlsxImportError) as workbook:
        read_xlsx(ws, campaign.id, grid)
    assert workbook.value.code == "xlsx.finess" and workbook.value.cell == f"B{row}"
    assert workbook.value.message == (
        f"Sheet “_meta”, cell B{row}: this workbook is that of the establishment FINESS 750712184, the campaign "
        f"is that of FINESS {clinic.finess}. Import it into a campaign of the right establishment."
    )
    assert workbook.value.text("fr").startswith(f"Feuille « _meta », cellule B{row} : ce classeur est celui")
