"""Input bounds at the edge: nothing a caller sends can make the platform answer 5xx. Integers, money, text, dates,
cursors, headers and body sizes out of bounds are 4xx problem+json, each saying what is wrong."""

from __future__ import annotations

import json

import httpx
import pytest

from assistant.sandbox.seed import HENGDA

VOLUNTARY = {"template_code": "XX-ZD-GSCN", "template_version": 1, "signed_by": "张建国", "signed_on": "2026-11-02",
             "fields": {"scope": "合同履约", "contact_name": "张建国", "contact_phone": "13803730001"}}
BUILDING = {"template_code": "XX-ZJ-SGXK-RQ", "template_version": 1, "signed_by": "张建国", "signed_on": "2026-11-02",
            "fields": {"project_name": "厂房扩建", "project_address": "新乡市牧野区", "contract_amount": "100000",
                       "contact_name": "张建国", "contact_phone": "13803730001"}}


@pytest.fixture
def api(raw_http) -> httpx.Client:
    return raw_http("hengda")


def problem(reply: httpx.Response, status: int, code: str) -> dict:
    assert reply.status_code == status, reply.text
    assert reply.headers["content-type"].startswith("application/problem+json")
    body = reply.json()
    assert body["status"] == status and body["code"] == code, body
    return body


def post_raw(api: httpx.Client, path: str, text: str, **headers) -> httpx.Response:
    """JSON as written, so escapes such as a lone \\ud800 reach the server exactly."""
    return api.post(path, content=text.encode("ascii"), headers={"Content-Type": "application/json", **headers})


def commit(api: httpx.Client, body: dict) -> httpx.Response:
    return api.post(f"/firms/{HENGDA}/commitments", json=body)


# -- integers -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("year", ["99999999999999999999", "-1", "1899", "2200", "abc", "2026.5"])
def test_a_calendar_year_out_of_bounds_is_a_bad_request(api, year):
    problem(api.get(f"/calendar/{year}"), 400, "bad_request")


def test_calendar_years_in_bounds_behave_as_before(api):
    assert api.get("/calendar/2026").status_code == 200
    problem(api.get("/calendar/2031"), 404, "calendar_not_found")


@pytest.mark.parametrize("version", [2**63, 2**31, 0, -1, 1.5, "x"])
def test_template_version_out_of_bounds_is_a_field_error(api, version):
    body = problem(commit(api, {**VOLUNTARY, "template_version": version}), 422, "validation_failed")
    assert [e["field"] for e in body["errors"]] == ["template_version"]


@pytest.mark.parametrize("limit", ["0", "201", "99999999999999999999"])
def test_page_size_out_of_bounds(api, limit):
    problem(api.get(f"/firms/{HENGDA}/commitments", params={"limit": limit}), 422, "validation_failed")


# -- money --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("amount, words", [
    ("1e40", "金额不能超过"), ("1E+999999999", "金额不能超过"), ("1000000000000000.01", "金额不能超过"),
    ("1.005", "两位小数"), ("1e-40", "两位小数"), ("NaN", "不小于0"), ("-Infinity", "不小于0"),
])
def test_money_out_of_bounds_is_explained(api, amount, words):
    body = commit(api, {**BUILDING, "fields": {**BUILDING["fields"], "contract_amount": amount}})
    body = problem(body, 422, "validation_failed")
    assert [e["field"] for e in body["errors"]] == ["fields.contract_amount"]
    assert words in body["errors"][0]["message"]


def test_the_largest_amount_is_accepted(api):
    made = commit(api, {**BUILDING, "fields": {**BUILDING["fields"], "contract_amount": "1000000000000000"}})
    assert made.status_code == 201 and made.json()["fields"]["contract_amount"] == "1000000000000000.00"


