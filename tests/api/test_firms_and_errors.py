"""Firm data, firm isolation on every firm-scoped route, problem+json, and every failure kind."""

from __future__ import annotations

import json
import re

import httpx
import pytest

from assistant.api.errors import (
    BadResponse,
    NotFound,
    Offline,
    PlatformTimeout,
    ServerError,
    ValidationFailed,
)
from assistant.domain.ids import check_resident_id, check_uscc
from assistant.errors import SessionEnded
from assistant.sandbox.records_seed import RECORDS
from assistant.sandbox.seed import DEMO_PASSWORD, FIRMS, HENGDA, JINGUO, USERS, WEIZHIYUAN
from tests.support.servers import dead_port, scripted_server, silent_server

CJK = re.compile(r"[\u4e00-\u9fff]")


def token(sandbox, username: str) -> str:
    reply = httpx.post(f"{sandbox.url}/api/v1/auth/login", json={"username": username, "password": DEMO_PASSWORD})
    return reply.json()["access_token"]


def test_seed_is_realistic_and_valid():
    assert len(FIRMS) >= 5
    kinds = {f.kind for f in FIRMS}
    assert {"有限责任公司", "个体工商户", "农民专业合作社"} <= kinds
    assert any("高新技术企业" in f.tags for f in FIRMS)
    assert any(r["body"]["kind"] == "serious_list" and r["state"] == "public" for r in RECORDS)
    assert {f.region_code[:4] for f in FIRMS} == {"4107", "4112"}  # Xinxiang and Sanmenxia
    for firm in FIRMS:
        assert check_uscc(firm.uscc).valid, firm.name
        assert check_resident_id(firm.legal_rep_id).valid, firm.legal_rep
    agents = [u for u in USERS if u.role == "agent"]
    assert agents and len(agents[0].firms) >= 3
    assert {f.uscc for f in FIRMS} <= {uscc for u in USERS if u.role == "enterprise" for uscc, _ in u.firms}


def test_profile_masks_the_id_and_derives_the_size(client):
    client.auth.login("hengda", DEMO_PASSWORD)
    profile = client.firms.get(HENGDA)
    assert profile.name == "新乡市恒达机械制造有限公司"
    assert profile.legal_rep.id_masked == "4107**********031X"
    assert profile.size == "小型" and profile.industry_category == "工业"
    assert "41071119780312031X" not in client.request("GET", f"/firms/{HENGDA}").text
    facts = client.firms.facts(HENGDA)
    assert facts["staff_count"].value == 186 and facts["staff_count"].source == "platform"


def test_calendar_published_years_and_404_for_others(client):
    notice = client.calendar.get(2026)
    assert notice.published and len(notice.working_weekends) == 6
    assert client.calendar.get(2025).published
    assert client.calendar.get(2027) is None


def firm_scoped_routes(sandbox) -> list[tuple[str, str]]:
    """Every firm-scoped route the platform has, so a route added later is covered without editing this test."""
    spec = httpx.get(f"{sandbox.url}/api/v1/openapi.json").json()
    return [
        (method.upper(), path)
        for path, operations in spec["paths"].items()
        if path.startswith("/api/v1/firms/{uscc}")
        for method in operations
    ]


def test_every_firm_scoped_route_is_404_for_a_firm_the_user_does_not_manage(sandbox):
    routes = firm_scoped_routes(sandbox)
    assert len(routes) >= 2
    headers = {"Authorization": f"Bearer {token(sandbox, 'kuaiji')}"}
    for method, path in routes:
        for uscc in (JINGUO, WEIZHIYUAN, "91000000000000000X"):  # others' firms, and one that does not exist
            url = sandbox.url + re.sub(r"\{(?!uscc\})[a-z_]+\}", "1", path).replace("{uscc}", uscc)
            reply = httpx.request(method, url, headers=headers, json={})
            assert reply.status_code == 404, (method, path, uscc)
            body = reply.json()
            assert body["code"] == "not_found"
    # Same answer whether or not the firm exists: nothing to learn from the difference.
    a = httpx.get(f"{sandbox.url}/api/v1/firms/{JINGUO}", headers=headers).json()
    b = httpx.get(f"{sandbox.url}/api/v1/firms/91000000000000000X", headers=headers).json()
    assert a == b


def test_the_client_reports_not_found(client):
    client.auth.login("kuaiji", DEMO_PASSWORD)
    with pytest.raises(NotFound):
        client.firms.get(JINGUO)


