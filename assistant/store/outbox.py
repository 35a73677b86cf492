"""The outbox: a submission is written here with its Idempotency-Key before it is sent, and stays until the platform
has answered. Sending again after a lost answer repeats the key, so the platform returns the same commitment."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from assistant.api.models import Commitment, CommitmentRequest
from assistant.store.db import Database

STATES = ("pending", "sending", "sent", "failed")  # 待发送 / 发送中 / 已提交 / 失败


@dataclass
class Entry:
    id: str
    draft_id: str
    uscc: str
    idempotency_key: str
    body: CommitmentRequest
    state: str
    attempts: int
    last_error: str | None
    next_attempt_at: dt.datetime
    result: Commitment | None
    created_at: dt.datetime


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def backoff(attempts: int) -> dt.timedelta:
    """5 s, 10 s, 20 s … capped at 10 minutes: quick when the network blips, quiet when it is gone."""
    return dt.timedelta(seconds=min(600, 5 * 2 ** max(0, attempts - 1)))


class Outbox:
    def __init__(self, db: Database, platform: str, username: str):
        self.db, self.platform, self.username = db, platform, username

    def enqueue(self, draft_id: str, uscc: str, body: CommitmentRequest) -> Entry:
        """Write first; send later. Submitting a draft twice while it waits returns the waiting entry."""
        existing = [e for e in self.entries(uscc) if e.draft_id == draft_id and e.state in ("pending", "sending")]
        if existing:
            return existing[0]
        now = _now().isoformat()
        entry_id, key = uuid.uuid4().hex, str(uuid.uuid4())
        with self.db.write() as conn:
            conn.execute(
                "INSERT INTO outbox (id, draft_id, platform, username, uscc, idempotency_key, body, state, "
                "next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)",
                (entry_id, draft_id, self.platform, self.username, uscc, key, body.model_dump_json(), now, now),
            )
        return self.get(entry_id)

    def get(self, entry_id: str) -> Entry | None:
        with self.db.read() as conn:
            row = conn.execute("SELECT * FROM outbox WHERE id = ?", (entry_id,)).fetchone()
        return _entry(row) if row else None

    def entries(self, uscc: str | None = None) -> list[Entry]:
        query = "SELECT * FROM outbox WHERE platform = ? AND username = ?"
        args: list = [self.platform, self.username]
        if uscc:
            query += " AND uscc = ?"
            args.append(uscc)
        with self.db.read() as conn:
            rows = conn.execute(query + " ORDER BY created_at DESC", args).fetchall()
        return [_entry(r) for r in rows]

    def due(self, now: dt.datetime | None = None) -> list[Entry]:
        now = now or _now()
        return [e for e in self.entries() if e.state == "pending" and e.next_attempt_at <= now]

    def recover(self) -> None:
        """After a crash mid-send: try again — the same key makes that safe."""
        with self.db.write() as conn:
            conn.execute("UPDATE outbox SET state = 'pending' WHERE state = 'sending' AND platform = ? AND username = ?",
                         (self.platform, self.username))

    def _set(self, entry_id: str, **values) -> None:
        columns = ", ".join(f"{k} = ?" for k in values)
        with self.db.write() as conn:
            conn.execute(f"UPDATE outbox SET {columns} WHERE id = ?", (*values.values(), entry_id))

    def mark_sending(self, entry: Entry) -> None:
        self._set(entry.id, state="sending", attempts=entry.attempts + 1)

    def mark_sent(self, entry: Entry, result: Commitment) -> None:
        self._set(entry.id, state="sent", result=result.model_dump_json(), last_error=None, sent_at=_now().isoformat())

    def mark_retry(self, entry: Entry, reason: str) -> None:
        attempts = entry.attempts + 1
        self._set(entry.id, state="pending", last_error=reason,
                  next_attempt_at=(_now() + backoff(attempts)).isoformat())

    def mark_failed(self, entry: Entry, reason: str) -> None:
        """The platform refused the content: only the user can fix it, so it is not retried."""
        self._set(entry.id, state="failed", last_error=reason)

    def retry_now(self, entry_id: str) -> None:
        self._set(entry_id, state="pending", next_attempt_at=_now().isoformat())


def _entry(row) -> Entry:
    return Entry(
        row["id"], row["draft_id"], row["uscc"], row["idempotency_key"],
        CommitmentRequest.model_validate_json(row["body"]), row["state"], row["attempts"], row["last_error"],
        dt.datetime.fromisoformat(row["next_attempt_at"]),
        Commitment.model_validate_json(row["result"]) if row["result"] else None,
        dt.datetime.fromisoformat(row["created_at"]),
    )
