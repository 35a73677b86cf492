"""A workaround for a reference-count bug in PySide6 6.12 on Python 3.11.

Emitting a signal from Python drops one reference to `True` that it never took (seen with `Signal(bool)`,
`Signal(object)` and `Signal(list)`, from any thread; measured in tests/ui/test_refcounts.py). Every operation's
result travels by signal, so after a few thousand of them `True`'s count reaches zero and the interpreter aborts
("deallocating True or False") or, sooner, crashes on freed memory — the segfault CI saw in the middle of a run.
Python 3.12 made True, False and None immortal, which hides the bug there; this does the same here: their counts are
raised so far that no number of emissions in a lifetime brings them to zero. They are static objects and are never
freed either way, so nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

MARGIN = 1 << 40  # a trillion emissions


def keep_singletons_alive() -> None:
    if sys.version_info >= (3, 12):
        return  # immortal already
    for singleton in (True, False, None):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt, the first field of every object
        if count.value < MARGIN:
            count.value += MARGIN
