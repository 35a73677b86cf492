"""Credit reports against the sandbox: the standard and the special edition as issued, only published records in
them, the yearly free quota, idempotent issuing, the signed PDF and its hash, firm isolation, the public verify and
certificate routes, a repair reflected in the next report but not in an earlier one, and a firm with 1,000 records."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import time
import uuid

import httpx
import pytest
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader

from assistant.domain.reports import valid_code, valid_report_no
from assistant.pdf import fonts
from assistant.sandbox import db as sandbox_db
from assistant.sandbox.platform import records as platform_records
from assistant.sandbox.records_seed import RECORDS
from assistant.sandbox.seed import HENGDA, HONGSHENG, JINGUO, LIJI, ZHISUAN
from tests.api.test_repair_applications import PENALTY_FILES, application

TODAY = dt.date(2026, 11, 23)
HIDDEN = {item["body"]["id"] for item in RECORDS if item["state"] != "public"}  # repaired or run out
ADVERSE = ("administrative", "serious_list", "abnormal_list", "judicial", "other")
VERIFY_FIELDS = {"valid", "firm_name", "uscc", "issued_at", "edition", "sha256"}


@pytest.fixture
def sandbox(make_sandbox):
    return make_sandbox(today=TODAY)


def admin(sandbox) -> dict:
    return {"X-Sandbox-Admin": sandbox.config.admin_token}


def set_clock(sandbox, day: str) -> None:
    assert httpx.post(f"{sandbox.url}/api/v1/sandbox/clock", json={"today": day}, headers=admin(sandbox)).is_success


def issue(http: httpx.Client, uscc: str, key: str | None = None, **body) -> httpx.Response:
    body = {"edition": "standard", "purpose": "tender", **body}
    return http.post(f"/firms/{uscc}/reports", json=body, headers={"Idempotency-Key": key or str(uuid.uuid4())},
                     timeout=60)


def issued(http: httpx.Client, uscc: str, **body) -> dict:
    reply = issue(http, uscc, **body)
    assert reply.status_code == 201, reply.text
    return reply.json()


def sections(report: dict) -> dict[str, dict]:
    return {s["key"]: s for s in report["data"]["sections"]}


def record_ids(report: dict) -> set[str]:
    return {row["record_id"] for s in report["data"]["sections"] for row in s["rows"] if row["record_id"]}


def counts_match_rows(report: dict) -> bool:
    shown = sections(report)
    return all(c["count"] == len(shown[c["key"]]["rows"]) for c in report["data"]["summary"])


def test_a_standard_report_shows_the_firm_as_published(raw_http):
    report = issued(raw_http("hongsheng"), HONGSHENG)
    assert valid_report_no(report["report_no"]) and valid_code(report["verify_code"])
    assert report["report_no"].startswith("20261123")  # the sandbox's day, China time
    assert (report["edition"], report["purpose"], report["demo"], report["period"]) == ("standard", "tender", True,
                                                                                        None)
    assert report["quota"] == {"year": 2026, "free_per_year": 2, "used": 1, "left": 1}
    data = report["data"]
    assert data["firm"] == {"name": "渑池县宏盛建材有限公司", "uscc": HONGSHENG, "legal_rep": "孙德明",
                            "established_on": "2011-06-30", "address": "渑池县产业集聚区韶州路9号"}
    shown = sections(report)
    assert [s["number"] for s in data["sections"]] == list("一二三四五六七八九十")
    assert [s["title"] for s in data["sections"]][3] == "严重失信主体名单信息"
    assert [row["record_id"] for row in shown["serious_list"]["rows"]] == ["r-hs-1"]
    assert [row["record_id"] for row in shown["administrative"]["rows"]] == ["r-hs-2"]
    assert "罚款（120,000.00元）、暂扣许可证件（6个月）" in shown["administrative"]["rows"][0]["cells"]
    assert shown["evaluation"]["rows"][0]["cells"] == ["纳税信用级别", "D级", "国家税务总局河南省税务局", "2025"]
    assert ["主体类型", "有限责任公司"] in [row["cells"] for row in shown["registration"]["rows"]]
    advice = [row["cells"][0] for row in shown["advice"]["rows"]]
    assert any("三市监严失〔2025〕9号" in line and "已满足信用修复条件" in line for line in advice)
    assert {c["key"] for c in data["summary"]} >= {s["key"] for s in data["sections"][1:9]}
    assert counts_match_rows(report)
    explanation = "".join(data["explanation"])
    assert "不作信用评分或评级" in explanation and "异议" in explanation and "信用修复" in explanation


def test_only_published_records_appear_in_any_firm_s_report(raw_http):
    for username, uscc in (("hengda", HENGDA), ("zhisuan", ZHISUAN), ("liji", LIJI), ("jinguo", JINGUO),
                           ("hongsheng", HONGSHENG)):
        http = raw_http(username)
        public = {r["id"] for r in http.get(f"/firms/{uscc}/records").json()["items"]
                  if r["publication"]["state"] == "public"}
        report = issued(http, uscc)
        assert record_ids(report) == public and not record_ids(report) & HIDDEN, uscc
        assert counts_match_rows(report)
    honours = sections(report)  # the last firm issued: 宏盛 has no honours, and says so
    assert honours["honours"]["rows"] == [] and honours["honours"]["empty_text"] == "无"


def test_a_special_report_lists_its_period_and_says_none_when_empty(raw_http):
    clean = issued(raw_http("zhisuan"), ZHISUAN, edition="special",
                   period={"from": "2023-11-23", "to": "2026-11-23"})
    assert clean["period"] == {"from": "2023-11-23", "to": "2026-11-23"}
    shown = clean["data"]["sections"]
    assert [(s["number"], s["title"]) for s in shown] == [
        ("一", "行政处罚（含简易程序）"), ("二", "行政强制"), ("三", "严重失信主体名单"), ("四", "刑事裁判")]
    assert all(s["rows"] == [] and s["empty_text"].startswith("查询期间内无") for s in shown)
    assert [s["empty_text"] for s in shown][0] == "查询期间内无行政处罚记录"
    assert all("2023年11月23日至2026年11月23日" in s["note"] for s in shown)
    assert [c["count"] for c in clean["data"]["summary"]] == [0, 0, 0, 0]
    explanation = "".join(clean["data"]["explanation"])
    assert "无违法违规记录证明" in explanation and "发改财金〔2025〕565号" in explanation

    recent = issued(raw_http("hengda"), HENGDA, edition="special", purpose="other", purpose_note="某项目投标",
                    period={"from": "2026-10-01", "to": "2026-11-23"})
    penalties = sections(recent)["penalties"]
    assert [row["record_id"] for row in penalties["rows"]] == ["r-hd-2"]  # r-hd-3 was decided in September
    assert "简易程序" in penalties["rows"][0]["cells"] and recent["purpose_note"] == "某项目投标"
    assert counts_match_rows(recent)


@pytest.mark.parametrize("period, field, words", [
    (None, "period", "需要选择查询期间"),
    ({"from": "2026-11-01", "to": "2026-10-01"}, "period", "开始日期不能晚于结束日期"),
    ({"from": "2026-11-01", "to": "2026-11-24"}, "period.to", "不能晚于今天（2026-11-23）"),
    ({"from": "2023-11-22", "to": "2026-11-23"}, "period.from", "不能早于2023-11-23"),
])
def test_a_special_report_needs_a_period_of_at_most_three_years(raw_http, period, field, words):
    http = raw_http("hengda")
    body = {"edition": "special", **({"period": period} if period else {})}
    reply = issue(http, HENGDA, **body)
    assert reply.status_code == 422 and reply.json()["code"] == "validation_failed"
    assert [(e["field"], words in e["message"]) for e in reply.json()["errors"]] == [(field, True)]
    english = http.post(f"/firms/{HENGDA}/reports", json={"purpose": "tender", **body},
                        headers={"Accept-Language": "en"}).json()
    assert english["errors"][0]["message"].isascii()
    assert http.get(f"/firms/{HENGDA}/reports").json()["quota"]["used"] == 0


def test_a_standard_report_ignores_a_period(raw_http):
    report = issued(raw_http("liji"), LIJI, period={"from": "2026-11-01", "to": "2026-10-01"})
    assert report["period"] is None and report["edition"] == "standard"


def test_a_purpose_note_that_cannot_be_printed_is_refused_before_anything_is_issued(raw_http):
    unprintable = next((c for c in ("\ue000", "\U000f0000", "\U0003134a") if fonts.missing(c)), None)
    if unprintable is None:
        pytest.skip("this machine's fonts draw every candidate character")
    http = raw_http("liji")
    reply = issue(http, LIJI, purpose="other", purpose_note=f"投标{unprintable}")
    assert reply.status_code == 422 and reply.json()["errors"][0]["field"] == "purpose_note"
    assert unprintable in reply.json()["errors"][0]["message"]
    assert http.get(f"/firms/{LIJI}/reports").json()["quota"]["used"] == 0


def test_two_free_reports_a_year_then_409_and_both_still_listed(raw_http):
    http = raw_http("hengda")
    first = issued(http, HENGDA)
    second = issued(http, HENGDA, edition="special", period={"from": "2024-01-01", "to": "2026-11-23"})
    assert (first["quota"]["left"], second["quota"]["left"]) == (1, 0)
    refused = issue(http, HENGDA)
    assert refused.status_code == 409 and refused.json()["code"] == "quota_exhausted"
    assert refused.json()["detail"] == "今年的免费信用报告已用完（每年2份）。已取得的报告仍可随时下载。"
    assert refused.json()["quota"] == {"year": 2026, "free_per_year": 2, "used": 2, "left": 0}
    english = http.post(f"/firms/{HENGDA}/reports", json={"edition": "standard", "purpose": "tender"},
                        headers={"Accept-Language": "en"}).json()
    assert "2 a year" in english["detail"]
    listed = http.get(f"/firms/{HENGDA}/reports").json()
    assert [r["report_no"] for r in listed["items"]] == [second["report_no"], first["report_no"]]  # newest first
    assert listed["quota"] == refused.json()["quota"] and listed["next_cursor"] is None
    assert all(r.get("data") is None and r["quota"] == listed["quota"] for r in listed["items"])
    page = http.get(f"/firms/{HENGDA}/reports", params={"limit": 1}).json()
    assert len(page["items"]) == 1 and page["next_cursor"]
    assert http.get(f"/firms/{HENGDA}/reports/{first['report_no']}/pdf").status_code == 200  # still downloadable


def test_a_retried_request_returns_the_same_report_and_counts_once(raw_http):
    http = raw_http("jinguo")
    key = str(uuid.uuid4())
    first = issue(http, JINGUO, key)
    again = issue(http, JINGUO, key)
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json()["report_no"] == first.json()["report_no"] and again.headers["idempotent-replayed"] == "true"
    listed = http.get(f"/firms/{JINGUO}/reports").json()
    assert len(listed["items"]) == 1 and listed["quota"]["used"] == 1
    other = issue(http, JINGUO, key, purpose="financing")
    assert other.status_code == 409 and other.json()["code"] == "idempotency_conflict"


def test_the_pdf_is_the_signed_file_the_hash_names(raw_http):
    http = raw_http("hengda")
    report = issued(http, HENGDA)
    reply = http.get(f"/firms/{HENGDA}/reports/{report['report_no']}/pdf")
    assert reply.status_code == 200 and reply.headers["content-type"] == "application/pdf"
    assert hashlib.sha256(reply.content).hexdigest() == report["sha256"]
    assert reply.headers["etag"] == f'"{report["sha256"]}"'
    disposition = reply.headers["content-disposition"]
    assert disposition.isascii() and f'filename="credit-report-{report["report_no"]}.pdf"' in disposition
    assert "filename*=UTF-8''" in disposition and "%E6%96%B0%E4%B9%A1" in disposition  # 新乡
    pdf = PdfReader(io.BytesIO(reply.content))
    assert len(pdf.pages) >= 1
    assert any(field.get("/FT") == "/Sig" for field in (pdf.get_fields() or {}).values())
    cached = http.get(f"/firms/{HENGDA}/reports/{report['report_no']}/pdf", headers={"If-None-Match": reply.headers["etag"]})
    assert cached.status_code == 304 and cached.content == b""
    again = http.get(f"/firms/{HENGDA}/reports/{report['report_no']}").json()
    assert again["data"] == report["data"] and again["sha256"] == report["sha256"]


def test_another_firm_s_report_is_not_found(raw_http):
    hengda = issued(raw_http("hengda"), HENGDA)["report_no"]
    liji = raw_http("liji")
    for path in (f"/firms/{LIJI}/reports/{hengda}", f"/firms/{LIJI}/reports/{hengda}/pdf",
                 f"/firms/{HENGDA}/reports/{hengda}", f"/firms/{HENGDA}/reports"):
        reply = liji.get(path)
        assert reply.status_code == 404 and reply.json()["code"] == "not_found", path
    assert issue(liji, HENGDA).status_code == 404
    agent = raw_http("kuaiji")  # the accountant keeps the books of 恒达 and sees its reports
    assert agent.get(f"/firms/{HENGDA}/reports/{hengda}").status_code == 200
    assert raw_http("hengda").get(f"/firms/{HENGDA}/reports/20261123000000000D00").status_code in (400, 404)


def test_anyone_can_verify_a_report_and_learn_nothing_from_a_wrong_code(sandbox, raw_http):
    report = issued(raw_http("hengda"), HENGDA)
    verify = f"{sandbox.url}/api/v1/public/reports/verify"
    reply = httpx.get(verify, params={"report_no": report["report_no"], "code": report["verify_code"]})
    assert reply.status_code == 200 and set(reply.json()) == VERIFY_FIELDS
    assert reply.json() == {"valid": True, "firm_name": "新乡市恒达机械制造有限公司", "uscc": HENGDA,
                            "issued_at": report["issued_at"], "edition": "standard", "sha256": report["sha256"]}
    typed = " ".join(report["report_no"][i:i + 4] for i in range(0, 22, 4)).lower()  # as typed from paper
    assert httpx.get(verify, params={"report_no": typed, "code": report["verify_code"].lower()}).json()["valid"]
    wrong = "2" * 8 if report["verify_code"] != "2" * 8 else "3" * 8
    unknown = "20261123090000" + "99999" + "D"
    unknown += f"{98 - int(unknown[:19] + '00') % 97:02d}"
    for number, code in ((report["report_no"], wrong), (unknown, report["verify_code"]), ("123", "abc"),
                         (report["report_no"], "O0I1")):
        reply = httpx.get(verify, params={"report_no": number, "code": code})
        assert reply.status_code == 200 and reply.json() == {"valid": False}, (number, code)
        assert "新乡" not in reply.text
    assert httpx.get(verify, params={"report_no": "1" * 65, "code": "x"}).status_code == 422
    assert httpx.get(verify, params={"code": report["verify_code"]}).status_code == 422


def test_the_certificate_is_published_and_signs_the_reports(sandbox, raw_http):
    reply = httpx.get(f"{sandbox.url}/api/v1/public/reports/certificate")
    assert reply.status_code == 200 and reply.headers["content-type"].startswith("application/x-pem-file")
    certificate = x509.load_pem_x509_certificate(reply.content)
    http = raw_http("hengda")
    report = issued(http, HENGDA)
    pdf = http.get(f"/firms/{HENGDA}/reports/{report['report_no']}/pdf").content
    [signature] = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    root = asn1_x509.Certificate.load(certificate.public_bytes(Encoding.DER))
    status = validate_pdf_signature(signature, ValidationContext(trust_roots=[root]))
    assert status.intact and status.valid and status.trusted
    assert httpx.get(f"{sandbox.url}/api/v1/public/reports/certificate").content == reply.content  # the same key


def test_a_published_commitment_is_in_the_next_report(sandbox, raw_http):
    http = raw_http("hengda")
    made = http.post(f"/firms/{HENGDA}/commitments", json={
        "template_code": "XX-ZD-GSCN", "template_version": 1, "signed_by": "张建国", "signed_on": "2026-11-23",
        "fields": {"scope": "合同履约", "contact_name": "张建国", "contact_phone": "13803730001"}})
    assert made.status_code == 201, made.text
    set_clock(sandbox, "2026-11-24")  # the platform publishes it the next day
    rows = sections(issued(http, HENGDA))["commitments"]["rows"]
    assert [row["cells"][:2] for row in rows] == [[made.json()["code"], "主动型"]] and rows[0]["cells"][-1] == "已公示"


def test_a_repair_leaves_the_next_report_but_not_an_earlier_one(sandbox, raw_http):
    http = raw_http("jinguo")
    before = issued(http, JINGUO)
    assert "r-jg-2" in record_ids(before)
    files = [("application", (None, json.dumps(application(["r-jg-2"], signer="赵长河").model_dump(mode="json")),
                              "application/json")), *PENALTY_FILES]
    case = http.post(f"/firms/{JINGUO}/repairs", files=files, headers={"Idempotency-Key": str(uuid.uuid4())})
    assert case.status_code == 201, case.text
    pending = issued(http, JINGUO)  # still published while the application is decided
    assert "r-jg-2" in record_ids(pending)
    assert any("正在办理中" in row["cells"][0] for row in sections(pending)["advice"]["rows"])
    for decision in ("accept", "approve"):
        reply = httpx.post(f"{sandbox.url}/api/v1/sandbox/repairs/{case.json()['id']}/decide",
                           json={"decision": decision}, headers=admin(sandbox))
        assert reply.status_code == 200, reply.text
    set_clock(sandbox, "2027-01-04")  # this year's two are used; a new year, new free reports
    after = issued(http, JINGUO)
    assert after["quota"] == {"year": 2027, "free_per_year": 2, "used": 1, "left": 1}
    assert record_ids(after) == set()
    assert all(sections(after)[key]["rows"] == [] for key in ADVERSE)  # a clean report: 无 throughout
    assert all(c["count"] == 0 for c in after["data"]["summary"] if c["key"] in ADVERSE)
    earlier = http.get(f"/firms/{JINGUO}/reports/{before['report_no']}").json()
    assert "r-jg-2" in record_ids(earlier) and earlier["sha256"] == before["sha256"]


def test_a_reset_keeps_the_signing_certificate_and_drops_the_reports(sandbox, raw_http):
    certificate = httpx.get(f"{sandbox.url}/api/v1/public/reports/certificate").content
    issued(raw_http("liji"), LIJI)
    assert httpx.post(f"{sandbox.url}/api/v1/sandbox/reset", headers=admin(sandbox), timeout=60).status_code == 204
    assert raw_http("liji").get(f"/firms/{LIJI}/reports").json()["items"] == []
    assert httpx.get(f"{sandbox.url}/api/v1/public/reports/certificate").content == certificate


def add_records(path, uscc: str, count: int) -> None:
    """Straight into the sandbox's database with its own module: a thousand POSTs would time the HTTP, not the
    report."""
    conn = sandbox_db.connect(path)
    try:
        with sandbox_db.transaction(conn):
            for n in range(count):
                day = dt.date(2026, 1, 1) + dt.timedelta(days=n % 300)
                platform_records.insert(conn, uscc, {
                    "id": f"r-bulk-{n:04d}", "kind": "administrative_penalty", "class": "general",
                    "decided_on": day.isoformat(), "authority": "新乡市市场监督管理局",
                    "document_no": f"新市监罚〔2026〕{n + 1000}号", "summary": f"第{n + 1}项违法行为，罚款6万元",
                    "sector": "market", "penalty": {"types": ["fine"], "fine": "60000.00", "term_months": None},
                    "performed": {"fine_paid_on": None, "rectified_on": None}, "false_material_found_on": None,
                    "corrected": False}, "public")
    finally:
        conn.close()


@pytest.mark.slow
def test_a_firm_with_a_thousand_records_gets_its_report(sandbox, raw_http):
    add_records(sandbox.config.db_path, HENGDA, 1000)
    http = raw_http("hengda")
    started = time.perf_counter()
    report = issued(http, HENGDA)
    elapsed = time.perf_counter() - started
    assert len(sections(report)["administrative"]["rows"]) == 1002 and counts_match_rows(report)
    pdf = http.get(f"/firms/{HENGDA}/reports/{report['report_no']}/pdf").content
    assert hashlib.sha256(pdf).hexdigest() == report["sha256"]
    print(f"1,000-record report issued in {elapsed:.2f} s")  # the figure the bench tracks; not asserted here
