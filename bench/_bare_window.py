"""Baseline child: a bare PySide6 QMainWindow shown, one event-loop turn, exit; prints peak RSS (KiB)."""

import resource
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 860)
window.show()


def ready() -> None:
    print("fenêtre : bare")  # what `hopen-desktop --quit-after 0` prints at the same moment
    app.quit()


QTimer.singleShot(0, ready)
app.exec()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
