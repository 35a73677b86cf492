"""Bearer tokens handled inside an `httpx.Auth` flow, so no caller ever deals with them (cf. githubkit).

The access token lives in memory only. It is refreshed shortly before it expires, and once more when the platform
answers 401; refresh tokens rotate, and each new one is handed to `on_rotate` (which keeps the keyring current).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator

import httpx
from pydantic import ValidationError

from assistant.api.errors import BadResponse, SessionExpired, default_message, raise_for_response
from assistant.api.models import TokenPair

REFRESH_MARGIN_SECONDS = 60


class TokenAuth(httpx.Auth):
    requires_response_body = True

    def __init__(
        self,
        refresh_url: str,
        *,
        on_rotate: Callable[[str | None], None] = lambda token: None,
        clock: Callable[[], float] = time.monotonic,
        headers: Callable[[], dict[str, str]] = dict,
    ):
        self._refresh_url = refresh_url
        self._on_rotate = on_rotate
        self._clock = clock
        self._headers = headers
        self._lock = threading.Lock()
        self._access: str | None = None
        self._expires_at = 0.0
        self._refresh: str | None = None
        self._generation = 0  # bumps on every new pair, so a waiting thread sees another one refreshed already

    # -- state -------------------------------------------------------------------------------------------
    def accept(self, pair: TokenPair) -> None:
        self._access = pair.access_token
        self._expires_at = self._clock() + pair.expires_in
        self._refresh = pair.refresh_token
        self._generation += 1

    def resume_with(self, refresh_token: str) -> None:
        """Start from a saved refresh token only; the first request will refresh."""
        self._access, self._expires_at, self._refresh = None, 0.0, refresh_token
        self._generation += 1

    def clear(self) -> None:
        self._access, self._expires_at, self._refresh = None, 0.0, None
        self._generation += 1

    @property
    def refresh_token(self) -> str | None:
        return self._refresh

    @property
    def signed_in(self) -> bool:
        return self._refresh is not None or self._access is not None

    def _fresh(self) -> bool:
        return self._access is not None and self._clock() < self._expires_at - REFRESH_MARGIN_SECONDS

    # -- flow --------------------------------------------------------------------------------------------
    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        refreshed = False
        if not self._fresh():
            yield from self._refresh_flow(self._generation)
            refreshed = True
        generation = self._generation
        request.headers["Authorization"] = f"Bearer {self._access}"
        response = yield request
        if response.status_code == 401 and not refreshed and self._refresh is not None:
            yield from self._refresh_flow(generation)
            request.headers["Authorization"] = f"Bearer {self._access}"
            yield request

    def _refresh_flow(self, seen_generation: int) -> Generator[httpx.Request, httpx.Response, None]:
        with self._lock:
            if self._generation != seen_generation and self._fresh():
                return  # another thread refreshed while we waited
            if self._refresh is None:
                raise SessionExpired(default_message(SessionExpired), status=401)
            response = yield httpx.Request(
                "POST", self._refresh_url, json={"refresh_token": self._refresh}, headers=self._headers()
            )
            if response.status_code in (400, 401, 403):
                self.clear()
                self._on_rotate(None)
                raise SessionExpired(default_message(SessionExpired), status=401)
            if response.status_code != 200:
                # A failing platform is not an expired session: keep the refresh token for the next try.
                raise_for_response(response)
            try:
                pair = TokenPair.model_validate_json(response.content)
            except ValidationError:
                raise BadResponse(default_message(BadResponse), status=response.status_code) from None
            self.accept(pair)
            self._on_rotate(pair.refresh_token)
