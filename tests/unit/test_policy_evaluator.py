"""The eligibility evaluator: tri-state logic, operators on dates, Decimal and lists, benefits, derived vetoes."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.domain.policies import (
    MET,
    UNKNOWN,
    UNMET,
    combine_all,
    combine_any,
    derive_facts,
    estimate,
    evaluate,
    evaluate_leaf,
)

TODAY = dt.date(2026, 11, 21)
STATES = (MET, UNMET, UNKNOWN)


def leaf(op, value=None, fact="x"):
    return {"id": "c", "label": "条件", "fact": fact, "op": op, "value": value}


def state(op, actual, value=None):
    facts = {} if actual is None else {"x": actual}
    return evaluate_leaf(leaf(op, value), facts, TODAY).state


@pytest.mark.parametrize("a, b", list(itertools.product(STATES, repeat=2)))
def test_truth_tables(a, b):
    expected_all = UNMET if UNMET in (a, b) else UNKNOWN if UNKNOWN in (a, b) else MET
    expected_any = MET if MET in (a, b) else UNKNOWN if UNKNOWN in (a, b) else UNMET
    assert combine_all([a, b]) == expected_all
    assert combine_any([a, b]) == expected_any


def test_empty_groups():
    assert combine_all([]) == MET and combine_any([]) == UNMET


tristates = st.lists(st.sampled_from(STATES), max_size=6)


@given(tristates)
def test_an_unknown_added_to_a_met_any_keeps_it_met(states):
    assert combine_any([*states, MET, UNKNOWN]) == MET


@given(tristates)
def test_an_unknown_added_to_a_failing_all_keeps_it_failing(states):
    assert combine_all([*states, UNMET, UNKNOWN]) == UNMET


@given(tristates)
def test_missing_data_never_turns_into_not_met(states):
    """Replacing any unknown by met or unmet can only move an unknown result, never a decided one."""
    decided_all, decided_any = combine_all(states), combine_any(states)
    for replacement in (MET, UNMET):
        filled = [replacement if s == UNKNOWN else s for s in states]
        if decided_all != UNKNOWN:
            assert combine_all(filled) == decided_all
        if decided_any != UNKNOWN:
            assert combine_any(filled) == decided_any


@pytest.mark.parametrize("op, actual, value, expected", [
    ("eq", "A", "A", MET), ("eq", "B", "A", UNMET), ("ne", "B", "A", MET),
    ("eq", True, True, MET), ("eq", False, True, UNMET),
    ("ge", "12", 12, MET), ("lt", "5.49", "5.5", MET), ("le", "5.5", "5.50", MET), ("gt", "5.51", "5.5", MET),
    ("ge", 0.1 + 0.2, "0.3", MET),  # Decimal from the float's shortest repr, not its binary value
    ("lt", "2026-09-30", "2026-10-01", MET), ("ge", "2026-10-01", "2026-10-01", MET),
    ("in", "B", ["A", "B"], MET), ("in", "M", ["A", "B"], UNMET), ("not_in", "D", ["A", "B"], MET),
    ("in", 5, ["5", "6"], MET),
    ("contains", ["高新技术企业", "科技型中小企业"], "高新技术企业", MET), ("contains", ["x"], "y", UNMET),
    ("contains", "高新技术企业", "高新技术企业", UNMET),  # not a list: the fact does not contain items
    ("between", "2025-06-01", ["2025-01-01", "2026-12-31"], MET),
    ("between", "2024-12-31", ["2025-01-01", "2026-12-31"], UNMET),
    ("between", "5000", ["1000", "5000"], MET),
    ("exists", "12.00", None, MET), ("exists", None, None, UNKNOWN),
    ("years_since_at_least", "2025-11-21", 1, MET), ("years_since_at_least", "2025-11-22", 1, UNMET),
    ("ge", "很多", 12, UNKNOWN),  # a value of the wrong kind decides nothing
    ("lt", ["a"], [1], UNKNOWN), ("between", {"k": 1}, [{"k": 0}, {"k": 2}], UNKNOWN),  # no order between them
    ("gt", Decimal("NaN"), Decimal("NaN"), UNKNOWN),
])
def test_operators(op, actual, value, expected):
    assert state(op, actual, value) == expected


def test_missing_fact_is_unknown_for_every_operator():
    for op in ("eq", "ne", "lt", "le", "gt", "ge", "in", "not_in", "contains", "between", "years_since_at_least"):
        assert state(op, None, ["a", "b"] if op in ("in", "not_in", "between") else 1) == UNKNOWN


def test_result_names_fact_actual_expected_and_unit():
    result = evaluate_leaf({"id": "layoff", "label": "上年裁员率不超过5.5%", "fact": "layoff_rate_last_year",
                            "op": "le", "value": "5.5", "unit": "%"}, {"layoff_rate_last_year": "2.7"}, TODAY)
    assert (result.fact, result.actual, result.expected, result.unit, result.state) == (
        "layoff_rate_last_year", "2.7", "5.5", "%", MET)


def test_nested_tree_with_explanations():
    tree = {"all": [leaf("ge", 12, "months"),
                    {"any": [leaf("le", "5.5", "layoff"), {"all": [leaf("le", 30, "staff"), leaf("le", 20, "layoff")]}]}]}
    state_, leaves = evaluate(tree, {"months": 24, "layoff": "8", "staff": 25}, TODAY)
    assert state_ == MET and [leaf_.state for leaf_ in leaves] == [MET, UNMET, MET, MET]
    assert [leaf_.alternative for leaf_ in leaves] == [0, 1, 2, 2]  # which way of meeting the any-group
    assert evaluate(tree, {"months": 24, "layoff": "8"}, TODAY)[0] == UNKNOWN
    assert evaluate(tree, {"months": 6}, TODAY)[0] == UNMET


def test_benefit_estimates_with_caps_and_no_floats():
    assert estimate({"kind": "fixed", "amount": "100000"}, {}) == Decimal("100000.00")
    rate = {"kind": "rate", "rate": "0.3", "base_fact": "interest", "cap": "200000"}
    assert estimate(rate, {"interest": "123456.78"}) == Decimal("37037.03")
    assert estimate(rate, {"interest": "9999999"}) == Decimal("200000")
    assert estimate(rate, {}) is None


def test_repaired_or_expired_records_never_veto():
    records = [{"kind": "serious_list", "state": "repaired"}, {"kind": "abnormal_list", "state": "expired"},
               {"kind": "administrative_penalty", "state": "public"}]
    facts = derive_facts({"records": records})
    assert facts["on_serious_dishonesty_list"] is False and facts["on_abnormal_list"] is False
    records[0]["state"] = "public"
    assert derive_facts({"records": records})["on_serious_dishonesty_list"] is True


def test_size_is_derived_from_the_facts():
    facts = derive_facts({"industry_category": "零售业", "staff_count": 4, "revenue_last_year": "860000.00"})
    assert facts["enterprise_size"] == "微型"


def test_the_portfolio_loop_gives_the_same_answers_and_restores_the_collector():
    import gc

    from assistant.api.models import Policy
    from assistant.domain.policies import CompiledPolicy, evaluate_many, evaluate_policy, prepare_facts
    from assistant.sandbox.policies import CATALOGUE

    policies = [Policy.model_validate(p) for p in CATALOGUE]
    firms = [{"tax_credit_level": "A", "loan_interest_paid_last_year": "1000"}, {"kind": "个体工商户"}]
    was_enabled = gc.isenabled()  # off when the UI tests ran first in this process (ui/collector.py)
    gc.enable()
    try:
        many = evaluate_many([CompiledPolicy(p) for p in policies], [prepare_facts(f) for f in firms], TODAY)
        assert gc.isenabled()
    finally:
        if not was_enabled:
            gc.disable()
    for facts, results in zip(firms, many, strict=True):
        assert [(r.state, r.amount) for r in results] == [
            (evaluate_policy(p, facts, TODAY).state, evaluate_policy(p, facts, TODAY).amount) for p in policies]
        assert all(r.conditions == [] for r in results)
