"""The sandbox platform as a FastAPI app: platform API v1 (DESIGN.md §4) over SQLite."""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.appinfo import VERSION
from assistant.sandbox import db as sandbox_db
from assistant.sandbox.deps import slow_down
from assistant.sandbox.problems import ProblemError, field_errors, problem_response
from assistant.sandbox.routes import admin, auth, commitments, firms, policies

log = logging.getLogger(__name__)


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
    demo: bool = True  # move workflows along by themselves as the sandbox's days pass
    max_upload_bytes: int = 10 * 1024 * 1024


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
    api = APIRouter(prefix="/api/v1", dependencies=[Depends(slow_down)])
    for module in (auth, firms, commitments, policies, admin):
        api.include_router(module.router)
    app.include_router(api)

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
