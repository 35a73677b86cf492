"""Drafts on this PC, of any kind (a commitment letter, a repair application, an objection): autosaved while the
user types, with files linked by material slot.

The store keeps the payload as JSON and does not interpret it: each feature types its own payload (the commitment
service's LetterDraft), so a new kind of draft needs no schema change.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from dataclasses import dataclass
from typing import Any

from assistant.store.attachments import Attachment
from assistant.store.db import LIVE_STATES, Database
from assistant.store.stamps import now, parse, stamp

_LIVE = "('" + "', '".join(LIVE_STATES) + "')"


@dataclass
class Draft:
    """`payload` is the feature's content as JSON-ready data; `kind` says which feature reads it."""

    id: str
    kind: str
    uscc: str
    payload: dict[str, Any]
    created_at: dt.datetime
    updated_at: dt.datetime


class Drafts:
    """Scoped to one (platform, user): an accountant's drafts for a client stay theirs. A draft id from another
    scope is treated as absent (None / KeyError / no effect)."""

    def __init__(self, db: Database, platform: str, username: str):
        self.db, self.platform, self.username = db, platform, username

    def create(self, kind: str, uscc: str, payload: dict[str, Any]) -> Draft:
        """The returned payload is the stored one (a copy): editing it and calling `save` is the only way to change
        the draft."""
        text = _dumps(payload)  # before writing: a payload that is not JSON fails here, not half-way
        moment = now()
        draft = Draft(uuid.uuid4().hex, kind, uscc, json.loads(text), moment, moment)
        with self.db.write() as conn:
            self._insert(conn, draft, text)
        return draft

    def _insert(self, conn: sqlite3.Connection, draft: Draft, text: str) -> None:
        conn.execute("INSERT INTO drafts (id, platform, username, kind, uscc, payload, created_at, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (draft.id, self.platform, self.username, draft.kind, draft.uscc, text, stamp(draft.created_at),
                      stamp(draft.updated_at)))

    def save(self, draft: Draft) -> dt.datetime:
        """Autosave: one small UPDATE of payload and time, so it can run on every pause in typing. Saving a draft
        that was deleted meanwhile does nothing (an autosave timer may fire after 删除)."""
        text = _dumps(draft.payload)
        draft.updated_at = now()
        with self.db.write() as conn:
            conn.execute("UPDATE drafts SET payload = ?, updated_at = ? WHERE id = ? AND platform = ? AND username = ?",
                         (text, stamp(draft.updated_at), draft.id, self.platform, self.username))
        return draft.updated_at

    def get(self, draft_id: str) -> Draft | None:
        with self.db.read() as conn:
            row = self._row(conn, draft_id)
        return _draft(row) if row else None

    def _row(self, conn: sqlite3.Connection, draft_id: str) -> sqlite3.Row | None:
        return conn.execute("SELECT * FROM drafts WHERE id = ? AND platform = ? AND username = ?",
                            (draft_id, self.platform, self.username)).fetchone()

    def list(self, uscc: str, kind: str | None = None) -> list[Draft]:
        """Newest first. A draft with a live submission (queued, sending or sent) is the outbox's now, so it is
        left out; one whose submission failed comes back to be fixed."""
        query = (f"SELECT * FROM drafts WHERE platform = ? AND username = ? AND uscc = ? "
                 f"AND id NOT IN (SELECT draft_id FROM outbox WHERE state IN {_LIVE})")
        args: list[Any] = [self.platform, self.username, uscc]
        if kind is not None:
            query += " AND kind = ?"
            args.append(kind)
        with self.db.read() as conn:
            rows = conn.execute(query + " ORDER BY updated_at DESC, rowid DESC", args).fetchall()
        return [_draft(r) for r in rows]

    def duplicate(self, draft_id: str) -> Draft:
        """A new draft with the same payload and the same files in the same slots, written in one transaction."""
        with self.db.write() as conn:
            row = self._row(conn, draft_id)
            if row is None:
                raise KeyError(draft_id)
            moment = now()
            copy = Draft(uuid.uuid4().hex, row["kind"], row["uscc"], json.loads(row["payload"]), moment, moment)
            self._insert(conn, copy, row["payload"])
            conn.execute("INSERT INTO draft_attachments (draft_id, slot, sha256, name, position, attached_at) "
                         "SELECT ?, slot, sha256, name, position, ? FROM draft_attachments WHERE draft_id = ?",
                         (copy.id, stamp(moment), draft_id))
        return copy

    def delete(self, draft_id: str) -> None:
        """The draft and its file links go (the stored files stay: other drafts or queued submissions may use them).
        The links are deleted explicitly as well as by ON DELETE CASCADE, which only works with foreign_keys on."""
        with self.db.write() as conn:
            if self._row(conn, draft_id) is None:
                return
            conn.execute("DELETE FROM draft_attachments WHERE draft_id = ?", (draft_id,))
            conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

    # -- files by slot ------------------------------------------------------------------------------------------------
    def attach(self, draft_id: str, slot: str, attachment: Attachment) -> None:
        """Add a stored file (from Attachments.add) to a slot, after the slot's other files. The same file twice in
        one slot is kept once. Raises KeyError for an unknown draft."""
        if not slot:
            raise ValueError("slot must be named")
        moment = now()
        with self.db.write() as conn:
            if self._row(conn, draft_id) is None:
                raise KeyError(draft_id)
            conn.execute(
                "INSERT OR IGNORE INTO draft_attachments (draft_id, slot, sha256, name, position, attached_at) "
                "SELECT ?, ?, ?, ?, COALESCE(MAX(position), -1) + 1, ? FROM draft_attachments "
                "WHERE draft_id = ? AND slot = ?",
                (draft_id, slot, attachment.sha256, attachment.name, stamp(moment), draft_id, slot))
            self._touch(conn, draft_id, moment)

    def detach(self, draft_id: str, slot: str, sha256: str) -> None:
        moment = now()
        with self.db.write() as conn:
            if self._row(conn, draft_id) is None:
                return
            removed = conn.execute("DELETE FROM draft_attachments WHERE draft_id = ? AND slot = ? AND sha256 = ?",
                                   (draft_id, slot, sha256)).rowcount
            if removed:
                self._touch(conn, draft_id, moment)

    def _touch(self, conn: sqlite3.Connection, draft_id: str, moment: dt.datetime) -> None:
        # Attaching is editing: the drafts list orders by the last edit.
        conn.execute("UPDATE drafts SET updated_at = ? WHERE id = ?", (stamp(moment), draft_id))

    def attachments(self, draft_id: str) -> dict[str, list[Attachment]]:
        """Slot → its files in the order they were attached; slots without files are absent."""
        with self.db.read() as conn:
            rows = conn.execute(
                "SELECT l.slot, l.sha256, l.name, a.size, a.mime FROM draft_attachments l "
                "JOIN attachments a ON a.sha256 = l.sha256 JOIN drafts d ON d.id = l.draft_id "
                "WHERE l.draft_id = ? AND d.platform = ? AND d.username = ? ORDER BY l.slot, l.position",
                (draft_id, self.platform, self.username)).fetchall()
        slots: dict[str, list[Attachment]] = {}
        for r in rows:
            slots.setdefault(r["slot"], []).append(Attachment(r["sha256"], r["name"], r["size"], r["mime"]))
        return slots


def _dumps(payload: dict[str, Any]) -> str:
    if not isinstance(payload, dict):
        raise TypeError(f"a draft's payload is a dict, not {type(payload).__name__}")
    return json.dumps(payload, ensure_ascii=False)


def _draft(row: sqlite3.Row) -> Draft:
    return Draft(row["id"], row["kind"], row["uscc"], json.loads(row["payload"]), parse(row["created_at"]),
                 parse(row["updated_at"]))