@pytest.mark.parametrize("language, expect_cjk", [("zh-CN", True), ("en", False)])
def test_problem_json_shape_in_both_languages(sandbox, language, expect_cjk):
    headers = {"Accept-Language": language}
    replies = [
        httpx.get(f"{sandbox.url}/api/v1/no-such-thing", headers=headers),
        httpx.get(f"{sandbox.url}/api/v1/me", headers=headers),
        httpx.post(f"{sandbox.url}/api/v1/auth/login", json={"username": ""}, headers=headers),
        httpx.get(f"{sandbox.url}/api/v1/calendar/2031", headers=headers),
    ]
    assert [r.status_code for r in replies] == [404, 401, 422, 404]
    for reply in replies:
        assert reply.headers["content-type"].startswith("application/problem+json")
        body = reply.json()
        assert set(body) == {"type", "title", "status", "detail", "code", "errors"}
        assert body["status"] == reply.status_code and body["code"]
        assert bool(CJK.search(body["title"] + body["detail"])) is expect_cjk
        assert "Traceback" not in reply.text
    invalid = replies[2].json()
    assert {e["field"] for e in invalid["errors"]} == {"username", "password"}
    assert "2031" in replies[3].json()["detail"]


def test_validation_errors_reach_the_client_with_every_field(client):
    with pytest.raises(ValidationFailed) as caught:
        client.request("POST", "/auth/login", json={"username": "x" * 65}, authenticated=False)
    assert {e.field for e in caught.value.field_errors} == {"username", "password"}


def test_a_dead_port_is_offline(make_client):
    client = make_client(f"http://127.0.0.1:{dead_port()}")
    with pytest.raises(Offline) as caught:
        client.calendar.get(2026)
    assert "无法连接" in caught.value.message


def test_a_silent_platform_times_out(make_client):
    with silent_server() as url:
        client = make_client(url, read_timeout=0.3)
        with pytest.raises(PlatformTimeout) as caught:
            client.calendar.get(2026)
    assert "超时" in caught.value.message


def test_nonsense_answers_are_bad_responses(make_client):
    replies = {
        0: (200, {"Content-Type": "text/html"}, b"<html>login portal</html>"),
        1: (200, {"Content-Type": "application/json"}, json.dumps({"year": "soon"}).encode()),
    }
    with scripted_server(lambda n, path: replies[n]) as (url, _):
        client = make_client(url)
        for _ in replies:
            with pytest.raises(BadResponse) as caught:
                client.calendar.get(2026)
            assert "无法识别" in caught.value.message


def test_server_errors_are_retried_honouring_retry_after_then_succeed(make_client):
    ok = json.dumps({"year": 2026, "published": True, "holidays": [], "working_weekends": [], "source": "x"})

    def reply(n, path):
        if n == 0:
            return 503, {"Retry-After": "0"}, b""
        return 200, {"Content-Type": "application/json"}, ok.encode()

    with scripted_server(reply) as (url, seen):
        assert make_client(url).calendar.get(2026).year == 2026
    assert len(seen) == 2


def test_persistent_server_errors_become_server_error(make_client):
    with scripted_server(lambda n, path: (500, {"Content-Type": "text/plain"}, b"boom")) as (url, seen):
        with pytest.raises(ServerError) as caught:
            make_client(url).calendar.get(2026)
    assert len(seen) == 2  # bounded: FAST_RETRY allows two tries
    assert "故障" in caught.value.message


def test_posts_without_an_idempotency_key_are_not_retried(make_client):
    with scripted_server(lambda n, path: (503, {}, b"")) as (url, seen):
        with pytest.raises(ServerError):
            make_client(url).request("POST", "/auth/login", json={}, authenticated=False)
    assert len(seen) == 1


def test_a_long_retry_after_is_reported_not_waited_out(make_client):
    with scripted_server(lambda n, path: (429, {"Retry-After": "600"}, b"")) as (url, seen):
        from assistant.api.errors import RateLimited

        with pytest.raises(RateLimited) as caught:
            make_client(url).calendar.get(2026)
    assert caught.value.retry_after == 600 and len(seen) == 1


def test_a_call_after_the_session_closed_says_so_and_sends_nothing(client):
    """A page's load still running when the user signs out: a plain sentence, not 出现意外错误 (it was a bug report)."""
    client.close()
    with pytest.raises(SessionEnded) as caught:
        client.firms.get(HENGDA)
    assert not isinstance(caught.value, Offline) and "已退出登录" in caught.value.message  # no cached copy either
