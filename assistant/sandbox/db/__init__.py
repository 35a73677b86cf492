"""The sandbox's SQLite database: connections, versioned schema migrations and the demo data.

`initialise()` is what opening a database means: bring it to the current schema version and, when it is new, seed
the demo data — all in one transaction, so a crash half-way leaves the file as it was.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from assistant.sandbox.db import demo
from assistant.sandbox.db.connection import connect, transaction
from assistant.sandbox.db.migrations import NewerDatabase, migrate, version_of

RECORDS_TABLE_VERSION = 3  # the version that moved adverse records out of the facts

__all__ = ["NewerDatabase", "connect", "initialise", "reset", "transaction"]


def initialise(path: Path | str) -> None:
    conn = connect(path)
    try:
        with transaction(conn):
            before = version_of(conn)
            state = migrate(conn)
            if state == "fresh":
                demo.seed_everything(conn)
            elif state == "adopted":
                demo.seed_missing_catalogues(conn)
            if state != "fresh" and before < RECORDS_TABLE_VERSION:
                demo.seed_records(conn)
    finally:
        conn.close()


def reset(conn: sqlite3.Connection) -> None:
    """Back to the demo data (the schema stays at its version)."""
    with transaction(conn):
        demo.clear(conn)
        demo.seed_everything(conn)
