"""A report job with Qt-free functions standing for the real work: exactly one of succeeded,
failed or wasCancelled; the progress dialog only for long work, following the progress; Cancel
passed back to the function as a flag."""

import threading
import time

from PySide6.QtWidgets import QWidget

from hopen_desktop.model.errors import HopenError
from hopen_desktop.reports.errors import Cancelled
from hopen_desktop.ui.reports.job import ReportJob


def quick(a, b, *, progress, cancelled):
    progress(1, 1, "Calcul…")
    return a + b


def refused(*, progress, cancelled):
    raise HopenError("Le rapport ne peut pas être produit : la campagne est vide.")


def make_slow(started: threading.Event):
    def slow(*, progress, cancelled):
        started.set()
        for n in range(400):
            if cancelled():
                raise Cancelled()
            progress(n, 400, f"Page {n}…")
            time.sleep(0.01)
        return "fini"

    return slow


def watch(job):
    seen = []
    job.succeeded.connect(lambda result: seen.append(("ok", result)))
    job.failed.connect(lambda message: seen.append(("failed", message)))
    job.wasCancelled.connect(lambda: seen.append(("cancelled", None)))
    return seen


def test_quick_work_succeeds_without_any_dialog(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    job = ReportJob("Rapport", quick, 2, 3, parent_widget=parent)
    seen = watch(job)
    with qtbot.waitSignal(job.succeeded, timeout=5000):
        job.start()
    assert seen == [("ok", 5)] and job.finished and job.dialog is None
    job.cancel()  # too late: nothing happens
    assert seen == [("ok", 5)]


def test_a_refusal_is_reported_with_its_message(qtbot):
    job = ReportJob("Rapport", refused)
    seen = watch(job)
    with qtbot.waitSignal(job.failed, timeout=5000):
        job.start()
    assert seen == [("failed", "Le rapport ne peut pas être produit : la campagne est vide.")]


def test_long_work_shows_the_dialog_and_cancel_stops_it(qtbot, monkeypatch):
    monkeypatch.setattr(ReportJob, "SHOW_AFTER_MS", 50)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    started = threading.Event()
    job = ReportJob("Rapport signé", make_slow(started), parent_widget=parent)
    seen = watch(job)
    job.start()
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.isVisible(), timeout=5000)
    dialog = job.dialog
    assert dialog.windowTitle() == "Rapport signé"
    qtbot.waitUntil(lambda: dialog.value() > 0 and dialog.maximum() == 400, timeout=5000)
    assert dialog.labelText().startswith("Page ")
    with qtbot.waitSignal(job.wasCancelled, timeout=10000):
        job.cancel()
        assert job.cancel_requested
    assert seen == [("cancelled", None)] and job.dialog is None and job.finished
