"""`Idempotency-Key` on creating POSTs: a key is spent on one operation of one user.

- same key, same method + path, same body → the original answer again (`Idempotent-Replayed: true`);
- same key, same method + path, other body → 409 `idempotency_conflict`;
- same key on another path (another firm's) or another route → 409 `idempotency_key_reused`: never someone
  else's answer replayed, never a second object created under a key already spent.

The lookup and the remembering happen inside the route's write transaction, so two concurrent requests with one
key queue and the second one replays.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import Annotated

from fastapi import Header, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from assistant.sandbox.problems import ProblemError

IdempotencyKey = Annotated[str | None, Header(
    min_length=1, max_length=200, pattern=r"^[\x21-\x7e]+$",
    description="a fresh random key (e.g. a UUID) per submission; a retry sends the same key",
)]


def body_hash(body: BaseModel) -> str:
    return hashlib.sha256(json.dumps(body.model_dump(mode="json"), sort_keys=True).encode()).hexdigest()


def replay(conn: sqlite3.Connection, user_id: str, key: str | None, request: Request, digest: str
           ) -> JSONResponse | None:
    """The stored answer for this key, None if the key is new; 409 if it was spent differently."""
    if not key:
        return None
    seen = conn.execute(
        "SELECT method, path, request_hash, status, body FROM idempotency WHERE user_id = ? AND key = ?", (user_id, key)
    ).fetchone()
    if seen is None:
        return None
    if (seen["method"], seen["path"]) != (request.method, request.url.path):
        raise ProblemError("idempotency_key_reused")
    if seen["request_hash"] != digest:
        raise ProblemError("idempotency_conflict")
    return JSONResponse(json.loads(seen["body"]), status_code=seen["status"], headers={"Idempotent-Replayed": "true"})


def remember(conn: sqlite3.Connection, user_id: str, key: str | None, request: Request, digest: str, status: int,
             payload: dict) -> None:
    if key:
        conn.execute(
            "INSERT INTO idempotency (user_id, key, method, path, request_hash, status, body) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (user_id, key, request.method, request.url.path, digest, status, json.dumps(payload, ensure_ascii=False)),
        )
