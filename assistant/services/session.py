"""A signed-in user's view of the platform, online when possible and from the local cache when not.

Qt-free: the UI calls these methods from workers (ui/ops.py) and only displays what they return. Feature services
(commitments, policies, …) build on `fetch_or_cached` and `revalidated`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from assistant.api.client import LoginResult, PlatformClient
from assistant.api.errors import (
    BadResponse,
    Offline,
    PlatformError,
    ServerError,
    SessionExpired,
    default_message,
)
from assistant.api.models import CalendarYear, Fact, FirmProfile, Me
from assistant.domain.workdays import PublishedYear, WorkCalendar
from assistant.infra import clock
from assistant.store.catalogue import AppState, CatalogueCache
from assistant.store.db import Database

log = logging.getLogger(__name__)
T = TypeVar("T")
# Failures after which showing the last saved copy is better than showing nothing.
UNREACHABLE = (Offline, ServerError, BadResponse)


@dataclass(frozen=True)
class Snapshot(Generic[T]):
    """A value and how fresh it is: `live` when it just came from the platform, else the time it was cached."""

    value: T
    synced_at: dt.datetime
    live: bool


@dataclass(frozen=True)
class FirmView:
    profile: Snapshot[FirmProfile]
    facts: Snapshot[dict[str, Fact]] | None


class Session:
    def __init__(self, client: PlatformClient, db: Database):
        self.client = client
        self.db = db
        self.cache = CatalogueCache(db, client.connection.name)
        self.state = AppState(db, client.connection.name)
        self.me: Me | None = None

    @property
    def username(self) -> str | None:
        return self.client.auth.username

    # -- signing in and out -------------------------------------------------------------------------------
    def sign_in(self, username: str, password: str, *, remember: bool) -> LoginResult:
        result = self.client.auth.login(username.strip(), password, remember=remember)
        self.me = result.me
        self.cache.put("me", username.strip().lower(), result.me)
        return result

    def resume(self, username: str) -> Snapshot[Me]:
        """Sign in with the login saved in the keyring; offline, the last known account from the cache.

        Raises SessionExpired when there is no saved login, or the platform refused it.
        """
        key = username.strip().lower()
        try:
            me = self.client.auth.resume(username)
        except UNREACHABLE:
            cached = self.cache.get_as("me", key, Me)
            if cached is None or not self.client.auth.has_saved_login(username):
                raise
            self.me = cached[0]
            return Snapshot(cached[0], cached[1], live=False)
        self.me, now = me, _now()
        self.cache.put("me", key, me, synced_at=now)
        return Snapshot(me, now, live=True)

    def sign_out(self) -> None:
        self.client.auth.logout(forget=True)
        self.me = None

    def forget_saved_login(self, username: str) -> None:
        self.client.auth.forget(username)

    def reachable(self) -> bool:
        """Whether the platform answers: asks for this year's holiday notice, which needs no sign-in."""
        try:
            self.client.calendar.get(clock.today().year)
        except UNREACHABLE:
            return False
        except PlatformError:
            pass  # it answered, if not happily
        return True

    @property
    def firms(self) -> list:
        """The firms the signed-in user may act for (an accountant's clients), as /me lists them."""
        return list(self.me.firms) if self.me else []

    @property
    def is_agent(self) -> bool:
        return self.me is not None and self.me.role == "agent"

    # -- the firm -----------------------------------------------------------------------------------------
    def firm(self, uscc: str) -> FirmView:
        if self.me is None or uscc not in {f.uscc for f in self.me.firms}:
            raise SessionExpired(default_message(SessionExpired), status=401)
        profile = self.fetch_or_cached("profile", uscc, lambda: self.client.firms.get(uscc), FirmProfile)
        try:
            facts = self.fetch_or_cached("facts", uscc, lambda: self.client.firms.facts(uscc), dict[str, Fact])
        except UNREACHABLE:
            facts = None
        return FirmView(profile, facts)

    def last_firm(self) -> str | None:
        if self.me is None or not self.me.firms:
            return None
        remembered = self.state.get(self.username or "", "last_firm")
        usccs = [f.uscc for f in self.me.firms]
        return remembered if remembered in usccs else usccs[0]

    def remember_firm(self, uscc: str) -> None:
        if self.username:
            self.state.set(self.username, "last_firm", uscc)

    # -- working days -------------------------------------------------------------------------------------
    def work_calendar(self, years: range) -> WorkCalendar:
        """Published years from the platform (cached for offline use); the rest falls back as workdays.py says."""
        published = {}
        for year in years:
            try:
                snap = self.fetch_or_cached("calendar", str(year), lambda y=year: self.client.calendar.get(y),
                                             CalendarYear | None)
            except UNREACHABLE:
                continue
            notice = snap.value
            if notice is not None and notice.published:
                published[year] = PublishedYear.from_lists(year, notice.holidays, notice.working_weekends,
                                                           notice.source)
        return WorkCalendar(published)

    def revalidated(self, kind: str, fetch: Callable[[str | None], Any], model: type) -> Snapshot:
        """A catalogue kept with its ETag: asked again with If-None-Match, the cached copy when unreachable.

        `fetch(etag)` returns an object with `items` (None when still current) and `etag`.
        """
        cached = self.cache.get(kind, "all")
        try:
            fetched = fetch(cached.etag if cached else None)
        except UNREACHABLE:
            if cached is None:
                raise
            return Snapshot([model.model_validate(x) for x in cached.body], cached.synced_at, live=False)
        now = _now()
        if fetched.items is None and cached is not None:
            self.cache.put(kind, "all", cached.body, etag=cached.etag, synced_at=now)
            return Snapshot([model.model_validate(x) for x in cached.body], now, live=True)
        self.cache.put(kind, "all", fetched.items, etag=fetched.etag, synced_at=now)
        return Snapshot(fetched.items or [], now, live=True)

    def fetch_or_cached(self, kind: str, key: str, fetch: Callable[[], T], model: Any) -> Snapshot[T]:
        """`fetch()` from the platform and keep a copy; when the platform is unreachable, the kept copy (stale)."""
        try:
            value = fetch()
        except UNREACHABLE as error:
            cached = self.cache.get_as(kind, key, model)
            if cached is None:
                raise
            log.info("%s %s from the cache (%s)", kind, key, type(error).__name__)
            return Snapshot(cached[0], cached[1], live=False)
        now = _now()
        self.cache.put(kind, key, value, synced_at=now)
        return Snapshot(value, now, live=True)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)
