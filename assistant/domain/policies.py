"""免申即享 / 惠企政策 eligibility: a small declarative evaluator that explains itself, condition by condition.

No rules library gives per-condition explanations with a third state, so this is ours (DESIGN.md §2). A condition
tree is `{"all": [...]}`, `{"any": [...]}` or a leaf `{id, label, fact, op, value, unit}`. Each leaf is 满足 (met),
不满足 (unmet) or 待补充 (unknown: the fact is missing). Missing data is never "not met" (DOMAIN.md §5).
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cached_property, lru_cache
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
    alternative: int = 0  # inside an any-group: which alternative (1, 2, …) this leaf belongs to; 0 otherwise
    op: str = ""  # the comparison, so the requirement can be said in words (≥ 100万元)


@dataclass(slots=True)  # not frozen: a portfolio makes hundreds of thousands, and frozen init is slower
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
    if isinstance(value, bool) or value is None or isinstance(value, list | dict):
        return None
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


@dataclass(frozen=True)
class Typed:
    """A value with its date and Decimal readings worked out once (facts per firm, expected values per policy)."""

    raw: Any
    date: dt.date | None
    number: Decimal | None
    items: tuple[Typed, ...] = ()  # a list fact's elements, typed too


def typed(value: Any) -> Typed:
    if type(value) in _ALIKE_WHEN_EQUAL:
        return _typed_alike(value)
    items = tuple(typed(v) for v in value) if isinstance(value, list | tuple) else ()
    return Typed(value, _date(value), _number(value), items)


# Types whose equal values read alike too (unlike 0.0 and -0.0, or Decimal("1") and Decimal("1.0")), so one Typed
# serves every firm and policy holding the value: flags, grades, cities and thresholds repeat across a portfolio.
_ALIKE_WHEN_EQUAL = frozenset({str, int, bool, dt.date})


@lru_cache(maxsize=8192, typed=True)  # typed: 1 and True are different keys; ≤ 3 MB
def _typed_alike(value: str | int | bool | dt.date) -> Typed:
    return Typed(value, _date(value), _number(value))


def prepare_facts(facts: Mapping[str, Any]) -> dict[str, Typed]:
    """A firm's facts, typed once; absent and empty values are left out (they are 待补充)."""
    return {key: typed(_value(v)) for key, v in facts.items() if _value(v) not in (None, "")}


def _pair(a: Typed, e: Typed) -> tuple[Any, Any] | None:
    """Both as dates, both as Decimals (never floats), or both as the same plain type; None if incomparable."""
    if a.date is not None and e.date is not None:
        return a.date, e.date
    if a.number is not None and e.number is not None:
        return a.number, e.number
    if type(a.raw) is type(e.raw):
        return a.raw, e.raw
    return None


_ORDER = {"eq": lambda a, e: a == e, "ne": lambda a, e: a != e, "lt": lambda a, e: a < e,
          "le": lambda a, e: a <= e, "gt": lambda a, e: a > e, "ge": lambda a, e: a >= e}


def _years_between(start: dt.date, end: dt.date) -> int:
    years = end.year - start.year
    return years - ((end.month, end.day) < (start.month, start.day))


