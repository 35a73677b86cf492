"""Records and the repair rule table against the sandbox: the client and the platform agree on the repair block of
every demo record, the demo history covers every case, the `records` fact follows the records table, isolation of
every firm-scoped repair route, and the sandbox's own route for adding a record."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

from assistant.domain import repair as domain
from assistant.domain.policies import derive_facts
from assistant.sandbox.seed import DEMO_PASSWORD, FIRMS, HENGDA, HONGSHENG, LIJI, USERS, ZHISUAN
from tests.support.files import pdf_bytes

TODAY = dt.date(2026, 11, 23)
OWNERS = {uscc: u.username for u in USERS if u.role == "enterprise" for uscc, _ in u.firms}
# On the demo's date: each record's repair state, and the first day it can be repaired when that is known.
EXPECTED = {
    "r-hd-1": ("repaired", None), "r-hd-2": ("repairable", dt.date(2026, 10, 20)),
    "r-hd-3": ("not_yet", dt.date(2026, 12, 9)), "r-zs-1": ("expired", None),
    "r-zs-2": ("repairable", dt.date(2026, 8, 21)), "r-lj-1": ("repaired", None), "r-lj-2": ("not_yet", None),
    "r-jg-1": ("repaired", None), "r-jg-2": ("repairable", TODAY), "r-hs-1": ("repairable", dt.date(2026, 9, 13)),
    "r-hs-2": ("not_yet", dt.date(2027, 3, 19)), "r-wzy-1": ("not_yet", dt.date(2027, 6, 6)),
    "r-wzy-2": ("repairable", dt.date(2026, 11, 2)),
}


@pytest.fixture
def sandbox(make_sandbox):
    return make_sandbox(today=TODAY)


def admin(sandbox) -> dict:
    return {"X-Sandbox-Admin": sandbox.config.admin_token}


def test_the_rule_table_is_dated_and_revalidates(client):
    first = client.repair.rules()
    assert first.etag and {r.id for r in first.items} == {"ndrc-36-2025", "ndrc-58-2023"}
    current = domain.rule_for(first.items, TODAY)
    assert current.id == "ndrc-36-2025" and current.time_limits.acceptance == 3
    assert {o.sector for o in current.sector_overrides} >= {"food"}
    assert any(s.for_agent for s in current.slots["administrative_penalty"])
    again = client.repair.rules(etag=first.etag)
    assert again.items is None and again.etag == first.etag


def test_client_and_platform_agree_on_every_demo_record(sandbox, make_client):
    seen = {}
    for firm in FIRMS:
        client = make_client(sandbox.url)
        client.auth.login(OWNERS[firm.uscc], DEMO_PASSWORD)
        rules = client.repair.rules().items
        busy = {rid for case in client.repair.repairs(firm.uscc) if case.status not in ("repaired", "rejected")
                for rid in case.record_ids}
        for record in client.repair.records(firm.uscc):
            local = domain.assess(record, rules, TODAY, in_application=record.id in busy)
            remote = record.repair
            assert (local.state, local.earliest_on, local.rule_id, local.legal_basis) == (
                remote.state, remote.earliest_on, remote.rule_id, remote.legal_basis), record.id
            assert [(r.code, r.text, r.legal_basis, r.on) for r in local.reasons] == [
                (r.code, r.text, r.legal_basis, r.on) for r in remote.reasons], record.id
            period = domain.publication_period(record, domain.rule_for(rules, record.decided_on))
            assert (period.klass, period.min_until, period.max_until) == (
                record.klass, record.publication.min_until, record.publication.max_until), record.id
            assert record.authority and record.document_no and record.summary and record.sector
            assert client.repair.record(firm.uscc, record.id) == record
            seen[record.id] = (remote.state, remote.earliest_on)
    assert seen == EXPECTED


def test_the_demo_history_covers_every_case(client):
    client.auth.login("kuaiji", DEMO_PASSWORD)  # the accountant sees four client firms
    records = {r.id: r for uscc in (HENGDA, ZHISUAN, LIJI, HONGSHENG) for r in client.repair.records(uscc)}
    assert {r.kind for r in records.values()} == {"administrative_penalty", "serious_list", "abnormal_list", "other"}
    assert {r.klass for r in records.values()} == {"minor", "general", "serious"}
    assert {"simplified", "warning"} <= set(records["r-hd-2"].penalty.types)  # 简易程序 warning
    assert records["r-lj-1"].kind == "abnormal_list" and records["r-lj-1"].publication.state == "repaired"
    assert records["r-hd-3"].penalty.fine >= 50000 and records["r-hd-3"].klass == "general"  # 较大数额罚款
    suspended = records["r-hs-2"]
    assert "license_suspension" in suspended.penalty.types and suspended.penalty.term_months == 6
    assert records["r-zs-1"].publication.state == "expired"
    assert [r.code for r in records["r-lj-2"].repair.reasons] == ["fine_unpaid"]
    listed = records["r-hs-1"]
    assert listed.kind == "serious_list" and listed.publication.state == "public" and listed.performed.rectified_on
    assert listed.repair.state == "repairable"


def test_a_sector_standard_lengthens_the_minimum(client):
    client.auth.login("weizhiyuan", DEMO_PASSWORD)
    food = next(r for r in client.repair.records("91410711MA48CE5N83") if r.id == "r-wzy-1")
    assert food.sector == "food" and food.klass == "general"
    assert food.publication.min_until == dt.date(2027, 6, 5)  # 1 year, not the general class's 3 months
    assert "食品" in food.repair.reasons[0].text and "国市监信规" in food.repair.reasons[0].legal_basis


def test_the_records_fact_is_the_records_table(sandbox, client):
    client.auth.login("hongsheng", DEMO_PASSWORD)
    facts = client.firms.facts(HONGSHENG)
    listed = {r["id"]: r["state"] for r in facts["records"].value}
    assert listed == {"r-hs-1": "public", "r-hs-2": "public"}
    assert derive_facts(facts)["on_serious_dishonesty_list"] is True
    client.auth.login("liji", DEMO_PASSWORD)
    assert derive_facts(client.firms.facts(LIJI))["on_abnormal_list"] is False  # its listing was repaired


def test_a_record_past_its_maximum_is_shown_expired_and_stops_counting(sandbox, client):
    client.auth.login("liji", DEMO_PASSWORD)
    httpx.post(f"{sandbox.url}/api/v1/sandbox/clock", json={"today": "2027-01-16"}, headers=admin(sandbox))
    fine = next(r for r in client.repair.records(LIJI) if r.id == "r-lj-2")
    assert fine.publication.max_until == dt.date(2027, 1, 15)
    assert fine.publication.state == "expired" and fine.repair.state == "expired"
    assert {r["id"]: r["state"] for r in client.firms.facts(LIJI)["records"].value}["r-lj-2"] == "expired"


def test_records_page_with_a_cursor(raw_http):
    http = raw_http("hengda")
    first = http.get(f"/firms/{HENGDA}/records", params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["next_cursor"]
    rest = http.get(f"/firms/{HENGDA}/records", params={"limit": 2, "cursor": first["next_cursor"]}).json()
    assert [r["id"] for r in first["items"] + rest["items"]] == ["r-hd-2", "r-hd-3", "r-hd-1"]  # newest first
    assert rest["next_cursor"] is None


def test_every_firm_scoped_repair_route_is_404_for_a_firm_not_managed(raw_http):
    http = raw_http("liji")  # manages LIJI only
    multipart = {"files": [("application", (None, b"{}", "application/json")),
                           ("evidence", ("e.pdf", pdf_bytes(), "application/pdf"))]}
    calls = [
        ("GET", f"/firms/{HENGDA}/records", {}), ("GET", f"/firms/{HENGDA}/records/r-hd-2", {}),
        ("POST", f"/firms/{HENGDA}/records/r-hd-2/objections", multipart),
        ("GET", f"/firms/{HENGDA}/objections", {}), ("GET", f"/firms/{HENGDA}/objections/x1", {}),
        ("POST", f"/firms/{HENGDA}/repairs", multipart), ("GET", f"/firms/{HENGDA}/repairs", {}),
        ("GET", f"/firms/{HENGDA}/repairs/x1", {}), ("POST", f"/firms/{HENGDA}/repairs/x1/supplement", multipart),
        # another firm's record under the user's own firm is no more visible
        ("GET", f"/firms/{LIJI}/records/r-hd-2", {}),
        ("POST", f"/firms/{LIJI}/records/r-hd-2/objections", multipart),
    ]
    for method, path, options in calls:
        reply = http.request(method, path, **options)
        assert reply.status_code == 404 and reply.json()["code"] == "not_found", (method, path, reply.text)
    assert "恒达" not in http.get(f"/firms/{HENGDA}/records").text


def test_the_sandbox_adds_a_record_to_a_firm(sandbox, raw_http):
    api = f"{sandbox.url}/api/v1"
    body = {"uscc": ZHISUAN, "kind": "administrative_penalty", "decided_on": "2026-11-20",
            "authority": "新乡市红旗区应急管理局", "document_no": "红应急罚〔2026〕9号", "summary": "未按规定开展消防演练，罚款6万元",
            "sector": "work_safety", "penalty": {"types": ["fine"], "fine": "60000.00"}}
    assert httpx.post(f"{api}/sandbox/records", json=body).status_code == 403
    made = httpx.post(f"{api}/sandbox/records", json=body, headers=admin(sandbox))
    assert made.status_code == 201, made.text
    record = made.json()
    assert record["class"] == "general" and record["publication"]["min_until"] == "2027-02-20"
    assert record["repair"]["state"] == "not_yet" and record["repair"]["earliest_on"] is None  # fine unpaid
    listed = raw_http("zhisuan").get(f"/firms/{ZHISUAN}/records").json()["items"]
    assert listed[0]["id"] == record["id"]
    again = httpx.post(f"{api}/sandbox/records", json={**body, "id": record["id"]}, headers=admin(sandbox))
    assert again.status_code == 422 and again.json()["errors"][0]["field"] == "id"
    nobody = httpx.post(f"{api}/sandbox/records", json={**body, "uscc": "91410000MA00000000"}, headers=admin(sandbox))
    assert nobody.status_code == 422 and nobody.json()["errors"][0]["field"] == "uscc"
    bad = httpx.post(f"{api}/sandbox/records", json={**body, "penalty": {"fine": "NaN", "types": ["nap"]}},
                     headers=admin(sandbox))
    assert bad.status_code == 422 and {e["field"] for e in bad.json()["errors"]} == {"penalty.fine", "penalty.types.0"}
