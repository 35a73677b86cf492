"""The lock a sandbox server holds on its database file, machine-wide, for as long as it serves it: one server per
database (sandbox/server.py), which the app's child process and a command line find through it."""

from __future__ import annotations

from pathlib import Path

from assistant.infra.process_lock import ProcessLock


class SandboxBusy(RuntimeError):
    """Another process serves this database: which one, and its address once it listens (None before)."""

    def __init__(self, db_path: Path, pid: int | None, url: str | None):
        super().__init__(f"{db_path} is served by process {pid or '?'} ({url or 'starting'})")
        self.db_path, self.pid, self.url = db_path, pid, url


def database_lock(db_path: Path) -> ProcessLock:
    return ProcessLock(db_path.with_name(db_path.name + ".lock"))
