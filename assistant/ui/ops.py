"""Background work for the GUI: one builder, in the spirit of Anki's QueryOp.

    Op(parent, work=lambda: session.firm(uscc), done=page.show_firm).failure(page.show_error).run()

Thread contract: `work` runs on a worker thread and must never touch a widget; `done` and `failure` run on the GUI
thread, and are skipped when `parent` has been destroyed meanwhile (the window was closed): that is cancellation.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from assistant.i18n import translate

log = logging.getLogger(__name__)
T = TypeVar("T")


def message_for(error: BaseException) -> str:
    """What to tell the user about a failure, in their language; never a stack trace."""
    message = getattr(error, "message", None)
    if isinstance(message, str) and message:
        return message
    from assistant.api.tokens import KeyringUnavailable

    if isinstance(error, KeyringUnavailable):
        return translate("ops", "本机没有可用的系统密码库，无法记住登录。")
    if isinstance(error, OSError):
        return translate("ops", "读写本机文件时出错：{reason}").format(reason=error.strerror or type(error).__name__)
    return translate("ops", "出现意外错误，详细信息已记录在日志中。")


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


_tracker: Tracker | None = None


def tracker() -> Tracker:
    """Created on first use, parented to the application so it is destroyed with it (not after it)."""
    global _tracker
    if _tracker is None or not shiboken6.isValid(_tracker):
        from PySide6.QtCore import QCoreApplication

        _tracker = Tracker()
        _tracker.setParent(QCoreApplication.instance())
    return _tracker


class _Relay(QObject):
    """Lives on the GUI thread; a signal emitted by the worker is delivered here through the event loop."""

    finished = Signal(bool, object)


class Op(Generic[T]):
    _alive: set[Op[Any]] = set()  # holds each op until it reports, so nothing is garbage-collected mid-flight

    def __init__(self, parent: QObject, work: Callable[[], T], done: Callable[[T], None] | None = None):
        self._parent = parent
        self._work = work
        self._done = done
        self._failure: Callable[[BaseException], None] | None = None
        self._label: str | None = None
        self._cancelled = False
        self._relay = _Relay()
        self._relay.finished.connect(self._deliver)

    def failure(self, handler: Callable[[BaseException], None]) -> Op[T]:
        self._failure = handler
        return self

    def with_progress(self, label: str) -> Op[T]:
        self._label = label
        return self

    def cancel(self) -> None:
        self._cancelled = True

    def run(self) -> Op[T]:
        Op._alive.add(self)
        if self._label is not None:
            tracker().begin(self._label)
        threading.Thread(target=self._run_work, name="op", daemon=True).start()
        return self

    def _run_work(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # delivered to the GUI thread, which decides what the user sees
            self._relay.finished.emit(False, error)
        else:
            self._relay.finished.emit(True, result)

    def _deliver(self, ok: bool, payload: object) -> None:
        Op._alive.discard(self)
        if self._label is not None:
            tracker().end()
        if self._cancelled or not shiboken6.isValid(self._parent):
            return
        if ok:
            if self._done is not None:
                self._done(payload)  # type: ignore[arg-type]
            return
        error = payload if isinstance(payload, BaseException) else RuntimeError(str(payload))
        if not _expected(error):
            log.error("background operation failed", exc_info=error)
        if self._failure is not None:
            self._failure(error)
        else:
            show_error(self._parent, error)


def _expected(error: BaseException) -> bool:
    from assistant.api.errors import PlatformError

    return isinstance(error, PlatformError)


def show_error(parent: QObject, error: BaseException) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox, QWidget

    widget = parent if isinstance(parent, QWidget) else None
    box = QMessageBox(QMessageBox.Icon.Warning, translate("ops", "操作未完成"), message_for(error),
                      QMessageBox.StandardButton.Ok, widget)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal and non-blocking: the event loop keeps running
