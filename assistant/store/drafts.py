"""Commitment drafts on this PC: created from a template, prefilled from the firm, autosaved while typing."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from assistant.api.models import CommitmentTemplate
from assistant.store.db import Database


@dataclass
class Draft:
    id: str
    uscc: str
    template: CommitmentTemplate
    fields: dict[str, str]
    signed_by: str
    signed_on: dt.date | None
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def title(self) -> str:
        return self.template.title


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Drafts:
    """Scoped to one (platform, user): an accountant's drafts for a client stay theirs."""

    def __init__(self, db: Database, platform: str, username: str):
        self.db, self.platform, self.username = db, platform, username

    def create(self, uscc: str, template: CommitmentTemplate, prefill: dict[str, str] | None = None,
               signed_by: str = "") -> Draft:
        now = _now()
        known = {f.key for f in template.fields}
        fields = {k: v for k, v in (prefill or {}).items() if k in known and v}
        draft = Draft(uuid.uuid4().hex, uscc, template, fields, signed_by, None, now, now)
        with self.db.write() as conn:
            conn.execute(
                "INSERT INTO drafts (id, platform, username, uscc, template, fields, signed_by, signed_on, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (draft.id, self.platform, self.username, uscc, template.model_dump_json(),
                 json.dumps(fields, ensure_ascii=False), signed_by, None, now.isoformat(), now.isoformat()),
            )
        return draft

    def save(self, draft: Draft) -> dt.datetime:
        """Autosave: one small UPDATE, so it can run on every pause in typing."""
        draft.updated_at = _now()
        with self.db.write() as conn:
            conn.execute(
                "UPDATE drafts SET template = ?, fields = ?, signed_by = ?, signed_on = ?, updated_at = ? "
                "WHERE id = ? AND platform = ? AND username = ?",
                (draft.template.model_dump_json(), json.dumps(draft.fields, ensure_ascii=False), draft.signed_by,
                 draft.signed_on.isoformat() if draft.signed_on else None, draft.updated_at.isoformat(), draft.id,
                 self.platform, self.username),
            )
        return draft.updated_at

    def get(self, draft_id: str) -> Draft | None:
        with self.db.read() as conn:
            row = conn.execute("SELECT * FROM drafts WHERE id = ? AND platform = ? AND username = ?",
                               (draft_id, self.platform, self.username)).fetchone()
        return _draft(row) if row else None

    def list(self, uscc: str) -> list[Draft]:
        with self.db.read() as conn:
            rows = conn.execute(
                "SELECT * FROM drafts WHERE platform = ? AND username = ? AND uscc = ? "
                "AND id NOT IN (SELECT draft_id FROM outbox WHERE state != 'failed') ORDER BY updated_at DESC",
                (self.platform, self.username, uscc),
            ).fetchall()
        return [_draft(r) for r in rows]

    def duplicate(self, draft_id: str) -> Draft:
        original = self.get(draft_id)
        if original is None:
            raise KeyError(draft_id)
        copy = self.create(original.uscc, original.template, original.fields, original.signed_by)
        return copy

    def delete(self, draft_id: str) -> None:
        with self.db.write() as conn:
            conn.execute("DELETE FROM drafts WHERE id = ? AND platform = ? AND username = ?",
                         (draft_id, self.platform, self.username))

    def move_to(self, draft: Draft, template: CommitmentTemplate) -> list[str]:
        """Carry the content over to a newer template version; returns the labels of fields that had no place."""
        known = {f.key for f in template.fields}
        dropped = [f.label for f in draft.template.fields if f.key not in known and draft.fields.get(f.key)]
        draft.fields = {k: v for k, v in draft.fields.items() if k in known}
        draft.template = template
        self.save(draft)
        return dropped


def _draft(row) -> Draft:
    return Draft(
        row["id"], row["uscc"], CommitmentTemplate.model_validate_json(row["template"]), json.loads(row["fields"]),
        row["signed_by"], dt.date.fromisoformat(row["signed_on"]) if row["signed_on"] else None,
        dt.datetime.fromisoformat(row["created_at"]), dt.datetime.fromisoformat(row["updated_at"]),
    )
