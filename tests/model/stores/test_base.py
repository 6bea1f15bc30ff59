"""What every store shares: the timestamp of rows, canonical JSON, the query helpers."""

import datetime as dt
import json

from hopen_desktop.model.stores.base import Store, now, to_json


def test_timestamps_are_utc_with_microseconds():
    stamp = dt.datetime.fromisoformat(now())
    assert stamp.utcoffset() == dt.timedelta(0)
    assert len(now().split(".")[1]) == len("000000+00:00")


def test_canonical_json_sorts_keys_keeps_accents_and_has_no_spaces():
    assert to_json({"b": 1, "a": "Réunion"}) == '{"a":"Réunion","b":1}'
    assert json.loads(to_json([None, 1.5])) == [None, 1.5]


def test_rows_one_and_insert_over_the_workspace_connection(ws):
    store = Store(ws.db)
    with ws.transaction():
        new_id = store._insert("INSERT INTO settings (key, value) VALUES (?, ?)", ["essai", "1"])
    assert new_id > 0
    assert store._rows("SELECT key, value FROM settings WHERE key = ?", ["essai"]) == [{"key": "essai", "value": "1"}]
    assert store._one("SELECT value FROM settings WHERE key = :k", {"k": "essai"}) == {"value": "1"}
    assert store._one("SELECT value FROM settings WHERE key = ?", ["absent"]) is None


def test_a_value_of_the_wrong_type_is_a_damaged_workspace(ws):
    import pytest

    from hopen_desktop.model.errors import WorkspaceError

    store = Store(ws.db, "w.sqlite")
    with pytest.raises(WorkspaceError) as refused:
        store._rows("SELECT X'00' AS title")
    assert refused.value.code == "workspace.damaged" and "w.sqlite" in refused.value.text("fr")
    assert store._rows("SELECT X'00' AS title", checked=False) == [{"title": b"\0"}]
    assert store._rows("SELECT 'x' AS title, NULL AS ght, X'00' AS content")  # the types of their columns


def test_an_sqlite_failure_is_translated(ws):
    import pytest

    from hopen_desktop.model.errors import WorkspaceError

    with pytest.raises(WorkspaceError) as refused:
        Store(ws.db, "w.sqlite")._rows("SELECT * FROM absente")
    assert refused.value.code == "workspace.damaged"


def test_json_columns_must_hold_json_of_their_type():
    import pytest

    from hopen_desktop.model.stores.base import json_column

    assert json_column('{"a": 1}', dict) == {"a": 1}
    for text, expected in (("pas du json", dict), ("[1]", dict), ("{}", list), ("[" * 100_000, list)):
        with pytest.raises((ValueError, TypeError, RecursionError)):
            json_column(text, expected)
