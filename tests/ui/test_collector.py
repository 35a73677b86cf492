"""Cycles are collected on the GUI thread, never on a worker that happens to allocate (ui/collector.py)."""

from __future__ import annotations

import gc
import threading

from assistant.ui import collector


class Marker:
    def __init__(self, died_on: list[str]) -> None:
        self.died_on = died_on
        self.me = self  # a cycle: only the collector can free it

    def __del__(self) -> None:
        self.died_on.append(threading.current_thread().name)


def test_a_cycle_made_garbage_on_a_worker_is_freed_on_the_gui_thread(qtbot, qapp):
    assert collector.install(qapp) is collector.install(qapp)  # one per application
    assert not gc.isenabled()
    died_on: list[str] = []
    kept: list[list] = []

    def work() -> None:
        Marker(died_on)
        # Young objects that stay: enough to start an automatic collection many times over (the interpreter counts
        # allocations net of frees, so garbage made and freed at once would not).
        kept.extend([] for _ in range(50 * gc.get_threshold()[0]))

    worker = threading.Thread(target=work, name="op")
    worker.start()
    worker.join()
    assert died_on == []  # still there: nobody collected on the worker
    qtbot.waitUntil(lambda: bool(died_on), timeout=5_000)
    assert died_on == [threading.main_thread().name]
