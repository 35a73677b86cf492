"""The sandbox platform as a FastAPI app: platform API v1 (DESIGN.md §4) over SQLite."""

# No `from __future__ import annotations` here: FastAPI must see the dependency aliases defined in create_app().


import datetime as dt
import json
import logging
import math
import secrets
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, FastAPI, Header, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.api.models import (
    CalendarYear,
    Fact,
    FirmProfile,
    LoginRequest,
    LogoutRequest,
    Me,
    Problem,
    RefreshRequest,
    TokenPair,
)
from assistant.appinfo import VERSION
from assistant.domain.firmsize import classify
from assistant.domain.ids import mask_id
from assistant.sandbox import db as sandbox_db
from assistant.sandbox.db import transaction
from assistant.sandbox.problems import ProblemError, field_errors, problem_response
from assistant.sandbox.security import DUMMY_HASH, new_token, token_hash, verify_password

log = logging.getLogger(__name__)
CHINA = ZoneInfo("Asia/Shanghai")


@dataclass
class SandboxConfig:
    db_path: Path
    today: dt.date | None = None  # the sandbox's business date; None follows the real date in China
    access_ttl: int = 15 * 60
    refresh_ttl: int = 30 * 24 * 3600
    admin_token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    latency: float = 0.0  # seconds added to every API call, to show what a slow platform feels like
    lockout_failures: int = 5
    lockout_window: int = 15 * 60


def _problem_doc(*statuses: int) -> dict:
    return {s: {"model": Problem, "content": {"application/problem+json": {}}} for s in statuses}


class ClockBody(BaseModel):
    today: dt.date


class LatencyBody(BaseModel):
    seconds: float


