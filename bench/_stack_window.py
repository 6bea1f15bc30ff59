"""Reference child: the bare QMainWindow of _bare_window.py, after importing what any application
on our mandated stack imports before it can show a workspace: sqlite_utils (storage), filelock (the
workspace lock) and the ``Qt`` namespace (every widget setting uses its enums). No code of ours,
and nothing that the application does not import on its way to the window either. Prints peak RSS
(KiB)."""

import resource
import sys

import filelock  # noqa: F401
import sqlite_utils  # noqa: F401
from PySide6.QtCore import Qt, QTimer  # noqa: F401
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 860)
window.show()


def ready() -> None:
    print("fenêtre : stack")
    app.quit()


QTimer.singleShot(0, ready)
app.exec()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
