"""With the platform unreachable, a remembered user still sees the last profile, marked with its age."""

from __future__ import annotations

import pytest

from assistant.api.client import Connection, PlatformClient, RetryPolicy
from assistant.api.errors import Offline, SessionExpired
from assistant.sandbox.seed import DEMO_PASSWORD, HENGDA, ZHISUAN
from assistant.services.session import Session
from assistant.store.db import Database
from tests.support.servers import dead_port

QUICK = RetryPolicy(attempts=1)


def session_for(url: str, db: Database, identity: str = "platform-under-test") -> Session:
    return Session(PlatformClient(Connection(url, identity=identity, connect_timeout=1), retry=QUICK), db)


def test_offline_start_shows_the_cached_profile(sandbox, tmp_path):
    db = Database(tmp_path / "local.sqlite3")
    online = session_for(sandbox.url, db)
    online.sign_in("kuaiji", DEMO_PASSWORD, remember=True)
    fresh = online.firm(HENGDA)
    assert fresh.profile.live
    online.remember_firm(HENGDA)

    offline = session_for(f"http://127.0.0.1:{dead_port()}", db)
    me = offline.resume("kuaiji")
    assert not me.live and me.value.id == "u-kuaiji"
    assert offline.last_firm() == HENGDA
    view = offline.firm(HENGDA)
    assert not view.profile.live
    assert view.profile.value.name == "新乡市恒达机械制造有限公司"
    assert view.profile.synced_at == fresh.profile.synced_at
    assert view.facts is not None and view.facts.value["staff_count"].value == 186


def test_offline_without_a_cached_copy_says_offline(sandbox, tmp_path):
    db = Database(tmp_path / "local.sqlite3")
    online = session_for(sandbox.url, db)
    online.sign_in("kuaiji", DEMO_PASSWORD, remember=True)
    offline = session_for(f"http://127.0.0.1:{dead_port()}", db)
    offline.resume("kuaiji")
    with pytest.raises(Offline):
        offline.firm(ZHISUAN)  # never opened while online


def test_offline_start_needs_a_remembered_login(sandbox, tmp_path):
    db = Database(tmp_path / "local.sqlite3")
    session_for(sandbox.url, db).sign_in("kuaiji", DEMO_PASSWORD, remember=False)
    with pytest.raises(SessionExpired):
        session_for(f"http://127.0.0.1:{dead_port()}", db).resume("kuaiji")


def test_a_firm_outside_the_account_is_refused_locally(sandbox, tmp_path):
    session = session_for(sandbox.url, Database(tmp_path / "local.sqlite3"))
    session.sign_in("hengda", DEMO_PASSWORD, remember=False)
    with pytest.raises(SessionExpired):
        session.firm(ZHISUAN)


def test_work_calendar_uses_the_platform_and_its_cache(sandbox, tmp_path):
    import datetime as dt

    db = Database(tmp_path / "local.sqlite3")
    online = session_for(sandbox.url, db).work_calendar(range(2026, 2028))
    assert online.published.keys() == {2026}
    offline = session_for(f"http://127.0.0.1:{dead_port()}", db).work_calendar(range(2026, 2028))
    assert offline.published.keys() == {2026}
    assert offline.add_workdays(dt.date(2026, 9, 30), 1).on == dt.date(2026, 10, 8)
