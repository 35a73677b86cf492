"""The catalogue cache: the last copy of what the platform said, with when, so the app works offline."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from assistant.store.db import Database

T = TypeVar("T")


@dataclass(frozen=True)
class Cached:
    body: Any
    synced_at: dt.datetime
    etag: str | None = None


class CatalogueCache:
    """Keyed by platform URL, so a demo sandbox and a real platform never mix."""

    def __init__(self, db: Database, platform: str):
        self.db = db
        self.platform = platform.rstrip("/")

    def put(self, kind: str, key: str, value: BaseModel | Any, *, etag: str | None = None,
            synced_at: dt.datetime | None = None) -> None:
        body = _dump(value)
        when = (synced_at or dt.datetime.now(dt.timezone.utc)).isoformat()
        with self.db.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO catalogue (platform, kind, key, body, synced_at, etag) VALUES (?, ?, ?, ?, ?, ?)",
                (self.platform, kind, key, json.dumps(body, ensure_ascii=False), when, etag),
            )

    def get(self, kind: str, key: str) -> Cached | None:
        with self.db.read() as conn:
            row = conn.execute(
                "SELECT body, synced_at, etag FROM catalogue WHERE platform = ? AND kind = ? AND key = ?",
                (self.platform, kind, key),
            ).fetchone()
        if row is None:
            return None
        return Cached(json.loads(row["body"]), dt.datetime.fromisoformat(row["synced_at"]), row["etag"])

    def get_as(self, kind: str, key: str, model: type[T] | Any) -> tuple[T, dt.datetime] | None:
        """The cached body parsed as `model`; None when absent or written by an incompatible version."""
        cached = self.get(kind, key)
        if cached is None:
            return None
        try:
            value = TypeAdapter(model).validate_python(cached.body)
        except ValidationError:
            return None
        return value, cached.synced_at

    def all(self, kind: str) -> dict[str, Cached]:
        with self.db.read() as conn:
            rows = conn.execute(
                "SELECT key, body, synced_at, etag FROM catalogue WHERE platform = ? AND kind = ?",
                (self.platform, kind),
            ).fetchall()
        return {r["key"]: Cached(json.loads(r["body"]), dt.datetime.fromisoformat(r["synced_at"]), r["etag"])
                for r in rows}


class AppState:
    """Small remembered choices per (platform, user), e.g. the firm an accountant last looked at."""

    def __init__(self, db: Database, platform: str):
        self.db = db
        self.platform = platform.rstrip("/")

    def get(self, username: str, key: str, default: str | None = None) -> str | None:
        with self.db.read() as conn:
            row = conn.execute(
                "SELECT value FROM app_state WHERE platform = ? AND username = ? AND key = ?",
                (self.platform, username, key),
            ).fetchone()
        return row["value"] if row else default

    def set(self, username: str, key: str, value: str) -> None:
        with self.db.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO app_state (platform, username, key, value) VALUES (?, ?, ?, ?)",
                (self.platform, username, key, value),
            )


def _dump(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_dump(v) for v in value]
    return value
