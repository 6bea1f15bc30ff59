"""Domain records: legal and action status labels declared once in both languages, an empty
answer, an establishment in a GHT."""

import dataclasses

import pytest

from hopen_desktop.model.entities import (
    ACTION_STATUS_LABELS,
    ACTION_STATUS_TEXTS,
    LEGAL_STATUS_LABELS,
    ActionStatus,
    Answer,
    Establishment,
    LegalStatus,
    action_status_label,
    legal_status_label,
)


def test_every_status_has_its_label_in_both_languages():
    assert set(LEGAL_STATUS_LABELS) == {s.value for s in LegalStatus}
    assert list(ACTION_STATUS_TEXTS) == [s.value for s in ActionStatus]  # the order the interface lists
    assert ACTION_STATUS_LABELS["a_faire"] == "À faire"
    assert action_status_label("fait", "en") == "Done" and action_status_label("fait", "fr") == "Fait"
    assert legal_status_label("prive") == "Privé" and legal_status_label("prive", "en") == "Private"


def test_an_unknown_status_is_shown_as_it_is():
    assert action_status_label("bizarre") == "bizarre"
    assert legal_status_label("autre", "en") == "autre"


def test_an_answer_is_empty_until_anything_is_said():
    assert Answer("P1.1").is_empty
    for said in (
        {"numerator": 0},
        {"denominator": 10},
        {"not_applicable": True},
        {"justification": "x"},
        {"comment": "vu"},
        {"criteria": {"P1.2.rapport": False}},
    ):
        assert not Answer("P1.1", **said).is_empty, said


def test_an_establishment_is_in_a_ght_when_it_names_one():
    est = Establishment(1, "750000002", "Clinique", "prive", ("MCO",), None, False)
    assert not est.in_ght
    assert dataclasses.replace(est, ght="GHT Paris").in_ght
    assert not dataclasses.replace(est, ght="").in_ght


def test_records_are_immutable():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Answer("P1.1").numerator = 3  # type: ignore[misc]
    assert dataclasses.replace(Answer("P1.1", numerator=1), numerator=2) == Answer("P1.1", numerator=2)


def test_the_measurement_of_a_rate_in_words():
    import datetime as dt

    from hopen_desktop.model.entities import Answer

    jan, jun = dt.date(2025, 1, 1), dt.date(2025, 6, 30)
    full = Answer("P1.1", period_start=jan, period_end=jun, source="extraction DPI")
    assert full.measurement_text("fr") == "du 01/01/2025 au 30/06/2025 — source : extraction DPI"
    assert full.measurement_text("en") == "from 01/01/2025 to 30/06/2025 — source: extraction DPI"
    assert Answer("P1.1", period_start=jan).measurement_text("fr") == "depuis le 01/01/2025"
    assert Answer("P1.1", period_end=jun).measurement_text("fr") == "jusqu'au 30/06/2025"
    assert Answer("P1.1", source="registre").measurement_text("fr") == "source : registre"
    assert Answer("P1.1").measurement_text("fr") == "" and not Answer("P1.1").has_measurement
    assert not Answer("P1.1", source="registre").is_empty
