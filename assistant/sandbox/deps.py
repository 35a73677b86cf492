"""FastAPI dependencies shared by the sandbox's routes: configuration, database, the signed-in user, the firm."""

from __future__ import annotations

import datetime as dt
import secrets
import sqlite3
import time
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Path, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from assistant.infra import clock
from assistant.sandbox import db as sandbox_db
from assistant.sandbox.problems import ProblemError
from assistant.sandbox.security import token_hash

# Declared as security schemes so the contract says which routes need what; the checks themselves are ours, so a
# missing or wrong credential is our problem+json, not FastAPI's default error.
bearer = HTTPBearer(auto_error=False, description="the access token from POST /auth/login or /auth/refresh")
admin_key = APIKeyHeader(name="X-Sandbox-Admin", auto_error=False,
                         description="the sandbox's admin token (printed by `assistant sandbox`)")


CONFIG_KEY = "sandbox.config"  # where the server's app puts its configuration in each request's scope (app.py)


def config(request: Request):
    return request.scope[CONFIG_KEY]


def database(request: Request) -> Iterator[sqlite3.Connection]:
    conn = sandbox_db.connect(config(request).db_path)
    try:
        yield conn
    finally:
        conn.close()


def slow_down(request: Request) -> None:
    latency = config(request).latency
    if latency > 0:
        time.sleep(latency)


Db = Annotated[sqlite3.Connection, Depends(database)]
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def current_user(conn: Db, credentials: Credentials) -> sqlite3.Row:
    if credentials is None or not credentials.credentials:
        raise ProblemError("invalid_token", headers={"WWW-Authenticate": "Bearer"})
    row = conn.execute(
        "SELECT u.* FROM access_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ? AND t.expires_at > ?",
        (token_hash(credentials.credentials), time.time()),
    ).fetchone()
    if row is None:
        raise ProblemError("invalid_token", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
    return row


User = Annotated[sqlite3.Row, Depends(current_user)]

# 统一社会信用代码: 18 characters of digits and capitals. Anything else cannot name a firm, so it is a malformed
# request (400) rather than a firm the user may not see (404).
Uscc = Annotated[str, Path(min_length=18, max_length=18, pattern=r"^[0-9A-Z]{18}$",
                           description="统一社会信用代码 (unified social credit code)")]
# The platform's own identifiers (commitments, grants, …): short, URL-safe.
ObjectId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


def managed_firm(uscc: Uscc, user: User, conn: Db, request: Request) -> str:
    """The firm, if this user manages it; otherwise 404 whether or not it exists (do not reveal it).

    In demo mode the firm's repair and objection cases are first moved along to the sandbox's today: a repair
    changes the firm's records, and with them its facts, its policy match and the commitment checks, so every
    firm-scoped answer must see the workflow where it is.
    """
    row = conn.execute("SELECT 1 FROM user_firms WHERE user_id = ? AND uscc = ?", (user["id"], uscc)).fetchone()
    if row is None:
        raise ProblemError("not_found")
    if config(request).demo:
        from assistant.sandbox.platform import cases  # builds on this module: imported when first needed

        if cases.pending(conn, uscc):
            with sandbox_db.transaction(conn):
                cases.advance(conn, uscc)
    return uscc


Firm = Annotated[str, Depends(managed_firm)]


def admin(request: Request, token: Annotated[str | None, Depends(admin_key)]) -> None:
    expected = config(request).admin_token.encode()
    # Header values arrive as Latin-1 text; compared as bytes, a non-ASCII token is simply wrong (compare_digest
    # refuses non-ASCII str).
    given = (token or "").encode("latin-1", "replace")
    if not token or not secrets.compare_digest(given, expected):
        raise ProblemError("admin_only")


def today(conn: sqlite3.Connection) -> dt.date:
    """The sandbox's business date: set by --today or /sandbox/clock, else today's date in China."""
    row = conn.execute("SELECT value FROM settings WHERE key = 'today'").fetchone()
    return dt.date.fromisoformat(row["value"]) if row else clock.today()


def now(conn: sqlite3.Connection) -> dt.datetime:
    """The business date with the current time of day, in China."""
    return dt.datetime.combine(today(conn), clock.now().time().replace(microsecond=0), clock.CHINA)
