"""Facts and requirements as people read them: units, 万元, percentages, yes/no, the comparison in words."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from assistant.domain.display import format_requirement, format_value


@pytest.mark.parametrize(("value", "unit", "shown"), [
    ("58600000", "元", "5,860万元"), (Decimal("8500"), "元", "8,500元"), ("3800000", "元", "380万元"),
    ("86.5", "%", "86.5%"), (12, "个月", "12个月"), (30, "人", "30人"), (True, "", "是"), (False, "", "否"),
    ("2019-03-01", "", "2019年3月1日"), (dt.date(2025, 1, 2), "", "2025年1月2日"), (["中型", "小型"], "", "中型、小型"),
    ("A", "", "A"), (None, "元", ""),
])
def test_values_in_chinese(value, unit, shown):
    assert format_value(value, unit, "zh_CN") == shown


@pytest.mark.parametrize(("value", "unit", "shown"), [
    (12, "个月", "12 months"), ("5.5", "%", "5.5%"), (30, "人", "30 people"), ("1000000", "元", "¥1,000,000.00"),
    (["A", "B"], "", "A, B"),
])
def test_values_in_english(value, unit, shown):
    assert format_value(value, unit, "en") == shown


@pytest.mark.parametrize(("op", "expected", "unit", "shown"), [
    ("ge", "1000000", "元", "≥ 100万元"), ("le", "5.5", "%", "≤ 5.5%"), ("eq", True, "", "是"),
    ("in", ["中型", "小型", "微型"], "", "中型、小型、微型之一"), ("contains", "高新技术企业", "", "包含“高新技术企业”"),
    ("years_since_at_least", 1, "年", "满 1 年"), ("between", ["10", "20"], "%", "10% – 20%"), ("gt", "0", "%", "> 0%"),
])
def test_requirements_say_the_comparison(op, expected, unit, shown):
    assert format_requirement(op, expected, unit, "zh_CN") == shown
