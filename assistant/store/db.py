"""The local database: one SQLite file per user, WAL, schema migrations counted by `PRAGMA user_version`.

A migration is appended, never edited: a user's file may be at any earlier version.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)


def _v1(conn: sqlite3.Connection) -> None:
    conn.execute(
        """CREATE TABLE catalogue (
            platform TEXT NOT NULL,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            body TEXT NOT NULL,
            synced_at TEXT NOT NULL,
            PRIMARY KEY (platform, kind, key)
        )"""
    )


def _v2(conn: sqlite3.Connection) -> None:
    # ETags let catalogue GETs revalidate cheaply (If-None-Match); app_state remembers small per-user choices.
    conn.execute("ALTER TABLE catalogue ADD COLUMN etag TEXT")
    conn.execute(
        """CREATE TABLE app_state (
            platform TEXT NOT NULL,
            username TEXT NOT NULL,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (platform, username, key)
        )"""
    )


def _v3(conn: sqlite3.Connection) -> None:
    # Commitment drafts keep the template they were made from, so they render offline and survive a catalogue
    # change; the outbox holds each submission with its Idempotency-Key before anything is sent.
    conn.execute(
        """CREATE TABLE drafts (
            id TEXT PRIMARY KEY,
            platform TEXT NOT NULL,
            username TEXT NOT NULL,
            uscc TEXT NOT NULL,
            template TEXT NOT NULL,
            fields TEXT NOT NULL,
            signed_by TEXT NOT NULL DEFAULT '',
            signed_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    conn.execute("CREATE INDEX drafts_by_firm ON drafts (platform, username, uscc, updated_at)")
    conn.execute(
        """CREATE TABLE outbox (
            id TEXT PRIMARY KEY,
            draft_id TEXT NOT NULL,
            platform TEXT NOT NULL,
            username TEXT NOT NULL,
            uscc TEXT NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            body TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            next_attempt_at TEXT NOT NULL,
            result TEXT,
            created_at TEXT NOT NULL,
            sent_at TEXT
        )"""
    )
    conn.execute("CREATE INDEX outbox_by_state ON outbox (platform, username, state, next_attempt_at)")
    conn.execute(
        """CREATE TABLE attachments (
            sha256 TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            size INTEGER NOT NULL,
            stored_at TEXT NOT NULL
        )"""
    )


def _v4(conn: sqlite3.Connection) -> None:
    # Facts the owner typed in (自行填报): used only for the local estimate, never sent as platform facts.
    conn.execute(
        """CREATE TABLE declared_facts (
            platform TEXT NOT NULL,
            uscc TEXT NOT NULL,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            declared_at TEXT NOT NULL,
            PRIMARY KEY (platform, uscc, key)
        )"""
    )


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1, _v2, _v3, _v4)
SCHEMA_VERSION = len(MIGRATIONS)


class NewerSchema(Exception):
    """The file was written by a newer version of the app; opening it could damage it."""


def migrate(conn: sqlite3.Connection) -> int:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise NewerSchema(f"database schema {version} is newer than this app's {SCHEMA_VERSION}")
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        log.info("local database migrated to schema %d", number)
    return SCHEMA_VERSION


class Database:
    """One connection shared by the app's threads, serialised by a lock (SQLite writes are serial anyway)."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._lock = threading.RLock()
        with self._lock:
            migrate(self._conn)

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._conn

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._conn.close()
