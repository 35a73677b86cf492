"""The accountant's portfolio is evaluated column-wise (domain/policy_columns.py, issue 12); the plain evaluator,
one firm × one policy, is the reference. On random condition trees and random facts — every operator, both
combinators, missing facts, values of the wrong kind, repeated values among firms — both give the same state for
every firm × policy and for every condition on its own, and the same amount to the digit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.api.models import Policy
from assistant.domain.policies import (
    MET,
    OPERATORS,
    UNKNOWN,
    UNMET,
    CompiledPolicy,
    _leaves,
    evaluate,
    evaluate_many,
    prepare_facts,
)
from assistant.domain.policy_columns import evaluate_matrix
from assistant.services.policies import evaluate as evaluate_one_firm
from assistant.services.policies import evaluate_portfolio

FACTS = ("a", "b", "c", "d")

# Values that compare equal but are not alike (1, "1", True, 1.0, Decimal("1.0")): firms holding them and leaves
# expecting them must never be taken for one another.
LOOKALIKES = st.sampled_from([1, "1", True, 1.0, Decimal("1"), Decimal("1.0"), "1.0", 0, "0", False, 0.0, -0.0,
                              "abc"])
# Values as the platform sends them and a few it never should: numbers as text and as numbers (with the readings
# that compare equal but read differently), dates as text and as dates, flags, grades, lists, text of the wrong
# kind, empty text (missing), and values with no order (dicts, NaN).
SCALARS = st.one_of(
    LOOKALIKES,
    st.booleans(),
    st.integers(-3, 12),
    st.sampled_from(["0", "1", "1.0", "5.5", "5.50", "-0", " 3 ", "12", "1e3", "很多", "", "A", "B", "M",
                     "2025-11-21", "2026-01-01", "2026-11-22", "2026-02-30", "NaN", "Infinity"]),
    st.decimals(min_value=-20, max_value=20, places=1, allow_nan=False, allow_infinity=False),
    st.sampled_from([0.1 + 0.2, 0.3, -0.0, 5.5, float("nan"), Decimal("NaN"), Decimal("1.00"), None]),
    st.dates(dt.date(2024, 1, 1), dt.date(2027, 12, 31)),
    st.sampled_from([{"k": 1}, {"k": 2}]),
)
VALUES = st.one_of(SCALARS, st.lists(SCALARS, max_size=3))


def leaves(names: st.SearchStrategy[str]) -> st.SearchStrategy[dict[str, Any]]:
    def leaf(op: str) -> st.SearchStrategy[dict[str, Any]]:
        if op in ("in", "not_in"):
            expected = st.one_of(st.none(), st.lists(SCALARS, max_size=4))
        elif op == "between":
            expected = st.lists(SCALARS, min_size=2, max_size=2)
        elif op == "years_since_at_least":
            expected = st.one_of(st.integers(0, 3), st.sampled_from(["1", "2"]))
        elif op == "exists":
            expected = st.none()
        else:
            expected = VALUES
        return st.fixed_dictionaries({"id": names, "label": names, "fact": st.sampled_from(FACTS),
                                      "op": st.just(op), "value": expected},
                                     optional={"unit": st.sampled_from(["元", "%"]),
                                               "legal_basis": st.sampled_from(["第一条", ""])})

    return st.sampled_from(OPERATORS).flatmap(leaf)


TREES = st.recursive(
    leaves(st.sampled_from(["x", "y", "z"])),
    lambda children: st.one_of(st.builds(lambda c: {"all": c}, st.lists(children, max_size=4)),
                               st.builds(lambda c: {"any": c}, st.lists(children, max_size=4))),
    max_leaves=10)

BENEFITS = st.one_of(
    st.builds(lambda amount: {"kind": "fixed", "amount": amount}, st.sampled_from(["0", "3000", "100000.5"])),
    st.builds(lambda rate, base, cap: {"kind": "rate", "rate": rate, "base_fact": base, "cap": cap},
              st.sampled_from(["0.3", "0.30", "0.6"]), st.sampled_from(FACTS), st.sampled_from([None, "2", "2.0"])))


@dataclass
class Plain:
    """What CompiledPolicy reads of a policy."""

    id: str
    conditions: dict[str, Any]
    benefit: dict[str, Any]
    legal_basis: str = "某办法"
    mode: str = "auto"
    window: Any = field(default_factory=lambda: SimpleNamespace(end=dt.date(2026, 12, 31)))


FIRM = st.dictionaries(st.sampled_from(FACTS), VALUES, max_size=len(FACTS))
# Few distinct firms, repeated: the column path groups firms by value, so sharing must be exercised too.
FIRMS = st.lists(FIRM, min_size=1, max_size=4).flatmap(
    lambda distinct: st.lists(st.sampled_from(distinct), min_size=0, max_size=9))
POLICIES = st.lists(st.tuples(TREES, BENEFITS), max_size=5)
TODAY = st.dates(dt.date(2025, 6, 1), dt.date(2027, 6, 1))


def amount_text(amount: Decimal | None) -> str | None:
    return None if amount is None else str(amount)  # 200000 and 200000.00 are equal but not the same to print


@settings(max_examples=200, deadline=None)
@given(POLICIES, FIRMS, TODAY)
def test_the_column_wise_matrix_equals_the_plain_evaluator(policies, firms, today):
    compiled = [CompiledPolicy(Plain(f"p{n}", tree, benefit)) for n, (tree, benefit) in enumerate(policies)]
    prepared = [prepare_facts(facts) for facts in firms]
    fast = evaluate_matrix(compiled, prepared, today)
    plain = evaluate_many(compiled, prepared, today)
    assert len(fast) == len(firms) and all(len(row) == len(compiled) for row in fast)
    for facts, prepared_facts, fast_row, plain_row in zip(firms, prepared, fast, plain, strict=True):
        for policy, quick, reference in zip(compiled, fast_row, plain_row, strict=True):
            explained = policy.evaluate(prepared_facts, today)  # the single-firm view: every condition explained
            assert (quick.policy_id, quick.state, amount_text(quick.amount)) == (
                reference.policy_id, reference.state, amount_text(reference.amount)) == (
                explained.policy_id, explained.state, amount_text(explained.amount))
            assert quick.state == evaluate(policy.policy.conditions, facts, today)[0]
            assert quick.conditions == []  # the portfolio shows no explanations; the detail view builds them


@settings(max_examples=200, deadline=None)
@given(TREES, FIRMS, TODAY)
def test_every_condition_alone_is_decided_as_the_explanation_says(tree, firms, today):
    """Each leaf of the tree as a policy of its own: its column gives the state the explanation shows."""
    leaves_ = _leaves(CompiledPolicy(Plain("p", tree, {"kind": "fixed", "amount": "1"})).tree)
    compiled = [CompiledPolicy(Plain(f"leaf{n}", leaf.spec, {"kind": "fixed", "amount": "1"}))
                for n, leaf in enumerate(leaves_)]
    prepared = [prepare_facts(facts) for facts in firms]
    for prepared_facts, row in zip(prepared, evaluate_matrix(compiled, prepared, today), strict=True):
        explained = [leaf.explain(prepared_facts, today) for leaf in leaves_]
        assert [r.state for r in row] == [c.state for c in explained]


@settings(max_examples=100, deadline=None)
@given(POLICIES, FIRMS, TODAY, st.data())
def test_the_portfolio_rows_equal_one_firm_at_a_time(policies, firms, today, data):
    """The service's portfolio (shared rows, 应享未享 as masks) against its single-firm path, payouts included."""
    catalogue = [Policy.model_validate({
        "id": f"p{n}", "title": "政策", "issuer": "厅", "category": "类", "summary": "", "legal_basis": "办法",
        "mode": data.draw(st.sampled_from(["auto", "apply"])),
        "window": {"start": "2025-01-01", "end": data.draw(st.sampled_from(["2026-01-01", "2026-12-31"]))},
        "conditions": tree, "benefit": benefit}) for n, (tree, benefit) in enumerate(policies)]
    paid = [data.draw(st.one_of(st.none(), st.lists(st.sampled_from([p.id for p in catalogue] or ["p0"]))))
            for _ in firms]
    grants = [None if ids is None else [SimpleNamespace(policy_id=i) for i in ids] for ids in paid]
    refs = [SimpleNamespace(uscc=f"{n:018d}") for n in range(len(firms))]
    portfolio = evaluate_portfolio(catalogue, list(zip(refs, firms, grants, strict=True)), today)
    assert [firm for firm, _ in portfolio] == refs
    for (_, rows), facts, firm_grants in zip(portfolio, firms, grants, strict=True):
        single = evaluate_one_firm(catalogue, facts, {}, firm_grants, today)
        assert [(r.policy.id, r.result.state, amount_text(r.result.amount), r.owed, r.closed) for r in rows] == [
            (r.policy.id, r.result.state, amount_text(r.result.amount), r.owed, r.closed) for r in single]


