"""Python's cycle collector runs on the GUI thread only.

Automatic collection starts in whichever thread happens to allocate. When it frees, on a worker, a cycle that holds
the last reference to a Qt object (a dialog and a lambda connected to its signal), the C++ object is deleted on that
worker while the GUI thread may still be delivering its events: a segfault some time later (CI saw one while a
worker sent the outbox). The remedy calibre and Camelot use: automatic collection off, and a GUI-thread timer that
collects the generations whose allocation counts passed their thresholds — the interpreter's own policy, on the
right thread. Reference counting still frees everything that is not in a cycle at once, on whatever thread.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500  # often enough that young garbage stays small, so each collection is a fraction of a frame


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start(INTERVAL_MS)

    def collect_due(self) -> int | None:
        """Collect the oldest generation whose count is over its threshold, as the interpreter would."""
        counts = gc.get_count()
        due = None
        for generation in (0, 1, 2):
            if counts[generation] > self.thresholds[generation]:
                due = generation
        if due is not None:
            gc.collect(due)
        return due


_installed: GuiThreadCollector | None = None


def install(app: QObject) -> GuiThreadCollector:
    """Once per application; the collector lives and dies with it. (Not looked up with findChild: that builds Qt's
    enum namespace, a tenth of the start-up time.)"""
    global _installed
    if _installed is None or not shiboken6.isValid(_installed) or _installed.parent() is not app:
        _installed = GuiThreadCollector(app)
    return _installed