def create_app(config: SandboxConfig) -> FastAPI:
    sandbox_db.initialise(config.db_path)
    if config.today is not None:
        conn = sandbox_db.connect(config.db_path)
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('today', ?)", (config.today.isoformat(),))
        conn.close()

    app = FastAPI(
        title="信用平台 API（演示沙箱）",
        description="Platform API v1 of the city credit platforms, as implemented by the sandbox. "
        "Errors are RFC 9457 problem+json with Chinese titles (English with `Accept-Language: en`).",
        version=VERSION,
        openapi_url="/api/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.config = config

    def database() -> Iterator[sqlite3.Connection]:
        conn = sandbox_db.connect(config.db_path)
        try:
            yield conn
        finally:
            conn.close()

    def slow_down() -> None:
        if config.latency > 0:
            time.sleep(config.latency)

    Db = Annotated[sqlite3.Connection, Depends(database)]

    def current_user(conn: Db, authorization: Annotated[str | None, Header()] = None) -> sqlite3.Row:
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

    def admin(x_sandbox_admin: Annotated[str | None, Header()] = None) -> None:
        if not x_sandbox_admin or not secrets.compare_digest(x_sandbox_admin, config.admin_token):
            raise ProblemError("admin_only")

    def me_of(conn: sqlite3.Connection, user: sqlite3.Row) -> Me:
        firms = conn.execute(
            "SELECT f.uscc, f.name, uf.relation FROM user_firms uf JOIN firms f ON f.uscc = uf.uscc "
            "WHERE uf.user_id = ? ORDER BY f.name",
            (user["id"],),
        ).fetchall()
        return Me(
            id=user["id"],
            display_name=user["display_name"],
            role=user["role"],
            firms=[{"uscc": f["uscc"], "name": f["name"], "relation": f["relation"]} for f in firms],
        )

    def issue_pair(conn: sqlite3.Connection, user: sqlite3.Row, family: str | None = None) -> TokenPair:
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
        return TokenPair(
            access_token=access, refresh_token=refresh, expires_in=config.access_ttl, user=me_of(conn, user)
        )

    def revoke_family(conn: sqlite3.Connection, family: str, user_id: str) -> None:
        conn.execute("DELETE FROM refresh_tokens WHERE family = ?", (family,))
        # Access tokens are short-lived and not tied to a family; a compromised family ends them all for the user.
        conn.execute("DELETE FROM access_tokens WHERE user_id = ?", (user_id,))

    api = APIRouter(prefix="/api/v1", dependencies=[Depends(slow_down)])

    @api.post("/auth/login", response_model=TokenPair, tags=["auth"], responses=_problem_doc(401, 422, 429))
    def login(body: LoginRequest, conn: Db) -> TokenPair:
        username = body.username.strip().lower()
        now = time.time()
        with transaction(conn):
            conn.execute("DELETE FROM login_failures WHERE at < ?", (now - config.lockout_window,))
            failures = [r["at"] for r in conn.execute(
                "SELECT at FROM login_failures WHERE username = ? ORDER BY at", (username,))]
            if len(failures) >= config.lockout_failures:
                wait = max(1, math.ceil(failures[-config.lockout_failures] + config.lockout_window - now))
                raise ProblemError(
                    "too_many_attempts", params={"minutes": math.ceil(wait / 60)}, headers={"Retry-After": str(wait)}
                )
            user = conn.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
            ok = verify_password(body.password, user["password_hash"] if user else DUMMY_HASH) and user is not None
            if ok:
                conn.execute("DELETE FROM login_failures WHERE username = ?", (username,))
                pair = issue_pair(conn, user)
            else:
                conn.execute("INSERT INTO login_failures (username, at) VALUES (?, ?)", (username, now))
        if not ok:
            raise ProblemError("bad_credentials")
        return pair

    @api.post("/auth/refresh", response_model=TokenPair, tags=["auth"], responses=_problem_doc(401, 422))
    def refresh(body: RefreshRequest, conn: Db) -> TokenPair:
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
                pair = issue_pair(conn, user, row["family"])
        if reused:
            raise ProblemError("invalid_token")
        return pair

    @api.post("/auth/logout", status_code=204, tags=["auth"], responses=_problem_doc(422))
    def logout(body: LogoutRequest, conn: Db, authorization: Annotated[str | None, Header()] = None) -> Response:
        with transaction(conn):
            if body.refresh_token:
                row = conn.execute(
                    "SELECT family, user_id FROM refresh_tokens WHERE token_hash = ?",
                    (token_hash(body.refresh_token),),
                ).fetchone()
                if row is not None:
                    revoke_family(conn, row["family"], row["user_id"])
            scheme, _, token = (authorization or "").partition(" ")
            if scheme.lower() == "bearer" and token:
                conn.execute("DELETE FROM access_tokens WHERE token_hash = ?", (token_hash(token),))
        return Response(status_code=204)

    @api.get("/me", response_model=Me, tags=["auth"], responses=_problem_doc(401))
    def me(user: User, conn: Db) -> Me:
        return me_of(conn, user)

    @api.get("/firms/{uscc}", response_model=FirmProfile, tags=["firms"], responses=_problem_doc(401, 404))
    def firm_profile(uscc: Firm, conn: Db) -> FirmProfile:
        row = conn.execute("SELECT * FROM firms WHERE uscc = ?", (uscc,)).fetchone()
        if row is None:
            raise ProblemError("not_found")
        profile = json.loads(row["profile"])
        profile["legal_rep"]["id_masked"] = mask_id(row["legal_rep_id"])
        profile["size"] = classify(profile["industry_category"], profile)
        profile["updated_at"] = row["updated_at"]
        return FirmProfile.model_validate(profile)

    @api.get("/firms/{uscc}/facts", response_model=dict[str, Fact], tags=["firms"], responses=_problem_doc(401, 404))
    def firm_facts(uscc: Firm, conn: Db) -> dict[str, Fact]:
        rows = conn.execute("SELECT key, value, as_of FROM facts WHERE uscc = ? ORDER BY key", (uscc,))
        return {r["key"]: Fact(value=json.loads(r["value"]), as_of=r["as_of"]) for r in rows}

    @api.get("/calendar/{year}", response_model=CalendarYear, tags=["calendar"], responses=_problem_doc(404))
    def calendar(year: int, conn: Db) -> CalendarYear:
        row = conn.execute("SELECT body FROM calendars WHERE year = ?", (year,)).fetchone()
        if row is None:
            raise ProblemError("calendar_not_found", params={"year": year})
        return CalendarYear.model_validate_json(row["body"])

    def today(conn: sqlite3.Connection) -> dt.date:
        row = conn.execute("SELECT value FROM settings WHERE key = 'today'").fetchone()
        return dt.date.fromisoformat(row["value"]) if row else dt.datetime.now(CHINA).date()

    sandbox = APIRouter(prefix="/api/v1/sandbox", tags=["sandbox"], dependencies=[Depends(admin)])

    @sandbox.get("/clock", response_model=ClockBody)
    def get_clock(conn: Db) -> ClockBody:
        return ClockBody(today=today(conn))

    @sandbox.post("/clock", response_model=ClockBody)
    def set_clock(body: ClockBody, conn: Db) -> ClockBody:
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('today', ?)", (body.today.isoformat(),))
        return body

    @sandbox.post("/latency", response_model=LatencyBody)
    def set_latency(body: LatencyBody) -> LatencyBody:
        config.latency = max(0.0, min(body.seconds, 60.0))
        return LatencyBody(seconds=config.latency)

    @sandbox.post("/reset", status_code=204)
    def reset(conn: Db) -> Response:
        sandbox_db.reset(conn)
        return Response(status_code=204)

    app.include_router(api)
    app.include_router(sandbox)

    @app.exception_handler(ProblemError)
    async def on_problem(request: Request, error: ProblemError):
        return problem_response(request, error)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, error: RequestValidationError):
        errors = field_errors(request, list(error.errors()))
        return problem_response(request, ProblemError("validation_failed", {"count": len(errors)}, errors))

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, error: StarletteHTTPException):
        code = {405: "method_not_allowed"}.get(error.status_code, "route_not_found")
        return problem_response(request, ProblemError(code))

    @app.exception_handler(Exception)
    async def on_crash(request: Request, error: Exception):
        log.exception("sandbox failed on %s %s", request.method, request.url.path)
        return problem_response(request, ProblemError("internal_error"))

    return app
