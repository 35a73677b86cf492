"""Signing in, token refresh and rotation, lockout, logout, and the saved login in the keyring."""

from __future__ import annotations

import sqlite3

import httpx
import keyring
import pytest

from assistant.api.auth import KeyringUnavailable
from assistant.api.errors import BadCredentials, RateLimited, SessionExpired
from assistant.errors import UserFacingError
from assistant.sandbox.seed import DEMO_PASSWORD, HENGDA, LIJI, ZHISUAN


def raw_refresh(sandbox, token: str) -> httpx.Response:
    return httpx.post(f"{sandbox.url}/api/v1/auth/refresh", json={"refresh_token": token})


def test_login_returns_the_user_and_their_firms(client):
    result = client.auth.login("kuaiji", DEMO_PASSWORD)
    assert result.me.role == "agent"
    assert {HENGDA, ZHISUAN, LIJI} <= {f.uscc for f in result.me.firms}
    assert client.auth.me().display_name == result.me.display_name


def test_wrong_password_is_bad_credentials_in_chinese(client):
    with pytest.raises(BadCredentials) as caught:
        client.auth.login("hengda", "wrong")
    assert caught.value.message == "用户名或密码不正确。"


def test_english_messages_on_request(sandbox, make_client):
    client = make_client(sandbox.url, language="en")
    with pytest.raises(BadCredentials) as caught:
        client.auth.login("hengda", "wrong")
    assert caught.value.message == "Wrong username or password."


def test_refresh_rotates_and_an_old_refresh_token_is_refused(sandbox):
    login = httpx.post(f"{sandbox.url}/api/v1/auth/login", json={"username": "hengda", "password": DEMO_PASSWORD})
    first = login.json()["refresh_token"]
    second = raw_refresh(sandbox, first)
    assert second.status_code == 200 and second.json()["refresh_token"] != first
    again = raw_refresh(sandbox, first)
    assert again.status_code == 401
    assert again.headers["content-type"].startswith("application/problem+json")
    # Reuse of a rotated token ends the whole family, so the copy an attacker might hold is dead too.
    assert raw_refresh(sandbox, second.json()["refresh_token"]).status_code == 401


def test_401_refreshes_once_and_retries(sandbox, client):
    client.auth.login("hengda", DEMO_PASSWORD)
    before = client.credentials.refresh_token
    with sqlite3.connect(sandbox.config.db_path) as db:  # the platform forgets every access token
        db.execute("DELETE FROM access_tokens")
    assert client.firms.get(HENGDA).uscc == HENGDA
    assert client.credentials.refresh_token != before
    assert raw_refresh(sandbox, before).status_code == 401


def test_token_is_refreshed_before_it_expires(make_sandbox, make_client, memory_keyring):
    sandbox = make_sandbox(access_ttl=30)  # inside the client's 60-second margin: every call refreshes first
    client = make_client(sandbox.url)
    client.auth.login("hengda", DEMO_PASSWORD, remember=True)
    saved = keyring.get_password(client.credentials.store.service, "hengda")
    client.auth.me()
    rotated = keyring.get_password(client.credentials.store.service, "hengda")
    assert rotated != saved, "the keyring must follow the rotation"
    assert raw_refresh(sandbox, saved).status_code == 401


def test_expired_session_when_the_refresh_token_is_refused(sandbox, client):
    client.auth.login("hengda", DEMO_PASSWORD)
    with sqlite3.connect(sandbox.config.db_path) as db:
        db.execute("DELETE FROM access_tokens")
        db.execute("DELETE FROM refresh_tokens")
    with pytest.raises(SessionExpired) as caught:
        client.auth.me()
    assert "重新登录" in caught.value.message


def test_five_failures_lock_the_login_with_retry_after(sandbox, client):
    for _ in range(5):
        with pytest.raises(BadCredentials):
            client.auth.login("liji", "wrong")
    with pytest.raises(RateLimited) as caught:
        client.auth.login("liji", DEMO_PASSWORD)  # even the right password waits
    assert 0 < caught.value.retry_after <= 15 * 60
    assert "分钟后再试" in caught.value.message
    raw = httpx.post(f"{sandbox.url}/api/v1/auth/login", json={"username": "liji", "password": DEMO_PASSWORD})
    assert raw.status_code == 429 and 0 < int(raw.headers["Retry-After"]) <= 900
    # Other users are not affected.
    assert client.auth.login("hengda", DEMO_PASSWORD).me.id == "u-hengda"


