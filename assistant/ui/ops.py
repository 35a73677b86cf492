"""Background work for the GUI: one builder, in the spirit of Anki's QueryOp / CollectionOp.

    Op(parent, work=lambda: service.withdraw(c), done=page.withdrawn).changes("commitments").failure(show).run()

Thread contract: `work` runs on a worker thread and must never touch a widget; `done` and `failure` run on the GUI
thread, and are skipped when `parent` has been destroyed meanwhile (the window was closed): that is cancellation.
`changes(...)` names what the work changed; when it succeeds the change hub tells the context, which reloads the
views of the features listening to those kinds (ui/features.py).

Errors: a `UserFacingError` (blank field, file too large, platform refused …) is shown as its message and logged as
info. Anything else is a bug: logged with its stack trace and reported as "出现意外错误" with the log's location and
a button that copies the details. `install_excepthook` does the same for exceptions raised in any Qt slot.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from functools import partial
from queue import SimpleQueue
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from assistant.errors import UserFacingError
from assistant.i18n import translate

log = logging.getLogger(__name__)
T = TypeVar("T")
Q = TypeVar("Q", bound=QObject)


def message_for(error: BaseException) -> str:
    """What to tell the user about a failure, in their language; never a stack trace."""
    if isinstance(error, UserFacingError):
        return error.message
    if isinstance(error, OSError):
        return translate("ops", "读写本机文件时出错：{reason}").format(reason=error.strerror or type(error).__name__)
    return translate("ops", "出现意外错误，详细信息已记录在日志中。")


def user_facing(error: BaseException) -> bool:
    """Something the user can understand and act on (including a file the PC could not read or write), not a bug."""
    return isinstance(error, UserFacingError | OSError)


class Tracker(QObject):
    """Counts running operations so the window can show one busy indicator with the latest label."""

    busy_changed = Signal(int, str)

    def __init__(self) -> None:
        super().__init__()
        self.running = 0

    def begin(self, label: str) -> None:
        self.running += 1
        self.busy_changed.emit(self.running, label)

    def end(self) -> None:
        self.running -= 1
        self.busy_changed.emit(self.running, "")


class ChangeHub(QObject):
    """Where finished operations say what they changed; the context listens and reloads what depends on it."""

    changed = Signal(object)  # frozenset[str] of change kinds


_owned: dict[type, QObject] = {}


def _app_owned(kind: type[Q]) -> Q:
    """One instance per kind, created on first use and parented to the application, so it is destroyed with it
    (not after it)."""
    made = _owned.get(kind)
    if made is None or not shiboken6.isValid(made):
        from PySide6.QtCore import QCoreApplication

        made = _owned[kind] = kind()
        made.setParent(QCoreApplication.instance())
    return made  # type: ignore[return-value]


def tracker() -> Tracker:
    return _app_owned(Tracker)


def change_hub() -> ChangeHub:
    return _app_owned(ChangeHub)


class _Relay(QObject):
    """Lives on the GUI thread; a signal emitted by the worker is delivered here through the event loop."""

    finished = Signal(bool, object)


def next_turn(callback: Callable[[], None]) -> None:
    """`callback` once the event loop has done what waits: the paint just asked for, timers that fell due. Work a
    handler splits off for later goes here, not to `QTimer.singleShot(0)`, a posted event that Qt handles in the very
    next batch of events, before those."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(1, callback)


class _Pacer:
    """At most one operation's answer per pass of the event loop.

    Answers that arrive together (a sign-in's and the outbox's, a report's PDF and the reloaded list) are queued
    signals that Qt would deliver back to back in one pass, each handler some milliseconds of widget work: together
    more than a frame, with no paint or timer between them. The first is handled at once, the next one on the next
    turn (`next_turn`)."""

    def __init__(self) -> None:
        self._waiting: deque[Callable[[], None]] = deque()
        self._handled_this_pass = False

    def deliver(self, answer: Callable[[], None]) -> None:
        if self._handled_this_pass:
            self._waiting.append(answer)
            return
        self._handled_this_pass = True
        next_turn(self._next_pass)
        answer()

    def _next_pass(self) -> None:
        self._handled_this_pass = False
        if self._waiting:
            self.deliver(self._waiting.popleft())


