"""Sandbox-only administration of 信用修复 (absent from a real platform, guarded by the admin token): adding a record
to a firm, and deciding repair applications and objections as the intake (信用中国) and the deciding authority would.

Steps follow the real order: accept → approve (or request_supplement / reject); forward → uphold / dismiss. A step
out of order is 409 `decision_not_allowed`. Upholding an objection with a `correction` changes those fields of the
record and marks it `corrected`; without one, the record is removed from publication everywhere.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Annotated, Literal

from fastapi import APIRouter, Depends
from pydantic import Field

from assistant.api.models import CreditRecord, Objection, Repair
from assistant.api.models.base import Money, MultilineText, Text, Wire, WireDate
from assistant.api.models.repair import PENALTY_TYPES_ZH, RecordClass, RecordKind
from assistant.sandbox.db import transaction
from assistant.sandbox.deps import Db, ObjectId, admin, today
from assistant.sandbox.platform import cases, records
from assistant.sandbox.problems import Bilingual, ProblemError, problem_doc

router = APIRouter(prefix="/sandbox", tags=["sandbox"], dependencies=[Depends(admin)])

PenaltyType = Literal[tuple(PENALTY_TYPES_ZH)]  # type: ignore[valid-type]
Fine = Annotated[Money, Field(ge=0, le=Decimal("100000000000"), decimal_places=2)]
SlotKey = Annotated[str, Field(pattern=r"^[A-Za-z0-9_.-]{1,64}$")]


class NewPenalty(Wire):
    types: list[PenaltyType] = Field(default_factory=list, max_length=len(PENALTY_TYPES_ZH))
    fine: Fine | None = None
    term_months: int | None = Field(default=None, ge=0, le=600)


class NewPerformed(Wire):
    fine_paid_on: WireDate | None = None
    rectified_on: WireDate | None = None


class RecordFields(Wire):
    """The facts of a decision, as an authority records them; every field optional in a correction."""

    kind: RecordKind | None = None
    klass: RecordClass | None = Field(default=None, alias="class")
    decided_on: WireDate | None = None
    authority: Text | None = Field(default=None, min_length=1, max_length=60)
    document_no: Text | None = Field(default=None, min_length=1, max_length=60)
    summary: MultilineText | None = Field(default=None, min_length=1, max_length=500)
    sector: Text | None = Field(default=None, max_length=40)
    penalty: NewPenalty | None = None
    performed: NewPerformed | None = None
    false_material_found_on: WireDate | None = None


class NewRecord(RecordFields):
    uscc: str = Field(pattern=r"^[0-9A-Z]{18}$")
    id: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_-]{1,64}$", description="made up when absent")
    kind: RecordKind
    decided_on: WireDate
    authority: Text = Field(min_length=1, max_length=60)
    document_no: Text = Field(min_length=1, max_length=60)
    summary: MultilineText = Field(min_length=1, max_length=500)
    state: Literal["public", "repaired", "expired"] = "public"


class RepairDecision(Wire):
    decision: Literal["accept", "request_supplement", "approve", "reject"]
    note: MultilineText = Field(default="", max_length=2000)
    slots: list[SlotKey] = Field(default_factory=list, max_length=20, description="request_supplement: the slots")


class ObjectionDecision(Wire):
    decision: Literal["forward", "uphold", "dismiss"]
    note: MultilineText = Field(default="", max_length=2000)
    correction: RecordFields | None = Field(default=None, description="uphold: the record's corrected fields")


def invalid(field: str, zh: str, en: str) -> ProblemError:
    return ProblemError("validation_failed", {"count": 1}, [{"field": field, "message": Bilingual(zh, en)}])


@router.post("/records", status_code=201, response_model=CreditRecord, responses=problem_doc(409))
def add_record(body: NewRecord, conn: Db) -> CreditRecord:
    """Add an adverse record to a firm (for training and tests)."""
    stored = body.model_dump(mode="json", by_alias=True, exclude={"uscc", "state"})
    stored.update(id=body.id or f"r-{uuid.uuid4().hex[:12]}", sector=body.sector or "", corrected=False,
                  penalty=stored["penalty"] or NewPenalty().model_dump(mode="json"),
                  performed=stored["performed"] or NewPerformed().model_dump(mode="json"))
    with transaction(conn):
        if conn.execute("SELECT 1 FROM firms WHERE uscc = ?", (body.uscc,)).fetchone() is None:
            raise invalid("uscc", "平台上没有这家企业。", "The platform has no such firm.")
        if conn.execute("SELECT 1 FROM records WHERE id = ?", (stored["id"],)).fetchone() is not None:
            raise invalid("id", "已有这个编号的记录。", "A record with this id exists already.")
        records.insert(conn, body.uscc, stored, body.state)
    return records.one(conn, body.uscc, stored["id"], today(conn))


@router.post("/repairs/{repair_id}/decide", response_model=Repair, responses=problem_doc(404, 409))
def decide_repair(repair_id: ObjectId, body: RepairDecision, conn: Db) -> Repair:
    with transaction(conn):
        case = cases.load_repair(conn, repair_id)
        if body.decision == "request_supplement":
            known = case.get("slot_specs", {})
            if not body.slots or any(slot not in known for slot in body.slots):
                raise invalid("slots", "请从本次申请的材料项中选择需要补正的材料。",
                              f"Name the slots to supply, among: {', '.join(known)}.")
        cases.decide_repair(conn, case, body.decision, when=cases.stamp(conn, case), note=body.note,
                            slots=list(dict.fromkeys(body.slots)))
        cases.save_repair(conn, case)
    return cases.repair_view(conn, case)


@router.post("/objections/{objection_id}/decide", response_model=Objection, responses=problem_doc(404, 409))
def decide_objection(objection_id: ObjectId, body: ObjectionDecision, conn: Db) -> Objection:
    if body.correction is not None and body.decision != "uphold":
        raise invalid("correction", "只有异议成立时才能更正记录。", "A correction goes with an upheld objection only.")
    correction = body.correction.model_dump(mode="json", by_alias=True, exclude_unset=True) if body.correction else None
    with transaction(conn):
        case = cases.load_objection(conn, objection_id)
        cases.decide_objection(conn, case, body.decision, when=cases.stamp(conn, case), note=body.note,
                               correction=correction)
        cases.save_objection(conn, case)
    return cases.objection_view(conn, case)
