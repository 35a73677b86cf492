"""The outbox: a submission of any kind is written here with its Idempotency-Key before it is sent, and stays until
the platform has answered. Sending again after a lost answer repeats the key, so the platform returns the same record.

A draft has at most one live submission (pending, sending or sent): `enqueue` checks and inserts in one transaction,
and a unique index (schema v5) refuses a second one whatever the code does. A failed submission does not count: the
user fixes the draft and submits again, which makes a new entry with a new key.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from typing import Any

from assistant.store.attachments import Attachment
from assistant.store.db import LIVE_STATES, Database
from assistant.store.stamps import now as utcnow
from assistant.store.stamps import parse, stamp

STATES = ("pending", "sending", "sent", "failed")  # 待发送 / 发送中 / 已提交 / 失败
_LIVE = "('" + "', '".join(LIVE_STATES) + "')"


@dataclass
class Entry:
    """One submission. `body` is the request as JSON (e.g. a CommitmentRequest dumped); `result` the platform's
    answer as JSON once sent. `files` is the submission's own snapshot of its draft's files by slot, taken when it
    was queued, so what is sent is what was submitted. `duplicate_of` is set only on an entry a pre-v5 file held
    twice for one draft and that could not be cancelled (it was sent, or may have been)."""

    id: str
    draft_id: str
    kind: str
    uscc: str
    idempotency_key: str
    body: dict[str, Any]
    state: str
    attempts: int
    last_error: str | None
    next_attempt_at: dt.datetime
    result: dict[str, Any] | None
    created_at: dt.datetime
    sent_at: dt.datetime | None = None
    files: dict[str, list[Attachment]] = field(default_factory=dict)
    duplicate_of: str | None = None


def backoff(attempts: int) -> dt.timedelta:
    """5 s, 10 s, 20 s … capped at 10 minutes: quick when the network blips, quiet when it is gone."""
    return dt.timedelta(seconds=min(600, 5 * 2 ** max(0, attempts - 1)))


class Outbox:
    """Scoped to one (platform, user). The mark_* methods and `claim` also update the Entry passed in, so the
    caller's object matches the stored row."""

    def __init__(self, db: Database, platform: str, username: str):
        self.db, self.platform, self.username = db, platform, username

    def enqueue(self, draft_id: str, kind: str, uscc: str, body: dict[str, Any]) -> Entry:
        """Write first; send later. If the draft already has a live submission, that one is returned and nothing
        is added: two clicks on 提交, or two threads, or two app windows, give one entry. The draft's files are
        snapshotted into the entry in the same transaction."""
        text = json.dumps(body, ensure_ascii=False)  # before writing: a body that is not JSON fails here
        moment = stamp()
        with self.db.write() as conn:  # BEGIN IMMEDIATE: no other writer between the check and the insert
            row = conn.execute(f"SELECT * FROM outbox WHERE draft_id = ? AND state IN {_LIVE} "
                               "ORDER BY duplicate_of IS NOT NULL, created_at LIMIT 1", (draft_id,)).fetchone()
            if row is not None:
                return _entry(row)
            entry_id = uuid.uuid4().hex
            conn.execute(
                "INSERT INTO outbox (id, draft_id, platform, username, kind, uscc, idempotency_key, body, files, "
                "state, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)",
                (entry_id, draft_id, self.platform, self.username, kind, uscc, str(uuid.uuid4()), text,
                 json.dumps(_files_of(conn, draft_id), ensure_ascii=False), moment, moment))
            return _entry(conn.execute("SELECT * FROM outbox WHERE id = ?", (entry_id,)).fetchone())

    def get(self, entry_id: str) -> Entry | None:
        with self.db.read() as conn:
            row = conn.execute("SELECT * FROM outbox WHERE id = ? AND platform = ? AND username = ?",
                               (entry_id, self.platform, self.username)).fetchone()
        return _entry(row) if row else None

    def entries(self, uscc: str | None = None, kind: str | None = None) -> list[Entry]:
        """Newest first."""
        query = "SELECT * FROM outbox WHERE platform = ? AND username = ?"
        args: list[Any] = [self.platform, self.username]
        if uscc:
            query += " AND uscc = ?"
            args.append(uscc)
        if kind:
            query += " AND kind = ?"
            args.append(kind)
        with self.db.read() as conn:
            rows = conn.execute(query + " ORDER BY created_at DESC, rowid DESC", args).fetchall()
        return [_entry(r) for r in rows]

    def due(self, now: dt.datetime | None = None) -> list[Entry]:
        """Pending entries whose wait is over, oldest first: submissions go out in the order they were made."""
        limit = stamp(now)  # stored times share one format, so text order is time order
        with self.db.read() as conn:
            rows = conn.execute("SELECT * FROM outbox WHERE platform = ? AND username = ? AND state = 'pending' "
                                "AND next_attempt_at <= ? ORDER BY created_at, rowid",
                                (self.platform, self.username, limit)).fetchall()
        return [_entry(r) for r in rows]

    def recover(self) -> None:
        """After a crash mid-send: try again — the same key makes that safe."""
        with self.db.write() as conn:
            conn.execute("UPDATE outbox SET state = 'pending' WHERE state = 'sending' AND platform = ? AND username = ?",
                         (self.platform, self.username))

    def claim(self, entry: Entry) -> bool:
        """pending → sending with attempts + 1, in one statement. False when another sender (thread or process)
        claimed it first or it is no longer pending: then the caller must not send it."""
        with self.db.write() as conn:
            claimed = conn.execute("UPDATE outbox SET state = 'sending', attempts = attempts + 1 "
                                   "WHERE id = ? AND state = 'pending'", (entry.id,)).rowcount == 1
            if claimed:
                self._refresh(conn, entry)
        return claimed

    def mark_sent(self, entry: Entry, result: dict[str, Any]) -> None:
        with self.db.write() as conn:
            conn.execute("UPDATE outbox SET state = 'sent', result = ?, last_error = NULL, sent_at = ? WHERE id = ?",
                         (json.dumps(result, ensure_ascii=False), stamp(), entry.id))
            self._refresh(conn, entry)

    def mark_retry(self, entry: Entry, reason: str) -> None:
        """Not reached (or no answer): back to pending after a backoff that grows with the attempts made. A late
        failure never overwrites a success recorded meanwhile."""
        with self.db.write() as conn:
            row = conn.execute("SELECT attempts FROM outbox WHERE id = ?", (entry.id,)).fetchone()
            if row is None:
                return
            conn.execute("UPDATE outbox SET state = 'pending', last_error = ?, next_attempt_at = ? "
                         "WHERE id = ? AND state != 'sent'",
                         (reason, stamp(utcnow() + backoff(row["attempts"])), entry.id))
            self._refresh(conn, entry)

    def mark_failed(self, entry: Entry, reason: str) -> None:
        """The platform refused the content: only the user can fix it, so it is not retried."""
        with self.db.write() as conn:
            conn.execute("UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ? AND state != 'sent'",
                         (reason, entry.id))
            self._refresh(conn, entry)

    def retry_now(self, entry_id: str) -> bool:
        """立即重试: a waiting or failed entry becomes due now. False when it is sending or sent, or when it failed
        and its draft has since been submitted again (two live submissions of one draft are never made)."""
        with self.db.write() as conn:
            row = conn.execute("SELECT draft_id, state FROM outbox WHERE id = ? AND platform = ? AND username = ?",
                               (entry_id, self.platform, self.username)).fetchone()
            if row is None or row["state"] not in ("pending", "failed"):
                return False
            other = conn.execute(f"SELECT 1 FROM outbox WHERE draft_id = ? AND id != ? AND state IN {_LIVE}",
                                 (row["draft_id"], entry_id)).fetchone()
            if row["state"] == "failed" and other is not None:
                return False
            # With no other live entry this one is the draft's live submission, even if v5 marked it a duplicate.
            conn.execute("UPDATE outbox SET state = 'pending', next_attempt_at = ?, "
                         "duplicate_of = CASE WHEN ? THEN NULL ELSE duplicate_of END WHERE id = ?",
                         (stamp(), other is None, entry_id))
        return True

    @staticmethod
    def _refresh(conn: sqlite3.Connection, entry: Entry) -> None:
        row = conn.execute("SELECT * FROM outbox WHERE id = ?", (entry.id,)).fetchone()
        if row is not None:
            entry.__dict__.update(_entry(row).__dict__)


def _files_of(conn: sqlite3.Connection, draft_id: str) -> dict[str, list[dict[str, Any]]]:
    rows = conn.execute("SELECT l.slot, l.sha256, l.name, a.size, a.mime FROM draft_attachments l "
                        "JOIN attachments a ON a.sha256 = l.sha256 WHERE l.draft_id = ? ORDER BY l.slot, l.position",
                        (draft_id,)).fetchall()
    files: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        files.setdefault(r["slot"], []).append(
            {"sha256": r["sha256"], "name": r["name"], "size": r["size"], "mime": r["mime"]})
    return files


def _entry(row: sqlite3.Row) -> Entry:
    files = {slot: [Attachment(f["sha256"], f["name"], f["size"], f.get("mime")) for f in items]
             for slot, items in json.loads(row["files"]).items()}
    return Entry(
        row["id"], row["draft_id"], row["kind"], row["uscc"], row["idempotency_key"], json.loads(row["body"]),
        row["state"], row["attempts"], row["last_error"], parse(row["next_attempt_at"]),
        json.loads(row["result"]) if row["result"] else None, parse(row["created_at"]),
        parse(row["sent_at"]) if row["sent_at"] else None, files, row["duplicate_of"],
    )
