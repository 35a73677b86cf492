"""infra/collection.py: a pause nests, holds across threads, and gives automatic collection back as it found it."""

from __future__ import annotations

import gc
import threading

from assistant.infra import collection


def test_a_pause_nests_and_restores_automatic_collection():
    was = gc.isenabled()
    gc.enable()
    try:
        with collection.paused():
            assert collection.is_paused() and not gc.isenabled()
            with collection.paused():
                pass
            assert collection.is_paused() and not gc.isenabled()  # the outer pause still holds
        assert not collection.is_paused() and gc.isenabled()
    finally:
        if not was:
            gc.disable()


def test_a_pause_on_another_thread_counts_until_it_ends():
    entered, leave = threading.Event(), threading.Event()

    def work() -> None:
        with collection.paused():
            entered.set()
            leave.wait(5)

    worker = threading.Thread(target=work)
    worker.start()
    entered.wait(5)
    assert collection.is_paused()  # the GUI thread's collector skips its turn meanwhile
    leave.set()
    worker.join()
    assert not collection.is_paused()


def test_work_whose_results_stay_leaves_them_frozen_and_still_freed_when_dropped():
    import weakref

    class Result:
        pass

    gc.unfreeze()
    try:
        with collection.paused(then_freeze=True):
            kept = [Result() for _ in range(1000)]
        assert gc.get_freeze_count() >= 1000 and gc.get_count()[0] < 1000  # not left young for the next collection
        probe = weakref.ref(kept[0])
        del kept
        assert probe() is None  # frozen is not kept: reference counting still frees it
    finally:
        gc.unfreeze()