def test_unknown_users_are_locked_out_too(client):
    for _ in range(5):
        with pytest.raises(BadCredentials):
            client.auth.login("nobody", "x")
    with pytest.raises(RateLimited):
        client.auth.login("nobody", "x")


def test_remember_saves_only_to_the_keyring_and_resume_works(sandbox, make_client, memory_keyring, data_dir):
    first = make_client(sandbox.url)
    result = first.auth.login("zhisuan", DEMO_PASSWORD, remember=True)
    assert result.remembered
    assert list(memory_keyring.entries) == [(first.credentials.store.service, "zhisuan")]
    token = memory_keyring.entries[(first.credentials.store.service, "zhisuan")]
    assert not data_dir.exists() or all(token not in p.read_text(errors="ignore")
                                        for p in data_dir.rglob("*") if p.is_file())
    second = make_client(sandbox.url)
    assert second.auth.resume("zhisuan").id == "u-zhisuan"


def test_logout_ends_the_session_and_forgets_the_saved_login(sandbox, client, memory_keyring):
    client.auth.login("zhisuan", DEMO_PASSWORD, remember=True)
    token = memory_keyring.entries[(client.credentials.store.service, "zhisuan")]
    client.auth.logout()
    assert memory_keyring.entries == {}
    assert raw_refresh(sandbox, token).status_code == 401
    with pytest.raises(SessionExpired):
        client.auth.resume("zhisuan")


def test_without_a_keyring_the_login_works_but_is_not_remembered(client):
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())
    result = client.auth.login("hengda", DEMO_PASSWORD, remember=True)
    assert result.me.id == "u-hengda"
    assert not result.remembered and result.remember_failed
    assert not client.auth.has_saved_login("hengda")


def test_an_unusable_keyring_is_a_user_facing_error_in_chinese():
    error = KeyringUnavailable()
    assert isinstance(error, UserFacingError)
    assert error.message == "本机没有可用的系统密码库，无法记住登录。"


def test_resume_follows_rotation_and_the_rotated_token_stays_saved(make_sandbox, make_client, memory_keyring):
    sandbox = make_sandbox(access_ttl=30)  # every call refreshes, so every call rotates
    make_client(sandbox.url).auth.login("hengda", DEMO_PASSWORD, remember=True)
    second = make_client(sandbox.url)
    assert second.auth.resume("hengda").id == "u-hengda"
    second.auth.me()
    third = make_client(sandbox.url)
    assert third.auth.resume("hengda").id == "u-hengda", "the keyring holds the newest refresh token"


def test_a_keyring_that_stops_working_ends_remembering_but_not_the_session(make_sandbox, make_client):
    import keyring.backends.fail

    sandbox = make_sandbox(access_ttl=30)
    client = make_client(sandbox.url)
    assert client.auth.login("hengda", DEMO_PASSWORD, remember=True).remembered
    keyring.set_keyring(keyring.backends.fail.Keyring())
    assert client.auth.me().id == "u-hengda"  # the rotated token could not be saved; the session goes on
    assert not client.credentials.remembered


def test_forget_deletes_the_saved_login_and_later_rotations_stay_unsaved(make_sandbox, make_client, memory_keyring):
    sandbox = make_sandbox(access_ttl=30)
    client = make_client(sandbox.url)
    client.auth.login("zhisuan", DEMO_PASSWORD, remember=True)
    assert client.auth.has_saved_login("zhisuan")
    client.auth.forget("zhisuan")
    assert not client.auth.has_saved_login("zhisuan")
    client.auth.me()  # rotates
    assert memory_keyring.entries == {} and client.auth.signed_in


def test_assume_works_offline_as_a_user_without_a_session(sandbox, client, memory_keyring):
    client.auth.assume("weizhiyuan")
    assert client.auth.username == "weizhiyuan" and not client.auth.signed_in
    with pytest.raises(SessionExpired):
        client.auth.me()
    assert memory_keyring.entries == {}
    assert client.auth.login("weizhiyuan", DEMO_PASSWORD).me.id == "u-weizhiyuan"


def test_a_lost_session_while_resuming_deletes_the_dead_saved_login(sandbox, make_client, memory_keyring):
    make_client(sandbox.url).auth.login("zhisuan", DEMO_PASSWORD, remember=True)
    with sqlite3.connect(sandbox.config.db_path) as db:  # the platform revokes every session
        db.execute("DELETE FROM refresh_tokens")
    again = make_client(sandbox.url)
    with pytest.raises(SessionExpired):
        again.auth.resume("zhisuan")
    assert not again.auth.has_saved_login("zhisuan") and not again.auth.signed_in
