"""One window per user and data folder: a second start hands its command line to the running app and exits 0.

The first start holds a QLockFile in the data folder and listens on a QLocalServer named after that folder. Qt treats
a lock whose process has died as stale and takes it over, so a crash never blocks the next start. A later start that
cannot take the lock connects, sends its arguments (JSON, one line), waits for the running app's "ok" and exits; the
running app brings its window to the front. On Windows the second start first allows the first to take the
foreground, which Windows otherwise refuses to a process the user did not just click.

The first start listens only once its window is shown: QtNetwork is not free to load, and a second start that comes
meanwhile keeps trying for a few seconds.
"""

from __future__ import annotations

import logging
import os
import time
import zlib
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QLockFile, QObject, Signal

from assistant.appinfo import APP_ID

log = logging.getLogger(__name__)
LOCK_NAME = "instance.lock"
CONNECT_TIMEOUT_MS = 1000
HANDOVER_SECONDS = 5.0  # how long a second start keeps trying while the first is still between lock and listen


def server_name(data_dir: Path) -> str:
    """Unique per data folder (and so per user); short, as a Unix socket path must be. Two checksums, not a
    cryptographic hash: nothing is secret here, and hashlib's OpenSSL costs 2 ms of start-up. (The lock file in the
    folder, not this name, decides who runs.)"""
    path = str(data_dir.resolve()).encode("utf-8")
    return f"{APP_ID}-{zlib.crc32(path):08x}{zlib.adler32(path):08x}"


class Instance(QObject):
    """The running app's side: holds the lock, answers later starts with `arrived(arguments)`."""

    arrived = Signal(list)

    def __init__(self, lock: QLockFile, name: str):
        super().__init__()
        self._lock, self._name, self._server = lock, name, None

    def serve(self, window) -> None:
        """Once `window` is built: answer later starts, and bring `window` to the front for each."""
        self.arrived.connect(lambda _arguments: bring_to_front(window))
        window.pages_built.connect(self._listen)

    def _listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self._name)  # a crashed run's socket file; the lock says nobody else uses it
        if not self._server.listen(self._name):
            log.warning("cannot listen for later starts on %s: %s", self._name, self._server.errorString())
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket) -> None:
        if not socket.canReadLine():
            return
        import json  # not before the first paint: a later start is answered once the pages are built

        try:
            arguments = json.loads(bytes(socket.readLine()).decode("utf-8"))
        except ValueError:
            arguments = None
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        if isinstance(arguments, list):
            log.info("a second start handed over its command line: %s", arguments)
            self.arrived.emit([str(a) for a in arguments])

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()


def claim(data_dir: Path, arguments: list[str]) -> Instance | None:
    """This process's Instance when it is the first; None when a running one took `arguments` (exit then)."""
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # held for hours: stale only when its process is gone, never by age
    name = server_name(data_dir)
    deadline = time.monotonic() + HANDOVER_SECONDS
    while True:
        if lock.tryLock(0):
            return Instance(lock, name)
        if _hand_over(name, arguments, lock):
            return None
        if time.monotonic() > deadline:
            raise RuntimeError(f"another start holds {data_dir / LOCK_NAME} but does not answer on {name}")
        time.sleep(0.1)


def _hand_over(name: str, arguments: list[str], lock: QLockFile) -> bool:
    import json

    from PySide6.QtNetwork import QLocalSocket

    _allow_foreground(lock)
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(json.dumps(arguments).encode("utf-8") + b"\n")
    socket.flush()
    deadline = QDeadlineTimer(CONNECT_TIMEOUT_MS * 3)
    while not socket.canReadLine() and not deadline.hasExpired():
        if not socket.waitForReadyRead(int(deadline.remainingTime())):
            break
    answered = socket.canReadLine() and bytes(socket.readLine()).strip() == b"ok"
    socket.abort()
    return answered


def _allow_foreground(lock: QLockFile) -> None:
    if os.name != "nt":
        return
    info = lock.getLockInfo()
    pid = info[0] if info else 0
    if pid:
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(int(pid))


def bring_to_front(window) -> None:
    """Un-minimise, raise and activate `window` (the running app's answer to a second start)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
    # A dialog the user must answer first (the sign-in, an open form) comes up on top of the window, or the window
    # would cover it and ignore every click.
    modal = QApplication.activeModalWidget()
    if modal is not None and modal is not window:
        modal.raise_()
        modal.activateWindow()
