"""The lock a sandbox server holds on its database file, machine-wide, for as long as it serves it: one server per
database (sandbox/server.py), which the app's child process and a command line find through it."""

from __future__ import annotations

from pathlib import Path

from assistant.infra.process_lock import ProcessLock


def database_lock(db_path: Path) -> ProcessLock:
    return ProcessLock(db_path.with_name(db_path.name + ".lock"))