ORDERS = ("lt", "le", "gt", "ge", "eq", "ne")
# A small pool, so that firms often hold exactly the threshold (where lt and le, gt and ge part) and numbers, dates,
# text and flags meet each other.
NEAR = st.sampled_from([0, 1, 2, "1", "1.0", "2", "1.5", 1.5, Decimal("1.50"), True, "abc", "", "2026-01-01",
                        "2026-01-02", dt.date(2026, 1, 1), "2025-12-31", None])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(ORDERS), NEAR), min_size=1, max_size=6),
       st.lists(st.dictionaries(st.just("k"), NEAR), max_size=8))
def test_orders_split_at_the_threshold_as_the_test_does(leaves_, firms):
    """Orders against numbers and dates are decided by sorting the firms' values once (not by the test): the
    firms holding exactly the threshold, and values of other kinds, land where the plain evaluator puts them."""
    compiled = [CompiledPolicy(Plain(f"p{n}", {"id": "k", "label": "k", "fact": "k", "op": op, "value": value},
                                     {"kind": "fixed", "amount": "1"})) for n, (op, value) in enumerate(leaves_)]
    prepared = [prepare_facts(facts) for facts in firms]
    today = dt.date(2026, 11, 21)
    assert [[r.state for r in row] for row in evaluate_matrix(compiled, prepared, today)] == [
        [r.state for r in row] for row in evaluate_many(compiled, prepared, today)]


