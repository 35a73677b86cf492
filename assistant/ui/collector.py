"""Python's cycle collector runs on the GUI thread only.

Automatic collection starts in whichever thread happens to allocate. When it frees, on a worker, a cycle that holds
the last reference to a Qt object (a dialog and a lambda connected to its signal), the C++ object is deleted on that
worker while the GUI thread may still be delivering its events: a segfault some time later. (First suspected for
CI's segfaults, which turned out to be PySide's reference-count bug, ui/refcounts.py; the hazard is real all the
same.) The remedy calibre and Camelot use: automatic collection off, and a GUI-thread timer that
collects the generations whose allocation counts passed their thresholds — the interpreter's own policy, on the
right thread. Reference counting still frees everything that is not in a cycle at once, on whatever thread.

A full collection scans the whole heap: tens of milliseconds once the accountant's portfolio is loaded, a dropped
frame or three. So it waits until no operation has run for a moment and a while has passed since the last one; what
start-up made, and afterwards what survived, is frozen (gc.freeze), so a full collection scans only what came
since; every few full collections the whole heap is scanned again, so a cycle among old objects that became garbage
is still freed.
"""

from __future__ import annotations

import gc
import time

import shiboken6
from PySide6.QtCore import QObject, QTimer

from assistant.infra import collection

INTERVAL_MS = 100  # while little is allocated: a few checks of a counter a second
BUSY_INTERVAL_MS = 20  # while a worker allocates in bursts (the embedded platform building a report): small slices
FULL_EVERY_S = 30.0  # at most one full collection in this time,
QUIET_S = 2.0  # and only when no operation has run or finished for this long
THAW_EVERY = 10  # every so many full collections scan the frozen objects too


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.full_collections = 0
        self.last_full = time.monotonic()
        gc.disable()
        gc.freeze()  # what start-up made (modules, classes, the window) lives as long as the app: never scanned
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start(INTERVAL_MS)

    def collect_due(self) -> int | None:
        """Collect the oldest generation whose count is over its threshold, as the interpreter would (the oldest of
        all only as said above)."""
        if collection.is_paused():
            return None  # work whose temporaries will be gone by its end (infra/collection.py)
        counts = gc.get_count()
        due = None
        for generation in (0, 1, 2):
            if counts[generation] > self.thresholds[generation]:
                due = generation
        if due == 2 and not self._may_collect_everything():
            due = 1
        if due is not None:
            gc.collect(due)
        if due == 2:
            gc.freeze()
        busy = counts[0] > 10 * self.thresholds[0]
        self.timer.setInterval(BUSY_INTERVAL_MS if busy else INTERVAL_MS)
        return due

    def _may_collect_everything(self) -> bool:
        from assistant.ui.ops import Op

        now = time.monotonic()
        if Op.in_flight() or now - Op.last_activity < QUIET_S or now - self.last_full < FULL_EVERY_S:
            return False
        self.last_full = time.monotonic()
        self.full_collections += 1
        if self.full_collections % THAW_EVERY == 0:
            gc.unfreeze()
        return True


def keep_for_good() -> None:
    """Freeze what exists now, after a worker has loaded what the app keeps until it exits: the platform's client at
    start, the services at sign-in. Hundreds of thousands of module-level objects, young as far as the collector can
    tell: left as they are, the next collections scan them on the GUI thread (50 ms on a slow PC, just as the
    sign-in dialog appears). A garbage cycle that exists at this moment is frozen with them, until a full collection
    scans everything again (THAW_EVERY)."""
    gc.freeze()


_installed: GuiThreadCollector | None = None


def install(app: QObject) -> GuiThreadCollector:
    """Once per application; the collector lives and dies with it. (Not looked up with findChild: that builds Qt's
    enum namespace, a tenth of the start-up time.)"""
    global _installed
    if _installed is None or not shiboken6.isValid(_installed) or _installed.parent() is not app:
        _installed = GuiThreadCollector(app)
    return _installed
