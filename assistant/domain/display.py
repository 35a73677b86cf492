"""How a fact and a requirement read to a person: `5,860万元`, `86.5%`, `是`, `≥ 100万元`, `满 1 年`.

Machine values (Decimal strings, ISO dates, booleans) stay as they are everywhere else; this is the edge where they
become words, through babel in the UI's language (STYLE.md: machine and human formats apart).
"""

from __future__ import annotations

from typing import Any

from assistant.domain.dates import format_date
from assistant.domain.money import TEN_THOUSAND, format_decimal, format_money
from assistant.domain.policies import typed
from assistant.i18n import translate


def _unit(unit: str, locale: str) -> str:
    """Units come from the platform in Chinese; the English UI says them in English."""
    if locale.startswith("zh") or not unit:
        return unit
    english = {"人": " " + translate("display", "people"), "个月": " " + translate("display", "months"),
               "年": " " + translate("display", "years"), "%": "%"}
    return english.get(unit, " " + unit)


def format_value(value: Any, unit: str = "", locale: str = "zh_CN") -> str:
    """One fact's value with its unit; empty for a missing value (待补充 says the rest)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("display", "是") if value else translate("display", "否")
    if isinstance(value, list | tuple):
        separator = "、" if locale.startswith("zh") else ", "
        return separator.join(format_value(v, unit, locale) for v in value)
    reading = typed(value)  # the same date and number readings the eligibility check uses
    if reading.date is not None:
        return format_date(reading.date, locale)
    number = reading.number
    if number is None:
        return str(value) + (unit if unit and locale.startswith("zh") else "")
    if unit == "元":
        if not locale.startswith("zh"):
            return format_money(number, locale)
        if abs(number) >= TEN_THOUSAND:
            return format_decimal(number / TEN_THOUSAND, format="#,##0.####", locale="zh_Hans_CN") + "万元"
        return format_decimal(number, format="#,##0.##", locale="zh_Hans_CN") + "元"
    babel_locale = "zh_Hans_CN" if locale.startswith("zh") else "en_US"
    return format_decimal(number, format="#,##0.##", locale=babel_locale) + _unit(unit, locale)


def format_requirement(op: str, expected: Any, unit: str = "", locale: str = "zh_CN") -> str:
    """What a condition asks for, with its comparison: `≥ 100万元`, `不高于 5.5%`, `中型、小型、微型之一`."""
    shown = format_value(expected, unit, locale)
    if op == "eq":
        return shown
    if op in ("lt", "le", "gt", "ge"):
        return {"lt": "< ", "le": "≤ ", "gt": "> ", "ge": "≥ "}[op] + shown
    if op == "ne":
        return translate("display", "不是 {value}").format(value=shown)
    if op == "in":
        return translate("display", "{values}之一").format(values=shown)
    if op == "not_in":
        return translate("display", "不属于 {values}").format(values=shown)
    if op == "contains":
        return translate("display", "包含“{value}”").format(value=shown)
    if op == "between" and isinstance(expected, list | tuple) and len(expected) == 2:
        return f"{format_value(expected[0], unit, locale)} – {format_value(expected[1], unit, locale)}"
    if op == "years_since_at_least":
        return translate("display", "满 {years} 年").format(years=format_value(expected, "", locale))
    if op == "exists":
        return translate("display", "有记录")
    return shown
