"""Adverse records, the repair rules, repair applications (信用修复) and objections (异议) — DESIGN.md §4."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from assistant.api.models.base import Money, MultilineText, Text, Wire, WireDate

RecordKind = Literal["administrative_penalty", "serious_list", "abnormal_list", "other"]
RecordClass = Literal["minor", "general", "serious"]
RepairState = Literal["repairable", "not_yet", "not_repairable", "in_progress", "repaired", "expired"]
RepairStatus = Literal["submitted", "accepted", "supplement_requested", "supplemented", "repaired", "rejected"]
ObjectionStatus = Literal["submitted", "forwarded", "upheld", "dismissed"]
PENALTY_TYPES_ZH = {
    "simplified": "简易程序处罚", "warning": "警告", "criticism": "通报批评", "fine": "罚款",
    "confiscation": "没收违法所得、没收非法财物", "license_suspension": "暂扣许可证件",
    "license_revocation": "吊销许可证件", "qualification_downgrade": "降低资质等级",
    "production_suspension": "责令停产停业", "closure": "责令关闭", "practice_restriction": "限制从业",
    "repeated": "屡罚不改", "lifetime_ban": "终身禁入",
}


# -- rules ----------------------------------------------------------------------------------------------------------
class ClassPeriod(Wire):
    min_months: int = Field(ge=0, le=120)
    max_months: int = Field(ge=0, le=120)


class SectorOverride(Wire):
    sector: str
    name: str = ""
    klass: RecordClass = Field(alias="class")
    min_months: int = Field(ge=0, le=120)
    max_months: int | None = Field(default=None, ge=0, le=120)
    source: str = ""


class FineBand(Wire):
    klass: RecordClass = Field(alias="class")
    from_amount: Money = Field(alias="from", description="a fine of at least this amount is of this class")


class MaterialSlot(Wire):
    key: str
    name: str
    required: bool
    accepts: list[str] = Field(description="MIME types the slot takes")
    max_mb: int = Field(ge=1, le=100)
    note: str = ""
    example: str = ""
    template_code: str | None = Field(default=None, description="a commitment template this slot is filled from")
    for_agent: bool = Field(default=False, description="only when an agent applies for the firm (then required)")
    for_fine: bool = Field(default=False, description="only when a record of the application carries a fine")


class TimeLimits(Wire):
    """Working days (Arts. 16, 18)."""

    acceptance: int = Field(ge=0, le=60)
    decision: int = Field(ge=0, le=60)
    complex_extension: int = Field(ge=0, le=60)
    overall: int = Field(ge=0, le=120)
    objection_forward: int = Field(ge=0, le=60)
    objection_check: int = Field(ge=0, le=60)


class RepairRule(Wire):
    id: str
    effective_from: dt.date
    effective_to: dt.date | None = None
    source: str
    classes: dict[RecordClass, ClassPeriod]
    penalty_classes: dict[str, RecordClass] = Field(description="the class each penalty type implies")
    fine_bands: list[FineBand] = Field(default_factory=list)
    sector_overrides: list[SectorOverride] = Field(default_factory=list)
    slots: dict[str, list[MaterialSlot]] = Field(description="material slots per record kind")
    time_limits: TimeLimits
    false_material_lock_years: int = Field(ge=0, le=10)
    commitment_template: str = Field(description="the 信用修复型 commitment template an application signs")


class RepairRules(Wire):
    items: list[RepairRule]
    next_cursor: str | None = None


# -- records --------------------------------------------------------------------------------------------------------
class Penalty(Wire):
    types: list[str] = Field(default_factory=list)
    fine: Money | None = None
    term_months: int | None = Field(default=None, ge=0, le=600)


class Performed(Wire):
    fine_paid_on: dt.date | None = None
    rectified_on: dt.date | None = None


class Publication(Wire):
    from_: dt.date = Field(alias="from")
    min_until: dt.date
    max_until: dt.date
    state: Literal["public", "repaired", "expired"]


class RepairReason(Wire):
    code: str
    text: str
    legal_basis: str = ""
    on: dt.date | None = None


class RepairBlock(Wire):
    state: RepairState
    earliest_on: dt.date | None = None
    reasons: list[RepairReason] = Field(default_factory=list)
    rule_id: str
    legal_basis: str = ""


class CreditRecord(Wire):
    id: str
    kind: RecordKind
    klass: RecordClass = Field(alias="class")
    decided_on: dt.date
    authority: str
    document_no: str
    summary: str
    sector: str = ""
    penalty: Penalty = Field(default_factory=Penalty)
    performed: Performed = Field(default_factory=Performed)
    false_material_found_on: dt.date | None = Field(
        default=None, description="false materials were found in an earlier repair (Art. 25: a 3-year lock)")
    publication: Publication
    repair: RepairBlock
    corrected: bool = Field(default=False, description="changed after an upheld objection")


class RecordList(Wire):
    items: list[CreditRecord]
    next_cursor: str | None = None


# -- applications ---------------------------------------------------------------------------------------------------
class RepairCommitment(Wire):
    template_code: Text = Field(min_length=1, max_length=40)
    template_version: int = Field(ge=1, le=1000)
    fields: dict[str, MultilineText | None] = Field(default_factory=dict, max_length=100)
    signed_by: Text = Field(min_length=1, max_length=20)
    signed_on: WireDate


class Contact(Wire):
    name: Text = Field(max_length=20)
    phone: Text = Field(max_length=20)


class Agent(Wire):
    name: Text = Field(max_length=20)
    id_number: Text = Field(default="", max_length=18, description="sent to the platform, never stored or logged")


class RepairApplication(Wire):
    record_ids: list[Text] = Field(max_length=50)
    reason: MultilineText = Field(max_length=2000)
    commitment: RepairCommitment
    contact: Contact
    agent: Agent | None = None


class TimelineStep(Wire):
    at: dt.datetime
    status: str
    actor: str = ""
    note: str = ""
    slots: list[str] = Field(default_factory=list, description="the material slots a step concerns")


class CaseDue(Wire):
    acceptance_on: dt.date | None = None
    decision_on: dt.date | None = None
    estimated: bool = False
    late: str = Field(default="", description="acceptance | decision: the platform is past that deadline")


class CaseFile(Wire):
    slot: str
    name: str
    sha256: str
    size: int
    mime: str


class Repair(Wire):
    id: str
    case_no: str
    uscc: str
    firm_name: str = ""
    status: RepairStatus
    record_ids: list[str]
    reason: str = ""
    submitted_at: dt.datetime
    authority: str = ""
    timeline: list[TimelineStep] = Field(default_factory=list)
    due: CaseDue = Field(default_factory=CaseDue)
    requested_slots: list[str] = Field(default_factory=list)
    files: list[CaseFile] = Field(default_factory=list)


class RepairList(Wire):
    items: list[Repair]
    next_cursor: str | None = None


class ObjectionRequest(Wire):
    reason: MultilineText = Field(min_length=1, max_length=2000)
    contact: Contact


class Objection(Wire):
    id: str
    case_no: str
    uscc: str
    record_id: str
    status: ObjectionStatus
    reason: str
    submitted_at: dt.datetime
    timeline: list[TimelineStep] = Field(default_factory=list)
    due: CaseDue = Field(default_factory=CaseDue)
    files: list[CaseFile] = Field(default_factory=list)


class ObjectionList(Wire):
    items: list[Objection]
    next_cursor: str | None = None
