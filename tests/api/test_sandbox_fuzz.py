"""Property-based requests against the sandbox's own contract (schemathesis): whatever arrives, the platform answers
with a 4xx problem or a success — never a 5xx — and every answer is what its OpenAPI document says it can be."""

from __future__ import annotations

import datetime as dt
import json
import os
import zlib

import httpx
import pytest
import schemathesis
from schemathesis.checks import not_a_server_error
from schemathesis.core.parameters import ParameterLocation
from schemathesis.pytest.lazy import get_all_tests
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    ignored_auth,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
)

from assistant.sandbox.seed import DEMO_PASSWORD, HENGDA
from tests.support.files import pdf_bytes

# Bounded so the whole run stays under a minute on a slow two-core machine; SANDBOX_FUZZ_EXAMPLES=200 digs deeper.
EXAMPLES = int(os.environ.get("SANDBOX_FUZZ_EXAMPLES", "25"))
SETTINGS = {
    "generation": {"mode": "all", "max-examples": EXAMPLES, "no-shrink": True},
    "phases": {"examples": {"enabled": False}, "coverage": {"enabled": True}, "fuzzing": {"enabled": True},
               "stateful": {"enabled": False}},
}
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,
    ignored_auth,
    unsupported_method,
]


@pytest.fixture
def sandbox(make_sandbox):
    """The demo's own date, so the seeded records the run reaches are in the states it expects."""
    return make_sandbox(today=dt.date(2026, 11, 23))


@pytest.fixture
def demo(sandbox) -> dict:
    """hengda signed in, with a commitment, a repair application, an objection and a credit report of its own, so
    generated requests can reach real objects."""
    login = httpx.post(f"{sandbox.url}/api/v1/auth/login", json={"username": "hengda", "password": DEMO_PASSWORD})
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    made = httpx.post(f"{sandbox.url}/api/v1/firms/{HENGDA}/commitments", headers=headers, json={
        "template_code": "XX-ZD-GSCN", "template_version": 1, "signed_by": "张建国", "signed_on": "2026-11-02",
        "fields": {"scope": "合同履约", "contact_name": "张建国", "contact_phone": "13803730001"}})
    assert made.status_code == 201, made.text
    repair = httpx.post(f"{sandbox.url}/api/v1/firms/{HENGDA}/repairs", headers=headers, files=[
        ("application", (None, json.dumps(REPAIR), "application/json")),
        *[(slot, (f"{slot}.pdf", pdf_bytes(), "application/pdf")) for slot in ("commitment", "fine_receipt",
                                                                              "rectification")]])
    assert repair.status_code == 201, repair.text
    objection = httpx.post(f"{sandbox.url}/api/v1/firms/{HENGDA}/records/r-hd-3/objections", headers=headers, files=[
        ("objection", (None, json.dumps({"reason": "金额有误", "contact": {"name": "张建国", "phone": "13803730001"}}),
                       "application/json")), ("evidence", ("e.pdf", pdf_bytes(), "application/pdf"))])
    assert objection.status_code == 201, objection.text
    report = httpx.post(f"{sandbox.url}/api/v1/firms/{HENGDA}/reports", headers=headers,
                        json={"edition": "standard", "purpose": "tender"}, timeout=60)
    assert report.status_code == 201, report.text
    other = httpx.post(f"{sandbox.url}/api/v1/auth/login", json={"username": "liji", "password": DEMO_PASSWORD})
    return {"token": login.json()["access_token"], "throwaway": other.json()["access_token"],
            "ids": {"uscc": HENGDA, "commitment_id": made.json()["id"], "grant_id": "g-0001", "record_id": "r-hd-2",
                    "repair_id": repair.json()["id"], "objection_id": objection.json()["id"],
                    "report_no": report.json()["report_no"]}}


REPAIR = {"record_ids": ["r-hd-2"], "reason": "已整改", "contact": {"name": "张建国", "phone": "13803730001"},
          "commitment": {"template_code": "HN-XYXF", "template_version": 1, "signed_by": "张建国", "signed_on": "2026-11-02",
                         "fields": {"document_no": "牧应急简罚〔2026〕31号", "decided_on": "2026-10-20",
                                    "authority": "新乡市牧野区应急管理局", "correction": "已组织培训"}}}


# Reset reseeds the database: it ends the signed-in session the run depends on and takes seconds each time.
# Latency adds up to 60 s to every later call: one generated value would stall the run.
EXCLUDED = ("/api/v1/sandbox/reset", "/api/v1/sandbox/latency")


def steer(case, ids: dict) -> None:
    """Most generated path parameters name nothing; point three in four of them at hengda's real objects (chosen
    from the generated value, so a failing example replays the same way), keeping the rest as generated. A case
    whose point is an invalid path is left alone."""
    if case.meta is not None and case.meta.is_negative_at(ParameterLocation.PATH):
        return
    for name, real in ids.items():
        value = case.path_parameters.get(name) if case.path_parameters else None
        if value is not None and zlib.crc32(str(value).encode()) % 4:
            case.path_parameters[name] = real


@pytest.mark.slow
def test_no_request_breaks_the_platform(sandbox, demo):
    config = schemathesis.Config.from_dict({**SETTINGS, "auth": {"openapi": {
        "HTTPBearer": {"bearer": demo["token"]}, "APIKeyHeader": {"api_key": sandbox.config.admin_token}}}})
    schema = schemathesis.openapi.from_url(f"{sandbox.url}/api/v1/openapi.json", config=config)
    for path in EXCLUDED:
        schema = schema.exclude(path=path)

    def call(case) -> None:
        steer(case, demo["ids"])
        # Logging out with the run's own token would end the session every later request uses.
        headers = {"Authorization": f"Bearer {demo['throwaway']}"} if case.operation.path.endswith("/logout") else None
        case.call_and_validate(headers=headers, checks=CHECKS)

    # schemathesis' own pytest wrapper (schema.parametrize) does not run under pytest 9 (it sets Node._nodeid), so
    # its per-operation Hypothesis tests (coverage + fuzzing phases) are run here one by one.
    failures, operations = [], 0
    for result in get_all_tests(schema=schema, test_func=call, settings=None, given_kwargs=None):
        operation, run = result.ok()
        operations += 1
        try:
            run()
        except Exception as failure:  # noqa: BLE001 - collected, so one run reports every failing route
            failures.append(f"{operation.label}: {failure}")
    assert operations >= 15
    assert not failures, "\n\n".join(failures)
