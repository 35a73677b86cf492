"""FastAPI dependencies shared by the sandbox's routes: configuration, database, the signed-in user, the firm."""

from __future__ import annotations

import datetime as dt
import secrets
import sqlite3
import time
from collections.abc import Iterator
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import Depends, Header, Request

from assistant.sandbox import db as sandbox_db
from assistant.sandbox.problems import ProblemError

CHINA = ZoneInfo("Asia/Shanghai")


def config(request: Request):
    return request.app.state.config


def database(request: Request) -> Iterator[sqlite3.Connection]:
    conn = sandbox_db.connect(request.app.state.config.db_path)
    try:
        yield conn
    finally:
        conn.close()


def slow_down(request: Request) -> None:
    latency = request.app.state.config.latency
    if latency > 0:
        time.sleep(latency)


Db = Annotated[sqlite3.Connection, Depends(database)]


def current_user(conn: Db, authorization: Annotated[str | None, Header()] = None) -> sqlite3.Row:
    from assistant.sandbox.security import token_hash

    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise ProblemError("invalid_token", headers={"WWW-Authenticate": "Bearer"})
    row = conn.execute(
        "SELECT u.* FROM access_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ? AND t.expires_at > ?",
        (token_hash(token), time.time()),
    ).fetchone()
    if row is None:
        raise ProblemError("invalid_token", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
    return row


User = Annotated[sqlite3.Row, Depends(current_user)]


def managed_firm(uscc: str, user: User, conn: Db) -> str:
    """The firm, if this user manages it; otherwise 404 whether or not it exists (do not reveal it)."""
    row = conn.execute("SELECT 1 FROM user_firms WHERE user_id = ? AND uscc = ?", (user["id"], uscc)).fetchone()
    if row is None:
        raise ProblemError("not_found")
    return uscc


Firm = Annotated[str, Depends(managed_firm)]


def admin(request: Request, x_sandbox_admin: Annotated[str | None, Header()] = None) -> None:
    token = request.app.state.config.admin_token
    if not x_sandbox_admin or not secrets.compare_digest(x_sandbox_admin, token):
        raise ProblemError("admin_only")


def today(conn: sqlite3.Connection) -> dt.date:
    """The sandbox's business date: set by --today or /sandbox/clock, else today's date in China."""
    row = conn.execute("SELECT value FROM settings WHERE key = 'today'").fetchone()
    return dt.date.fromisoformat(row["value"]) if row else dt.datetime.now(CHINA).date()


def now(conn: sqlite3.Connection) -> dt.datetime:
    """The business date with the current time of day, in China."""
    return dt.datetime.combine(today(conn), dt.datetime.now(CHINA).time().replace(microsecond=0), CHINA)
