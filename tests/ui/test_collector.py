"""Cycles are collected on the GUI thread, never on a worker that happens to allocate (ui/collector.py)."""

from __future__ import annotations

import gc
import sys
import threading
import time

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


def test_everything_is_collected_only_when_no_operation_runs_and_then_frozen(qtbot, qapp, monkeypatch):
    from assistant.ui.ops import Op

    qtbot.waitUntil(lambda: Op.in_flight() == 0, timeout=30_000)  # an earlier test's, still finishing

    made = collector.install(qapp)
    monkeypatch.setattr(made, "thresholds", (-1, -1, -1))  # every generation is due
    monkeypatch.setattr(made, "last_full", 0.0)  # long ago
    from assistant.infra import collection

    with collection.paused():  # a worker's temporaries will be gone by its end: nothing is scanned meanwhile
        assert made.collect_due() is None
    busy = object()
    Op._alive.add(busy)  # an operation runs
    try:
        assert made.collect_due() == 1  # young garbage only: a full scan would stall the window meanwhile
    finally:
        Op._alive.discard(busy)
    monkeypatch.setattr(Op, "last_activity", time.monotonic())  # one has just finished: more may follow
    assert made.collect_due() == 1
    monkeypatch.setattr(Op, "last_activity", 0.0)  # quiet for a while
    assert made.collect_due() == 2 and gc.get_freeze_count() > 0  # survivors frozen: the next full scan is short
    assert made.collect_due() == 1  # and not again so soon
    gc.unfreeze()


def test_an_operation_imports_what_its_answer_needs_on_its_worker(qtbot, qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QObject

    from assistant.ui.ops import Op

    (tmp_path / "needed_by_done.py").write_text(
        "import threading\nIMPORTED_ON = threading.current_thread().name\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    owner, seen = QObject(), []
    Op(owner, lambda: 42, lambda answer: seen.append((answer, "needed_by_done" in sys.modules))).imports(
        "needed_by_done").run()
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    assert seen == [(42, True)] and sys.modules.pop("needed_by_done").IMPORTED_ON != threading.main_thread().name


def test_what_the_platform_s_opening_loaded_is_frozen_not_scanned_again(qtbot, make_window):
    """The client, its models and the store stay until the app exits: the next collections on the GUI thread would
    only scan them again (collector.keep_for_good)."""
    window, context = make_window(start=False)
    gc.unfreeze()
    before = gc.get_freeze_count()
    with qtbot.waitSignal(context.platform_ready, timeout=30_000):
        context.start()
    assert gc.get_freeze_count() > before
    assert gc.get_count()[0] < gc.get_threshold()[0]  # nothing young left over for the next collection to scan
