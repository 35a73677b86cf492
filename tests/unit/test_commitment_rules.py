"""Commitment letters: per-field validation by kind, safe placeholder filling, due dates, the barred check."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.api.models import CommitmentTemplate, TemplateField
from assistant.domain.commitments import BLANK, barred_reasons, check_field, due_items, fill, validate_fields
from assistant.domain.workdays import WorkCalendar
from assistant.sandbox.templates import CATALOGUE

TEMPLATES = [CommitmentTemplate.model_validate(t) for t in CATALOGUE]


def spec(kind, **kw):
    return TemplateField(key="x", label="x", kind=kind, **kw)


@pytest.mark.parametrize("kind, good, normalised", [
    ("text", " 新乡市牧野区 ", "新乡市牧野区"),
    ("date", "2026-10-08", "2026-10-08"),
    ("money", "1,234.5", "1234.50"),
    ("uscc", "９１４１０７１１ma45kx3r23", "91410711MA45KX3R23"),
    ("id_number", "41071119780312031x", "41071119780312031X"),
    ("phone", "138 0373 0001", "13803730001"),
    ("phone", "0373-1234567", "0373-1234567"),
    ("choice", "B", "B"),
])
def test_valid_values_are_normalised(kind, good, normalised):
    value, problem = check_field(spec(kind, options=["A", "B"]), good, today=dt.date(2026, 11, 21))
    assert problem is None and value == normalised


@pytest.mark.parametrize("kind, bad, words", [
    ("text", "x" * 201, "最多200个字"),
    ("date", "2026-02-30", "有效日期"),
    ("money", "-5", "不小于0"),
    ("money", "1.005", "两位小数"),
    ("money", "十万", "金额数字"),
    ("uscc", "91410711MA45KX3R24", "校验码"),
    ("id_number", "410711197803120312", "校验码"),
    ("phone", "12345", "手机号码"),
    ("choice", "C", "列表中选择"),
    ("text", "名称\x07", "控制字符"),
])
def test_each_kind_explains_what_is_wrong(kind, bad, words):
    _, problem = check_field(spec(kind, options=["A", "B"]), bad)
    assert problem and words in problem


def test_required_and_optional_empty_fields():
    assert check_field(spec("text"), "  ")[1] == "此项必填。"
    assert check_field(spec("text", required=False), "")[1] is None


def test_markup_and_rare_characters_are_just_text():
    value, problem = check_field(spec("text"), "<b>&amp;𠀀</b>")
    assert problem is None and value == "<b>&amp;𠀀</b>"


def test_validate_lists_every_problem_and_unknown_keys():
    food = next(t for t in TEMPLATES if t.code == "XX-SJ-SPJY-RQ")
    _, problems = validate_fields(food, {"contact_phone": "1", "surprise": "x"})
    assert {p.key for p in problems} == {"business_premises", "business_items", "contact_name", "contact_phone",
                                        "surprise"}


def test_fill_leaves_blanks_and_never_interprets_user_text():
    text = fill("{firm.name}：{field.a}，{field.missing}，{other}", {"name": "恒达"}, {"a": "{firm.name} {0}"})
    assert text == f"恒达：{{firm.name}} {{0}}，{BLANK}，{{other}}"


def test_due_items_in_working_days():
    food = next(t for t in TEMPLATES if t.code == "XX-SJ-SPJY-RQ")
    items = due_items(food, dt.date(2026, 9, 30), WorkCalendar())
    assert [(i.key, i.due_on) for i in items] == [("safety_rules", dt.date(2026, 10, 13)),
                                                  ("health_certificates", dt.date(2026, 10, 20))]


def test_barred_only_for_simplified_procedures_and_only_when_listed():
    simplified = [t for t in TEMPLATES if t.type in ("deficiency_acceptance", "certification", "approval_substitution")]
    others = [t for t in TEMPLATES if t not in simplified]
    listed = {"on_serious_dishonesty_list": True}
    assert all(barred_reasons(t, listed) == ["列入严重失信主体名单"] for t in simplified)
    assert all(barred_reasons(t, listed) == [] for t in others)
    assert all(barred_reasons(t, {"on_serious_dishonesty_list": False}) == [] for t in simplified)


def test_every_template_placeholder_names_a_field_or_a_firm_attribute():
    import re

    for template in TEMPLATES:
        keys = {f.key for f in template.fields}
        for clause in template.content:
            for source, key in re.findall(r"\{(firm|field)\.([a-z_]+)\}", clause):
                assert key in keys if source == "field" else key in {"name", "uscc", "legal_rep", "address"}, (
                    template.code, key)


def test_dates_as_people_write_them():
    import datetime as dt

    from assistant.domain.dates import parse_date

    for text in ("2026-03-05", "2026年3月5日", "2026/3/5", "2026.03.05", "２０２６年３月５日", " 2026 年 3 月 5 日 "):
        assert parse_date(text) == dt.date(2026, 3, 5), text
    for text in ("2026-02-30", "3/5/2026", "明天", "20260305", "2026年3月"):
        assert parse_date(text) is None, text


def test_a_choice_with_several_answers():
    from assistant.api.models import TemplateField
    from assistant.domain.commitments import check_field

    spec = TemplateField(key="items", label="经营项目", kind="choice", options=["甲", "乙", "丙"], multiple=True)
    assert check_field(spec, "乙、甲、乙") == ("乙、甲", None)
    assert check_field(spec, "甲，丁")[1] == "请从列表中选择。"
    single = TemplateField(key="items", label="经营项目", kind="choice", options=["甲", "乙"])
    assert check_field(single, "甲、乙")[1] == "请从列表中选择。"
