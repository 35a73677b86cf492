"""Sign-in, token rotation, sign-out and /me."""

from __future__ import annotations

import math
import secrets
import sqlite3
import time

from fastapi import APIRouter, Request, Response

from assistant.api.models import LoginRequest, LogoutRequest, Me, RefreshRequest, TokenPair
from assistant.sandbox.db import transaction
from assistant.sandbox.deps import Credentials, Db, User, config
from assistant.sandbox.problems import ProblemError, problem_doc
from assistant.sandbox.security import DUMMY_HASH, new_token, token_hash, verify_password

router = APIRouter(tags=["auth"])


def me_of(conn: sqlite3.Connection, user: sqlite3.Row) -> Me:
    firms = conn.execute(
        "SELECT f.uscc, f.name, uf.relation FROM user_firms uf JOIN firms f ON f.uscc = uf.uscc "
        "WHERE uf.user_id = ? ORDER BY f.name",
        (user["id"],),
    ).fetchall()
    return Me(
        id=user["id"], display_name=user["display_name"], role=user["role"],
        firms=[{"uscc": f["uscc"], "name": f["name"], "relation": f["relation"]} for f in firms],
    )


def issue_pair(conn: sqlite3.Connection, config, user: sqlite3.Row, family: str | None = None) -> TokenPair:
    now = time.time()
    family = family or secrets.token_hex(8)
    access, refresh = new_token(), new_token()
    conn.execute(
        "INSERT INTO access_tokens (token_hash, user_id, expires_at) VALUES (?, ?, ?)",
        (token_hash(access), user["id"], now + config.access_ttl),
    )
    conn.execute(
        "INSERT INTO refresh_tokens (token_hash, user_id, family, expires_at) VALUES (?, ?, ?, ?)",
        (token_hash(refresh), user["id"], family, now + config.refresh_ttl),
    )
    conn.execute("DELETE FROM access_tokens WHERE expires_at < ?", (now,))
    return TokenPair(access_token=access, refresh_token=refresh, expires_in=config.access_ttl, user=me_of(conn, user))


def revoke_family(conn: sqlite3.Connection, family: str, user_id: str) -> None:
    conn.execute("DELETE FROM refresh_tokens WHERE family = ?", (family,))
    # Access tokens are short-lived and not tied to a family; a compromised family ends them all for the user.
    conn.execute("DELETE FROM access_tokens WHERE user_id = ?", (user_id,))


@router.post("/auth/login", response_model=TokenPair, responses=problem_doc(401, 429))
def login(body: LoginRequest, conn: Db, request: Request) -> TokenPair:
    settings = config(request)
    username = body.username.strip().lower()
    now = time.time()
    with transaction(conn):
        conn.execute("DELETE FROM login_failures WHERE at < ?", (now - settings.lockout_window,))
        failures = [r["at"] for r in conn.execute(
            "SELECT at FROM login_failures WHERE username = ? ORDER BY at", (username,))]
        if len(failures) >= settings.lockout_failures:
            wait = max(1, math.ceil(failures[-settings.lockout_failures] + settings.lockout_window - now))
            raise ProblemError(
                "too_many_attempts", params={"minutes": math.ceil(wait / 60)}, headers={"Retry-After": str(wait)}
            )
        user = conn.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
        ok = verify_password(body.password, user["password_hash"] if user else DUMMY_HASH) and user is not None
        if ok:
            conn.execute("DELETE FROM login_failures WHERE username = ?", (username,))
            pair = issue_pair(conn, settings, user)
        else:
            conn.execute("INSERT INTO login_failures (username, at) VALUES (?, ?)", (username, now))
    if not ok:
        raise ProblemError("bad_credentials")
    return pair


@router.post("/auth/refresh", response_model=TokenPair, responses=problem_doc(401))
def refresh(body: RefreshRequest, conn: Db, request: Request) -> TokenPair:
    reused = False
    with transaction(conn):
        row = conn.execute(
            "SELECT * FROM refresh_tokens WHERE token_hash = ?", (token_hash(body.refresh_token),)
        ).fetchone()
        if row is None or row["expires_at"] < time.time():
            raise ProblemError("invalid_token")
        if row["used"]:
            # A rotated-out token came back: someone holds a copy. End the whole family.
            revoke_family(conn, row["family"], row["user_id"])
            reused = True
        else:
            conn.execute("UPDATE refresh_tokens SET used = 1 WHERE token_hash = ?", (row["token_hash"],))
            user = conn.execute("SELECT * FROM users WHERE id = ?", (row["user_id"],)).fetchone()
            pair = issue_pair(conn, config(request), user, row["family"])
    if reused:
        raise ProblemError("invalid_token")
    return pair


# The bearer token is optional here (a client may only hold a refresh token); `{}` says so in the contract.
@router.post("/auth/logout", status_code=204, openapi_extra={"security": [{"HTTPBearer": []}, {}]})
def logout(body: LogoutRequest, conn: Db, credentials: Credentials) -> Response:
    """Ends the refresh token's family and, when one is sent, the access token; unknown tokens are no error."""
    with transaction(conn):
        if body.refresh_token:
            row = conn.execute(
                "SELECT family, user_id FROM refresh_tokens WHERE token_hash = ?", (token_hash(body.refresh_token),)
            ).fetchone()
            if row is not None:
                revoke_family(conn, row["family"], row["user_id"])
        if credentials is not None and credentials.credentials:
            conn.execute("DELETE FROM access_tokens WHERE token_hash = ?", (token_hash(credentials.credentials),))
    return Response(status_code=204)


@router.get("/me", response_model=Me)
def me(user: User, conn: Db) -> Me:
    return me_of(conn, user)
