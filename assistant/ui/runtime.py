"""The interpreter's settings the window depends on, made once per process: by the app at start (app.py), by the UI
tests and by the benchmarks, so that all three run Python the same way."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

from assistant.ui import collector
from assistant.ui.refcounts import keep_singletons_alive

# How long a worker running Python keeps the GIL once the GUI thread asks for it. PySide lets go of the GIL for most
# Qt calls, so a slot that makes fifty of them while a worker parses an answer may wait this long fifty times: Python's
# 5 ms added up to dropped frames (bench/responsiveness.py), and 1 ms still to 10–20 ms in a page's first showing.
# The workers lose little, as they mostly wait on the network, the disk or C code that lets go of the GIL; and the
# interval only matters while some thread waits.
SWITCH_INTERVAL_S = 0.0002


def prepare(app: QObject) -> None:
    keep_singletons_alive()
    collector.install(app)
    sys.setswitchinterval(SWITCH_INTERVAL_S)
