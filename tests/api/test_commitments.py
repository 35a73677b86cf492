"""Commitments against the sandbox: catalogue, validation, idempotency, barred firms, due dates, 践诺, withdrawal."""

from __future__ import annotations

import datetime as dt
import uuid

import httpx
import pytest

from assistant.api.errors import (
    FileRejected,
    IdempotencyConflict,
    NotFound,
    PlatformError,
    SimplifiedProcedureBarred,
    ValidationFailed,
)
from assistant.api.models import CommitmentRequest
from assistant.domain.commitments import TYPES
from assistant.sandbox.seed import DEMO_PASSWORD, HENGDA, HONGSHENG, WEIZHIYUAN
from tests.support.files import ofd_bytes, pdf_bytes, png_bytes

FOOD = "XX-SJ-SPJY-RQ"  # 食品经营许可 容缺受理: materials due in 5 and 10 working days
FOOD_FIELDS = {"business_premises": "新乡市牧野区胜利路88号", "business_items": "热食类食品制售",
               "contact_name": "陈晓燕", "contact_phone": "13803730001"}


def set_clock(sandbox, day: str) -> None:
    reply = httpx.post(f"{sandbox.url}/api/v1/sandbox/clock", json={"today": day},
                       headers={"X-Sandbox-Admin": sandbox.config.admin_token})
    assert reply.status_code == 200


def food_request(**changes) -> CommitmentRequest:
    body = {"template_code": FOOD, "template_version": 1, "fields": dict(FOOD_FIELDS), "signed_by": "陈晓燕",
            "signed_on": "2026-09-30"}
    body.update(changes)
    return CommitmentRequest.model_validate(body)


@pytest.fixture
def owner(client):
    client.auth.login("weizhiyuan", DEMO_PASSWORD)
    return client


def test_catalogue_covers_every_type_and_revalidates_with_etag(client):
    first = client.commitments.templates()
    assert len(first.items) >= 12 and first.etag
    assert {t.type for t in first.items} == set(TYPES)
    deficiency = [t for t in first.items if t.type == "deficiency_acceptance"]
    assert len({tuple(m.due_workdays for m in t.missing_materials) for t in deficiency}) >= 2
    assert any(t.certificate_replaced for t in first.items if t.type == "certification")
    assert all(t.content and t.breach_liability and t.legal_basis and t.publicity for t in first.items)
    again = client.commitments.templates(etag=first.etag)
    assert again.items is None and again.etag == first.etag


def test_a_commitment_gets_its_code_and_due_dates_across_national_day(sandbox, owner):
    set_clock(sandbox, "2026-09-30")
    made = owner.commitments.create(WEIZHIYUAN, food_request(), idempotency_key=str(uuid.uuid4()))
    assert made.status == "submitted"
    assert len(made.code) == 20 and made.code.startswith("41071120260930")
    due = {item.key: (item.due_on, item.estimated) for item in made.due_items}
    # 5 working days: 8, 9, 10 (make-up Saturday), 12, 13 October; 10 days: … 20 October.
    assert due == {"safety_rules": (dt.date(2026, 10, 13), False), "health_certificates": (dt.date(2026, 10, 20), False)}


def test_due_dates_into_an_unpublished_year_are_estimated(sandbox, owner):
    set_clock(sandbox, "2026-12-24")
    made = owner.commitments.create(WEIZHIYUAN, food_request(), idempotency_key=str(uuid.uuid4()))
    due = {item.key: (item.due_on, item.estimated) for item in made.due_items}
    assert due["safety_rules"] == (dt.date(2026, 12, 31), False)
    assert due["health_certificates"] == (dt.date(2027, 1, 7), True)


def test_every_problem_is_listed_at_once(owner):
    bad = food_request(fields={"business_premises": "", "business_items": "卖鞋", "contact_name": "陈晓燕",
                               "contact_phone": "12345"})
    with pytest.raises(ValidationFailed) as caught:
        owner.commitments.create(WEIZHIYUAN, bad, idempotency_key=str(uuid.uuid4()))
    fields = {e.field for e in caught.value.field_errors}
    assert fields == {"fields.business_premises", "fields.business_items", "fields.contact_phone"}


def test_same_key_same_body_returns_the_same_commitment_once(owner):
    key = str(uuid.uuid4())
    first = owner.commitments.create(WEIZHIYUAN, food_request(), idempotency_key=key)
    second = owner.commitments.create(WEIZHIYUAN, food_request(), idempotency_key=key)
    assert second.id == first.id and second.code == first.code
    assert [c.id for c in owner.commitments.list(WEIZHIYUAN)] == [first.id]


def test_same_key_different_body_is_refused_clearly(owner):
    key = str(uuid.uuid4())
    owner.commitments.create(WEIZHIYUAN, food_request(), idempotency_key=key)
    with pytest.raises(IdempotencyConflict) as caught:
        owner.commitments.create(WEIZHIYUAN, food_request(signed_by="别人"), idempotency_key=key)
    assert "提交编号" in caught.value.message


