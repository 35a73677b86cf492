"""Objections (异议) against the sandbox: filed with evidence, followed with due dates, decided by the authority (a
correction changes the record everywhere, an upheld objection without one removes it), and the demo workflow."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import httpx
import pytest

from assistant.api.errors import Conflict, NotFound, ValidationFailed
from assistant.api.models import ObjectionRequest
from assistant.sandbox.seed import DEMO_PASSWORD, HENGDA, HONGSHENG, ZHISUAN
from tests.support.files import pdf_bytes

TODAY = dt.date(2026, 11, 23)  # a Monday
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200
REQUEST = ObjectionRequest.model_validate({"reason": "处罚决定书载明的罚款金额为3万元，公示为6万元，与原件不符。",
                                           "contact": {"name": "张建国", "phone": "13803730001"}})
EVIDENCE = [("evidence", ("处罚决定书.pdf", pdf_bytes("decision"), "application/pdf"))]


@pytest.fixture
def sandbox(make_sandbox):
    return make_sandbox(today=TODAY)


@pytest.fixture
def owner(client):
    client.auth.login("hengda", DEMO_PASSWORD)
    return client


def decide(sandbox, objection_id: str, decision: str, **extra) -> httpx.Response:
    return httpx.post(f"{sandbox.url}/api/v1/sandbox/objections/{objection_id}/decide",
                      json={"decision": decision, **extra}, headers={"X-Sandbox-Admin": sandbox.config.admin_token})


def set_clock(sandbox, day: str) -> None:
    httpx.post(f"{sandbox.url}/api/v1/sandbox/clock", json={"today": day},
               headers={"X-Sandbox-Admin": sandbox.config.admin_token}).raise_for_status()


def test_an_objection_is_filed_and_corrects_the_record(sandbox, owner):
    made = owner.repair.object(HENGDA, "r-hd-3", REQUEST, EVIDENCE, idempotency_key=str(uuid.uuid4()))
    assert made.status == "submitted" and made.case_no == "YY41071120261123" + "0001" and made.record_id == "r-hd-3"
    assert [f.name for f in made.files] == ["处罚决定书.pdf"] and len(made.files[0].sha256) == 64
    # forwarded within 1 working day, checked within 7 after that
    assert (made.due.acceptance_on, made.due.decision_on) == (dt.date(2026, 11, 24), dt.date(2026, 12, 3))
    assert owner.repair.objections(HENGDA) == [made] and owner.repair.objection(HENGDA, made.id) == made
    with pytest.raises(Conflict) as caught:  # one open objection per record
        owner.repair.object(HENGDA, "r-hd-3", REQUEST, EVIDENCE, idempotency_key=str(uuid.uuid4()))
    assert caught.value.problem.code == "objection_in_progress" and caught.value.problem.case_no == made.case_no

    assert decide(sandbox, made.id, "uphold").json()["code"] == "decision_not_allowed"  # not forwarded yet
    forwarded = decide(sandbox, made.id, "forward").json()
    assert forwarded["status"] == "forwarded" and "新乡市市场监督管理局" in forwarded["timeline"][-1]["note"]
    assert forwarded["due"]["acceptance_on"] is None and forwarded["due"]["decision_on"] == "2026-12-02"
    upheld = decide(sandbox, made.id, "uphold", correction={"penalty": {"fine": "30000.00"},
                                                            "summary": "出厂叉车产品铭牌未标注额定起重量，罚款3万元"})
    assert upheld.status_code == 200, upheld.text
    assert upheld.json()["status"] == "upheld" and upheld.json()["timeline"][-1]["actor"] == "新乡市市场监督管理局"
    record = owner.repair.record(HENGDA, "r-hd-3")
    assert record.corrected and record.penalty.fine == 30000 and record.penalty.types == ["fine"]
    assert record.klass == "minor" and record.repair.state == "repairable"  # 3万元 is no longer 较大数额
    assert record.summary.endswith("罚款3万元")


def test_an_upheld_objection_without_a_correction_removes_the_record(sandbox, client):
    client.auth.login("zhisuan", DEMO_PASSWORD)
    request = ObjectionRequest(reason="该项目已由财政部门书面撤销不良行为记录。", contact={"name": "刘晓雯", "phone": "13903730002"})
    made = client.repair.object(ZHISUAN, "r-zs-2", request, EVIDENCE, idempotency_key=str(uuid.uuid4()))
    decide(sandbox, made.id, "forward").raise_for_status()
    assert "撤下" in decide(sandbox, made.id, "uphold").json()["timeline"][-1]["note"]
    assert [r.id for r in client.repair.records(ZHISUAN)] == ["r-zs-1"]
    with pytest.raises(NotFound):
        client.repair.record(ZHISUAN, "r-zs-2")
    assert "r-zs-2" not in {r["id"] for r in client.firms.facts(ZHISUAN)["records"].value}
    assert client.repair.objection(ZHISUAN, made.id).status == "upheld"  # the case keeps its history


def test_a_dismissed_objection_keeps_the_record(sandbox, client):
    client.auth.login("hongsheng", DEMO_PASSWORD)
    made = client.repair.object(HONGSHENG, "r-hs-2", REQUEST, EVIDENCE, idempotency_key=str(uuid.uuid4()))
    decide(sandbox, made.id, "forward").raise_for_status()
    assert decide(sandbox, made.id, "dismiss", correction={"summary": "x"}).status_code == 422  # uphold only
    dismissed = decide(sandbox, made.id, "dismiss", note="经核查，记录与处罚决定书一致。").json()
    assert dismissed["status"] == "dismissed" and dismissed["timeline"][-1]["note"] == "经核查，记录与处罚决定书一致。"
    record = client.repair.record(HONGSHENG, "r-hs-2")
    assert not record.corrected and record.publication.state == "public"
    again = client.repair.object(HONGSHENG, "r-hs-2", REQUEST, EVIDENCE, idempotency_key=str(uuid.uuid4()))
    assert again.id != made.id  # a closed objection does not block a new one


def test_an_objection_needs_a_reason_and_real_evidence(raw_http):
    http = raw_http("hengda")
    url = f"/firms/{HENGDA}/records/r-hd-3/objections"
    bare = http.post(url, files=[("objection", (None, json.dumps({"reason": "", "contact": {"name": "", "phone": ""}}),
                                                "application/json"))])
    assert bare.status_code == 422
    assert {e["field"] for e in bare.json()["errors"]} == {"reason", "evidence"}
    renamed = http.post(url, files=[("objection", (None, REQUEST.model_dump_json(), "application/json")),
                                    ("evidence", ("证明.pdf", EXE, "application/pdf"))])
    assert renamed.status_code == 422 and renamed.json()["errors"][0]["field"] == "evidence"
    assert "证明.pdf" in renamed.json()["errors"][0]["message"]
    assert http.post(f"/firms/{HENGDA}/records/r-nobody/objections",
                     files=[("objection", (None, REQUEST.model_dump_json(), "application/json")), *EVIDENCE]
                     ).status_code == 404
    assert http.get(f"/firms/{HENGDA}/objections").json() == {"items": [], "next_cursor": None}


def test_the_same_key_gives_one_objection(owner):
    key = str(uuid.uuid4())
    first = owner.repair.object(HENGDA, "r-hd-3", REQUEST, EVIDENCE, idempotency_key=key)
    assert owner.repair.object(HENGDA, "r-hd-3", REQUEST, EVIDENCE, idempotency_key=key) == first
    with pytest.raises(ValidationFailed):  # a new objection without evidence is checked, not replayed
        owner.repair.object(HENGDA, "r-hd-2", REQUEST, [], idempotency_key=str(uuid.uuid4()))
    assert len(owner.repair.objections(HENGDA)) == 1


def test_the_demo_workflow_forwards_and_checks_an_objection(sandbox, owner):
    made = owner.repair.object(HENGDA, "r-hd-3", REQUEST, EVIDENCE, idempotency_key=str(uuid.uuid4()))
    set_clock(sandbox, "2026-11-24")
    forwarded = owner.repair.objection(HENGDA, made.id)
    assert forwarded.status == "forwarded" and forwarded.timeline[-1].actor == "信用中国（河南）"
    set_clock(sandbox, "2026-12-01")  # the fifth working day after forwarding
    checked = owner.repair.objection(HENGDA, made.id)
    assert checked.status == "dismissed" and checked.timeline[-1].at.date() == dt.date(2026, 12, 1)
    assert checked.due.late == "" and owner.repair.record(HENGDA, "r-hd-3").penalty.fine == 60000
