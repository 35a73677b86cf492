"""The interpreter's settings the window depends on, made once per process: by the app at start (app.py), by the UI
tests and by the benchmarks, so that all three run Python the same way."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

from assistant.ui import collector
from assistant.ui.refcounts import keep_singletons_alive

# How long a worker running Python keeps the GIL once the GUI thread asks for it. Python's 5 ms, paid several times
# in a row while a slow platform's answers were parsed, added up to a dropped frame (bench/responsiveness.py); the
# workers lose little, as they mostly wait on the network, the disk or C code that lets go of the GIL.
SWITCH_INTERVAL_S = 0.001


def prepare(app: QObject) -> None:
    keep_singletons_alive()
    collector.install(app)
    sys.setswitchinterval(SWITCH_INTERVAL_S)
