"""`PlatformClient`: the only place that speaks HTTP to the credit platform.

Explicit timeouts; bounded retries with jittered backoff for GETs and for requests that never left the PC
(connection refused), honouring `Retry-After`; errors mapped to one exception class per failure kind.
"""

from __future__ import annotations

import logging
import random
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
import truststore
from pydantic import BaseModel, TypeAdapter, ValidationError

from assistant.api.auth import TokenAuth
from assistant.api.errors import (
    BadCredentials,
    BadResponse,
    CertificateError,
    NotFound,
    Offline,
    PlatformError,
    PlatformTimeout,
    SessionExpired,
    default_message,
    error_for_status,
    problem_of,
    retry_after_seconds,
)
from assistant.api.models import (
    CalendarYear,
    Commitment,
    CommitmentList,
    CommitmentRequest,
    Eligibility,
    Fact,
    Grant,
    PolicyList,
    FirmProfile,
    Me,
    PublicCommitment,
    TemplateList,
    TokenPair,
)
from assistant.api.tokens import KeyringUnavailable, TokenStore
from assistant.appinfo import APP_ID, VERSION

log = logging.getLogger(__name__)
T = TypeVar("T")
API_PREFIX = "/api/v1"
RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})  # only for requests safe to repeat


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 3  # in all, the first try included
    base_delay: float = 0.5
    max_delay: float = 4.0
    max_retry_after: float = 8.0  # a longer Retry-After (a login lockout) is reported, not waited out

    def delay(self, attempt: int, retry_after: float | None) -> float | None:
        """Seconds to wait before try `attempt + 1`, or None to give up now."""
        if attempt >= self.attempts:
            return None
        if retry_after is not None:
            return retry_after if retry_after <= self.max_retry_after else None
        backoff = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        return backoff * random.uniform(0.5, 1.0)


@dataclass(frozen=True)
class Connection:
    """Where and how to reach the platform (from settings)."""

    base_url: str
    proxy: str | None = None
    ca_file: str | None = None
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    identity: str | None = None  # a stable name for the saved login and the cache; the URL by default

    @property
    def name(self) -> str:
        return self.identity or self.base_url.rstrip("/")


def ssl_context(ca_file: str | None) -> ssl.SSLContext:
    """The OS trust store (office proxies install their CA there), plus an extra CA file if one is set."""
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


@dataclass
class LoginResult:
    me: Me
    remembered: bool
    remember_failed: bool = False


