"""Policies, the platform's eligibility match and payouts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal

from pydantic import Field

from assistant.api.models.base import Money, Wire


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
