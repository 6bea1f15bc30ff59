"""Adding a referential: checked as untrusted input, copied into the data folder, listed next to
the shipped ones; refused with a French message naming the problem, nothing written then."""

from __future__ import annotations

import json
import os

import pytest

from hopen_desktop.model.errors import ReferentialError
from hopen_desktop.model.referential import (
    MAX_REFERENTIAL_BYTES,
    available_referentials,
    is_added_referential,
    load_referential,
    user_referentials_dir,
)
from hopen_desktop.model.user_referentials import add_referential
from tests.model.conftest import referential_variant


def write(path, doc):
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_added_referential_is_copied_listed_and_loaded(tmp_path, data_dir):
    source = write(tmp_path / "mon-referentiel.json", referential_variant())
    added = add_referential(source)
    assert added.path == user_referentials_dir() / "hopen-variante.json" and not added.replaced
    assert added.path.read_bytes() == source.read_bytes()  # the exact text
    assert list(available_referentials())[:2] == ["hopen-2019", "hopital-numerique-2012"]  # shipped first
    assert is_added_referential("hopen-variante") and not is_added_referential("hopen-2019")
    assert load_referential("hopen-variante").title == "HOP'EN — lecture de l'établissement"
    source.unlink()  # a copy: the source file may go
    assert load_referential("hopen-variante").id == "hopen-variante"


def test_an_added_id_is_replaced_only_when_asked(tmp_path, data_dir):
    add_referential(write(tmp_path / "a.json", referential_variant(version="1")))
    second = write(tmp_path / "b.json", referential_variant(version="2"))
    with pytest.raises(ReferentialError, match="déjà été ajouté") as info:
        add_referential(second)
    assert "--replace" in info.value.message
    assert load_referential("hopen-variante").version == "1"
    assert add_referential(second, replace=True).replaced
    assert load_referential("hopen-variante").version == "2"  # the cached lists were forgotten


def test_a_shipped_id_is_refused(tmp_path, data_dir):
    with pytest.raises(ReferentialError, match="choisissez un autre identifiant"):
        add_referential(write(tmp_path / "copie.json", referential_variant("hopen-2019")))
    assert not user_referentials_dir().exists()


def test_an_added_file_named_like_a_shipped_one_never_hides_it(data_dir):
    folder = user_referentials_dir()
    folder.mkdir(parents=True)
    write(folder / "hopen-2019.json", referential_variant("hopen-2019", title="Contrefaçon"))
    assert load_referential("hopen-2019").title != "Contrefaçon"
    assert not is_added_referential("hopen-2019")


def _deep(n):
    return "[" * n + "]" * n


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"pas du json", "JSON invalide"),
        (b"\xff\xfe\x00", "lecture impossible"),
        (json.dumps({"format": "autre"}).encode(), "format"),
        (json.dumps({**referential_variant(), "indicators": "aucun"}).encode(), "indicators"),
        (json.dumps(referential_variant("../../evil")).encode(), "ne peut pas nommer un fichier"),
        (json.dumps(referential_variant(".cache")).encode(), "ne peut pas nommer un fichier"),
        (_deep(100_000).encode(), "imbrication trop profonde"),
        (b'{"format": ' + b"9" * 100_000 + b"}", "un nombre est inutilisable"),
        (b" " * (MAX_REFERENTIAL_BYTES + 1), "trop volumineux"),
    ],
)
def test_bad_or_hostile_files_are_refused_with_a_french_message(tmp_path, data_dir, content, words):
    source = tmp_path / "hostile.json"
    source.write_bytes(content)
    with pytest.raises(ReferentialError, match=words) as info:
        add_referential(source)
    assert "hostile.json" in info.value.message
    assert not user_referentials_dir().exists()  # nothing written


def test_a_huge_exponent_target_is_refused_naming_the_field(tmp_path, data_dir):
    doc = referential_variant()
    doc["indicators"][0]["target"] = 1e308
    source = tmp_path / "r.json"
    source.write_text(json.dumps(doc).replace("1e+308", "1e999999999"), encoding="utf-8")
    with pytest.raises(ReferentialError, match="target"):
        add_referential(source)


def test_not_a_regular_file_is_refused_at_once(tmp_path, data_dir):
    fifo = tmp_path / "tube.json"
    os.mkfifo(fifo)
    with pytest.raises(ReferentialError, match="tube.json"):
        add_referential(fifo)  # never blocks
    with pytest.raises(ReferentialError, match="absent.json"):
        add_referential(tmp_path / "absent.json")