class PlatformClient:
    def __init__(
        self,
        connection: Connection | str,
        *,
        language: str = "zh_CN",
        retry: RetryPolicy = RetryPolicy(),
        token_store: TokenStore | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        if isinstance(connection, str):
            connection = Connection(connection)
        self.connection = connection
        self.base_url = connection.base_url.rstrip("/")
        self.language = language
        self.retry = retry
        self._sleep = sleep
        self.tokens = token_store or TokenStore(connection.name)
        self._username: str | None = None
        self._remember = False
        self._auth = TokenAuth(
            self.base_url + API_PREFIX + "/auth/refresh",
            on_rotate=self._rotated,
            clock=clock,
            headers=self._headers,
        )
        self._http = httpx.Client(
            base_url=self.base_url + API_PREFIX,
            timeout=httpx.Timeout(connection.read_timeout, connect=connection.connect_timeout),
            verify=ssl_context(connection.ca_file) if self.base_url.startswith("https") else True,
            proxy=connection.proxy or None,
            trust_env=False,  # the proxy is a setting the user sees, not an environment surprise
            headers={"User-Agent": f"{APP_ID}/{VERSION}", "Accept": "application/json"},
        )
        self.auth = AuthResource(self)
        self.firms = FirmsResource(self)
        self.calendar = CalendarResource(self)
        self.commitments = CommitmentsResource(self)
        self.policies = PoliciesResource(self)

    # -- plumbing ----------------------------------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        return {"Accept-Language": "zh-CN,zh;q=0.9" if self.language.startswith("zh") else "en"}

    def _rotated(self, refresh_token: str | None) -> None:
        if not (self._remember and self._username):
            return
        if refresh_token is None:
            self.tokens.delete(self._username)
            return
        try:
            self.tokens.save(self._username, refresh_token)
        except KeyringUnavailable:
            self._remember = False

    def close(self) -> None:
        self._http.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        authenticated: bool = True,
        idempotency_key: str | None = None,
        files: dict[str, tuple[str, bytes, str]] | None = None,
        etag: str | None = None,
    ) -> httpx.Response:
        """Send with retries and return a successful response (or 304 when `etag` still matches), or raise the
        matching `PlatformError`."""
        headers = self._headers()
        if idempotency_key:
            headers["Idempotency-Key"] = idempotency_key
        if etag:
            headers["If-None-Match"] = etag
        replayable = method in ("GET", "HEAD") or idempotency_key is not None
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            request = self._http.build_request(method, path, json=json, params=params, headers=headers, files=files)
            try:
                response = self._http.send(request, auth=self._auth if authenticated else None)
            except PlatformError:
                raise
            except (httpx.ConnectError, httpx.ConnectTimeout) as error:
                if _certificate_failure(error):
                    raise CertificateError(default_message(CertificateError)) from None  # retrying cannot help
                # The request never reached the platform, so trying again cannot duplicate anything.
                failure: PlatformError = (
                    PlatformTimeout(default_message(PlatformTimeout))
                    if isinstance(error, httpx.ConnectTimeout)
                    else Offline(default_message(Offline))
                )
                wait = self.retry.delay(attempt, None)
            except httpx.TimeoutException:
                failure = PlatformTimeout(default_message(PlatformTimeout))
                wait = self.retry.delay(attempt, None) if replayable else None
            except httpx.TransportError as error:
                log.info("%s %s: transport error %s", method, path, type(error).__name__)
                failure = Offline(default_message(Offline))
                wait = self.retry.delay(attempt, None) if replayable else None
            else:
                elapsed = time.perf_counter() - started
                log.info("%s %s → %s in %.0f ms", method, path, response.status_code, elapsed * 1000)
                if response.is_success or (etag and response.status_code == 304):
                    return response
                retry_after = retry_after_seconds(response)
                failure = error_for_status(response.status_code, problem_of(response), retry_after=retry_after)
                if response.status_code in RETRYABLE_STATUS and replayable:
                    wait = self.retry.delay(attempt, retry_after)
                else:
                    wait = None
            if wait is None:
                raise failure
            log.info("%s %s: retrying in %.2f s (%s)", method, path, wait, type(failure).__name__)
            self._sleep(wait)

    def get_model(self, path: str, model: type[T] | Any, **kwargs) -> T:
        return parse(self.request("GET", path, **kwargs), model)


def _certificate_failure(error: BaseException) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def parse(response: httpx.Response, model: type[T] | Any) -> T:
    """The body as `model`; anything else is the platform answering nonsense."""
    try:
        if isinstance(model, type) and issubclass(model, BaseModel):
            return model.model_validate_json(response.content)
        return TypeAdapter(model).validate_json(response.content)
    except ValidationError:
        log.warning("unexpected body from %s (%d bytes)", response.request.url.path, len(response.content))
        raise BadResponse(default_message(BadResponse), status=response.status_code) from None


def segment(value: str) -> str:
    """A path segment from user input, quoted so it cannot change the path."""
    return quote(value, safe="")


class AuthResource:
    def __init__(self, client: PlatformClient):
        self._c = client

    @property
    def username(self) -> str | None:
        return self._c._username

    @property
    def signed_in(self) -> bool:
        return self._c._auth.signed_in

    def login(self, username: str, password: str, *, remember: bool = False) -> LoginResult:
        c = self._c
        try:
            response = c.request(
                "POST", "/auth/login", json={"username": username, "password": password}, authenticated=False
            )
        except PlatformError as error:
            if error.status == 401:
                raise BadCredentials(
                    error.problem.detail if error.problem else default_message(BadCredentials),
                    problem=error.problem,
                    status=401,
                ) from None
            raise
        pair = parse(response, TokenPair)
        c._username, c._remember = username, remember
        c._auth.accept(pair)
        remember_failed = False
        if remember:
            try:
                c.tokens.save(username, pair.refresh_token)
            except KeyringUnavailable:
                c._remember, remember_failed = False, True
        else:
            c.tokens.delete(username)
        return LoginResult(pair.user, c._remember, remember_failed)

    def has_saved_login(self, username: str) -> bool:
        return self._c.tokens.load(username) is not None

    def resume(self, username: str) -> Me:
        """Sign in again with the refresh token saved in the keyring (raises SessionExpired when there is none)."""
        c = self._c
        token = c.tokens.load(username)
        if token is None:
            raise SessionExpired(default_message(SessionExpired), status=401)
        c._username, c._remember = username, True
        c._auth.resume_with(token)
        return self.me()

    def me(self) -> Me:
        return self._c.get_model("/me", Me)

    def logout(self, *, forget: bool = True) -> None:
        """End the session on the platform (best effort) and forget the saved login."""
        c = self._c
        token = c._auth.refresh_token
        try:
            if token is not None:
                c.request("POST", "/auth/logout", json={"refresh_token": token}, authenticated=False)
        except PlatformError as error:
            log.info("logout not confirmed by the platform: %s", type(error).__name__)
        finally:
            c._auth.clear()
            if forget and c._username:
                c.tokens.delete(c._username)
            c._username, c._remember = None, False


