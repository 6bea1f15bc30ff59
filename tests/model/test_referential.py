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