_pacer = _Pacer()


class _Workers:
    """Threads kept for the next operation once theirs is done. Starting a thread made the GUI thread wait 1–2 ms
    for it to come up, and a firm's pages start four operations at once; so the GUI thread hands work to a waiting
    thread, and the workers themselves start new ones, keeping `SPARE` waiting. Only a burst larger than that makes
    the GUI thread start one. No operation ever waits for another to finish."""

    SPARE = 4

    def __init__(self) -> None:
        self._jobs: SimpleQueue[tuple[Callable[[], None], threading.Event]] = SimpleQueue()
        self._lock = threading.Lock()
        self._waiting = 0  # threads waiting for a job that no submit has claimed yet

    def submit(self, job: Callable[[], None]) -> threading.Event:
        """Runs `job` on a worker; the event is set once the worker holds no reference to it any more."""
        released = threading.Event()
        with self._lock:
            claimed = self._waiting > 0
            self._waiting -= claimed
        self._jobs.put((job, released))
        if not claimed:
            self._start()
        return released

    def _start(self) -> None:
        threading.Thread(target=self._serve, name="op", daemon=True).start()

    def _serve(self) -> None:
        while True:
            job, released = self._jobs.get()
            with self._lock:  # counted before they start: workers taking jobs at once do not both make up the spares
                missing = max(0, self.SPARE - self._waiting)
                self._waiting += missing
            for _ in range(missing):
                self._start()
            try:
                job()  # Op._run_work: it catches everything and reports it to the GUI thread
            finally:
                del job  # before saying so: the op's last reference must go on the GUI thread (see Op._alive)
                released.set()
            with self._lock:
                self._waiting += 1


_workers = _Workers()


class Op(Generic[T]):
    # Holds each op until it has reported and its worker has let go of it, so the last reference to it (and through it to
    # widgets, closures and the relay) always goes away on the GUI thread: Qt objects may not die on a worker.
    _alive: set[Op[Any]] = set()
    last_activity = 0.0  # time.monotonic() when an operation last started or reported (the collector waits for quiet)

    def __init__(self, parent: QObject, work: Callable[[], T], done: Callable[[T], None] | None = None):
        self._parent = parent
        self._work = work
        self._done = done
        self._failure: Callable[[BaseException], None] | None = None
        self._label: str | None = None
        self._changes: frozenset[str] = frozenset()
        self._imports: tuple[str, ...] = ()
        self._cancelled = False
        self._relay = _Relay()
        # A bound method, not a lambda: a lambda would hold the op from inside Qt's connection, where Python's
        # collector cannot see the cycle through the relay, and every op and its answer would stay (bench/memory.py).
        self._relay.finished.connect(self._arrived)

    @classmethod
    def in_flight(cls) -> int:
        """How many operations have not reported back yet (tests wait for 0 instead of sleeping)."""
        return len(cls._alive)

    def failure(self, handler: Callable[[BaseException], None]) -> Op[T]:
        self._failure = handler
        return self

    def changes(self, *kinds: str) -> Op[T]:
        """What this work changes (e.g. "commitments"): views listening to it are reloaded once it succeeds."""
        self._changes = frozenset(kinds)
        return self

    def imports(self, *modules: str) -> Op[T]:
        """Modules `done` needs, imported by the worker once the work is done: the first import of one (QtPdf and
        its widgets take a tenth of a second) would otherwise stall the window."""
        self._imports = modules
        return self

    def with_progress(self, label: str) -> Op[T]:
        self._label = label
        return self

    def cancel(self) -> None:
        self._cancelled = True

    def run(self) -> Op[T]:
        Op.last_activity = time.monotonic()
        self._alive.add(self)
        if self._label is not None:
            tracker().begin(self._label)
        self._worker_released = _workers.submit(self._run_work)
        return self

    def _run_work(self) -> None:
        try:
            outcome: tuple[bool, object] = (True, self._work())
            for module in self._imports:
                importlib.import_module(module)
        except BaseException as error:  # delivered to the GUI thread, which decides what the user sees
            outcome = (False, error)
        try:
            self._relay.finished.emit(*outcome)
        except RuntimeError:  # the application was torn down meanwhile (quitting): nobody is left to tell
            log.info("operation finished after the application closed")

    def _release(self) -> None:
        if not self._worker_released.is_set():  # it posted its answer and is about to let go; look again in a moment
            from PySide6.QtCore import QTimer

            QTimer.singleShot(5, self._release)
            return
        self._done = self._failure = self._work = None  # widgets and closures go here, on the GUI thread
        self._alive.discard(self)

    def _arrived(self, ok: bool, payload: object) -> None:
        _pacer.deliver(partial(self._deliver, ok, payload))

    def _deliver(self, ok: bool, payload: object) -> None:
        Op.last_activity = time.monotonic()
        done, failure = self._done, self._failure
        self._release()
        if self._label is not None:
            tracker().end()
        if ok and self._changes:
            change_hub().changed.emit(self._changes)  # the data changed even if the asking window has gone
        if self._cancelled or not shiboken6.isValid(self._parent):
            return
        if ok:
            if done is not None:
                done(payload)  # type: ignore[arg-type]
            return
        error = payload if isinstance(payload, BaseException) else RuntimeError(str(payload))
        expected = user_facing(error)
        if expected:
            log.info("operation not completed: %s (%s)", type(error).__name__, message_for(error))
        else:
            log.error("background operation failed", exc_info=error)
        if failure is not None:
            failure(error)  # always: the caller may have state to restore
        if failure is None or not expected:
            show_error(self._parent, error)  # a bug is never reduced to a status line


