"""The sandbox platform as a FastAPI app: platform API v1 (DESIGN.md §4) over SQLite."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import compile_path

from assistant.api.models.base import EARLIEST_DATE, LATEST_DATE
from assistant.appinfo import VERSION
from assistant.sandbox import db as sandbox_db
from assistant.sandbox.contract import decorate
from assistant.sandbox.deps import CONFIG_KEY, slow_down
from assistant.sandbox.platform.limits import MAX_JSON_BYTES, BodyLimit, BodyTooLarge, too_large
from assistant.sandbox.problems import ProblemError, field_errors, problem_response
from assistant.sandbox.routes import admin, admin_repair, auth, commitments, firms, policies, records, repairs, reports

log = logging.getLogger(__name__)

# Starlette's own HTTP errors (raised before a route runs, or by its body parsers) as the platform's problems.
HTTP_PROBLEMS = {400: "bad_request", 404: "route_not_found", 405: "method_not_allowed"}


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


def route_table(prefix: str, routers: list[APIRouter]) -> list[tuple[re.Pattern[str], set[str]]]:
    """Each route's path pattern and methods, for `Allow`: Starlette's 405 names only the methods of the first
    route whose path matched, but one path may have several routes (GET and POST of /firms/{uscc}/commitments)."""
    table = []
    for router in routers:
        for route in router.routes:
            if isinstance(route, APIRoute):
                table.append((compile_path(prefix + route.path)[0], set(route.methods)))
    return table


def allowed_methods(request: Request) -> str:
    path = request.url.path
    routes = request.app.state.routes
    return ", ".join(sorted({m for pattern, methods in routes if pattern.match(path) for m in methods}))


class SandboxApp:
    """One sandbox's ASGI app: the process's FastAPI app (`platform_app`), with this sandbox's configuration in each
    request's scope. FastAPI takes 0.3–0.6 s to build the platform's routes, and the tests start hundreds of
    sandboxes, each on its own database: they share the routes, not the configuration."""

    def __init__(self, config: SandboxConfig):
        self.config = config
        self.app = platform_app()

    async def __call__(self, scope, receive, send) -> None:
        scope[CONFIG_KEY] = self.config
        await self.app(scope, receive, send)

    def openapi(self) -> dict:
        return self.app.openapi()


def create_app(config: SandboxConfig) -> SandboxApp:
    if config.today is not None and not EARLIEST_DATE <= config.today <= LATEST_DATE:
        raise ValueError(f"the sandbox's date must lie between {EARLIEST_DATE} and {LATEST_DATE}")
    sandbox_db.initialise(config.db_path)
    if config.today is not None:
        conn = sandbox_db.connect(config.db_path)
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('today', ?)", (config.today.isoformat(),))
        conn.close()
    return SandboxApp(config)


@functools.cache
def platform_app() -> FastAPI:
    """The platform's routes, errors and contract, once per process; the configuration comes with each request."""
    app = FastAPI(
        title="信用平台 API（演示沙箱）",
        description="Platform API v1 of the city credit platforms, as implemented by the sandbox. "
        "Errors are RFC 9457 problem+json with Chinese titles (English when `Accept-Language` prefers it).",
        version=VERSION,
        openapi_url="/api/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.add_middleware(BodyLimit)
    api = APIRouter(prefix="/api/v1", dependencies=[Depends(slow_down)])
    routers = [module.router for module in (auth, firms, commitments, policies, records, repairs, reports, admin,
                                              admin_repair)]
    for router in routers:
        api.include_router(router)
    app.include_router(api)
    app.state.routes = route_table(api.prefix, routers)

    generate = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            app.openapi_schema = decorate(generate())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    @app.exception_handler(ProblemError)
    async def on_problem(request: Request, error: ProblemError):
        return problem_response(request, error)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, error: RequestValidationError):
        raw = list(error.errors())
        # A body that is not JSON at all, or a path that cannot name anything, is a malformed request (400); a
        # well-formed request with values out of bounds is the user's to correct (422, every field at once).
        malformed = any(e.get("type") == "json_invalid" or tuple(e.get("loc", ()))[:1] == ("path",) for e in raw)
        code = "bad_request" if malformed else "validation_failed"
        return problem_response(request, ProblemError(code, {"count": len(raw)}, field_errors(raw)))

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, error: StarletteHTTPException):
        if isinstance(error, BodyTooLarge):
            return problem_response(request, too_large(error.limit))
        if error.status_code == 413:
            return problem_response(request, too_large(MAX_JSON_BYTES))
        code = HTTP_PROBLEMS.get(error.status_code, "bad_request" if error.status_code < 500 else "internal_error")
        headers = dict(error.headers or {})
        if error.status_code == 405:
            headers["Allow"] = allowed_methods(request) or headers.get("Allow", "")
        return problem_response(request, ProblemError(code, headers=headers))

    @app.exception_handler(Exception)
    async def on_crash(request: Request, error: Exception):
        log.exception("sandbox failed on %s %s", request.method, request.url.path)
        return problem_response(request, ProblemError("internal_error"))

    return app
