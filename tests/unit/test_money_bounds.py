"""Money input is bounded: at most 10^15 yuan with at most two decimals. Checking an absurd amount ("1e40") gives
the user a clear message instead of raising (the CLI's render command and the GUI editor both call check_field)."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import pytest

from assistant.domain.commitments import check_field
from assistant.domain.money import MAX_AMOUNT, amount_problem

MONEY = SimpleNamespace(key="amount", kind="money", required=True, max_length=None, options=[])


@pytest.mark.parametrize("raw, words", [
    ("1e40", "金额不能超过1,000,000,000,000,000元"),
    ("1E+999999999", "金额不能超过"),
    ("9" * 150, "金额不能超过"),
    ("1000000000000000.01", "金额不能超过"),
    ("1.005", "金额最多两位小数"),
    ("1e-40", "金额最多两位小数"),
    ("0." + "0" * 150 + "1", "金额最多两位小数"),
])
def test_out_of_bounds_amounts_are_explained_not_raised(raw, words):
    value, problem = check_field(MONEY, raw)
    assert problem is not None and words in problem
    assert value == raw  # shown back as typed, so the user sees what to fix


@pytest.mark.parametrize("raw, normalised", [
    ("1000000000000000", "1000000000000000.00"), ("999,999,999,999,999.99", "999999999999999.99"),
    ("1e3", "1000.00"), ("12.50", "12.50"), ("0", "0.00"),
])
def test_amounts_up_to_the_bound_are_normalised(raw, normalised):
    assert check_field(MONEY, raw) == (normalised, None)


def test_the_bound_is_checked_before_the_decimals():
    assert MAX_AMOUNT == Decimal(10) ** 15
    assert amount_problem(Decimal("1e40")) == "too_large"  # quantize() would raise on this
    assert amount_problem(Decimal("1E+999999999")) == "too_large"
    assert amount_problem(Decimal("0.001")) == "too_precise"
    assert amount_problem(MAX_AMOUNT) is None