def test_all_three_states_and_sharing_across_firms():
    """A worked example: firms holding the same value share one decision; a missing fact is 待补充, text where a
    number belongs too; and identical cells are one shared value, not one per firm."""
    tree = {"all": [{"id": "n", "label": "人数", "fact": "staff", "op": "ge", "value": 10},
                    {"any": [{"id": "t", "label": "级别", "fact": "level", "op": "in", "value": ["A", "B"]},
                             {"id": "d", "label": "成立", "fact": "since", "op": "years_since_at_least", "value": 1}]}]}
    compiled = [CompiledPolicy(Plain("p", tree, {"kind": "rate", "rate": "0.1", "base_fact": "staff", "cap": "2"}))]
    firms = [{"staff": 12, "level": "A"}, {"staff": "12", "level": "C", "since": "2020-01-01"}, {"staff": 9},
             {"level": "A"}, {"staff": "很多", "level": "A"}, {"staff": 12, "level": "A"}]
    today = dt.date(2026, 11, 21)
    rows = evaluate_matrix(compiled, [prepare_facts(f) for f in firms], today)
    assert [(r[0].state, r[0].amount) for r in rows] == [
        (MET, Decimal("1.20")), (MET, Decimal("1.20")), (UNMET, Decimal("0.90")), (UNKNOWN, None),
        (UNKNOWN, None), (MET, Decimal("1.20"))]
    assert rows[0][0] is rows[5][0]  # the same value, state and amount: one shared result


def test_lookalike_values_are_never_taken_for_one_another():
    """1 and "1" compare alike as numbers but not as text: firms holding them, and leaves expecting them, are
    decided apart (a column groups firms by value and decides identical leaves once)."""
    def leaf(value):
        return {"id": "k", "label": "k", "fact": "k", "op": "eq", "value": value}

    compiled = [CompiledPolicy(Plain(f"p{n}", leaf(value), {"kind": "fixed", "amount": "1"}))
                for n, value in enumerate([1, "1", True, "abc", Decimal("1.0"), "1.0"])]
    # Rates and caps equal in value but not in writing: 200000 capped is "2", not "2.00" nor "2.0".
    compiled += [CompiledPolicy(Plain(f"r{n}", leaf(1), {"kind": "rate", "rate": rate, "base_fact": "k", "cap": cap}))
                 for n, (rate, cap) in enumerate([("0.3", "2"), ("0.30", "2.0"), ("0.3", None), ("0.30", None)])]
    firms = [{"k": value} for value in (1, "1", True, "abc", 1.0, Decimal("1.0"), "1.0", "1.00", "100", 100)]
    prepared = [prepare_facts(f) for f in firms]
    today = dt.date(2026, 11, 21)
    assert [[(r.state, amount_text(r.amount)) for r in row] for row in evaluate_matrix(compiled, prepared, today)] == [
        [(r.state, amount_text(r.amount)) for r in row] for row in evaluate_many(compiled, prepared, today)]
