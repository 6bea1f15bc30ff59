"""Checks on entered and imported values: what is accepted (normalised), what is refused with
which code and which field."""

import datetime as dt

import pytest

from hopen_desktop.model.entities import Answer
from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.i18n import Text
from hopen_desktop.model.validation import (
    check_activities,
    check_answer,
    check_count,
    check_evidence_fields,
    check_evidence_type,
    check_finess,
    check_finess_format,
    check_legal_status,
    check_name,
    check_not_future,
    check_provisional_finess,
    check_rate_pair,
    finess_key_ok,
    finess_with_key,
    is_provisional_placeholder,
    normalize_finess,
    parse_date,
)


def refused(call, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value


def test_finess_is_normalised_and_checked():
    assert normalize_finess(" 2a 000 0013 ") == "2A0000013"
    assert check_finess("750 712 184") == "750712184"
    err = refused(check_finess, "2C0000013")
    assert (err.code, err.field) == ("finess.invalid", "finess")


@pytest.mark.parametrize(
    ("entered", "expected"),
    [
        ("750000002", "750000002"),  # the Luhn key over the nine digits
        ("750712184", "750712184"),
        ("690000013", "690000013"),
        (" 75 000 000 2 ", "750000002"),
        ("130000011", "130000011"),
        ("380780080", "380780080"),
        ("000000000", "000000000"),
        # Corsica: no rule of the register for the key of 2A/2B numbers; their format alone.
        ("2A0000013", "2A0000013"),
        ("2a0000014", "2A0000014"),
        ("2B0000019", "2B0000019"),
        ("2B9999990", "2B9999990"),
    ],
)
def test_finess_key_accepted(entered, expected):
    assert check_finess(entered) == expected


@pytest.mark.parametrize(
    ("entered", "code"),
    [
        ("750000001", "finess.bad_key"),
        ("750000003", "finess.bad_key"),
        ("750712185", "finess.bad_key"),
        ("570000002", "finess.bad_key"),  # two digits swapped
        ("999999999", "finess.bad_key"),
        ("", "finess.missing"),
        ("   ", "finess.missing"),
        ("75000000", "finess.invalid"),
        ("2C0000013", "finess.invalid"),
        ("PROV-1A2B3C4D", "finess.invalid"),  # a placeholder needs the provisional flag
    ],
)
def test_finess_refused_with_what_to_do(entered, code):
    err = refused(check_finess, entered)
    assert (err.code, err.field) == (code, "finess")
    if code == "finess.bad_key":
        assert err.text("fr") == (
            f"Le numéro FINESS {normalize_finess(entered)} a une clé de contrôle fausse (son dernier chiffre ne "
            "correspond pas aux huit premiers) : vérifiez-le sur finess.sante.gouv.fr, ou cochez « FINESS "
            "provisoire » si vous ne le connaissez pas encore."
        )
        assert "wrong check digit" in err.text("en") and "Provisional FINESS" in err.text("en")
    if code == "finess.missing":
        assert "FINESS provisoire" in err.text("fr") and "Provisional FINESS" in err.text("en")


def test_finess_key_helpers():
    assert finess_key_ok("750000002") and not finess_key_ok("750000001")
    assert finess_key_ok("2A0000010") and finess_key_ok("2A0000011")  # format alone for Corsica
    assert finess_with_key("75000000") == "750000002"
    assert all(finess_key_ok(finess_with_key(f"{n:08d}")) for n in range(0, 10**8, 7654321))
    # A number already stored is read on its format: the key is not asked of it.
    assert check_finess_format("750000001") == "750000001"


def test_provisional_finess_format():
    assert check_provisional_finess("") == ""
    assert check_provisional_finess(" prov-1a2b3c4d ") == "PROV-1A2B3C4D"
    assert check_provisional_finess("750000001") == "750000001"  # the key is not checked
    assert is_provisional_placeholder("PROV-0123ABCD") and not is_provisional_placeholder("PROV-0123abcd")
    for bad in ("PROV-123", "12345", "PROV-GGGGGGGG"):
        assert refused(check_provisional_finess, bad).code == "finess.invalid_provisional"


def test_names_are_stripped_required_and_bounded():
    assert check_name("  Clinique  ") == "Clinique"
    assert refused(check_name, "   ").code == "name.required"
    err = refused(check_name, "x" * 301, "Le titre", field="title")
    assert (err.code, err.field) == ("name.too_long", "title")
    assert check_name("x" * 300) == "x" * 300


def test_legal_status_and_activities():
    assert check_legal_status("espic") == "espic"
    assert refused(check_legal_status, "Public").field == "legal_status"
    assert refused(check_legal_status, None).code == "legal_status.unknown"
    assert check_activities(["HAD", "MCO"]) == ("MCO", "HAD")  # the declared order
    assert refused(check_activities, "MCO").code == "activities.not_list"
    assert refused(check_activities, ["MCO", "USLD"]).code == "activities.unknown"


def test_dates_are_iso_and_real_and_never_in_the_future():
    assert parse_date("2024-02-29") == dt.date(2024, 2, 29)
    assert parse_date(dt.date(2025, 1, 2)) == dt.date(2025, 1, 2)
    assert refused(parse_date, "29/02/2024").code == "date.malformed"
    assert refused(parse_date, dt.datetime(2025, 1, 2, 10, 0)).code == "date.malformed"
    err = refused(parse_date, "2023-02-29", field="period_start")
    assert (err.code, err.field) == ("date.nonexistent", "period_start")
    today = dt.date(2025, 6, 30)
    assert check_not_future(today, today=today) == today  # the day itself is accepted
    assert refused(check_not_future, dt.date(2025, 7, 1), today=today).code == "date.future"


@pytest.mark.parametrize(("value", "kept"), [(None, None), (0, 0), (12, 12), (7.0, 7), (10**12, 10**12)])
def test_counts_accepted(value, kept):
    assert check_count(value, Text("Le numérateur", "The numerator")) == kept


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (True, "count.not_integer"),
        (1.5, "count.not_integer"),
        (float("nan"), "count.not_integer"),
        ("3", "count.not_integer"),
        (-1, "count.negative"),
        (10**12 + 1, "count.too_big"),
    ],
)
def test_counts_refused(value, code):
    err = refused(check_count, value, "Le numérateur", field="numerator")
    assert (err.code, err.field) == (code, "numerator")


