"""Bringing a sandbox database to the current schema version (`PRAGMA user_version`), in one transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Literal

from assistant.sandbox.db.schema import LATEST, VERSIONS

State = Literal["fresh", "adopted", "current"]


class NewerDatabase(RuntimeError):
    """The database was written by a newer version of the app; upgrading is possible, going back is not."""


def statements(script: str) -> Iterator[str]:
    """The script's statements one by one: executescript() would commit the caller's transaction first."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending.strip()
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in a migration: {pending.strip()[:80]!r}")


def version_of(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> State:
    """Apply the versions the database lacks; call inside a write transaction (so two processes opening the same
    file cannot both migrate it, and a failed step leaves the file as it was).

    Returns "fresh" for a new, empty database, "adopted" for one from before versions were counted (user_version 0
    but tables present: it is v1 already, and v1's `IF NOT EXISTS` adds any table it lacked), else "current".
    """
    version = version_of(conn)
    if version > LATEST:
        raise NewerDatabase(
            f"the sandbox database is at schema version {version}, newer than this app knows ({LATEST}); "
            "use a newer version of the app or another database file"
        )
    state: State = "current"
    if version == 0:
        known = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'users'").fetchone()
        state = "adopted" if known else "fresh"
    for target in range(version + 1, LATEST + 1):
        for statement in statements(VERSIONS[target - 1]):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {target}")
    return state
