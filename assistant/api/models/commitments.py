"""Commitment templates, commitments and their deferred materials."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field

from assistant.api.models.base import MAX_INT, MultilineText, Text, Wire, WireDate

FieldKind = Literal["text", "textarea", "date", "money", "uscc", "id_number", "phone", "choice"]
CommitmentStatus = Literal["submitted", "published", "withdrawn", "fulfilled", "breached"]


class TemplateField(Wire):
    key: str
    label: str
    kind: FieldKind
    required: bool = True
    max_length: int | None = None
    options: list[str] = Field(default_factory=list)
    multiple: bool = Field(default=False, description="choice: several options may be chosen, joined with 、")
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


# A template field's key as the client sends it back; the template decides which keys it knows.
FieldKey = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")]
# Generous next to the longest template field (4000 characters), so the template's own check, which names the limit
# in the user's words, is what the user normally meets.
FieldValue = Annotated[MultilineText, Field(max_length=10_000)]


class CommitmentRequest(Wire):
    template_code: Text = Field(min_length=1, max_length=40)
    template_version: int = Field(ge=1, le=MAX_INT)
    fields: dict[FieldKey, FieldValue | None] = Field(default_factory=dict, max_length=100)
    signed_by: Text = Field(min_length=1, max_length=20)
    signed_on: WireDate


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