class FirmsResource:
    def __init__(self, client: PlatformClient):
        self._c = client

    def get(self, uscc: str) -> FirmProfile:
        return self._c.get_model(f"/firms/{segment(uscc)}", FirmProfile)

    def facts(self, uscc: str) -> dict[str, Fact]:
        return self._c.get_model(f"/firms/{segment(uscc)}/facts", dict[str, Fact])


class CalendarResource:
    def __init__(self, client: PlatformClient):
        self._c = client

    def get(self, year: int) -> CalendarYear | None:
        """The platform's holiday notice for `year`, or None when it has none (yet)."""
        try:
            # Public data: asked without a token, so it also works before signing in.
            return self._c.get_model(f"/calendar/{int(year)}", CalendarYear, authenticated=False)
        except NotFound:
            return None



@dataclass(frozen=True)
class Catalogue:
    """A catalogue as fetched: `items` is None when the cached copy with `etag` is still current (304)."""

    items: list | None
    etag: str | None


def fetch_catalogue(client: PlatformClient, path: str, model: type[BaseModel], etag: str | None) -> Catalogue:
    """Public catalogues (templates, policies) need no sign-in, so drafting and matching work before it."""
    response = client.request("GET", path, etag=etag, authenticated=False)
    if response.status_code == 304:
        return Catalogue(None, etag)
    return Catalogue(parse(response, model).items, response.headers.get("ETag"))


class CommitmentsResource:
    def __init__(self, client: PlatformClient):
        self._c = client

    def templates(self, etag: str | None = None) -> Catalogue:
        return fetch_catalogue(self._c, "/commitment-templates", TemplateList, etag)

    def create(self, uscc: str, body: CommitmentRequest, *, idempotency_key: str) -> Commitment:
        """Safe to repeat with the same key: the platform answers with the commitment it already made."""
        response = self._c.request("POST", f"/firms/{segment(uscc)}/commitments", json=body.model_dump(mode="json"),
                                   idempotency_key=idempotency_key)
        return parse(response, Commitment)

    def list(self, uscc: str) -> list[Commitment]:
        items, cursor = [], None
        while True:
            page = self._c.get_model(f"/firms/{segment(uscc)}/commitments", CommitmentList,
                                     params={"limit": 100, **({"cursor": cursor} if cursor else {})})
            items.extend(page.items)
            if not page.next_cursor:
                return items
            cursor = page.next_cursor

    def get(self, uscc: str, commitment_id: str) -> Commitment:
        return self._c.get_model(f"/firms/{segment(uscc)}/commitments/{segment(commitment_id)}", Commitment)

    def fulfil(self, uscc: str, commitment_id: str, files: dict[str, tuple[str, bytes, str]]) -> Commitment:
        """Supply deferred materials: {material key: (file name, content, content type)}."""
        path = f"/firms/{segment(uscc)}/commitments/{segment(commitment_id)}/fulfil"
        return parse(self._c.request("POST", path, files=files), Commitment)

    def withdraw(self, uscc: str, commitment_id: str) -> Commitment:
        path = f"/firms/{segment(uscc)}/commitments/{segment(commitment_id)}/withdraw"
        return parse(self._c.request("POST", path), Commitment)

    def public(self, uscc: str) -> list[PublicCommitment]:
        return self._c.get_model("/public/commitments", list[PublicCommitment], params={"uscc": uscc},
                                 authenticated=False)


class PoliciesResource:
    def __init__(self, client: PlatformClient):
        self._c = client

    def catalogue(self, etag: str | None = None) -> Catalogue:
        return fetch_catalogue(self._c, "/policies", PolicyList, etag)

    def eligibility(self, uscc: str) -> list[Eligibility]:
        return self._c.get_model(f"/firms/{segment(uscc)}/eligibility", list[Eligibility])

    def grants(self, uscc: str) -> list[Grant]:
        return self._c.get_model(f"/firms/{segment(uscc)}/grants", list[Grant])

    def confirm(self, uscc: str, grant_id: str) -> Grant:
        path = f"/firms/{segment(uscc)}/grants/{segment(grant_id)}/confirm"
        return parse(self._c.request("POST", path), Grant)
