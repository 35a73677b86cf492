"""The request body cap, enforced before anything parses the body: 413 `request_too_large`.

A declared Content-Length over the cap is refused at once; a body without one (chunked) is counted as it arrives
and cut off at the cap. JSON bodies get a small cap (no request of the API needs more than a few KB); multipart
uploads a cap sized for the files a request may carry.
"""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.sandbox.platform.uploads import MAX_FILES
from assistant.sandbox.problems import ProblemError, problem_response

MAX_JSON_BYTES = 1024 * 1024


class BodyTooLarge(HTTPException):
    """Raised from inside `receive` while a route reads its body; the app's handler turns it into the 413."""

    def __init__(self, limit: int):
        super().__init__(status_code=413)
        self.limit = limit


def describe(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit // 1024} KB"


def too_large(limit: int) -> ProblemError:
    return ProblemError("request_too_large", {"limit": describe(limit)})


class BodyLimit:
    """ASGI middleware; `multipart_limit` is read from the app's config on each request (tests change it)."""

    def __init__(self, app: ASGIApp, json_limit: int = MAX_JSON_BYTES):
        self.app = app
        self.json_limit = json_limit

    def limit_for(self, scope: Scope, headers: Headers) -> int:
        if headers.get("content-type", "").lower().startswith("multipart/form-data"):
            config = scope["sandbox.config"]  # deps.CONFIG_KEY (deps imports FastAPI's security)
            return config.max_upload_bytes * MAX_FILES + 1024 * 1024  # the files plus the form's own overhead
        return self.json_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        limit = self.limit_for(scope, headers)
        declared = headers.get("content-length", "")
        if declared.isascii() and declared.isdigit() and int(declared) > limit:
            await problem_response(Request(scope), too_large(limit))(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        await self.app(scope, counted, send)
