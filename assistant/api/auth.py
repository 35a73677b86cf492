"""`Credentials`: who is signed in, with which tokens, and whether the login is remembered — in one object.

The access token lives in memory only; the refresh token in memory and, when the user asked to be remembered, in the
OS keyring (one entry per platform and username) — never in a file (DESIGN.md §8). Tokens are attached and refreshed
inside an `httpx.Auth` flow (cf. githubkit), so no caller ever handles one: refreshed a minute before the access
token expires, and once more when the platform answers 401. Refresh tokens rotate; each new one replaces the saved one.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Generator

import httpx
import keyring
import keyring.errors
from pydantic import ValidationError

from assistant.api.errors import BadResponse, SessionExpired, default_message, raise_for_response
from assistant.api.models import TokenPair
from assistant.appinfo import APP_ID
from assistant.errors import UserFacingError
from assistant.i18n import translate

log = logging.getLogger(__name__)
REFRESH_MARGIN_SECONDS = 60


class KeyringUnavailable(UserFacingError):
    """No usable system keyring (系统密码库): the login works but cannot be remembered."""

    def __init__(self, message: str | None = None):
        super().__init__(message or translate("errors", "本机没有可用的系统密码库，无法记住登录。"))


def keyring_available() -> bool:
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration is the same as none
        return False
    return getattr(backend, "priority", 0) > 0 and type(backend).__module__ != "keyring.backends.fail"


class TokenStore:
    """The refresh token's only home on the PC: the OS keyring, one entry per (platform, username)."""

    def __init__(self, platform_name: str):
        self.service = f"{APP_ID}:{platform_name.rstrip('/')}"

    def save(self, username: str, refresh_token: str) -> None:
        if not keyring_available():
            raise KeyringUnavailable
        try:
            keyring.set_password(self.service, username, refresh_token)
        except Exception as error:  # backends raise their own kinds (dbus, locked, denied)
            log.warning("keyring refused to store a token: %s", type(error).__name__)
            raise KeyringUnavailable from None

    def load(self, username: str) -> str | None:
        if not keyring_available():
            return None
        try:
            return keyring.get_password(self.service, username)
        except Exception as error:
            log.warning("keyring refused to read a token: %s", type(error).__name__)
            return None

    def delete(self, username: str) -> None:
        if not keyring_available():
            return
        try:
            keyring.delete_password(self.service, username)
        except keyring.errors.PasswordDeleteError:
            pass
        except Exception as error:
            log.warning("keyring refused to delete a token: %s", type(error).__name__)


class TokenAuth(httpx.Auth):
    """The token pair and its refresh; each rotated refresh token (None: the session ended) goes to `on_rotate`."""

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


class Credentials(httpx.Auth):
    """The client's sign-in state; also the `httpx.Auth` its authenticated requests are sent with.

    Only the auth resource changes it (login, resume, logout); everything else reads `username` and `signed_in`.
    """

    requires_response_body = True  # the token flow reads the refresh answer

    def __init__(
        self,
        store: TokenStore,
        refresh_url: str,
        *,
        clock: Callable[[], float] = time.monotonic,
        headers: Callable[[], dict[str, str]] = dict,
    ):
        self.store = store
        self._tokens = TokenAuth(refresh_url, on_rotate=self._rotated, clock=clock, headers=headers)
        self._username: str | None = None
        self._remember = False

    @property
    def username(self) -> str | None:
        """Whose session this is — also while offline, when there may be no usable token."""
        return self._username

    @property
    def remembered(self) -> bool:
        return self._remember

    @property
    def signed_in(self) -> bool:
        return self._tokens.signed_in

    @property
    def refresh_token(self) -> str | None:
        """The current refresh token (in memory), for revoking it at logout."""
        return self._tokens.refresh_token

    # -- changes -----------------------------------------------------------------------------------------
    def start(self, username: str, pair: TokenPair, *, remember: bool) -> bool:
        """A fresh login; returns whether it is remembered (False also when the keyring refused it)."""
        self._username, self._remember = username, remember
        self._tokens.accept(pair)
        if not remember:
            self.store.delete(username)  # a login saved earlier must not outlive an unremembered one
            return False
        try:
            self.store.save(username, pair.refresh_token)
        except KeyringUnavailable:
            self._remember = False
        return self._remember

    def resume(self, username: str) -> None:
        """Continue the saved login of `username`; the next request refreshes it. SessionExpired when none is saved."""
        token = self.store.load(username)
        if token is None:
            raise SessionExpired(default_message(SessionExpired), status=401)
        self._username, self._remember = username, True
        self._tokens.resume_with(token)

    def assume(self, username: str) -> None:
        """Work as `username` without a session (offline, or the platform refused the saved login).

        Local work — drafts, the outbox — is kept under this name; platform calls raise SessionExpired until a login.
        """
        self._tokens.clear()
        self._username, self._remember = username, False

    def has_saved_login(self, username: str) -> bool:
        return self.store.load(username) is not None

    def forget(self, username: str) -> None:
        """Delete the saved login of `username`; if that is the current user, later rotations are not saved either."""
        if username == self._username:
            self._remember = False
        self.store.delete(username)

    def end(self, *, forget: bool = True) -> None:
        """Drop the tokens and the user; with `forget`, the saved login too."""
        self._tokens.clear()
        if forget and self._username:
            self.store.delete(self._username)
        self._username, self._remember = None, False

    # -- httpx.Auth --------------------------------------------------------------------------------------
    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield from self._tokens.auth_flow(request)

    def _rotated(self, refresh_token: str | None) -> None:
        if not (self._remember and self._username):
            return
        if refresh_token is None:
            self.store.delete(self._username)  # the platform ended the session: the saved copy is dead too
            return
        try:
            self.store.save(self._username, refresh_token)
        except KeyringUnavailable:
            # The session goes on; it just cannot be resumed next time.
            log.warning("keyring refused the rotated refresh token; the login is no longer remembered")
            self._remember = False
