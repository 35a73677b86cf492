"""企业规模划型 by 工信部联企业〔2011〕300号 (DOMAIN.md §5). The table is data; `classify` only applies it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

WAN = Decimal(10000)
YI = Decimal(100000000)


@dataclass(frozen=True)
class SizeRule:
    """One industry's row. Measures are named facts: staff (people), revenue and assets (yuan)."""

    industry: str
    sme_ceiling: tuple[tuple[str, Decimal], ...]  # SME if ANY measure is below its ceiling
    medium: tuple[tuple[str, Decimal], ...]  # 中型 if EVERY measure reaches its bound
    small: tuple[tuple[str, Decimal], ...]  # 小型 likewise; otherwise 微型
    source: str = "工信部联企业〔2011〕300号"


def _rule(industry: str, measures: tuple[str, ...], ceiling, medium, small) -> SizeRule:
    def pairs(values):
        return tuple(zip(measures, (Decimal(v) for v in values), strict=True))

    return SizeRule(industry, pairs(ceiling), pairs(medium), pairs(small))


STAFF_REVENUE = ("staff", "revenue")
SIZE_RULES: dict[str, SizeRule] = {
    r.industry: r
    for r in (
        _rule("农、林、牧、渔业", ("revenue",), (2 * YI,), (500 * WAN,), (50 * WAN,)),
        _rule("工业", STAFF_REVENUE, (1000, 4 * YI), (300, 2000 * WAN), (20, 300 * WAN)),
        _rule("建筑业", ("revenue", "assets"), (8 * YI, 8 * YI), (6000 * WAN, 5000 * WAN), (300 * WAN, 300 * WAN)),
        _rule("批发业", STAFF_REVENUE, (200, 4 * YI), (20, 5000 * WAN), (5, 1000 * WAN)),
        _rule("零售业", STAFF_REVENUE, (300, 2 * YI), (50, 500 * WAN), (10, 100 * WAN)),
        _rule("交通运输业", STAFF_REVENUE, (1000, 3 * YI), (300, 3000 * WAN), (20, 200 * WAN)),
        _rule("住宿业", STAFF_REVENUE, (300, 1 * YI), (100, 2000 * WAN), (10, 100 * WAN)),
        _rule("餐饮业", STAFF_REVENUE, (300, 1 * YI), (100, 2000 * WAN), (10, 100 * WAN)),
        _rule("软件和信息技术服务业", STAFF_REVENUE, (300, 1 * YI), (100, 1000 * WAN), (10, 50 * WAN)),
    )
}

SIZES = ("大型", "中型", "小型", "微型")


def classify(industry: str, facts: dict[str, Decimal | int]) -> str | None:
    """大型 / 中型 / 小型 / 微型, or None when the industry has no row or a needed figure is unknown."""
    rule = SIZE_RULES.get(industry)
    if rule is None:
        return None
    try:
        values = {key: Decimal(facts[key]) for key, _ in rule.sme_ceiling}
    except (KeyError, TypeError):
        return None
    if not any(values[key] < limit for key, limit in rule.sme_ceiling):
        return "大型"
    if all(values[key] >= limit for key, limit in rule.medium):
        return "中型"
    if all(values[key] >= limit for key, limit in rule.small):
        return "小型"
    return "微型"
