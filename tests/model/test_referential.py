"""Loader refusals beyond the data tests: problems reported by the referential's author."""

import json

import pytest

from hopen_desktop.model.errors import ReferentialError
from hopen_desktop.model.referential import load_referential_file
from tests.model.conftest import small_referential_doc


def write(tmp_path, doc, name="mini.json"):
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["indicators"][0].update(target=float("inf")), "target"),
        (lambda d: d["indicators"][0].update(target="1e999999999"), "target"),
        (lambda d: d["indicators"][0].update(target=1e300), "target"),
        (lambda d: d.update(format_version=True), "format_version"),
        (lambda d: d["indicators"][0].update(targt=0.9), "targt"),
        (lambda d: d["indicators"][1]["criteria"][1]["derived"].update(window=6), "window"),
    ],
)
def test_refused_with_file_and_field(tmp_path, change, field):
    doc = small_referential_doc()
    change(doc)
    with pytest.raises(ReferentialError) as info:
        load_referential_file(write(tmp_path, doc))
    assert "mini.json" in info.value.message and field in info.value.message


def test_one_broken_file_does_not_hide_the_others(tmp_path, monkeypatch):
    from hopen_desktop.model import referential

    folder = tmp_path / "referentials"
    folder.mkdir()
    write(folder, small_referential_doc())
    (folder / "broken.json").write_text("{", encoding="utf-8")
    monkeypatch.setattr(referential, "referentials_dir", lambda: folder)
    referential.available_referentials.cache_clear()
    referential.load_referential.cache_clear()
    try:
        assert referential.load_referential("mini").id == "mini"
        with pytest.raises(ReferentialError, match="broken.json"):
            referential.load_referential("broken")
    finally:
        referential.available_referentials.cache_clear()
        referential.load_referential.cache_clear()


def test_instruction_reading_and_conditional_are_read(tmp_path):
    doc = small_referential_doc()
    crit = doc["indicators"][1]["criteria"][0]
    crit.update(conditional="« si … »", instruction=" Cible : « testé » ", reading="dans les 12 mois")
    ref = load_referential_file(write(tmp_path, doc))
    parsed = ref.indicators[1].criteria[0]
    assert parsed.conditional == "« si … »"
    assert parsed.instruction == "Cible : « testé »"  # stripped
    assert parsed.reading == "dans les 12 mois"
    # absent: empty texts
    other = ref.indicators[1].criteria[1]
    assert (other.conditional, other.instruction, other.reading) == ("", "", "")


@pytest.mark.parametrize("key", ["conditional", "instruction", "reading"])
def test_instruction_fields_must_be_texts(tmp_path, key):
    doc = small_referential_doc()
    doc["indicators"][1]["criteria"][0][key] = ["pas", "un", "texte"]
    with pytest.raises(ReferentialError) as info:
        load_referential_file(write(tmp_path, doc))
    assert key in info.value.message and "texte" in info.value.message


def test_a_derived_criterion_cannot_be_conditional(tmp_path):
    doc = small_referential_doc()
    derived = doc["indicators"][1]["criteria"][1]
    assert derived.get("derived")
    derived["conditional"] = "« le cas échéant »"
    with pytest.raises(ReferentialError) as info:
        load_referential_file(write(tmp_path, doc))
    assert "conditional" in info.value.message and "registre" in info.value.message
