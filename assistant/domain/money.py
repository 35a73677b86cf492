"""Money: `Decimal` with two places, shown through babel, and 大写金额 for formal documents (DOMAIN.md §7)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
TEN_THOUSAND = Decimal(10000)
# The largest amount anything accepts as input (10^15 yuan, 1000 万亿): above any firm's figure by orders of
# magnitude, and small enough that two decimals stay exact (a Decimal holds 28 digits; a bigger input such as
# "1e40" would make quantize() raise instead of answering).
MAX_AMOUNT = Decimal(10) ** 15
MAX_AMOUNT_TEXT = "1,000,000,000,000,000"


def amount_problem(amount: Decimal) -> str | None:
    """Why a non-negative input amount cannot be taken as money: `"too_large"`, `"too_precise"`, or None if fine.

    Checks the bound before looking at the decimals, so a huge exponent never reaches quantize().
    """
    if amount > MAX_AMOUNT:
        return "too_large"
    if amount != amount.quantize(CENT):
        return "too_precise"
    return None


def to_money(value: Decimal | str | int) -> Decimal:
    """Parse a wire amount (`"12345.60"`) or an int; floats are refused because they cannot hold cents exactly."""
    if isinstance(value, float):
        raise TypeError("money must not be a float")
    try:
        amount = Decimal(str(value).strip().replace(",", ""))
    except InvalidOperation as error:
        raise ValueError(f"not an amount: {value!r}") from error
    if not amount.is_finite():
        raise ValueError(f"not an amount: {value!r}")
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def format_decimal(*args, **kwargs) -> str:
    from babel.numbers import format_decimal as babel_format_decimal  # on first use, not at start-up

    return babel_format_decimal(*args, **kwargs)


def _babel_locale(locale: str) -> str:
    return "zh_Hans_CN" if locale.startswith("zh") else "en_US"


def format_money(amount: Decimal, locale: str = "zh_CN") -> str:
    """`¥1,234,567.50` in both languages: the plain yen sign is what Chinese paperwork shows, not `CN¥`."""
    amount = to_money(amount)
    sign = "-" if amount < 0 else ""
    return f"{sign}¥" + format_decimal(abs(amount), format="#,##0.00", locale=_babel_locale(locale))


def format_wan(amount: Decimal, locale: str = "zh_CN") -> str:
    """Large amounts the way people say them: `123.5万` in Chinese, `¥1.23M` in English."""
    amount = to_money(amount)
    if locale.startswith("zh"):
        if abs(amount) < TEN_THOUSAND:
            return format_decimal(amount, format="#,##0.##", locale="zh_Hans_CN") + "元"
        return format_decimal(amount / TEN_THOUSAND, format="#,##0.#", locale="zh_Hans_CN") + "万"
    from babel.numbers import format_compact_decimal

    return "¥" + format_compact_decimal(amount, locale="en_US", fraction_digits=2)


def format_number(value: Decimal | int, locale: str = "zh_CN") -> str:
    return format_decimal(value, locale=_babel_locale(locale))


def to_capital(amount: Decimal | str | int) -> str:
    """大写金额 by the banking rule: `人民币壹拾万元零伍分`; 整 after 元 (and after 角), never after 分."""
    amount = to_money(amount)
    if amount < 0:
        raise ValueError("大写金额 is written for non-negative amounts")
    if amount == 0:
        return "人民币零元整"
    import cn2an  # 0.1 s to import: only documents need it, so start-up does not pay for it

    text = cn2an.an2cn(format(amount, "f"), "rmb")
    # cn2an writes "…元伍角" for x.50; the rule allows 整 after 角 and banks prefer it, so always add it.
    if text.endswith("角"):
        text += "整"
    return "人民币" + text
