"""Action-plan operations: what they change and the journal rows they write."""

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.operations import actions
from tests.model.operations.helpers import DAY, head, journal_keys, one


def test_action_operations(ws, clinic):
    added = actions.add_action(ws, clinic.id, title="Rédiger la PSSI", owner=" RSSI ")
    action = added.value
    assert action.owner == "RSSI"
    assert added.changes == Changes(actions=one(action.id), actions_of=one(clinic.id))
    done = actions.set_action_status(ws, action.id, "fait")
    assert done.value.status == "fait" and done.value.title == "Rédiger la PSSI"
    assert done.changes == added.changes
    mark = head(ws)
    updated = actions.update_action(
        ws, action.id, title="PSSI v2", owner="DSI", due_date=DAY, status="en_cours", notes=""
    )
    assert updated.value.due_date == DAY and updated.changes == added.changes
    assert journal_keys(ws, mark) == [("action", str(action.id))]
    assert actions.delete_action(ws, action.id).changes == added.changes
    assert ws.actions(clinic.id) == []
