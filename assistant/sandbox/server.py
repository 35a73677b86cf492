"""Running the sandbox: in a background thread of the app or the tests, or in the foreground from the CLI."""

from __future__ import annotations

import logging
import os
import socket
import threading
from pathlib import Path

import uvicorn

from assistant.sandbox.app import SandboxConfig, create_app
from assistant.sandbox.lock import SandboxBusy, database_lock

log = logging.getLogger(__name__)


class SandboxServer:
    """The sandbox under uvicorn on a port of its own (0 picks a free one), stoppable, usable as a context.

    One server per database file, machine-wide: it holds the file's lock from before it migrates or seeds the
    database until it stops, and publishes its address beside the lock once it listens (SandboxBusy for a second
    one, so a caller can use the first)."""

    def __init__(self, config: SandboxConfig, host: str = "127.0.0.1", port: int = 0, *,
                 certfile: str | None = None, keyfile: str | None = None):
        self.config = config
        self._lock = database_lock(Path(config.db_path))
        if not self._lock.try_acquire():
            note = self._lock.holder() or {}
            raise SandboxBusy(Path(config.db_path), note.get("pid"), note.get("url"))
        try:
            self._socket = socket.create_server((host, port))
            self.host, self.port = self._socket.getsockname()[:2]
            self.scheme = "https" if certfile else "http"
            self._server = uvicorn.Server(
                uvicorn.Config(create_app(config), log_level="warning", access_log=False, lifespan="off",
                               ssl_certfile=certfile, ssl_keyfile=keyfile)
            )
        except BaseException:
            if hasattr(self, "_socket"):
                self._socket.close()
            self._lock.release()
            raise
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"

    def start(self, timeout: float = 20.0) -> SandboxServer:
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name="sandbox", daemon=True
        )
        self._thread.start()
        started = threading.Event()

        def wait() -> None:
            while not self._server.started and self._thread.is_alive():
                started.wait(0.01)

        waiter = threading.Thread(target=wait, daemon=True)
        waiter.start()
        waiter.join(timeout)
        if not self._server.started:
            self._socket.close()
            self._lock.release()
            raise RuntimeError("the sandbox did not start")
        self._lock.publish(url=self.url)
        log.info("sandbox listening on %s", self.url)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(1)
            if self._thread.is_alive():  # a client still holds a keep-alive connection: do not wait for it
                self._server.force_exit = True
                self._thread.join(5)
        self._socket.close()
        self._lock.release()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def serve_until_stdin_closes(self) -> None:
        """As the app's child process (services/sandbox_process.py): serve until the parent closes our standard input,
        or exits, which closes it too."""

        def watch() -> None:
            try:
                while os.read(0, 4096):
                    pass
            except OSError as error:  # nothing to watch: the parent's stop ends this process after a wait instead
                log.warning("the sandbox cannot watch its standard input (%s)", error)
                return
            self._server.should_exit = True

        threading.Thread(target=watch, name="parent-watch", daemon=True).start()
        self.serve_forever()

    def serve_forever(self) -> None:
        """In the calling thread, until Ctrl+C (uvicorn handles signals only on the main thread). The socket listens
        already, so the address is published before uvicorn runs: early callers wait in its backlog."""
        self._lock.publish(url=self.url)
        try:
            self._server.run(sockets=[self._socket])
        finally:
            self._lock.release()


def serve(db_path: Path, host: str, port: int, today=None, admin_token: str | None = None) -> None:
    """`assistant sandbox`: the platform in the foreground until Ctrl+C."""
    config = SandboxConfig(db_path=db_path, today=today)
    if admin_token:
        config.admin_token = admin_token
    server = SandboxServer(config, host, port)
    print(f"沙箱平台 / sandbox platform: {server.url}/api/v1  (数据库 / database: {db_path})", flush=True)
    print(f"管理令牌 / admin token (X-Sandbox-Admin): {config.admin_token}", flush=True)
    server.serve_forever()
