"""Signing in and out: login, resuming a saved login, the signed-in user, logout.

The sign-in state itself lives in the client's `Credentials`; this resource is the only one that changes it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from assistant.api.auth import Credentials
from assistant.api.errors import BadCredentials, PlatformError, default_message
from assistant.api.models import Me, TokenPair
from assistant.api.resources.base import Resource

log = logging.getLogger(__name__)


@dataclass
class LoginResult:
    me: Me
    remembered: bool
    remember_failed: bool = False  # asked to remember, but the keyring refused: say so, the login still works


class AuthResource(Resource):
    @property
    def credentials(self) -> Credentials:
        return self._client.credentials

    @property
    def username(self) -> str | None:
        return self.credentials.username

    @property
    def signed_in(self) -> bool:
        return self.credentials.signed_in

    def login(self, username: str, password: str, *, remember: bool = False) -> LoginResult:
        try:
            pair = self._post("/auth/login", TokenPair, json={"username": username, "password": password},
                              authenticated=False)
        except PlatformError as error:
            if error.status == 401:  # at login a 401 means the password, not an expired session
                raise BadCredentials(
                    error.problem.detail if error.problem else default_message(BadCredentials),
                    problem=error.problem,
                    status=401,
                ) from None
            raise
        remembered = self.credentials.start(username, pair, remember=remember)
        return LoginResult(pair.user, remembered, remember_failed=remember and not remembered)

    def resume(self, username: str) -> Me:
        """Sign in again with the login saved in the keyring (raises SessionExpired when there is none).

        When the platform cannot be reached, the error propagates and the user stays set with the saved token, so
        a later call can still succeed.
        """
        self.credentials.resume(username)
        return self.me()

    def assume(self, username: str) -> None:
        """Work offline as `username` (known from an earlier session) without signing in."""
        self.credentials.assume(username)

    def has_saved_login(self, username: str) -> bool:
        return self.credentials.has_saved_login(username)

    def forget(self, username: str) -> None:
        """Delete the login saved in the keyring for `username`."""
        self.credentials.forget(username)

    def me(self) -> Me:
        return self._get("/me", Me)

    def logout(self, *, forget: bool = True) -> None:
        """End the session on the platform (best effort) and, with `forget`, the saved login."""
        token = self.credentials.refresh_token
        try:
            if token is not None:
                # The answer has no body worth parsing: only that the platform revoked the token.
                self._client.request("POST", "/auth/logout", json={"refresh_token": token}, authenticated=False)
        except PlatformError as error:
            log.info("logout not confirmed by the platform: %s", type(error).__name__)
        finally:
            self.credentials.end(forget=forget)
