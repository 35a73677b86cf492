"""Idempotency keys are spent on one operation: (user, method, path). Another firm's path or another route with the
same key is a 409 `idempotency_key_reused` — never the first firm's commitment replayed."""

from __future__ import annotations

import re
import sqlite3
import uuid

import httpx
import pytest

from assistant.sandbox.seed import DEMO_PASSWORD, HENGDA, ZHISUAN

CJK = re.compile(r"[\u4e00-\u9fff]")
VOLUNTARY = {"template_code": "XX-ZD-GSCN", "template_version": 1, "signed_by": "王会计", "signed_on": "2026-11-02",
             "fields": {"scope": "合同履约", "contact_name": "王会计", "contact_phone": "13803730001"}}


@pytest.fixture
def agent(raw_http) -> httpx.Client:
    """kuaiji, the accountant, manages several firms: the case where a reused key could cross firms."""
    return raw_http("kuaiji")


def create(http: httpx.Client, uscc: str, key: str, body: dict = VOLUNTARY, **headers) -> httpx.Response:
    return http.post(f"/firms/{uscc}/commitments", json=body, headers={"Idempotency-Key": key, **headers})


def test_the_same_key_for_another_firm_is_refused_and_creates_nothing(agent):
    key = str(uuid.uuid4())
    first = create(agent, HENGDA, key)
    assert first.status_code == 201 and first.json()["uscc"] == HENGDA
    other = create(agent, ZHISUAN, key)
    assert other.status_code == 409, other.text
    assert other.headers["content-type"].startswith("application/problem+json")
    assert other.json()["code"] == "idempotency_key_reused"
    assert HENGDA not in other.text and first.json()["id"] not in other.text  # nothing of the first firm leaks
    assert agent.get(f"/firms/{ZHISUAN}/commitments").json()["items"] == []
    assert [c["id"] for c in agent.get(f"/firms/{HENGDA}/commitments").json()["items"]] == [first.json()["id"]]


def test_the_same_key_on_another_route_is_refused(sandbox, agent):
    key = str(uuid.uuid4())
    # Spent on another creating route (repairs, once the platform has them): written as that route would.
    conn = sqlite3.connect(sandbox.config.db_path)
    with conn:
        conn.execute("INSERT INTO idempotency (user_id, key, method, path, request_hash, status, body) "
                     "VALUES ('u-kuaiji', ?, 'POST', ?, 'x', 201, '{}')", (key, f"/api/v1/firms/{HENGDA}/repairs"))
    conn.close()
    reply = create(agent, HENGDA, key)
    assert reply.status_code == 409 and reply.json()["code"] == "idempotency_key_reused"
    assert agent.get(f"/firms/{HENGDA}/commitments").json()["items"] == []


def test_same_path_same_body_replays_and_other_body_conflicts(agent):
    key = str(uuid.uuid4())
    first = create(agent, HENGDA, key)
    again = create(agent, HENGDA, key)
    assert again.status_code == 201 and again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    changed = create(agent, HENGDA, key, body={**VOLUNTARY, "signed_by": "别人"})
    assert changed.status_code == 409 and changed.json()["code"] == "idempotency_conflict"
    assert len(agent.get(f"/firms/{HENGDA}/commitments").json()["items"]) == 1


def test_keys_are_per_user(sandbox, agent):
    key = str(uuid.uuid4())
    assert create(agent, HENGDA, key).status_code == 201
    owner = httpx.post(f"{sandbox.url}/api/v1/auth/login", json={"username": "hengda", "password": DEMO_PASSWORD})
    reply = httpx.post(f"{sandbox.url}/api/v1/firms/{HENGDA}/commitments", json=VOLUNTARY,
                       headers={"Idempotency-Key": key, "Authorization": f"Bearer {owner.json()['access_token']}"})
    assert reply.status_code == 201 and "idempotent-replayed" not in reply.headers


def test_the_new_problem_reads_in_both_languages(agent):
    key = str(uuid.uuid4())
    create(agent, HENGDA, key)
    chinese = create(agent, ZHISUAN, key).json()
    english = create(agent, ZHISUAN, key, **{"Accept-Language": "en"}).json()
    assert CJK.search(chinese["title"]) and CJK.search(chinese["detail"])
    assert not CJK.search(english["title"] + english["detail"])


@pytest.mark.parametrize("key", ["", "x" * 201, "含中文"])
def test_a_malformed_key_is_refused_before_anything_happens(agent, key):
    reply = agent.post(f"/firms/{HENGDA}/commitments", json=VOLUNTARY,
                       headers={"Idempotency-Key": key.encode("utf-8")})
    assert reply.status_code == 422 and reply.json()["errors"][0]["field"] == "idempotency-key"
    assert agent.get(f"/firms/{HENGDA}/commitments").json()["items"] == []
