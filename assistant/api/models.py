"""Wire models of platform API v1 (DESIGN.md §4), shared by the client and the sandbox.

Responses tolerate unknown fields (a newer platform may add some); money travels as decimal strings.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

Money = Annotated[Decimal, PlainSerializer(lambda d: f"{d:.2f}", return_type=str, when_used="json")]


class Wire(BaseModel):
    model_config = ConfigDict(extra="ignore")


class FieldError(Wire):
    field: str
    message: str


class Problem(Wire):
    """RFC 9457 problem details, with a Chinese (or, on request, English) title and detail."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str = ""
    code: str = ""
    errors: list[FieldError] = Field(default_factory=list)


class LoginRequest(Wire):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class RefreshRequest(Wire):
    refresh_token: str = Field(min_length=1, max_length=512)


class LogoutRequest(Wire):
    refresh_token: str | None = Field(default=None, max_length=512)


class FirmRef(Wire):
    uscc: str
    name: str
    relation: Literal["owner", "agent"]


class Me(Wire):
    id: str
    display_name: str
    role: Literal["enterprise", "agent"]
    firms: list[FirmRef]


class TokenPair(Wire):
    access_token: str
    refresh_token: str
    expires_in: int = Field(description="seconds until the access token expires")
    token_type: str = "Bearer"
    user: Me


class LegalRepresentative(Wire):
    name: str
    id_masked: str = Field(description="resident ID number with the middle masked; never the full number")


class CreditLevel(Wire):
    """A sector's level on its own scale (DOMAIN.md §8): never a single national score."""

    level: str
    scale: str
    source: str
    year: int


class FirmProfile(Wire):
    uscc: str
    name: str
    kind: str = Field(description="组织形式, e.g. 有限责任公司, 个体工商户, 农民专业合作社")
    subject_category: str = Field(description="承诺人类别: 法人及非法人组织 | 个体工商户 | 自然人")
    legal_rep: LegalRepresentative
    established_on: dt.date
    region_code: str
    region_name: str
    industry_code: str
    industry_category: str = Field(description="the 企业规模划型 industry, e.g. 工业, 零售业")
    industry_name: str
    address: str
    staff: int
    revenue: Money
    assets: Money
    size: str | None = Field(default=None, description="大型 | 中型 | 小型 | 微型, by 工信部联企业〔2011〕300号")
    tax_credit_level: str | None = None
    credit_level: CreditLevel | None = None
    tags: list[str] = Field(default_factory=list)
    updated_at: dt.datetime


class Fact(Wire):
    value: Any
    source: Literal["platform"] = "platform"
    as_of: dt.date


class CalendarYear(Wire):
    year: int
    published: bool
    holidays: list[dt.date]
    working_weekends: list[dt.date]
    source: str


# -- commitments ------------------------------------------------------------------------------------------------
FieldKind = Literal["text", "textarea", "date", "money", "uscc", "id_number", "phone", "choice"]
CommitmentStatus = Literal["submitted", "published", "withdrawn", "fulfilled", "breached"]


class TemplateField(Wire):
    key: str
    label: str
    kind: FieldKind
    required: bool = True
    max_length: int | None = None
    options: list[str] = Field(default_factory=list)
    help: str = ""


class MissingMaterial(Wire):
    key: str
    name: str
    due_workdays: int = Field(ge=0, description="working days after the commitment is made")


class CommitmentTemplate(Wire):
    code: str
    version: int
    type: str = Field(description="approval_substitution | deficiency_acceptance | certification | credit_repair | "
                      "industry_self_discipline | voluntary | other")
    title: str
    matter: str = Field(description="承诺事由")
    department: str = Field(description="承诺受理单位")
    applies_to: list[str]
    fields: list[TemplateField]
    content: list[str] = Field(description="clauses; {firm.x} and {field.x} are filled in")
    breach_liability: str
    missing_materials: list[MissingMaterial] = Field(default_factory=list)
    certificate_replaced: str | None = None
    legal_basis: str
    publicity: str = Field(description="可向社会公开 | 特定范围内公开 | 不可公开")
    excluded_if: list[str] = Field(default_factory=list, description="firm facts that bar this template")


class TemplateList(Wire):
    items: list[CommitmentTemplate]
    next_cursor: str | None = None


class CommitmentRequest(Wire):
    template_code: str = Field(min_length=1, max_length=40)
    template_version: int
    fields: dict[str, str | None] = Field(default_factory=dict)
    signed_by: str = Field(min_length=1, max_length=20)
    signed_on: dt.date


class DueItem(Wire):
    key: str
    name: str
    due_on: dt.date
    estimated: bool = Field(description="the deadline lies in a year without a published holiday notice")
    fulfilled_at: dt.datetime | None = None


class Commitment(Wire):
    id: str
    code: str = Field(description="承诺编码: 6-digit region + YYYYMMDD + 6-digit serial")
    status: CommitmentStatus
    submitted_at: dt.datetime
    uscc: str
    firm_name: str
    template_code: str
    template_version: int
    type: str
    title: str
    matter: str
    department: str
    publicity: str
    fields: dict[str, str | None]
    signed_by: str
    signed_on: dt.date
    due_items: list[DueItem] = Field(default_factory=list)
    breach_recorded_on: dt.date | None = None


class CommitmentList(Wire):
    items: list[Commitment]
    next_cursor: str | None = None


class PublicCommitment(Wire):
    code: str
    firm_name: str
    uscc: str
    type: str
    matter: str
    department: str
    submitted_on: dt.date
    status: CommitmentStatus


# -- policies -----------------------------------------------------------------------------------------------------
class PolicyWindow(Wire):
    start: dt.date
    end: dt.date


class Benefit(Wire):
    kind: Literal["fixed", "rate"]
    amount: Money | None = None
    rate: Decimal | None = None
    base_fact: str | None = None
    cap: Money | None = None
    description: str = ""


class Policy(Wire):
    id: str
    title: str
    issuer: str
    category: str
    mode: Literal["auto", "apply"] = Field(description="auto: 免申即享 (paid without applying); apply: needs an application")
    summary: str
    legal_basis: str
    window: PolicyWindow
    conditions: dict[str, Any] = Field(description="{all: [...]} | {any: [...]} | {id, label, fact, op, value, unit}")
    benefit: Benefit
    publicity_days: int = 5


class PolicyList(Wire):
    items: list[Policy]
    next_cursor: str | None = None


GrantStatus = Literal["公示中", "已拨付", "已确认"]


class Grant(Wire):
    id: str
    policy_id: str
    policy_title: str
    amount: Money
    status: GrantStatus
    announced_on: dt.date
    paid_on: dt.date | None = None
    account_masked: str | None = None


class ConditionOutcome(Wire):
    id: str
    label: str
    state: Literal["met", "unmet", "unknown"]
    fact: str
    actual: Any = None
    expected: Any = None
    unit: str = ""
    legal_basis: str = ""
    alternative: int = Field(default=0, description="inside an any-group: which alternative (1, 2, …); 0 otherwise")


class Eligibility(Wire):
    policy_id: str
    state: Literal["met", "unmet", "unknown"] = Field(description="displayed as 满足 / 不满足 / 待补充")
    amount: Money | None = None
    conditions: list[ConditionOutcome]
