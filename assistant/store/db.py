"""The local database: one SQLite file per user, WAL, schema migrations counted by `PRAGMA user_version`.

A migration is appended, never edited: a user's file may be at any earlier version.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.errors import SessionEnded

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


# Outbox states in which a submission counts as the draft's one live submission (v5's unique index, Outbox.enqueue).
LIVE_STATES = ("pending", "sending", "sent")
DUPLICATE_CANCELLED = "重复提交，已取消"  # last_error of a queued duplicate that v5 cancelled; shown as it is


def _v5(conn: sqlite3.Connection) -> None:
    """Drafts, outbox and attachments become generic (commitment letters now, repair applications and objections
    next): a draft is (kind, JSON payload) with files linked by material slot; an outbox entry has a kind, the
    files that go with it, and at most one live entry per draft, enforced by a unique index."""
    # drafts: the four commitment columns fold into one payload, exactly as CommitmentsService reads it back.
    conn.execute(
        """CREATE TABLE drafts_v5 (
            id TEXT PRIMARY KEY,
            platform TEXT NOT NULL,
            username TEXT NOT NULL,
            kind TEXT NOT NULL,
            uscc TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    rows = conn.execute("SELECT id, platform, username, uscc, template, fields, signed_by, signed_on, created_at, "
                        "updated_at FROM drafts ORDER BY rowid").fetchall()
    for (draft_id, platform, username, uscc, template, fields, signed_by, signed_on, created, updated) in rows:
        payload = {"template": json.loads(template), "fields": json.loads(fields), "signed_by": signed_by or "",
                   "signed_on": signed_on or None}
        conn.execute("INSERT INTO drafts_v5 (id, platform, username, kind, uscc, payload, created_at, updated_at) "
                     "VALUES (?, ?, ?, 'commitment', ?, ?, ?, ?)",
                     (draft_id, platform, username, uscc, json.dumps(payload, ensure_ascii=False), created, updated))
    conn.execute("DROP TABLE drafts")  # also drops drafts_by_firm
    conn.execute("ALTER TABLE drafts_v5 RENAME TO drafts")
    conn.execute("CREATE INDEX drafts_by_firm ON drafts (platform, username, uscc, kind, updated_at)")

    # attachments: the type judged by content when the file was added (NULL for files added before v5).
    conn.execute("ALTER TABLE attachments ADD COLUMN mime TEXT")
    # A slot is a kind of material (a repair application's "penalty_decision", "fine_receipt" …) and may hold several
    # files; the name is the link's, since the same content may be attached under different names.
    conn.execute(
        """CREATE TABLE draft_attachments (
            draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
            slot TEXT NOT NULL,
            sha256 TEXT NOT NULL REFERENCES attachments (sha256),
            name TEXT NOT NULL,
            position INTEGER NOT NULL,
            attached_at TEXT NOT NULL,
            PRIMARY KEY (draft_id, slot, sha256)
        )"""
    )

    # outbox: rebuilt rather than altered, so `kind` and `files` are NOT NULL without a default that would let new
    # code forget them. `files` is the submission's own snapshot of its files, {slot: [{sha256, name, size, mime}]},
    # taken from draft_attachments when it is queued: what is sent is what was submitted, even if the draft is later
    # deleted. `duplicate_of` marks an entry that a v4 file already held twice for one draft (see below).
    conn.execute(
        """CREATE TABLE outbox_v5 (
            id TEXT PRIMARY KEY,
            draft_id TEXT NOT NULL,
            platform TEXT NOT NULL,
            username TEXT NOT NULL,
            kind TEXT NOT NULL,
            uscc TEXT NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            body TEXT NOT NULL,
            files TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            next_attempt_at TEXT NOT NULL,
            result TEXT,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            duplicate_of TEXT
        )"""
    )
    conn.execute(
        """INSERT INTO outbox_v5 (id, draft_id, platform, username, kind, uscc, idempotency_key, body, files, state,
                                  attempts, last_error, next_attempt_at, result, created_at, sent_at)
           SELECT id, draft_id, platform, username, 'commitment', uscc, idempotency_key, body, '{}', state, attempts,
                  last_error, next_attempt_at, result, created_at, sent_at
           FROM outbox ORDER BY rowid"""
    )
    _resolve_duplicates(conn)
    conn.execute("DROP TABLE outbox")  # also drops outbox_by_state
    conn.execute("ALTER TABLE outbox_v5 RENAME TO outbox")
    conn.execute("CREATE INDEX outbox_by_state ON outbox (platform, username, state, next_attempt_at)")
    conn.execute("CREATE UNIQUE INDEX outbox_one_live ON outbox (draft_id) "
                 "WHERE state IN ('pending', 'sending', 'sent') AND duplicate_of IS NULL")


def _resolve_duplicates(conn: sqlite3.Connection) -> None:
    """v4 checked, then inserted, in two steps, so a draft may hold several live entries. Per draft, one is kept:
    the earliest that reached the platform (sent), else the earliest that may have (sending), else the earliest
    pending. The others:
    - pending: never sent, so cancelled (failed, DUPLICATE_CANCELLED): sending it would file a second letter;
    - sent or sending: kept as they are, with duplicate_of = the kept entry. A sent one is a real commitment on the
      platform and its local record must stay; a sending one may be, and only sending it again with its own key can
      tell (the key makes that safe). duplicate_of takes them out of the unique index, which then holds."""
    rank = {"sent": 0, "sending": 1, "pending": 2}
    rows = conn.execute("SELECT id, draft_id, state FROM outbox_v5 WHERE state IN ('pending', 'sending', 'sent') "
                        "ORDER BY draft_id, created_at, rowid").fetchall()
    by_draft: dict[str, list[tuple[str, str]]] = {}
    for entry_id, draft_id, state in rows:
        by_draft.setdefault(draft_id, []).append((entry_id, state))
    for entries in by_draft.values():
        if len(entries) < 2:
            continue
        keep = min(entries, key=lambda e: rank[e[1]])  # min keeps the first of equals: the earliest
        for entry_id, state in entries:
            if entry_id == keep[0]:
                continue
            if state == "pending":
                conn.execute("UPDATE outbox_v5 SET state = 'failed', last_error = ? WHERE id = ?",
                             (DUPLICATE_CANCELLED, entry_id))
            else:
                conn.execute("UPDATE outbox_v5 SET duplicate_of = ? WHERE id = ?", (keep[0], entry_id))


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1, _v2, _v3, _v4, _v5)
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
        self._closed = False
        with self._lock:
            migrate(self._conn)

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._check_open()
            yield self._conn

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of work: everything done inside commits together or not at all.

        BEGIN IMMEDIATE takes SQLite's write lock at the start, so a check-then-insert inside one `write()` cannot
        interleave with another thread's (the lock) or another process's (SQLite). A `write()` nested in one already
        open on this thread becomes a savepoint, so helpers that write can be called from inside a larger unit."""
        with self._lock:
            self._check_open()
            if self._conn.in_transaction:  # ours: only the thread holding the lock can have begun it
                self._conn.execute("SAVEPOINT nested")
                try:
                    yield self._conn
                except BaseException:
                    self._conn.execute("ROLLBACK TO nested")
                    self._conn.execute("RELEASE nested")
                    raise
                self._conn.execute("RELEASE nested")
                return
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _check_open(self) -> None:
        if self._closed:
            raise SessionEnded

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._conn.close()
