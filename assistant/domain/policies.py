"""免申即享 / 惠企政策 eligibility: a small declarative evaluator that explains itself, condition by condition.

No rules library gives per-condition explanations with a third state, so this is ours (DESIGN.md §2). A condition
tree is `{"all": [...]}`, `{"any": [...]}` or a leaf `{id, label, fact, op, value, unit}`. Each leaf is 满足 (met),
不满足 (unmet) or 待补充 (unknown: the fact is missing). Missing data is never "not met" (DOMAIN.md §5).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

MET, UNMET, UNKNOWN = "met", "unmet", "unknown"
OPERATORS = ("eq", "ne", "lt", "le", "gt", "ge", "in", "not_in", "contains", "between", "exists",
             "years_since_at_least")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class ConditionResult:
    id: str
    label: str
    state: str
    fact: str
    actual: Any
    expected: Any
    unit: str = ""
    legal_basis: str = ""


@dataclass(frozen=True)
class PolicyResult:
    policy_id: str
    state: str
    amount: Decimal | None
    conditions: list[ConditionResult] = field(default_factory=list)


def combine_all(states: list[str]) -> str:
    """all: one 不满足 decides; else one 待补充 keeps it open; else 满足 (an empty all is met)."""
    if UNMET in states:
        return UNMET
    return UNKNOWN if UNKNOWN in states else MET


def combine_any(states: list[str]) -> str:
    """any: one 满足 decides; else one 待补充 keeps it open; else 不满足 (an empty any is not met)."""
    if MET in states:
        return MET
    return UNKNOWN if UNKNOWN in states else UNMET


def _value(fact: Any) -> Any:
    return getattr(fact, "value", fact)  # a Fact wrapper or a bare value


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _comparable(actual: Any, expected: Any) -> tuple[Any, Any] | None:
    """Both as dates, both as Decimals, or both as the same plain type; None when they cannot be compared."""
    for convert in (_date, _number):
        a, e = convert(actual), convert(expected)
        if a is not None and e is not None:
            return a, e
    if type(actual) is type(expected):
        return actual, expected
    return None


def _compare(op: str, actual: Any, expected: Any) -> bool | None:
    pair = _comparable(actual, expected)
    if pair is None:
        return None
    a, e = pair
    return {"eq": a == e, "ne": a != e, "lt": a < e, "le": a <= e, "gt": a > e, "ge": a >= e}[op]


def _years_between(start: dt.date, end: dt.date) -> int:
    years = end.year - start.year
    return years - ((end.month, end.day) < (start.month, start.day))


def evaluate_leaf(leaf: Mapping[str, Any], facts: Mapping[str, Any], today: dt.date) -> ConditionResult:
    op, expected, key = leaf["op"], leaf.get("value"), leaf["fact"]
    present = key in facts and _value(facts[key]) not in (None, "")
    actual = _value(facts[key]) if present else None

    def result(state: str) -> ConditionResult:
        return ConditionResult(leaf.get("id", key), leaf.get("label", key), state, key, actual, expected,
                               leaf.get("unit", ""), leaf.get("legal_basis", ""))

    if op == "exists":
        return result(MET if present else UNKNOWN)
    if not present:
        return result(UNKNOWN)
    outcome: bool | None
    if op in ("eq", "ne", "lt", "le", "gt", "ge"):
        outcome = _compare(op, actual, expected)
    elif op in ("in", "not_in"):
        found = any(_compare("eq", actual, option) for option in expected or [])
        outcome = found if op == "in" else not found
    elif op == "contains":
        outcome = isinstance(actual, list | tuple) and any(_compare("eq", item, expected) for item in actual)
    elif op == "between":
        low, high = expected
        outcome = bool(_compare("ge", actual, low)) and bool(_compare("le", actual, high))
        if _comparable(actual, low) is None:
            outcome = None
    elif op == "years_since_at_least":
        started = _date(actual)
        outcome = None if started is None else _years_between(started, today) >= int(expected)
    else:
        raise ValueError(f"unknown operator {op!r}")
    # A value of the wrong kind (text where a number belongs) cannot show the condition is met or not met.
    return result(UNKNOWN if outcome is None else (MET if outcome else UNMET))


def evaluate(node: Mapping[str, Any], facts: Mapping[str, Any], today: dt.date) -> tuple[str, list[ConditionResult]]:
    """The state of a condition tree and every leaf's result, in order."""
    if "all" in node or "any" in node:
        parts = [evaluate(child, facts, today) for child in node.get("all", node.get("any", []))]
        states = [state for state, _ in parts]
        leaves = [leaf for _, results in parts for leaf in results]
        return (combine_all(states) if "all" in node else combine_any(states)), leaves
    leaf = evaluate_leaf(node, facts, today)
    return leaf.state, [leaf]


def estimate(benefit: Mapping[str, Any], facts: Mapping[str, Any]) -> Decimal | None:
    """What the benefit is worth: a fixed amount, or a rate of a fact up to a cap (None when the base is unknown)."""
    if benefit.get("kind") == "fixed":
        return Decimal(str(benefit.get("amount") or "0")).quantize(CENT)
    base = _number(_value(facts.get(benefit.get("base_fact", ""))))
    if base is None:
        return None
    amount = (base * Decimal(str(benefit["rate"]))).quantize(CENT, rounding=ROUND_HALF_UP)
    cap = benefit.get("cap")
    return min(amount, Decimal(str(cap))) if cap is not None else amount


def evaluate_policy(policy: Any, facts: Mapping[str, Any], today: dt.date) -> PolicyResult:
    state, conditions = evaluate(policy.conditions, facts, today)
    conditions = [c if c.legal_basis else ConditionResult(c.id, c.label, c.state, c.fact, c.actual, c.expected,
                                                          c.unit, policy.legal_basis) for c in conditions]
    benefit = policy.benefit if isinstance(policy.benefit, Mapping) else policy.benefit.model_dump()
    return PolicyResult(policy.id, state, estimate(benefit, facts), conditions)


# -- derived facts --------------------------------------------------------------------------------------------------
LISTS = {"serious_list": "on_serious_dishonesty_list", "abnormal_list": "on_abnormal_list"}


def derive_facts(facts: Mapping[str, Any]) -> dict[str, Any]:
    """Facts computed from other facts, the same way on the platform and in the client:

    - the dishonesty vetoes from the firm's records, counting only records still publicly shown — a repaired or
      expired record never counts against a firm (DOMAIN.md §3);
    - the firm's size by the 工信部联企业〔2011〕300号 table.
    """
    from assistant.domain.firmsize import classify

    out = {key: _value(value) for key, value in facts.items()}
    records = out.get("records")
    if isinstance(records, list):
        for kind, key in LISTS.items():
            out[key] = any(r.get("kind") == kind and r.get("state") == "public" for r in records)
    size = classify(str(out.get("industry_category", "")), {
        "staff": out.get("staff_count"), "revenue": out.get("revenue_last_year"), "assets": out.get("assets_total"),
    } if all(k in out for k in ("staff_count", "revenue_last_year")) else {})
    if size and "enterprise_size" not in out:
        out["enterprise_size"] = size
    return out