# -- text -----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("escaped, kind", [
    (r"\ud800", "invalid character"), (r"\udfff", "invalid character"), (r"\u0000", "control character"),
    (r"\u001b", "control character"), (r"\n", "control character"), (r"\u0085", "control character"),
])
def test_control_characters_and_lone_surrogates_are_refused(api, escaped, kind):
    text = json.dumps({**VOLUNTARY, "signed_by": "SIGNER"}).replace("SIGNER", f"\\u5f20{escaped}")
    reply = post_raw(api, f"/firms/{HENGDA}/commitments", text, **{"Accept-Language": "en"})
    body = problem(reply, 422, "validation_failed")
    assert [e["field"] for e in body["errors"]] == ["signed_by"]
    assert kind in body["errors"][0]["message"].lower()
    assert api.get(f"/firms/{HENGDA}/commitments").json()["items"] == []


def test_a_lone_surrogate_in_a_field_key_is_refused_and_never_echoed_raw(api):
    text = json.dumps(VOLUNTARY, ensure_ascii=True).replace('"fields": {', '"fields": {"\\ud800x": "1", ')
    body = problem(post_raw(api, f"/firms/{HENGDA}/commitments", text), 422, "validation_failed")
    assert body["errors"] and all("\ud800" not in e["field"] for e in body["errors"])


def test_text_is_nfc_normalised_and_multiline_fields_keep_their_lines(api):
    decomposed = "Ame\u0301lie"
    made = commit(api, {**VOLUNTARY, "signed_by": decomposed})
    assert made.status_code == 201 and made.json()["signed_by"] == "Am\u00e9lie"
    repair = {"template_code": "HN-XYXF", "template_version": 1, "signed_by": "张建国", "signed_on": "2026-11-02",
              "fields": {"document_no": "新市监罚〔2026〕12号", "decided_on": "2026-03-01", "authority": "新乡市市场监督管理局",
                         "correction": "已缴纳罚款。\n已完成整改。\t见附件", "contact_name": "张建国",
                         "contact_phone": "13803730001"}}
    made = commit(api, repair)
    assert made.status_code == 201, made.text
    assert made.json()["fields"]["correction"] == "已缴纳罚款。\n已完成整改。\t见附件"


def test_unicode_in_logins_is_just_a_wrong_password(sandbox):
    reply = httpx.post(f"{sandbox.url}/api/v1/auth/login", json={"username": "héngda\u0301", "password": "密码"})
    problem(reply, 401, "bad_credentials")


# -- dates ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("day", ["0001-01-01", "1899-12-31", "2200-01-01", "9999-12-31", 0, "1700000000", "2026-2-3"])
def test_dates_outside_the_sane_range_are_refused(api, sandbox, day):
    body = problem(commit(api, {**VOLUNTARY, "signed_on": day}), 422, "validation_failed")
    assert [e["field"] for e in body["errors"]] == ["signed_on"]
    clock = httpx.post(f"{sandbox.url}/api/v1/sandbox/clock", json={"today": day},
                       headers={"X-Sandbox-Admin": sandbox.config.admin_token})
    problem(clock, 422, "validation_failed")


def test_the_sandbox_date_bounds_include_their_ends(api, sandbox):
    admin = {"X-Sandbox-Admin": sandbox.config.admin_token}
    for day in ("1900-01-01", "2199-12-31"):
        assert httpx.post(f"{sandbox.url}/api/v1/sandbox/clock", json={"today": day}, headers=admin).status_code == 200
        made = commit(api, {**BUILDING, "signed_on": day})  # deadlines counted from the last day still work
        assert made.status_code == 201, made.text


# -- cursors --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("cursor", ["²", "50", "-1", "!!!", "eyJ2IjoxLCJvZmZzZXQiOi0xfQ", "eyJ2IjoyfQ", "x" * 201])
def test_a_bad_cursor_is_a_bad_request(api, cursor):
    reply = api.get(f"/firms/{HENGDA}/commitments", params={"cursor": cursor})
    assert reply.status_code in (400, 422) and reply.status_code < 500
    if len(cursor) <= 200:
        problem(reply, 400, "invalid_cursor")


