"""The firm's profile and facts, and the public holiday calendar."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import Field

from assistant.api.models.base import Money, Wire


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
