"""企业规模划型 (工信部联企业〔2011〕300号) at and around every threshold."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.domain.firmsize import SIZE_RULES, classify

WAN = 10000


def size(industry, staff=None, revenue=None, assets=None):
    facts = {k: v for k, v in {"staff": staff, "revenue": revenue, "assets": assets}.items() if v is not None}
    return classify(industry, facts)


@pytest.mark.parametrize(
    "industry, staff_bounds, revenue_bounds",
    [
        # (SME ceiling, 中型 floor, 小型 floor) for staff and for revenue (yuan)
        ("工业", (1000, 300, 20), (40000 * WAN, 2000 * WAN, 300 * WAN)),
        ("批发业", (200, 20, 5), (40000 * WAN, 5000 * WAN, 1000 * WAN)),
        ("零售业", (300, 50, 10), (20000 * WAN, 500 * WAN, 100 * WAN)),
        ("软件和信息技术服务业", (300, 100, 10), (10000 * WAN, 1000 * WAN, 50 * WAN)),
    ],
)
def test_thresholds(industry, staff_bounds, revenue_bounds):
    (s_cap, s_mid, s_small), (r_cap, r_mid, r_small) = staff_bounds, revenue_bounds
    # 大型 only when no ceiling holds
    assert size(industry, s_cap, r_cap) == "大型"
    assert size(industry, s_cap - 1, r_cap) != "大型"
    assert size(industry, s_cap, r_cap - 1) != "大型"
    # 中型: both lower bounds reached (and some ceiling holds)
    assert size(industry, s_mid, r_mid) == "中型"
    assert size(industry, s_mid - 1, r_mid) == "小型"
    assert size(industry, s_mid, r_mid - 1) == "小型"
    # 小型: both bounds reached; 微型 if either fails
    assert size(industry, s_small, r_small) == "小型"
    assert size(industry, s_small - 1, r_small) == "微型"
    assert size(industry, s_small, r_small - 1) == "微型"
    assert size(industry, s_cap + 5000, r_mid) == "中型"  # huge staff, but revenue under the ceiling


def test_unknown_industry_or_missing_figure():
    assert classify("金融业", {"staff": 10, "revenue": 1}) is None
    assert size("工业", staff=10) is None


def test_single_measure_and_construction_rows():
    assert size("农、林、牧、渔业", revenue=Decimal(500 * WAN)) == "中型"
    assert size("农、林、牧、渔业", revenue=Decimal(49 * WAN)) == "微型"
    assert size("建筑业", revenue=6000 * WAN, assets=5000 * WAN) == "中型"
    assert size("建筑业", revenue=300 * WAN, assets=299 * WAN) == "微型"


def test_every_rule_cites_its_source():
    assert all(rule.source for rule in SIZE_RULES.values())
