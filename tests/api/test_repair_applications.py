"""Repair applications against the sandbox: submission with materials by slot, idempotency, every missing item at
once, 409 with the earliest day, sniffed uploads, the agent's slots and the agent's ID number, 补正, the decisions
and their effects (the serious-list firm's bar and policy veto lifted), and the demo workflow with the clock."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import httpx
import pytest

from assistant.api.errors import Conflict, IdempotencyConflict, SimplifiedProcedureBarred, ValidationFailed
from assistant.api.models import CommitmentRequest, RepairApplication
from assistant.sandbox.seed import DEMO_PASSWORD, HENGDA, HONGSHENG, JINGUO, LIJI, WEIZHIYUAN, ZHISUAN
from tests.support.files import pdf_bytes, png_bytes

TODAY = dt.date(2026, 11, 23)  # a Monday
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200  # a Windows program


@pytest.fixture
def sandbox(make_sandbox):
    return make_sandbox(today=TODAY)


def application(record_ids: list[str], signer: str = "张建国", **changes) -> RepairApplication:
    body = {"record_ids": record_ids, "reason": "罚款已缴清，违法行为已整改完毕，已组织全员培训。",
            "commitment": {"template_code": "HN-XYXF", "template_version": 1, "signed_by": signer,
                           "signed_on": TODAY.isoformat(),
                           "fields": {"document_no": "见处罚决定书", "decided_on": "2026-10-20", "authority": "认定单位",
                                      "correction": "已按要求整改并履行全部义务。"}},
            "contact": {"name": signer, "phone": "13803730001"}}
    body.update(changes)
    return RepairApplication.model_validate(body)


def part(slot: str, name: str = "", content: bytes | None = None, mime: str = "application/pdf"):
    return slot, (name or f"{slot}.pdf", pdf_bytes(slot) if content is None else content, mime)


PENALTY_FILES = [part("commitment"), part("fine_receipt"), part("rectification", "整改.png", png_bytes(), "image/png"),
                 part("license")]
SERIOUS_FILES = [part("commitment"), part("performance"), part("rectification"), part("license")]


def signed_in(make_client, sandbox, username: str):
    client = make_client(sandbox.url)
    client.auth.login(username, DEMO_PASSWORD)
    return client


def admin(sandbox) -> dict:
    return {"X-Sandbox-Admin": sandbox.config.admin_token}


def decide(sandbox, repair_id: str, decision: str, **extra) -> httpx.Response:
    return httpx.post(f"{sandbox.url}/api/v1/sandbox/repairs/{repair_id}/decide",
                      json={"decision": decision, **extra}, headers=admin(sandbox))


def set_clock(sandbox, day: str) -> None:
    reply = httpx.post(f"{sandbox.url}/api/v1/sandbox/clock", json={"today": day}, headers=admin(sandbox))
    assert reply.status_code == 200


def test_an_application_is_taken_with_its_materials(sandbox, make_client):
    client = signed_in(make_client, sandbox, "hengda")
    made = client.repair.apply(HENGDA, application(["r-hd-2"]), PENALTY_FILES, idempotency_key=str(uuid.uuid4()))
    assert made.status == "submitted" and made.case_no == "XF41071120261123" + "0001"
    assert made.record_ids == ["r-hd-2"] and made.authority == "新乡市牧野区应急管理局"
    assert [(s.status, s.actor) for s in made.timeline] == [("submitted", "新乡市恒达机械制造有限公司")]
    assert (made.due.acceptance_on, made.due.decision_on, made.due.late) == (dt.date(2026, 11, 26), None, "")
    assert sorted(f.slot for f in made.files) == ["commitment", "fine_receipt", "license", "rectification"]
    assert all(len(f.sha256) == 64 and f.size > 0 for f in made.files)
    assert next(f for f in made.files if f.slot == "rectification").mime == "image/png"
    assert client.repair.repairs(HENGDA) == [made] and client.repair.repair(HENGDA, made.id) == made
    record = client.repair.record(HENGDA, "r-hd-2")
    assert record.repair.state == "in_progress" and record.repair.reasons[0].code == "in_application"
    with pytest.raises(Conflict) as caught:  # one record, one open application
        client.repair.apply(HENGDA, application(["r-hd-2"]), PENALTY_FILES, idempotency_key=str(uuid.uuid4()))
    problem = caught.value.problem
    assert problem.code == "repair_in_progress" and problem.record_id == "r-hd-2" and problem.case_no == made.case_no
    assert made.case_no in caught.value.message


def test_the_same_key_gives_one_application(sandbox, make_client):
    client = signed_in(make_client, sandbox, "hengda")
    key = str(uuid.uuid4())
    first = client.repair.apply(HENGDA, application(["r-hd-2"]), PENALTY_FILES, idempotency_key=key)
    again = client.repair.apply(HENGDA, application(["r-hd-2"]), PENALTY_FILES, idempotency_key=key)
    assert again == first and len(client.repair.repairs(HENGDA)) == 1
    with pytest.raises(IdempotencyConflict):
        client.repair.apply(HENGDA, application(["r-hd-2"], reason="另一个理由"), PENALTY_FILES, idempotency_key=key)
    with pytest.raises(IdempotencyConflict):  # same JSON, another file
        client.repair.apply(HENGDA, application(["r-hd-2"]), [*PENALTY_FILES, part("decision")], idempotency_key=key)
    assert len(client.repair.repairs(HENGDA)) == 1


def test_every_missing_item_is_listed_at_once(sandbox, make_client):
    client = signed_in(make_client, sandbox, "hengda")
    empty = application(["r-hd-2"], reason="  ", contact={"name": "", "phone": ""})
    with pytest.raises(ValidationFailed) as caught:
        client.repair.apply(HENGDA, empty, [part("license")], idempotency_key=str(uuid.uuid4()))
    fields = {e.field for e in caught.value.field_errors}
    assert fields == {"reason", "contact.name", "contact.phone", "commitment", "fine_receipt", "rectification"}
    assert any("罚款缴纳凭证" in e.message for e in caught.value.field_errors)
    # The detail only counts them, so the message a dialog or the command line shows says each in its own words.
    lines = caught.value.message.splitlines()
    assert lines[0].startswith("有6处") and lines[-1] == "· 另有1处" and len(lines) == 7
    assert lines[1:6] == [f"· {e.message}" for e in caught.value.field_errors[:5]]
    assert client.repair.repairs(HENGDA) == []


def test_bad_items_are_listed_with_the_missing_ones(raw_http):
    http = raw_http("hengda")
    body = application(["r-hd-2", "r-nobody"]).model_dump(mode="json")
    reply = http.post(f"/firms/{HENGDA}/repairs", files=[("application", (None, json.dumps(body), "application/json"))])
    assert reply.status_code == 422 and [e["field"] for e in reply.json()["errors"]] == ["record_ids.1"]
    body = application(["r-hd-2"], commitment={**body["commitment"], "template_code": "XX-ZD-GSCN"}).model_dump(
        mode="json")
    files = [("application", (None, json.dumps(body), "application/json")),
             ("fine_receipt", ("罚款凭证.pdf", EXE, "application/pdf")),  # a program renamed .pdf
             ("commitment", ("承诺书.png", png_bytes(), "image/png")),
             ("rectification", ("整改.pdf", pdf_bytes(), "application/pdf")),
             ("mystery", ("x.pdf", pdf_bytes(), "application/pdf"))]
    reply = http.post(f"/firms/{HENGDA}/repairs", files=files)
    assert reply.status_code == 422, reply.text
    errors = {e["field"]: e["message"] for e in reply.json()["errors"]}
    assert errors.keys() == {"fine_receipt", "mystery", "commitment.template_code"}
    assert "罚款凭证.pdf" in errors["fine_receipt"] and "按文件内容判断" in errors["fine_receipt"]
    english = http.post(f"/firms/{HENGDA}/repairs", files=files, headers={"Accept-Language": "en"}).json()
    assert "judged by content" in {e["field"]: e["message"] for e in english["errors"]}["fine_receipt"]
    garbled = http.post(f"/firms/{HENGDA}/repairs", files=[("application", (None, b"{not json", "application/json"))])
    assert garbled.status_code == 422 and garbled.json()["code"] == "validation_failed"
    nothing = http.post(f"/firms/{HENGDA}/repairs", files=[("license", ("l.pdf", pdf_bytes(), "application/pdf"))])
    assert nothing.status_code == 422 and nothing.json()["errors"][0]["field"] == "application"
    assert http.post(f"/firms/{HENGDA}/repairs", json=body).status_code == 415


def test_a_record_not_repairable_yet_says_from_when(sandbox, make_client):
    client = signed_in(make_client, sandbox, "hengda")
    with pytest.raises(Conflict) as caught:
        client.repair.apply(HENGDA, application(["r-hd-3"]), PENALTY_FILES, idempotency_key=str(uuid.uuid4()))
    problem = caught.value.problem
    assert (problem.code, problem.earliest_on, problem.record_id) == ("repair_not_yet", dt.date(2026, 12, 9), "r-hd-3")
    assert "2026年12月9日" in problem.detail and "最短公示3个月" in problem.detail
    liji = signed_in(make_client, sandbox, "liji")
    with pytest.raises(Conflict) as caught:  # the fine is unpaid: no day is known yet
        liji.repair.apply(LIJI, application(["r-lj-2"]), PENALTY_FILES, idempotency_key=str(uuid.uuid4()))
    assert caught.value.problem.earliest_on is None and "罚款3,000.00元尚未缴纳" in caught.value.problem.detail
    for user, uscc, record_id, code in (("hengda", HENGDA, "r-hd-1", "repair_already_repaired"),
                                        ("zhisuan", ZHISUAN, "r-zs-1", "repair_expired")):
        with pytest.raises(Conflict) as caught:
            signed_in(make_client, sandbox, user).repair.apply(uscc, application([record_id]), PENALTY_FILES,
                                                               idempotency_key=str(uuid.uuid4()))
        assert caught.value.problem.code == code and caught.value.problem.record_id == record_id


def test_the_english_problem_names_the_record_and_the_day(raw_http):
    http = raw_http("hengda")
    body = json.dumps(application(["r-hd-3"]).model_dump(mode="json"))
    reply = http.post(f"/firms/{HENGDA}/repairs", files=[("application", (None, body, "application/json"))],
                      headers={"Accept-Language": "en"}).json()
    assert reply["detail"] == ("Record r-hd-3 can be repaired from 2026-12-09. Its minimum publication period has not "
                               "ended (until 2026-12-08).")
    assert reply["earliest_on"] == "2026-12-09"


def test_an_agent_adds_the_authorisation_and_the_id_number_is_never_kept(sandbox, make_client):
    client = signed_in(make_client, sandbox, "kuaiji")
    with pytest.raises(ValidationFailed) as caught:
        client.repair.apply(HENGDA, application(["r-hd-2"]), PENALTY_FILES, idempotency_key=str(uuid.uuid4()))
    assert {e.field for e in caught.value.field_errors} == {"authorisation", "agent_id", "agent.name"}
    with pytest.raises(ValidationFailed) as caught:
        client.repair.apply(HENGDA, application(["r-hd-2"], agent={"name": "王会计", "id_number": "410702199001011235"}),
                            [*PENALTY_FILES, part("authorisation"), part("agent_id")],
                            idempotency_key=str(uuid.uuid4()))
    assert {e.field for e in caught.value.field_errors} == {"agent.id_number"}
    id_number = "410702199203154519"
    made = client.repair.apply(HENGDA, application(["r-hd-2"], agent={"name": "王会计", "id_number": id_number}),
                               [*PENALTY_FILES, part("authorisation"), part("agent_id")],
                               idempotency_key=str(uuid.uuid4()))
    assert "王会计" in made.timeline[0].note
    folder = sandbox.config.db_path.parent
    stored = b"".join(f.read_bytes() for f in folder.iterdir() if f.name.startswith(sandbox.config.db_path.name))
    assert id_number.encode() not in stored and b"4107**********4519" in stored


def test_a_supplement_round_trip(sandbox, make_client):
    client = signed_in(make_client, sandbox, "hengda")
    made = client.repair.apply(HENGDA, application(["r-hd-2"]), PENALTY_FILES, idempotency_key=str(uuid.uuid4()))
    with pytest.raises(Conflict) as caught:  # nothing was asked for
        client.repair.supplement(HENGDA, made.id, [part("rectification")])
    assert caught.value.problem.code == "supplement_not_requested"
    assert decide(sandbox, made.id, "request_supplement", slots=["nope"]).status_code == 422
    asked = decide(sandbox, made.id, "request_supplement", slots=["rectification"], note="请补充整改后的现场照片。")
    assert asked.status_code == 200, asked.text
    case = client.repair.repair(HENGDA, made.id)
    assert case.status == "supplement_requested" and case.requested_slots == ["rectification"]
    assert case.timeline[-1].slots == ["rectification"] and case.timeline[-1].actor == "信用中国（河南）"
    assert (case.due.acceptance_on, case.due.decision_on) == (None, None)  # the clock waits for the firm
    with pytest.raises(ValidationFailed) as caught:
        client.repair.supplement(HENGDA, made.id, [part("decision")])
    assert {e.field for e in caught.value.field_errors} == {"decision", "rectification"}
    supplied = client.repair.supplement(HENGDA, made.id, [part("rectification", "现场照片.png", png_bytes(), "image/png")],
                                        note="已补充现场照片。")
    assert supplied.status == "supplemented" and supplied.requested_slots == []
    assert supplied.timeline[-1].note == "已补充现场照片。" and supplied.due.acceptance_on == dt.date(2026, 11, 26)
    assert sum(f.slot == "rectification" for f in supplied.files) == 2
    assert decide(sandbox, made.id, "approve").status_code == 409  # not accepted yet
    assert decide(sandbox, made.id, "accept").json()["due"]["decision_on"] == "2026-12-02"
    done = decide(sandbox, made.id, "approve")
    assert done.status_code == 200 and done.json()["status"] == "repaired"
    assert [s["status"] for s in done.json()["timeline"]] == [
        "submitted", "supplement_requested", "supplemented", "accepted", "repaired"]
    assert done.json()["timeline"][-1]["actor"] == "新乡市牧野区应急管理局"
    record = client.repair.record(HENGDA, "r-hd-2")
    assert record.publication.state == "repaired" and record.repair.state == "repaired"
    assert decide(sandbox, made.id, "reject").json()["code"] == "decision_not_allowed"


def test_a_rejected_application_leaves_the_record_repairable(sandbox, make_client):
    client = signed_in(make_client, sandbox, "jinguo")
    made = client.repair.apply(JINGUO, application(["r-jg-2"], signer="赵长河"), PENALTY_FILES,
                               idempotency_key=str(uuid.uuid4()))
    assert decide(sandbox, made.id, "reject", note="整改证明不足。").json()["status"] == "rejected"
    assert client.repair.record(JINGUO, "r-jg-2").repair.state == "repairable"
    assert decide(sandbox, "nosuchcase", "accept").status_code == 404
    assert httpx.post(f"{sandbox.url}/api/v1/sandbox/repairs/{made.id}/decide",
                      json={"decision": "accept"}).status_code == 403


BUILDING = {"template_code": "XX-ZJ-SGXK-RQ", "template_version": 1, "signed_by": "孙德明", "signed_on": "2026-11-23",
            "fields": {"project_name": "厂区改造", "project_address": "渑池县产业集聚区韶州路9号",
                       "contract_amount": "1000000", "contact_name": "孙德明", "contact_phone": "0398-4812345"}}


def test_repairing_the_serious_list_record_lifts_the_bar_and_the_veto(sandbox, make_client):
    client = signed_in(make_client, sandbox, "hongsheng")
    letter = CommitmentRequest.model_validate(BUILDING)  # 容缺受理: barred for a firm on a serious list
    with pytest.raises(SimplifiedProcedureBarred):
        client.commitments.create(HONGSHENG, letter, idempotency_key=str(uuid.uuid4()))

    def no_serious() -> str:
        stable = next(e for e in client.policies.eligibility(HONGSHENG) if e.policy_id == "hn-wengang-sme")
        return next(c for c in stable.conditions if c.id == "no_serious").state

    assert no_serious() == "unmet"
    made = client.repair.apply(HONGSHENG, application(["r-hs-1"], signer="孙德明"), SERIOUS_FILES,
                               idempotency_key=str(uuid.uuid4()))
    assert made.authority == "三门峡市市场监督管理局"
    with pytest.raises(SimplifiedProcedureBarred):  # still listed while the application is being decided
        client.commitments.create(HONGSHENG, letter, idempotency_key=str(uuid.uuid4()))
    assert decide(sandbox, made.id, "accept").status_code == 200
    assert decide(sandbox, made.id, "approve").status_code == 200
    assert client.firms.facts(HONGSHENG)["on_serious_dishonesty_list"].value is False
    assert no_serious() == "met"
    accepted = client.commitments.create(HONGSHENG, letter, idempotency_key=str(uuid.uuid4()))
    assert accepted.status == "submitted"
    records = {r.id: r for r in client.repair.records(HONGSHENG)}
    assert records["r-hs-1"].repair.state == "repaired" and records["r-hs-2"].publication.state == "public"


def test_the_demo_workflow_follows_the_clock(sandbox, make_client):
    client = signed_in(make_client, sandbox, "weizhiyuan")
    # A warning without a fine needs no proof of payment; no 营业执照 either: the demo's 补正 case.
    files = [part("commitment"), part("rectification")]
    made = client.repair.apply(WEIZHIYUAN, application(["r-wzy-2"], signer="陈晓燕"), files,
                               idempotency_key=str(uuid.uuid4()))
    assert client.repair.repair(WEIZHIYUAN, made.id).status == "submitted"  # nothing moves on the same day
    set_clock(sandbox, "2026-11-24")
    asked = client.repair.repair(WEIZHIYUAN, made.id)
    assert asked.status == "supplement_requested" and asked.requested_slots == ["license"]
    assert asked.timeline[-1].at == dt.datetime(2026, 11, 24, 9, 30, tzinfo=asked.timeline[-1].at.tzinfo)
    assert "营业执照" in asked.timeline[-1].note
    client.repair.supplement(WEIZHIYUAN, made.id, [part("license", "营业执照.jpg", png_bytes(), "image/png")])
    set_clock(sandbox, "2026-11-25")
    accepted = client.repair.repair(WEIZHIYUAN, made.id)
    assert accepted.status == "accepted" and accepted.due.decision_on == dt.date(2026, 12, 4)
    set_clock(sandbox, "2026-11-27")
    assert client.repair.record(WEIZHIYUAN, "r-wzy-2").repair.state == "in_progress"
    set_clock(sandbox, "2026-11-30")  # the third working day after acceptance
    done = client.repair.repair(WEIZHIYUAN, made.id)
    assert done.status == "repaired" and done.timeline[-1].actor == "新乡市牧野区市场监督管理局"
    assert [s.status for s in done.timeline] == ["submitted", "supplement_requested", "supplemented", "accepted",
                                                 "repaired"]
    assert done.due.late == "" and done.timeline[-1].at.date() <= accepted.due.decision_on
    assert [s.at for s in done.timeline] == sorted(s.at for s in done.timeline)  # whatever the real time of day
    assert client.repair.record(WEIZHIYUAN, "r-wzy-2").publication.state == "repaired"


def test_with_the_licence_an_application_goes_straight_through(sandbox, make_client):
    client = signed_in(make_client, sandbox, "jinguo")
    made = client.repair.apply(JINGUO, application(["r-jg-2"], signer="赵长河"), PENALTY_FILES,
                               idempotency_key=str(uuid.uuid4()))
    set_clock(sandbox, "2026-12-10")  # long after: every step is dated when it was due, not when looked at
    done = client.repair.repair(JINGUO, made.id)
    assert [(s.status, s.at.date()) for s in done.timeline[1:]] == [
        ("accepted", dt.date(2026, 11, 24)), ("repaired", dt.date(2026, 11, 27))]


def test_outside_demo_mode_only_the_admin_moves_a_case(make_sandbox, make_client):
    sandbox = make_sandbox(today=TODAY, demo=False)
    client = signed_in(make_client, sandbox, "jinguo")
    made = client.repair.apply(JINGUO, application(["r-jg-2"], signer="赵长河"), PENALTY_FILES,
                               idempotency_key=str(uuid.uuid4()))
    set_clock(sandbox, "2026-12-10")
    case = client.repair.repair(JINGUO, made.id)
    assert case.status == "submitted" and case.due.late == "acceptance"  # the platform is late, and it shows
