"""Guards on the Qt binding itself."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(int)


def test_emitting_a_signal_keeps_the_reference_count_of_true():
    # PySide6 6.12.0 returned True from Signal.emit() without a new reference: each emit dropped
    # one, and with Python 3.11 the application aborted ("bool_dealloc") after a few thousand
    # edits. pyproject.toml keeps that release out; this test fails if it comes back.
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for n in range(200):
        emitter.changed.emit(n)
    assert sys.getrefcount(True) >= before - 5