def test_a_firm_on_a_serious_list_is_barred_from_simplified_procedures(client):
    client.auth.login("hongsheng", DEMO_PASSWORD)
    fields = {"project_name": "厂区改造", "project_address": "渑池县", "contract_amount": "100000",
              "contact_name": "孙德明", "contact_phone": "0398-4812345"}
    body = CommitmentRequest(template_code="XX-ZJ-SGXK-RQ", template_version=1, fields=fields, signed_by="孙德明",
                             signed_on=dt.date(2026, 11, 21))
    with pytest.raises(SimplifiedProcedureBarred) as caught:
        client.commitments.create(HONGSHENG, body, idempotency_key=str(uuid.uuid4()))
    assert caught.value.status == 409 and "严重失信" in caught.value.message
    voluntary = CommitmentRequest(template_code="XX-ZD-GSCN", template_version=1, signed_by="孙德明",
                                  signed_on=dt.date(2026, 11, 21),
                                  fields={"scope": "安全生产", "contact_name": "孙德明", "contact_phone": "13939800001"})
    assert client.commitments.create(HONGSHENG, voluntary, idempotency_key=str(uuid.uuid4())).status == "submitted"


def test_fulfil_with_real_files_sniffed_by_content(sandbox, owner):
    made = owner.commitments.create(WEIZHIYUAN, food_request(), idempotency_key=str(uuid.uuid4()))
    with pytest.raises(FileRejected) as caught:
        owner.commitments.fulfil(WEIZHIYUAN, made.id, {"safety_rules": ("制度.pdf", b"just text", "application/pdf")})
    assert "制度.pdf" in caught.value.message and caught.value.status == 415
    with pytest.raises(ValidationFailed):
        owner.commitments.fulfil(WEIZHIYUAN, made.id, {"no_such_item": ("a.pdf", pdf_bytes(), "application/pdf")})
    done = owner.commitments.fulfil(WEIZHIYUAN, made.id, {"safety_rules": ("制度.pdf", pdf_bytes(), "application/pdf")})
    state = {item.key: item.fulfilled_at is not None for item in done.due_items}
    assert state == {"safety_rules": True, "health_certificates": False}
    done = owner.commitments.fulfil(WEIZHIYUAN, made.id, {"health_certificates": ("证明.ofd", ofd_bytes(), "")})
    assert all(item.fulfilled_at for item in done.due_items)


def test_png_accepted_and_oversized_files_refused(make_sandbox, make_client):
    sandbox = make_sandbox(max_upload_bytes=2048)
    client = make_client(sandbox.url)
    client.auth.login("weizhiyuan", DEMO_PASSWORD)
    made = client.commitments.create(WEIZHIYUAN, food_request(), idempotency_key=str(uuid.uuid4()))
    client.commitments.fulfil(WEIZHIYUAN, made.id, {"safety_rules": ("scan.png", png_bytes(), "image/png")})
    with pytest.raises(FileRejected) as caught:
        client.commitments.fulfil(WEIZHIYUAN, made.id,
                                  {"health_certificates": ("big.pdf", pdf_bytes("x" * 4000) + b"0" * 4096, "")})
    assert caught.value.status == 413 and "MB" in caught.value.message


def test_withdraw_only_before_publication_and_the_public_list(sandbox, owner):
    set_clock(sandbox, "2026-11-02")
    first = owner.commitments.create(WEIZHIYUAN, food_request(), idempotency_key=str(uuid.uuid4()))
    second = owner.commitments.create(WEIZHIYUAN, food_request(signed_by="另一位"), idempotency_key=str(uuid.uuid4()))
    assert owner.commitments.withdraw(WEIZHIYUAN, first.id).status == "withdrawn"
    assert owner.commitments.public(WEIZHIYUAN) == []
    set_clock(sandbox, "2026-11-03")  # the next day the platform publishes it
    assert owner.commitments.get(WEIZHIYUAN, second.id).status == "published"
    with pytest.raises(PlatformError) as caught:
        owner.commitments.withdraw(WEIZHIYUAN, second.id)
    assert caught.value.status == 409
    public = owner.commitments.public(WEIZHIYUAN)
    assert [p.code for p in public] == [second.code]


def test_an_item_not_supplied_by_its_due_date_is_recorded_as_breach(sandbox, owner):
    set_clock(sandbox, "2026-11-02")
    made = owner.commitments.create(WEIZHIYUAN, food_request(), idempotency_key=str(uuid.uuid4()))
    set_clock(sandbox, "2026-11-20")
    breached = owner.commitments.get(WEIZHIYUAN, made.id)
    assert breached.status == "breached" and breached.breach_recorded_on == dt.date(2026, 11, 20)


def test_commitments_of_other_firms_are_not_found(owner):
    with pytest.raises(NotFound):
        owner.commitments.list(HENGDA)
