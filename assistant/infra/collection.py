"""Pausing Python's cycle collector around work whose many new objects are almost all gone by its end.

Building and sealing a credit report makes about 170,000 short-lived objects in a fraction of a second. Scanned while
they are alive, they cost two collections of 10–20 ms each — on the GUI thread, where the app collects
(ui/collector.py), a dropped frame while the embedded platform issues a report. Paused, they are freed by reference
counting as the work goes, and the next collection finds only what is left. Work whose results stay (the
portfolio's) freezes them at its end, or they would then be scanned all at once.

The app's collector skips its turns while anything is paused; run alone (the CLI, a sandbox in its own process), the
interpreter's automatic collection is paused instead.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def paused(*, then_freeze: bool = False) -> Iterator[None]:
    """`then_freeze`, for work whose results stay (the portfolio's grid): what it made and still holds is frozen at
    its end (gc.freeze), or the next young collection would scan all of it at once on the GUI thread (40 ms on a slow
    PC). Freezing frees nothing and keeps nothing: results replaced later are freed by reference counting as usual."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
        if then_freeze:
            gc.freeze()
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def is_paused() -> bool:
    return _depth > 0