def test_a_numerator_above_its_denominator_is_refused_on_the_numerator():
    check_rate_pair("P1.1", 10, 10)
    check_rate_pair("P1.1", 10, None)
    err = refused(check_rate_pair, "P1.1", 11, 10)
    assert (err.code, err.field) == ("rate.numerator_above_denominator", "numerator")


def test_evidence_types_and_fields_follow_the_declaration():
    assert check_evidence_type("document") == "document"
    assert refused(check_evidence_type, "photo").code == "evidence.type_unknown"
    assert refused(check_evidence_fields, "document", ["pssi"]).code == "evidence.fields_not_object"
    assert check_evidence_fields("document", {"kind": "pssi"})["kind"] == "pssi"


def test_an_answer_is_normalised(mini_ref):
    answer = check_answer(mini_ref, Answer("P1.1", numerator=9.0, denominator=10, justification="  vu  "))
    assert answer.numerator == 9 and isinstance(answer.numerator, int) and answer.justification == "vu"


@pytest.mark.parametrize(
    ("answer", "code", "field"),
    [
        (Answer("P9.9"), "answer.indicator_unknown", "indicator"),
        (Answer("P1.2", numerator=1), "answer.existence_has_counts", "numerator"),
        (Answer("P1.1", numerator=11, denominator=10), "rate.numerator_above_denominator", "numerator"),
        (Answer("P1.1", denominator=-1), "count.negative", "denominator"),
        (Answer("D2.3", not_applicable=True, justification="  "), "answer.justification_required", "justification"),
        (Answer("P1.2", criteria={"P1.2.inconnu": True}), "answer.criterion_unknown", "criteria"),
        (Answer("P1.2", criteria={"P1.2.reunions": True}), "answer.criterion_derived", "criteria"),
        (Answer("P1.2", criteria={"P1.2.rapport": "oui"}), "answer.criterion_not_bool", "criteria"),
    ],
)
def test_an_answer_is_refused_with_its_code_and_field(mini_ref, answer, code, field):
    err = refused(check_answer, mini_ref, answer)
    assert (err.code, err.field) == (code, field)


