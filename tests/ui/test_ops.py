"""How operations come back to the GUI thread: one answer per pass of the event loop, on threads kept waiting, and
each operation let go of on the GUI thread only."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer

from assistant.ui.ops import Op, _workers


def test_answers_that_arrive_together_are_handled_one_per_pass(qtbot, qapp):
    qtbot.waitUntil(lambda: Op.in_flight() == 0, timeout=30_000)  # an earlier test's, still finishing
    parent = QObject()
    log: list[object] = []  # the answers handled, and each turn of a timer that runs on every pass
    ops = [Op(parent, lambda i=i: i, log.append).run() for i in range(3)]
    for op in ops:
        assert op._worker_released.wait(10)  # each answer is posted before its worker lets go of the op
    ticker = QTimer(interval=0)
    ticker.timeout.connect(lambda: log.append("tick"))
    ticker.start()
    qtbot.waitUntil(lambda: sum(entry != "tick" for entry in log) == 3, timeout=5_000)
    ticker.stop()
    handled = [entry for entry in log if entry != "tick"]
    between = "".join("a" if entry != "tick" else "t" for entry in log).strip("t")
    assert sorted(handled) == [0, 1, 2] and "aa" not in between  # each once, the event loop turning between them
    qtbot.waitUntil(lambda: Op.in_flight() == 0, timeout=5_000)


def test_a_burst_runs_at_once_without_the_gui_thread_starting_a_thread(qtbot, qapp, monkeypatch):
    qtbot.waitUntil(lambda: Op.in_flight() == 0, timeout=30_000)
    parent = QObject()
    warm: list[int] = []
    Op(parent, lambda: 0, warm.append).run()  # the first worker makes up the spares
    qtbot.waitUntil(lambda: bool(warm) and _workers._waiting >= _workers.SPARE, timeout=10_000)
    started_by: list[str] = []
    start = _workers._start
    monkeypatch.setattr(_workers, "_start", lambda: (started_by.append(threading.current_thread().name), start()))
    all_started = threading.Barrier(_workers.SPARE, timeout=10)
    ran_on: list[int] = []

    def work() -> int:
        all_started.wait()  # each waits for the others: none waits for another to finish first
        return threading.get_ident()

    for _ in range(_workers.SPARE):
        Op(parent, work, ran_on.append).run()
    qtbot.waitUntil(lambda: len(ran_on) == _workers.SPARE, timeout=10_000)
    assert len(set(ran_on)) == _workers.SPARE and threading.main_thread().ident not in ran_on
    assert threading.main_thread().name not in started_by  # the workers made up the spares, not the GUI thread
    qtbot.waitUntil(lambda: Op.in_flight() == 0, timeout=5_000)


def test_the_status_bar_says_what_runs_and_that_it_is_alive(qtbot, make_window, sandbox):
    from assistant.ui.main_window import BUSY_DOTS

    window, _ = make_window(sandbox.url)
    qtbot.waitUntil(lambda: Op.in_flight() == 0, timeout=30_000)
    release = threading.Event()
    Op(window, lambda: release.wait(10)).with_progress("正在核对材料…").run()
    label = window.busy_label
    qtbot.waitUntil(lambda: label.text().endswith(" 正在核对材料…"))
    first = label.text()
    assert first.split(" ")[0] in BUSY_DOTS
    qtbot.waitUntil(lambda: label.text() != first and label.text().endswith(" 正在核对材料…"))  # the dots turn
    release.set()
    qtbot.waitUntil(lambda: label.text() == "" and Op.in_flight() == 0)