def show_error(parent: QObject | None, error: BaseException) -> None:
    """A window-modal, non-blocking message: the user's own problem as it is, a bug as 出现意外错误 with details."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    widget = parent if isinstance(parent, QWidget) else QApplication.activeWindow()
    if user_facing(error):
        box = QMessageBox(QMessageBox.Icon.Warning, translate("ops", "操作未完成"), message_for(error),
                          QMessageBox.StandardButton.Ok, widget)
    else:
        box = QMessageBox(QMessageBox.Icon.Critical, translate("ops", "出现意外错误"), unexpected_text(),
                          QMessageBox.StandardButton.Ok, widget)
        copy = box.addButton(translate("ops", "复制详细信息"), QMessageBox.ButtonRole.ActionRole)
        details = error_details(error)
        box.setDetailedText(details)
        copy.clicked.disconnect()  # an action button would close the box; copying should not
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal and non-blocking: the event loop keeps running


def unexpected_text() -> str:
    from assistant.infra import paths

    return translate("ops", "出现意外错误，刚才的操作没有完成，已保存的内容不受影响。详细信息已记录在日志中：{path}").format(
        path=paths.log_dir() / "assistant.log")


def error_details(error: BaseException) -> str:
    """The stack trace for a bug report, with secrets and ID numbers redacted like the log."""
    import traceback

    from assistant.appinfo import VERSION
    from assistant.infra.logsetup import redact

    trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return redact(f"version {VERSION}\n{trace}")


def install_excepthook() -> None:
    """An exception raised in a Qt slot reaches `sys.excepthook` (PySide prints it there): log it and tell the
    user, instead of leaving it on a stderr nobody reads."""
    import sys

    def hook(kind, error, trace) -> None:
        if isinstance(error, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("unhandled exception in the GUI", exc_info=(kind, error, trace))
        try:
            show_error(None, error)
        except Exception:  # the report itself must never raise out of the hook
            log.exception("could not show the error")

    sys.excepthook = hook
