"""The window's embedded demo platform, in a process of its own.

In a thread of the app, the sandbox competed with the window for the GIL: importing uvicorn, reportlab and pyhanko,
building and sealing a report, each held it for tens of milliseconds at a time, and the window froze meanwhile (the
report stall of bench/responsiveness.py). As a child process it runs on another core, and the app's memory is that of
an app talking to a remote platform.

The child is this program again (`assistant sandbox --port 0 --db … --until-stdin-closes`). It publishes its address
beside the database's lock (sandbox/server.py) as soon as it listens, which is where the parent reads it: no pipe
output is needed, which a windowed Windows program may not have. Its standard input is a pipe from the parent that
is never written to: when the parent exits, however it exits, the pipe closes and the child stops.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from pathlib import Path

from assistant.sandbox.lock import SandboxBusy, database_lock

log = logging.getLogger(__name__)
POLL_S = 0.05


def own_command() -> list[str]:
    """How to run this program again: the frozen app's executable, or this Python with the package."""
    return [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "assistant"]


class SandboxProcess:
    """A child process serving the sandbox on `db_path`, on a free port of 127.0.0.1."""

    def __init__(self, db_path: Path):
        self.db_path = db_path
        self.url = ""
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 60.0) -> SandboxProcess:
        """Its address once it listens. SandboxBusy when another process serves the database already;
        RuntimeError when the child ends or stays silent."""
        lock = database_lock(self.db_path)
        command = [*own_command(), "sandbox", "--port", "0", "--db", str(self.db_path), "--until-stdin-closes"]
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console window for the child
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, creationflags=flags)
        deadline = time.monotonic() + timeout
        while True:
            note = lock.published()
            if note.get("pid") == self.process.pid and note.get("url"):
                self.url = note["url"]
                log.info("sandbox listening on %s (process %s)", self.url, self.process.pid)
                return self
            if self.process.poll() is not None:
                other = lock.holder()  # probing is safe now that our child is gone
                if other is not None:  # it found the database taken
                    raise SandboxBusy(self.db_path, other.get("pid"), other.get("url"))
                raise RuntimeError(f"the sandbox process ended with {self.process.returncode} (see the log)")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the sandbox process did not start in time")
            time.sleep(POLL_S)  # another process's file: nothing to wait on but the clock

    def stop(self, timeout: float = 5.0) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        try:
            process.stdin.close()  # its cue to stop (and the same as the parent exiting)
        except OSError:
            pass
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            log.warning("sandbox process %s did not stop; ending it", process.pid)
            process.kill()
            process.wait(timeout)
