"""Money: 大写金额 by the banking rule, and babel formatting in both languages."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.domain.money import format_money, format_wan, to_capital, to_money

# 《正确填写票据和结算凭证的基本规定》: examples and the alternatives it allows.
CAPITALS = {
    "1409.50": {"人民币壹仟肆佰零玖元伍角", "人民币壹仟肆佰零玖元伍角整"},
    "6007.14": {"人民币陆仟零柒元壹角肆分"},
    "1680.32": {"人民币壹仟陆佰捌拾元零叁角贰分", "人民币壹仟陆佰捌拾元叁角贰分"},
    "107000.53": {"人民币壹拾万柒仟元零伍角叁分", "人民币壹拾万柒仟元伍角叁分"},
    "325.04": {"人民币叁佰贰拾伍元零肆分"},
    "100000.05": {"人民币壹拾万元零伍分"},
    "10": {"人民币壹拾元整"},
    "12.00": {"人民币壹拾贰元整"},
    "20000000": {"人民币贰仟万元整"},
    "0.07": {"人民币柒分"},
    "0": {"人民币零元整"},
}


@pytest.mark.parametrize("amount", CAPITALS)
def test_capital_amounts_follow_the_banking_rule(amount):
    assert to_capital(Decimal(amount)) in CAPITALS[amount]


@pytest.mark.parametrize("amount", ["0.01", "3.05", "1000.99", "17.10", "250.00"])
def test_zheng_after_yuan_or_jiao_never_after_fen(amount):
    text = to_capital(amount)
    if text.endswith("分"):
        return
    assert text.endswith("元整") or text.endswith("角整")
    assert "分整" not in text


def test_money_is_never_a_float():
    with pytest.raises(TypeError):
        to_money(0.1)
    assert to_money("1,234.5") == Decimal("1234.50")
    with pytest.raises(ValueError):
        to_money("abc")


def test_babel_formatting():
    assert format_money(Decimal("1234567.5")) == "¥1,234,567.50"
    assert format_money(Decimal("1234567.5"), "en") == "¥1,234,567.50"
    assert format_money(Decimal("-3.2")) == "-¥3.20"
    assert format_wan(Decimal("1234567.50")) == "123.5万"
    assert format_wan(Decimal("50000")) == "5万"
    assert format_wan(Decimal("860")) == "860元"
    assert format_wan(Decimal("1234567.50"), "en") == "¥1.23M"