class _Leaf:
    """One leaf, with its operator chosen and its expected value typed at compile time."""

    __slots__ = ("spec", "op", "fact", "test", "alternative", "expected")

    def __init__(self, spec: Mapping[str, Any]):
        self.spec, self.op, self.fact, self.alternative = spec, spec["op"], spec["fact"], 0
        self.expected: Typed | None = None  # an order's typed expected value (policy_columns sorts by it)
        expected = spec.get("value")
        op = self.op
        if op in _ORDER:
            e, compare = typed(expected), _ORDER[op]
            self.expected = e
            e_date, e_number = e.date, e.number

            def test(a: Typed, today: dt.date) -> bool | None:
                # The common cases inline (run for every firm × leaf by the plain evaluator), the rest via _pair.
                if e_date is not None and a.date is not None:
                    return compare(a.date, e_date)
                if e_number is not None and a.number is not None:
                    return compare(a.number, e_number)
                pair = _pair(a, e)
                if pair is None:
                    return None
                try:
                    return compare(*pair)
                except (TypeError, InvalidOperation):
                    return None  # values of one type without an order (lists, dicts, Decimal NaN): the wrong kind
        elif op in ("in", "not_in"):
            options, wanted = [typed(o) for o in expected or []], op == "in"

            def test(a: Typed, today: dt.date) -> bool | None:
                found = False
                for o in options:
                    pair = _pair(a, o)
                    if pair is not None and pair[0] == pair[1]:
                        found = True
                        break
                return found if wanted else not found
        elif op == "contains":
            item = typed(expected)

            def test(a: Typed, today: dt.date) -> bool | None:
                if not isinstance(a.raw, list | tuple):
                    return False
                return any((p := _pair(x, item)) is not None and p[0] == p[1] for x in a.items)
        elif op == "between":
            low, high = (typed(v) for v in expected)

            def test(a: Typed, today: dt.date) -> bool | None:
                lower, upper = _pair(a, low), _pair(a, high)
                if lower is None or upper is None:
                    return None
                try:
                    return lower[0] >= lower[1] and upper[0] <= upper[1]
                except (TypeError, InvalidOperation):
                    return None  # as above
        elif op == "years_since_at_least":
            years = int(expected)

            def test(a: Typed, today: dt.date) -> bool | None:
                return None if a.date is None else _years_between(a.date, today) >= years
        elif op == "exists":
            def test(a: Typed, today: dt.date) -> bool | None:
                return True
        else:
            raise ValueError(f"unknown operator {op!r}")
        self.test = test

    def state(self, facts: Mapping[str, Typed], today: dt.date) -> str:
        actual = facts.get(self.fact)
        if actual is None:
            return UNKNOWN  # a missing fact is 待补充, whatever the operator (exists included)
        outcome = self.test(actual, today)
        # A value of the wrong kind (text where a number belongs) cannot show the condition is met or not met.
        return UNKNOWN if outcome is None else (MET if outcome else UNMET)

    def explain(self, facts: Mapping[str, Typed], today: dt.date, basis: str = "") -> ConditionResult:
        spec, actual = self.spec, facts.get(self.fact)
        return ConditionResult(spec.get("id", self.fact), spec.get("label", self.fact), self.state(facts, today),
                               self.fact, actual.raw if actual else None, spec.get("value"), spec.get("unit", ""),
                               spec.get("legal_basis", "") or basis, self.alternative, spec.get("op", ""))


def _compile(node: Mapping[str, Any]):
    if "all" in node:
        return ("all", [_compile(child) for child in node["all"]])
    if "any" in node:
        children = [_compile(child) for child in node["any"]]
        for number, child in enumerate(children, start=1):
            for leaf in _leaves(child):
                leaf.alternative = leaf.alternative or number  # the innermost any-group names the alternative
        return ("any", children)
    return _Leaf(node)


def _state_function(node):
    """The tree as nested closures returning its state, stopping as soon as a group is decided (the same answer
    as evaluating every leaf, since one decisive child settles an all/any whatever the others say)."""
    if isinstance(node, _Leaf):
        fact, test = node.fact, node.test  # bound once: this closure runs for every firm × policy

        def leaf_state(facts: Mapping[str, Typed], today: dt.date) -> str:
            actual = facts.get(fact)
            if actual is None:
                return UNKNOWN
            outcome = test(actual, today)
            return UNKNOWN if outcome is None else (MET if outcome else UNMET)

        return leaf_state
    kind, children = node
    parts = [_state_function(child) for child in children]
    decisive, fallback = (UNMET, MET) if kind == "all" else (MET, UNMET)

    def state(facts: Mapping[str, Typed], today: dt.date) -> str:
        open_ = False
        for part in parts:
            result = part(facts, today)
            if result == decisive:
                return decisive
            if result == UNKNOWN:
                open_ = True
        return UNKNOWN if open_ else fallback

    return state


def _state(node, facts: Mapping[str, Typed], today: dt.date) -> str:
    return _state_function(node)(facts, today)


def _leaves(node) -> list[_Leaf]:
    return [node] if isinstance(node, _Leaf) else [leaf for child in node[1] for leaf in _leaves(child)]


def evaluate_leaf(leaf: Mapping[str, Any], facts: Mapping[str, Any], today: dt.date) -> ConditionResult:
    return _Leaf(leaf).explain(prepare_facts(facts), today)


def evaluate(node: Mapping[str, Any], facts: Mapping[str, Any], today: dt.date) -> tuple[str, list[ConditionResult]]:
    """The state of a condition tree and every leaf's result, in order."""
    compiled, prepared = _compile(node), prepare_facts(facts)
    return _state(compiled, prepared, today), [leaf.explain(prepared, today) for leaf in _leaves(compiled)]


