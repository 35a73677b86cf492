"""The public credit report (公共信用信息报告, 专项信用报告) the platform issues, and its public verification —
DESIGN.md §4 (Reports), DOMAIN.md §4.

The report is the platform's document: its content (`data`) is Chinese as issued, whatever the app's language; the
app shows it as tables and keeps the signed PDF whose SHA-256 is `sha256`.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from assistant.api.models.base import Text, Wire, WireDate

Edition = Literal["standard", "special"]  # 公共信用信息报告 | 专项信用报告 (replaces 无违法违规记录证明)
Purpose = Literal["tender", "financing", "approval", "honour", "other"]  # 招投标 融资信贷 行政审批 评优评先 其他


class ReportPeriod(Wire):
    from_: WireDate = Field(alias="from")
    to: WireDate


class ReportRequest(Wire):
    edition: Edition
    purpose: Purpose
    purpose_note: Text = Field(default="", max_length=60, description="what 其他 means, e.g. the tender's name")
    period: ReportPeriod | None = Field(default=None, description="专项 only: up to three years back from today")


class Quota(Wire):
    year: int
    free_per_year: int = Field(ge=0)
    used: int = Field(ge=0)
    left: int = Field(ge=0)


class SummaryCount(Wire):
    """One line of 信用信息概要: how many entries a section holds."""

    key: str
    title: str
    count: int = Field(ge=0)


class ReportRow(Wire):
    cells: list[str]
    record_id: str | None = Field(default=None, description="the adverse record this row shows, if it is one")


class ReportSection(Wire):
    key: str
    number: str = Field(description="一 … 十")
    title: str
    columns: list[str] = Field(default_factory=list)
    rows: list[ReportRow] = Field(default_factory=list)
    empty_text: str = Field(default="无", description="printed when the section has no rows")
    note: str = ""


class ReportFirm(Wire):
    name: str
    uscc: str
    legal_rep: str
    established_on: dt.date | None = None
    address: str = ""


class ReportData(Wire):
    firm: ReportFirm
    summary: list[SummaryCount]
    sections: list[ReportSection]
    explanation: list[str] = Field(default_factory=list, description="报告说明, paragraph by paragraph")


class Report(Wire):
    report_no: str = Field(min_length=22, max_length=22)
    verify_code: str
    uscc: str
    firm_name: str
    issued_at: dt.datetime
    edition: Edition
    purpose: Purpose
    purpose_note: str = ""
    period: ReportPeriod | None = None
    sha256: str = Field(description="SHA-256 of the signed PDF at …/reports/{report_no}/pdf")
    quota: Quota
    demo: bool = Field(default=False, description="issued by a sandbox: not an official report")
    data: ReportData | None = Field(default=None, description="absent from list items")


class ReportList(Wire):
    items: list[Report]
    quota: Quota | None = None
    next_cursor: str | None = None


class ReportVerification(Wire):
    """`GET /public/reports/verify`: nothing beyond these fields, and only `valid` when the pair does not match."""

    valid: bool
    firm_name: str | None = None
    uscc: str | None = None
    issued_at: dt.datetime | None = None
    edition: Edition | None = None
    sha256: str | None = None
