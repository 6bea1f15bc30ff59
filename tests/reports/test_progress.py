"""Steps of a long job: progress reported in order, bounded, and a cancellation raised at the
next step."""

import pytest

from hopen_desktop.reports.errors import Cancelled
from hopen_desktop.reports.progress import Steps


def test_steps_report_where_the_work_is_and_finish_at_the_total():
    seen = []
    steps = Steps(3, progress=lambda done, total, message: seen.append((done, total, message)))
    steps.step("Lecture")
    steps.step("Pages", count=2)
    steps.step("Encore")  # more steps than announced: never past the total
    steps.finish()
    assert seen == [(0, 3, "Lecture"), (1, 3, "Pages"), (3, 3, "Encore"), (3, 3, "Terminé.")]


def test_the_total_is_at_least_one_and_never_below_what_is_done():
    steps = Steps(0)
    assert steps.total == 1
    steps.step("a")
    steps.step("b")
    steps.set_total(1)
    assert steps.total == 2
    steps.set_total(10)
    assert steps.total == 10


def test_announce_posts_a_position_of_its_own():
    seen = []
    Steps(5, progress=lambda *a: seen.append(a)).announce(7, 9, "Signature")
    assert seen == [(7, 9, "Signature")]


def test_cancellation_is_raised_at_the_next_step_or_at_the_end():
    stop = False
    steps = Steps(2, cancelled=lambda: stop)
    steps.step("a")
    stop = True
    with pytest.raises(Cancelled):
        steps.step("b")
    with pytest.raises(Cancelled):
        steps.finish()


def test_without_callbacks_nothing_is_reported_and_nothing_stops():
    steps = Steps(1)
    steps.step("a")
    steps.announce(1, 1, "b")
    steps.finish()
    assert steps.done == steps.total == 1


def test_a_step_speaks_the_current_language():
    """Issue 19: the window in English shows the steps of a report in English."""
    from hopen_desktop.model.i18n import Text, set_language

    seen = []
    set_language("en")
    steps = Steps(2, lambda done, total, message: seen.append(message))
    steps.step(Text("Synthèse…", "Summary…"))
    steps.finish()
    set_language("fr")
    steps.finish()
    assert seen == ["Summary…", "Done.", "Terminé."]