def estimate(benefit: Mapping[str, Any], facts: Mapping[str, Any]) -> Decimal | None:
    """What the benefit is worth: a fixed amount, or a rate of a fact up to a cap (None when the base is unknown)."""
    if benefit.get("kind") == "fixed":
        return Decimal(str(benefit.get("amount") or "0")).quantize(CENT)
    base = _number(_value(facts.get(benefit.get("base_fact") or "")))
    if base is None:
        return None
    amount = (base * Decimal(str(benefit["rate"]))).quantize(CENT, rounding=ROUND_HALF_UP)
    cap = benefit.get("cap")
    return min(amount, Decimal(str(cap))) if cap is not None else amount


class CompiledPolicy:
    """A policy ready to be evaluated many times (an accountant's portfolio): trees and benefit read once."""

    def __init__(self, policy: Any):
        self.policy = policy
        self.tree = _compile(policy.conditions)
        self.leaves = _leaves(self.tree)
        benefit = policy.benefit if isinstance(policy.benefit, Mapping) else policy.benefit.model_dump()
        self.fixed = Decimal(str(benefit.get("amount") or "0")).quantize(CENT) if benefit.get("kind") == "fixed" \
            else None
        self.base_fact = benefit.get("base_fact") or ""
        self.rate = Decimal(str(benefit["rate"])) if benefit.get("rate") is not None else None
        self.cap = Decimal(str(benefit["cap"])) if benefit.get("cap") is not None else None

    @cached_property
    def state(self) -> Callable[[Mapping[str, Typed], dt.date], str]:
        """The tree as closures, built on first use: the column-wise portfolio never walks a tree per firm."""
        return _state_function(self.tree)

    def amount(self, facts: Mapping[str, Typed]) -> Decimal | None:
        """Same arithmetic as estimate(), from the fact's Decimal reading worked out once."""
        return self.fixed if self.fixed is not None else self.amount_of(facts.get(self.base_fact))

    def amount_of(self, base: Typed | None) -> Decimal | None:
        """A rate benefit's amount on this base value (None: missing or not a number)."""
        if self.fixed is not None:
            return self.fixed
        if base is None or base.number is None or self.rate is None:
            return None
        amount = (base.number * self.rate).quantize(CENT, rounding=ROUND_HALF_UP)
        return min(amount, self.cap) if self.cap is not None else amount

    def evaluate(self, facts: Mapping[str, Typed], today: dt.date, *, explain: bool = True) -> PolicyResult:
        """`facts` from prepare_facts(). Without `explain`, only the state and amount (for matrices)."""
        state = self.state(facts, today)
        amount = self.amount(facts)
        conditions = [leaf.explain(facts, today, self.policy.legal_basis) for leaf in self.leaves] if explain else []
        return PolicyResult(self.policy.id, state, amount, conditions)


def evaluate_many(compiled: list[CompiledPolicy], firms: list[Mapping[str, Typed]], today: dt.date
                  ) -> list[list[PolicyResult]]:
    """Every firm × every policy, states and amounts only, one pair at a time: the reference the column-wise
    evaluator (policy_columns.evaluate_matrix, what the accountant's portfolio runs) is checked against.

    The cyclic garbage collector is paused meanwhile: the loop makes hundreds of thousands of small acyclic
    objects, and collections triggered by them would re-scan everything else the process holds for nothing.
    """
    with gc_paused():
        return [[policy.evaluate(facts, today, explain=False) for policy in compiled] for facts in firms]


@contextmanager
def gc_paused() -> Iterator[None]:
    """For loops that make many small acyclic objects: no cyclic collection in between (it would only re-scan)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# How a policy's result is named to the firm; documents for the platform's offices keep these, whatever the UI says.
STATE_NAMES_ZH = {MET: "可享受", UNKNOWN: "待补充", UNMET: "暂不符合"}


def state_names() -> dict[str, str]:
    """可享受 / 待补充 / 暂不符合 in the UI's language."""
    from assistant.i18n import translate

    return {MET: translate("policies", "可享受"), UNKNOWN: translate("policies", "待补充"),
            UNMET: translate("policies", "暂不符合")}


def evaluate_policy(policy: Any, facts: Mapping[str, Any], today: dt.date) -> PolicyResult:
    return CompiledPolicy(policy).evaluate(prepare_facts(facts), today)


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
