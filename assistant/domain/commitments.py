"""信用承诺: the rules a commitment letter follows before it reaches paper or the platform (DOMAIN.md §2).

Templates are data served by the platform (see api/models.py: CommitmentTemplate); these functions take any object
with the same attributes, so the sandbox and the client apply the very same rules.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from assistant.domain.dates import EARLIEST_DATE, LATEST_DATE, parse_date
from assistant.domain.ids import check_resident_id, check_uscc
from assistant.domain.money import MAX_AMOUNT_TEXT, amount_problem
from assistant.domain.workdays import WorkCalendar
from assistant.i18n import translate

TYPES: dict[str, str] = {
    "approval_substitution": "审批替代型",
    "deficiency_acceptance": "容缺受理型",
    "certification": "证明事项型",
    "credit_repair": "信用修复型",
    "industry_self_discipline": "行业自律型",
    "voluntary": "主动型",
    "other": "其他",
}
# 告知承诺 and 容缺受理 are the simplified procedures a seriously dishonest subject may not use (河南省社会信用条例
# 第三十二条; 严重违法失信名单管理办法 第十五条). Which templates they are is data: each template's `excluded_if`.
BARRING_FACTS: dict[str, str] = {
    "on_serious_dishonesty_list": "列入严重失信主体名单",
    "unrepaired_false_commitment": "有未修复的虚假承诺记录",
}
FIELD_KINDS = ("text", "textarea", "date", "money", "uscc", "id_number", "phone", "choice")
CONTENT_LIMIT = 4000  # 承诺内容 / 违诺责任: up to 4000 characters each on the national data standard
BLANK = "__________"
_PLACEHOLDER = re.compile(r"\{(firm|field)\.([a-z_]+)\}")
_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}(-\d{1,6})?")


@dataclass(frozen=True)
class FieldProblem:
    key: str
    message: str


def type_name(code: str) -> str:
    return TYPES.get(code, code)


def _text_problems(value: str) -> str | None:
    if any(unicodedata.category(c) in ("Cc", "Cf") and c not in "\n\t" for c in value):
        return translate("commitments", "含有无法打印的控制字符，请删除后重新输入。")
    return None


CHOICE_SEPARATOR = "、"  # several answers to one question travel as one text, in the order of the options


def split_choices(value: str) -> list[str]:
    return [part.strip() for part in value.replace("，", CHOICE_SEPARATOR).split(CHOICE_SEPARATOR) if part.strip()]


def check_field(spec: Any, raw: Any, *, today: dt.date | None = None) -> tuple[Any, str | None]:
    """Normalise one field's value and say what is wrong with it, in words a shop owner understands."""
    value = "" if raw is None else str(raw).strip()
    if not value:
        return "", translate("commitments", "此项必填。") if spec.required else None
    problem = _text_problems(value)
    if problem:
        return value, problem
    limit = spec.max_length or (CONTENT_LIMIT if spec.kind == "textarea" else 200)
    if len(value) > limit:
        return value, translate("commitments", "最多{limit}个字，现在是{count}个字。").format(limit=limit, count=len(value))
    kind = spec.kind
    if kind == "date":
        day = parse_date(value)
        if day is None or not EARLIEST_DATE <= day <= LATEST_DATE:
            return value, translate("commitments", "请填写有效日期，例如 2026-11-21、2026年11月21日 或 2026/11/21。")
        return day.isoformat(), None
    if kind == "money":
        try:
            amount = Decimal(value.replace(",", "").replace("，", ""))
        except InvalidOperation:
            return value, translate("commitments", "请填写金额数字，例如 12345.60。")
        if not amount.is_finite() or amount < 0:
            return value, translate("commitments", "金额应为不小于0的数字，最多两位小数。")
        bound = amount_problem(amount)
        if bound == "too_large":
            return value, translate("commitments", "金额不能超过{limit}元。").format(limit=MAX_AMOUNT_TEXT)
        if bound == "too_precise":
            return value, translate("commitments", "金额最多两位小数。")
        return f"{amount:.2f}", None
    if kind == "uscc":
        checked = check_uscc(value)
        return checked.value, None if checked.valid else checked.message
    if kind == "id_number":
        checked = check_resident_id(value, today=today)
        return checked.value, None if checked.valid else checked.message
    if kind == "phone":
        compact = unicodedata.normalize("NFKC", value).replace(" ", "")
        if not (_MOBILE.fullmatch(compact) or _LANDLINE.fullmatch(compact)):
            return value, translate("commitments", "请填写11位手机号码或带区号的固定电话，例如 0373-1234567。")
        return compact, None
    if kind == "choice":
        chosen = split_choices(value) if getattr(spec, "multiple", False) else [value]
        if not chosen or any(c not in (spec.options or []) for c in chosen):
            return value, translate("commitments", "请从列表中选择。")
        return CHOICE_SEPARATOR.join(dict.fromkeys(chosen)), None
    return value, None


def validate_fields(template: Any, values: dict[str, Any], *, today: dt.date | None = None
                    ) -> tuple[dict[str, Any], list[FieldProblem]]:
    """Every field checked at once (the platform answers 422 with all problems together, so does the form)."""
    clean: dict[str, Any] = {}
    problems: list[FieldProblem] = []
    known = {spec.key for spec in template.fields}
    for spec in template.fields:
        value, problem = check_field(spec, values.get(spec.key), today=today)
        clean[spec.key] = value
        if problem:
            problems.append(FieldProblem(spec.key, problem))
    for key in values:
        if key not in known:
            problems.append(FieldProblem(key, translate("commitments", "这份承诺书没有这一项。")))
    return clean, problems


def fill(text: str, firm: dict[str, Any], fields: dict[str, Any]) -> str:
    """Replace `{firm.x}` and `{field.x}`; anything missing becomes a blank line to fill by hand.

    A regular expression, not str.format: user text may contain braces and must never be interpreted.
    """

    def value(match: re.Match[str]) -> str:
        source = firm if match.group(1) == "firm" else fields
        found = source.get(match.group(2))
        return str(found) if found not in (None, "") else BLANK

    return _PLACEHOLDER.sub(value, text)


@dataclass(frozen=True)
class DueItem:
    key: str
    name: str
    due_on: dt.date
    estimated: bool


def due_items(template: Any, submitted_on: dt.date, calendar: WorkCalendar) -> list[DueItem]:
    """Each deferred material's deadline, counted in working days from the day the commitment was made."""
    items = []
    for material in template.missing_materials:
        due = calendar.add_workdays(submitted_on, material.due_workdays)
        items.append(DueItem(material.key, material.name, due.on, due.estimated))
    return items


def barred_reasons(template: Any, facts: dict[str, Any]) -> list[str]:
    """Why this firm may not use this template's simplified procedure (empty when it may).

    `facts` maps fact keys to values; only unrepaired records may be reported as true (DOMAIN.md §3).
    """
    reasons = []
    for key in template.excluded_if or []:
        if _truthy(facts.get(key)):
            reasons.append(BARRING_FACTS.get(key, key))
    return reasons


def firm_bars(facts: dict[str, Any]) -> list[str]:
    """What bars this firm from simplified procedures at all (shown before the user picks a template)."""
    return [label for key, label in BARRING_FACTS.items() if _truthy(facts.get(key))]


def _truthy(value: Any) -> bool:
    value = getattr(value, "value", value)  # a Fact wrapper or a bare value
    return value is True or (isinstance(value, str) and value.lower() in ("true", "1", "yes"))
