"""`PlatformClient`: the only place that speaks HTTP to the credit platform — the transport under every resource.

Explicit timeouts; TLS against the OS trust store (plus a CA file from settings) and a proxy only when one is set;
bounded retries with jittered backoff for GETs, for POSTs carrying an `Idempotency-Key`, and for requests that never
left the PC (connection refused), honouring `Retry-After`; errors mapped to one exception class per failure kind;
bodies parsed into the wire models. The routes themselves are resources (`resources/`), hanging off the client.
"""

from __future__ import annotations

import logging
import random
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
import truststore
from pydantic import BaseModel, TypeAdapter, ValidationError

from assistant.api.auth import Credentials, TokenStore
from assistant.api.errors import (
    BadResponse,
    CertificateError,
    Offline,
    PlatformError,
    PlatformTimeout,
    default_message,
    error_for_status,
    problem_of,
    retry_after_seconds,
)
from assistant.api.resources.auth import AuthResource, LoginResult
from assistant.api.resources.base import Catalogue, Files
from assistant.api.resources.calendar import CalendarResource
from assistant.api.resources.commitments import CommitmentsResource
from assistant.api.resources.firms import FirmsResource
from assistant.api.resources.policies import PoliciesResource
from assistant.api.resources.repair import RepairResource
from assistant.api.resources.reports import ReportsResource
from assistant.appinfo import APP_ID, VERSION
from assistant.errors import SessionEnded

__all__ = ["Catalogue", "Connection", "LoginResult", "PlatformClient", "RetryPolicy", "parse", "ssl_context"]

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


class PlatformClient:
    """One client, the platform's routes hanging off it as resources: `client.commitments.create(...)`."""

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
        self.credentials = Credentials(
            token_store or TokenStore(connection.name),
            self.base_url + API_PREFIX + "/auth/refresh",
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
        # One line per feature: its resource module under resources/.
        self.auth = AuthResource(self)
        self.firms = FirmsResource(self)
        self.calendar = CalendarResource(self)
        self.commitments = CommitmentsResource(self)
        self.policies = PoliciesResource(self)
        self.repair = RepairResource(self)
        self.reports = ReportsResource(self)

    def _headers(self) -> dict[str, str]:
        return {"Accept-Language": "zh-CN,zh;q=0.9" if self.language.startswith("zh") else "en"}

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
        files: Files | None = None,
        etag: str | None = None,
    ) -> httpx.Response:
        """Send with retries and return a successful response (or 304 when `etag` still matches), or raise the
        matching `PlatformError`."""
        headers = self._headers()
        if idempotency_key:
            headers["Idempotency-Key"] = idempotency_key  # the same key on every attempt: a retry cannot duplicate
        if etag:
            headers["If-None-Match"] = etag
        replayable = method in ("GET", "HEAD") or idempotency_key is not None
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            request = self._http.build_request(method, path, json=json, params=params, headers=headers, files=files)
            try:
                response = self._http.send(request, auth=self.credentials if authenticated else None)
            except PlatformError:
                raise
            except RuntimeError:
                if self._http.is_closed:  # closed by a sign-out or the window closing while this waited
                    raise SessionEnded from None
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

    @staticmethod
    def parse(response: httpx.Response, model: type[T] | Any) -> T:
        """The body as `model` (see `parse`)."""
        return parse(response, model)


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
