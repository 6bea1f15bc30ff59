"""What an operation changed: values combine with ``|``, are false when empty, and say whether a
campaign must be redrawn."""

from hopen_desktop.model.changes import EVERYTHING, NOTHING, SELECTION, Changes


def test_an_empty_value_is_false_and_any_id_or_flag_makes_it_true():
    assert not NOTHING and not Changes()
    assert Changes(campaigns=frozenset({1}))
    assert Changes(settings=frozenset({"max_file_mb"}))
    assert EVERYTHING and SELECTION


def test_union_joins_the_ids_and_keeps_either_flag():
    a = Changes(campaigns=frozenset({1}), answers=frozenset({(1, "P1.1")}))
    b = Changes(campaigns=frozenset({2}), evidence=frozenset({7}), evidence_of=frozenset({3}), selection=True)
    both = a | b
    assert both.campaigns == {1, 2}
    assert both.answers == {(1, "P1.1")}
    assert both.evidence == {7} and both.evidence_of == {3}
    assert both.selection and not both.everything
    assert (a | EVERYTHING).everything and (EVERYTHING | a).everything
    assert a | NOTHING == a and NOTHING | a == a


def test_a_campaign_is_touched_by_its_record_its_answers_or_everything():
    assert Changes(campaigns=frozenset({4})).campaign_touched(4)
    assert Changes(answers=frozenset({(4, "D2.3")})).campaign_touched(4)
    assert EVERYTHING.campaign_touched(4)
    assert not Changes(answers=frozenset({(5, "D2.3")})).campaign_touched(4)
    assert not Changes(campaigns=frozenset({5}), evidence_of=frozenset({4})).campaign_touched(4)
    assert not SELECTION.campaign_touched(4)


def test_values_are_frozen_and_hashable():
    assert hash(Changes(campaigns=frozenset({1}))) == hash(Changes(campaigns=frozenset({1})))
    assert len({Changes(actions=frozenset({1})), Changes(actions=frozenset({1}))}) == 1
