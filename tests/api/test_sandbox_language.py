"""The caller's language: `Accept-Language` with q-values picks Chinese or English, and an English title or detail
never carries Chinese (the reasons inside a detail included). Field messages from the shared domain checks stay
Chinese (README: the platform's errors and their languages)."""

from __future__ import annotations

import re
import string

import httpx
import pytest

from assistant.sandbox.platform.language import negotiate
from assistant.sandbox.problems import FIELD_MESSAGES, PROBLEMS
from assistant.sandbox.seed import DEMO_PASSWORD, HONGSHENG

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


@pytest.mark.parametrize("header, language", [
    ("zh;q=0.1, en;q=0.9", "en"), ("en;q=0.9, zh;q=0.1", "en"), ("en", "en"), ("en-US,en;q=0.9", "en"),
    ("EN-gb", "en"), ("fr, en;q=0.1", "en"), ("en, zh", "en"),
    ("zh-CN,zh;q=0.9,en;q=0.8", "zh"), ("en;q=0.5, zh", "zh"), ("zh, en", "zh"), ("en;q=0", "zh"),
    ("", "zh"), (None, "zh"), ("*", "zh"), ("fr", "zh"), ("en;q=abc, zh;q=0.2", "zh"), ("en;q=2", "zh"),
    (";;;,,,", "zh"),
])
def test_accept_language_weights(header, language):
    assert negotiate(header) == language


def test_the_weights_reach_the_answer(sandbox):
    reply = httpx.get(f"{sandbox.url}/api/v1/me", headers={"Accept-Language": "zh;q=0.1, en;q=0.9"})
    assert reply.json()["title"] == "Not signed in" and reply.headers["content-language"] == "en"
    reply = httpx.get(f"{sandbox.url}/api/v1/me", headers={"Accept-Language": "en;q=0.5, zh-CN"})
    assert reply.json()["title"] == "登录已失效" and reply.headers["content-language"] == "zh-CN"


def test_every_english_title_and_detail_is_english():
    for code, (_, title_zh, title_en, detail_zh, detail_en) in PROBLEMS.items():
        names = {name for _, name, _, _ in string.Formatter().parse(detail_en) if name}
        assert names == {name for _, name, _, _ in string.Formatter().parse(detail_zh) if name}, code
        assert not CJK.search(title_en + detail_en), code
        assert CJK.search(title_zh + detail_zh), code
    for type_, (zh, en) in FIELD_MESSAGES.items():
        assert not CJK.search(en) and CJK.search(zh), type_


def test_a_barred_firm_is_told_why_in_english(sandbox):
    api = f"{sandbox.url}/api/v1"
    token = httpx.post(f"{api}/auth/login", json={"username": "hongsheng", "password": DEMO_PASSWORD})
    body = {"template_code": "XX-ZJ-SGXK-RQ", "template_version": 1, "signed_by": "孙德明", "signed_on": "2026-11-02",
            "fields": {"project_name": "厂区改造", "project_address": "渑池县", "contract_amount": "100000",
                       "contact_name": "孙德明", "contact_phone": "0398-4812345"}}
    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
    chinese = httpx.post(f"{api}/firms/{HONGSHENG}/commitments", json=body, headers=headers).json()
    english = httpx.post(f"{api}/firms/{HONGSHENG}/commitments", json=body,
                         headers={**headers, "Accept-Language": "en-GB, zh;q=0.2"}).json()
    assert chinese["code"] == english["code"] == "simplified_procedure_barred"
    assert "列入严重失信主体名单" in chinese["detail"]
    assert "seriously dishonest" in english["detail"] and not CJK.search(english["title"] + english["detail"])


def test_the_sandboxs_own_field_messages_follow_the_language(sandbox):
    api = f"{sandbox.url}/api/v1"
    token = httpx.post(f"{api}/auth/login", json={"username": "hongsheng", "password": DEMO_PASSWORD})
    headers = {"Authorization": f"Bearer {token.json()['access_token']}", "Accept-Language": "en"}
    reply = httpx.post(f"{api}/firms/{HONGSHENG}/commitments", headers=headers, json={
        "template_code": "NO-SUCH", "template_version": 1, "signed_by": "x", "signed_on": "2026-11-02"})
    body = reply.json()
    assert body["code"] == "validation_failed" and not CJK.search(str(body))
    reply = httpx.post(f"{api}/auth/login", json={"username": ""}, headers={"Accept-Language": "en"})
    assert not CJK.search(reply.text)