def test_cursors_are_opaque_and_page_through_everything(api):
    made = [commit(api, {**VOLUNTARY, "signed_by": f"签字人{n}"}).json()["id"] for n in range(5)]
    seen, cursor = [], None
    while True:
        page = api.get(f"/firms/{HENGDA}/commitments", params={"limit": 2, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200
        seen += [c["id"] for c in page.json()["items"]]
        cursor = page.json()["next_cursor"]
        if cursor is None:
            break
        assert not cursor.isdigit()
    assert sorted(seen) == sorted(made)


# -- headers --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("token", ["é".encode(), "令牌".encode(), b"\xff\xfe", b""])
def test_a_non_ascii_admin_token_is_forbidden(sandbox, token):
    reply = httpx.get(f"{sandbox.url}/api/v1/sandbox/clock", headers={"X-Sandbox-Admin": token})
    problem(reply, 403, "admin_only")


@pytest.mark.parametrize("value", ["Bearer 令牌".encode(), b"Bearer \xff", b"Basic abc", b"Bearer"])
def test_odd_authorization_headers_are_not_signed_in(sandbox, value):
    problem(httpx.get(f"{sandbox.url}/api/v1/me", headers={"Authorization": value}), 401, "invalid_token")


def test_an_absurd_if_none_match_is_refused(api):
    problem(api.get("/policies", headers={"If-None-Match": "x" * 5000}), 422, "validation_failed")


# -- body size and shape ----------------------------------------------------------------------------------------------
def test_a_body_over_the_cap_is_refused_before_parsing(api):
    huge = json.dumps({**VOLUNTARY, "signed_by": "x" * (2 * 1024 * 1024)})
    body = problem(api.post(f"/firms/{HENGDA}/commitments", content=huge,
                            headers={"Content-Type": "application/json"}), 413, "request_too_large")
    assert "1 MB" in body["detail"]


def test_a_chunked_body_is_cut_off_at_the_cap(api):
    def chunks():
        yield b'{"username": "'
        for _ in range(40):
            yield b"x" * 65536
        yield b'", "password": "x"}'

    reply = api.post("/auth/login", content=chunks(), headers={"Content-Type": "application/json"})
    problem(reply, 413, "request_too_large")


def test_many_bad_items_make_a_short_answer(api):
    fields = {f"bad key {n}": "x" for n in range(100)}  # each key breaks the key pattern
    reply = commit(api, {**VOLUNTARY, "fields": fields})
    body = problem(reply, 422, "validation_failed")
    assert len(reply.content) < 20_000 and len(body["errors"]) <= 50


def test_long_values_are_not_echoed_back(api):
    reply = commit(api, {**VOLUNTARY, "fields": {**VOLUNTARY["fields"], "contact_name": "名" * 9_000}})
    body = problem(reply, 422, "validation_failed")
    assert len(reply.content) < 5_000 and body["errors"][0]["field"] == "fields.contact_name"


@pytest.mark.parametrize("text", ["{bad", '{"username": "a", ', "[" * 100_000, "\"\\ud800", "1e999999"])
def test_malformed_json_is_a_bad_request_not_a_missing_route(api, text):
    reply = api.post("/auth/login", content=text.encode(), headers={"Content-Type": "application/json"})
    assert reply.status_code in (400, 422), reply.text
    assert reply.json()["code"] in ("bad_request", "validation_failed")
    if text.startswith("{"):
        problem(reply, 400, "bad_request")


def test_unknown_routes_and_methods(api):
    problem(api.get("/no-such-thing"), 404, "route_not_found")
    reply = api.put("/me")
    problem(reply, 405, "method_not_allowed")
    assert reply.headers["allow"] == "GET"
    reply = api.delete(f"/firms/{HENGDA}/commitments")
    problem(reply, 405, "method_not_allowed")
    assert reply.headers["allow"] == "GET, POST"  # every method of the path, not only the first route's
    assert api.patch("/sandbox/clock").headers["allow"] == "GET, POST"


def test_a_malformed_firm_code_is_a_bad_request(api):
    for uscc in ("91410711MA45KX3R2", "91410711ma45kx3r23", "%00" * 18):
        problem(api.get(f"/firms/{uscc}"), 400, "bad_request")