# ---------------------------------------------------------------------------- measurement of a rate

_D = dt.date


@pytest.mark.parametrize(
    ("answer", "kept"),
    [
        (Answer("P1.1"), (None, None, "")),
        (Answer("P1.1", period_start=_D(2025, 1, 1)), (_D(2025, 1, 1), None, "")),
        (
            Answer("P1.1", period_end=_D(2025, 6, 30), source="  extraction DPI "),
            (None, _D(2025, 6, 30), "extraction DPI"),
        ),
        (Answer("P1.1", period_start=_D(2025, 1, 1), period_end=_D(2025, 1, 1)), (_D(2025, 1, 1), _D(2025, 1, 1), "")),
        # An import gives dates as AAAA-MM-JJ; "" is no date.
        (Answer("P1.1", period_start="2025-01-01", period_end=""), (_D(2025, 1, 1), None, "")),  # type: ignore[arg-type]
        (Answer("P1.1", period_start=_D(1990, 1, 1)), (_D(1990, 1, 1), None, "")),
    ],
)
def test_the_measurement_of_a_rate_is_normalised(mini_ref, answer, kept):
    checked = check_answer(mini_ref, answer)
    assert (checked.period_start, checked.period_end, checked.source) == kept


@pytest.mark.parametrize(
    ("answer", "code", "field", "words"),
    [
        (
            Answer("P1.1", period_start=_D(2025, 7, 1), period_end=_D(2025, 6, 30)),
            "answer.period_reversed",
            "period_end",
            "la période mesurée finit le 30/06/2025, avant son début le 01/07/2025",
        ),
        (Answer("P1.1", period_end=_D(2999, 1, 1)), "date.future", "period_end", "P1.1 : la fin de la période mesurée"),
        (Answer("P1.1", period_start=_D(1989, 12, 31)), "date.too_old", "period_start", "le début de la période"),
        (Answer("P1.1", period_start="01/01/2025"), "date.malformed", "period_start", "AAAA-MM-JJ"),  # type: ignore[arg-type]
        (Answer("P1.1", period_start="2025-02-30"), "date.nonexistent", "period_start", "n'existe pas"),  # type: ignore[arg-type]
        (Answer("P1.1", source="a\nb"), "text.control_characters", "source", "la source des données"),
        (Answer("P1.1", source="x" * 301), "text.too_long", "source", "la source des données"),
        (Answer("P1.1", source=3), "text.expected", "source", "la source des données"),  # type: ignore[arg-type]
        (Answer("P1.2", source="registre"), "answer.measurement_not_rate", "period_start", "ne concernent que"),
        (Answer("P1.2", period_end=_D(2025, 1, 1)), "answer.measurement_not_rate", "period_start", "d'existence"),
    ],
)
def test_the_measurement_of_a_rate_is_refused_with_its_code_and_field(mini_ref, answer, code, field, words):
    err = refused(check_answer, mini_ref, answer)
    assert (err.code, err.field) == (code, field)
    assert words in err.text("fr")
    assert err.text("en") != err.text("fr")


def test_the_measurement_is_not_in_the_future_of_today():
    from hopen_desktop.model.referential import parse_referential
    from hopen_desktop.model.validation import check_measurement
    from tests.model.conftest import small_referential_doc

    ind = parse_referential(small_referential_doc()).indicator("P1.1")
    today = _D(2025, 6, 30)
    assert check_measurement(ind, Answer("P1.1", period_end=today), today)[1] == today
    err = refused(check_measurement, ind, Answer("P1.1", period_end=_D(2025, 7, 1)), today)
    assert err.code == "date.future"


@pytest.mark.parametrize(("name", "kept"), [(None, None), ("", None), ("  Marie Curie ", "Marie Curie")])
def test_the_author_is_a_one_line_name(name, kept):
    from hopen_desktop.model.validation import check_author

    assert check_author(name) == kept


@pytest.mark.parametrize(("name", "code"), [("a\nb", "text.control_characters"), ("x" * 301, "text.too_long")])
def test_the_author_is_refused_when_not_a_one_line_name(name, code):
    from hopen_desktop.model.validation import check_author

    err = refused(check_author, name)
    assert (err.code, err.field) == (code, "author")
    assert "Votre nom" in err.text("fr")
