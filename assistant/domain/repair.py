"""信用修复 rules (DOMAIN.md §3, §3a): a record's class, its publication period, when it can be repaired and why not
before, what an application still lacks, and the working-day due dates of each step.

The platform computes the `repair` block of every record with this module and the client runs the same code
offline; a test checks they agree. Rules arrive as data (`GET /repair-rules`): anything read from a rule is
duck-typed (`rule.classes["general"].min_months`, …), so the wire models and test doubles both fit.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from assistant.i18n import translate

CLASSES = ("minor", "general", "serious")  # lightest first: the heaviest class of a decision applies
# Kinds whose cure is an act the firm must prove (filing the missing 年报, correcting what got it listed).
RECTIFICATION_REQUIRED = frozenset({"abnormal_list", "serious_list"})
LING36 = "《信用修复管理办法》（国家发展改革委令第36号）"
# The articles each reason cites, per rule: a rule whose numbering is not known here (or given in its own data as
# `articles`) is cited by its title alone rather than with another rule's article numbers.
ARTICLES = {"ndrc-36-2025": {"effect": "第三条", "periods": "第七条至第十条", "expiry": "第七条至第十二条",
                             "own_term": "第十二条", "conditions": "第十四条", "time_limits": "第十六条",
                             "false_material": "第二十五条"}}


# -- periods --------------------------------------------------------------------------------------------------------
def add_months(start: dt.date, months: int) -> dt.date:
    """The last day of a period of `months` months from `start`, whose own day is not counted (民法典 Arts. 201–202):
    the corresponding day of the final month, or that month's last day when it has none.

    2026-01-15 + 3 → 2026-04-15; 2026-01-31 + 3 → 2026-04-30; 2024-02-29 + 12 → 2025-02-28.
    """
    if months < 0:
        raise ValueError("months must not be negative")
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def rule_for(rules: Sequence[Any], day: dt.date) -> Any:
    """The rule in force on `day` (a record is judged by the rule in force when it was decided)."""
    for rule in rules:
        if rule.effective_from <= day and (rule.effective_to is None or day <= rule.effective_to):
            return rule
    earliest = min(rules, key=lambda r: r.effective_from, default=None)
    if earliest is None:
        raise LookupError("no repair rules")
    # Older than any rule the platform keeps: the oldest rule is the best available reading.
    return earliest


def _money(value: Any) -> Decimal:
    try:
        return Decimal(str(value)) if value not in (None, "") else Decimal(0)
    except InvalidOperation:
        return Decimal(0)


def classify(kind: str, penalty_types: Iterable[str], fine: Any, rule: Any, stated: str | None = None) -> str:
    """The class of a record: the heaviest of what each penalty type and the fine's amount imply.

    A listing (serious list, 异常名录) has its own class; "other" records keep the class the platform states.
    """
    if kind == "serious_list":
        return "serious"
    if kind == "abnormal_list":
        return "minor"
    found = [rule.penalty_classes.get(t, "minor") for t in penalty_types]
    amount = _money(fine)
    if amount > 0:
        found.append("minor")
        for band in rule.fine_bands:
            if amount >= _money(band.from_amount):
                found.append(band.klass)
    if stated in CLASSES and (kind == "other" or not found):
        found.append(stated)
    return max(found, key=CLASSES.index) if found else "minor"


@dataclass(frozen=True)
class Period:
    klass: str
    min_until: dt.date  # the minimum period's last day: repair may be applied for from the day after
    max_until: dt.date  # the maximum period's last day: publication stops by itself after it
    overridden_by: str = ""  # the sector whose own standard applies
    override_source: str = ""


def publication_period(record: Any, rule: Any) -> Period:
    klass = classify(record.kind, record.penalty.types, record.penalty.fine, rule, record.klass)
    period = rule.classes[klass]
    min_months, max_months, sector, source = period.min_months, period.max_months, "", ""
    for override in rule.sector_overrides:
        if override.sector == record.sector and override.klass == klass:
            min_months = max(min_months, override.min_months)
            max_months = max(max_months, override.max_months or max_months, min_months)
            sector, source = override.name or override.sector, override.source
    return Period(klass, add_months(record.decided_on, min_months), add_months(record.decided_on, max_months),
                  sector, source)


# -- repairability --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Reason:
    """One thing that decides when (or whether) a record can be repaired, in a shop owner's words."""

    code: str
    text: str
    legal_basis: str = ""
    on: dt.date | None = None  # the day this condition stops holding the record back, when known


@dataclass(frozen=True)
class Assessment:
    state: str  # repairable | not_yet | not_repairable | in_progress | repaired | expired
    earliest_on: dt.date | None
    reasons: tuple[Reason, ...]
    rule_id: str
    legal_basis: str
    period: Period


def _cite(rule: Any, what: str) -> str:
    articles = getattr(rule, "articles", None) or ARTICLES.get(rule.id, {})
    return rule.source + articles.get(what, "")


def _zh(day: dt.date) -> str:
    return translate("repair", "{year}年{month}月{day}日").format(year=day.year, month=day.month, day=day.day)


def _months_zh(months: int) -> str:
    if months % 12 == 0 and months:
        return translate("repair", "{years}年").format(years=months // 12)
    return translate("repair", "{months}个月").format(months=months)


def class_name(klass: str) -> str:
    return {"minor": translate("repair", "轻微"), "general": translate("repair", "一般"),
            "serious": translate("repair", "严重")}.get(klass, klass)


def assess(record: Any, rules: Sequence[Any], today: dt.date, *, in_application: bool = False) -> Assessment:
    """Whether `record` can be repaired on `today`, the earliest day it can, and every reason it cannot before.

    The earliest day is the latest of every condition (DOMAIN.md §3a): the minimum period, the penalty's own term, the
    fine paid, the rectification proven, no false-material lock. A condition with no date yet (a fine still unpaid)
    leaves the earliest day unknown.
    """
    rule = rule_for(rules, record.decided_on)
    period = publication_period(record, rule)
    basis = rule.source

    def done(state: str, *reasons: Reason) -> Assessment:
        earliest = None if state in ("repaired", "expired", "not_repairable") else earliest_on
        return Assessment(state, earliest, tuple(reasons), rule.id, basis, period)

    earliest_on: dt.date | None = None
    publication = record.publication.state
    if publication == "repaired":
        return done("repaired", Reason("repaired", translate(
            "repair", "该记录已完成信用修复，不再公示，也不再作为失信信息使用。"), _cite(rule, "effect")))
    if publication == "expired" or today > period.max_until:
        return done("expired", Reason("expired", translate("repair", "最长公示期已于{date}届满，已自动停止公示。").format(
            date=_zh(period.max_until)),
                                      _cite(rule, "expiry"), period.max_until))
    if "lifetime_ban" in record.penalty.types:
        return done("not_repairable", Reason(
            "not_repairable", translate("repair", "法律、法规规定终身禁入或不得修复的失信信息，不能申请信用修复，公示期满后自动停止公示。"),
            basis))

    reasons: list[Reason] = []
    min_months = _months_between(record.decided_on, period.min_until)
    # With no minimum period there is nothing to wait for: repair once the duty is fulfilled, from the decision on.
    dates: list[dt.date] = [period.min_until + dt.timedelta(days=1) if min_months else record.decided_on]
    unknown = False
    if min_months:
        where = translate("repair", "（{sector}领域标准）").format(sector=period.overridden_by) \
            if period.overridden_by else ""
        reasons.append(Reason(
            "min_period", translate("repair", "{klass}失信信息最短公示{period}{where}，公示期至{date}。").format(
                klass=class_name(period.klass), period=_months_zh(min_months), where=where,
                date=_zh(period.min_until)), period.override_source or _cite(rule, "periods"),
            period.min_until + dt.timedelta(days=1)))
    term = record.penalty.term_months or 0
    if term:
        term_end = add_months(record.decided_on, term)
        dates.append(term_end + dt.timedelta(days=1))
        reasons.append(Reason("own_term", translate("repair", "处罚本身的期限（{period}）到{date}才结束，期满前不能修复。").format(
            period=_months_zh(term), date=_zh(term_end)),
                              _cite(rule, "own_term"), term_end + dt.timedelta(days=1)))
    if _money(record.penalty.fine) > 0:
        paid = record.performed.fine_paid_on
        if paid is None:
            unknown = True
            reasons.append(Reason("fine_unpaid", translate("repair", "罚款{amount}元尚未缴纳，缴清后才能申请。").format(
                amount=f"{_money(record.penalty.fine):,.2f}"),
                                  _cite(rule, "conditions")))
        else:
            dates.append(paid)
            reasons.append(Reason("fine_paid", translate("repair", "罚款已于{date}缴清。").format(date=_zh(paid)), _cite(rule, "conditions"), paid))
    if record.kind in RECTIFICATION_REQUIRED:
        fixed = record.performed.rectified_on
        if fixed is None:
            unknown = True
            text = translate("repair", "还需先补报年度报告或更正登记信息，平台确认后才能申请。") \
                if record.kind == "abnormal_list" else translate("repair", "还需先纠正失信行为并履行相关义务，平台确认后才能申请。")
            reasons.append(Reason("not_rectified", text, _cite(rule, "conditions")))
        else:
            dates.append(fixed)
            reasons.append(Reason("rectified", translate("repair", "已于{date}完成整改。").format(date=_zh(fixed)), _cite(rule, "conditions"), fixed))
    found = getattr(record, "false_material_found_on", None)
    if found is not None:
        lock_end = add_months(found, 12 * rule.false_material_lock_years)
        dates.append(lock_end + dt.timedelta(days=1))
        reasons.append(Reason("false_material_lock", translate(
            "repair", "曾提交虚假材料（{found}认定），{years}年内（至{date}）不得申请修复。").format(
            found=_zh(found), years=rule.false_material_lock_years, date=_zh(lock_end)), _cite(rule, "false_material"), lock_end + dt.timedelta(days=1)))

    earliest_on = None if unknown else max(dates)
    # Only what still holds the record back is a reason; fulfilled conditions are kept out of the answer.
    pending = tuple(r for r in reasons if r.on is None or r.on > today)
    if earliest_on is not None and earliest_on > period.max_until:
        # Never repairable before publication stops by itself: no day to apply from, only the day it stops.
        earliest_on = None
        return done("not_yet", *pending, Reason(
            "expires_first", translate("repair", "在可以修复之前，公示期已于{date}届满，届时自动停止公示，无需申请。").format(
                date=_zh(period.max_until)),
            _cite(rule, "expiry"), period.max_until + dt.timedelta(days=1)))
    if in_application:
        return done("in_progress", Reason("in_application", translate("repair", "已提交信用修复申请，正在办理。"), _cite(rule, "time_limits")))
    if earliest_on is not None and earliest_on <= today:
        return done("repairable")
    return done("not_yet", *pending)


def _months_between(start: dt.date, end: dt.date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months if add_months(start, months) == end else max(months, 0)


def counts_against(state: str) -> bool:
    """A repaired or expired record never counts against a firm (policies, warnings, reports)."""
    return state not in ("repaired", "expired")


# -- applications ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Missing:
    """Something an application still lacks, said all at once before sending (一次性告知)."""

    key: str  # a slot key or field name
    text: str


def slots_for(rule: Any, kinds: Iterable[str], *, agent: bool) -> list[Any]:
    """The material slots an application covering records of `kinds` needs (each slot once), the agent's own
    slots only when an accountant applies for a client."""
    seen: dict[str, Any] = {}
    for kind in kinds:
        for slot in rule.slots.get(kind, rule.slots.get("other", [])):
            if slot.for_agent and not agent:
                continue
            if slot.key not in seen or slot.required:
                seen[slot.key] = slot
    return list(seen.values())


def missing_items(slots: Sequence[Any], attached: Mapping[str, int], *, reason: str, contact_name: str,
                  contact_phone: str, signed_by: str, agent_name: str = "", agent: bool = False,
                  record_ids: Sequence[str] = ("",)) -> list[Missing]:
    """Everything still missing from an application: every required slot with no file, and every blank field."""
    out: list[Missing] = []
    if not record_ids:
        out.append(Missing("record_ids", translate("repair", "请选择要修复的失信记录")))
    if not reason.strip():
        out.append(Missing("reason", translate("repair", "请填写申请理由（说明已如何整改、履行了哪些义务）")))
    if not contact_name.strip():
        out.append(Missing("contact.name", translate("repair", "请填写联系人")))
    if not contact_phone.strip():
        out.append(Missing("contact.phone", translate("repair", "请填写联系电话")))
    if not signed_by.strip():
        out.append(Missing("commitment.signed_by", translate("repair", "请填写承诺书签署人")))
    if agent and not agent_name.strip():
        out.append(Missing("agent.name", translate("repair", "请填写代理人姓名")))
    for slot in slots:
        if slot.required and not attached.get(slot.key):
            out.append(Missing(slot.key, translate("repair", "缺少材料：{name}").format(name=slot.name)))
    return out


# -- time limits ----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Step:
    at: dt.date
    status: str  # submitted | accepted | supplement_requested | supplemented | repaired | rejected


@dataclass(frozen=True)
class Due:
    """The platform's next deadline for a case and whether it has passed."""

    acceptance_on: dt.date | None
    decision_on: dt.date | None
    estimated: bool
    late: str = ""  # "acceptance" | "decision" when the platform is past that deadline
    steps_late: tuple[int, ...] = field(default=())  # indexes of timeline steps taken after their deadline


CLOSED = frozenset({"repaired", "rejected", "upheld", "dismissed", "withdrawn"})


def repair_due(steps: Sequence[Step], limits: Any, calendar_: Any, today: dt.date, *, complex_case: bool = False
               ) -> Due:
    """Due dates of a repair case from its timeline (Art. 16): acceptance within `acceptance` working days of the
    submission (or of the supplement), the decision within `decision` (+`complex_extension`) of acceptance.
    """
    if not steps:
        return Due(None, None, False)
    estimated = False
    acceptance_on = decision_on = None
    steps_late: list[int] = []
    for index, step in enumerate(steps):
        if step.status in ("submitted", "supplemented"):
            due = calendar_.add_workdays(step.at, limits.acceptance)
            acceptance_on, decision_on, estimated = due.on, None, due.estimated
        elif step.status == "accepted":
            if acceptance_on is not None and step.at > acceptance_on:
                steps_late.append(index)
            days = limits.decision + (limits.complex_extension if complex_case else 0)
            due = calendar_.add_workdays(step.at, days)
            decision_on, estimated = due.on, due.estimated
            acceptance_on = None
        elif step.status == "supplement_requested":
            acceptance_on = decision_on = None
        elif step.status in CLOSED:
            if decision_on is not None and step.at > decision_on:
                steps_late.append(index)
            return Due(None, None, estimated, "", tuple(steps_late))
    late = ("acceptance" if acceptance_on is not None and today > acceptance_on
            else "decision" if decision_on is not None and today > decision_on else "")
    return Due(acceptance_on, decision_on, estimated, late, tuple(steps_late))


def objection_due(steps: Sequence[Step], limits: Any, calendar_: Any, today: dt.date) -> Due:
    """An objection is forwarded to the deciding authority within `objection_forward` working days and checked
    within `objection_check` after that (Art. 18). Reported as acceptance (forwarding) and decision (checking)."""
    if not steps:
        return Due(None, None, False)
    submitted = steps[0].at
    forward = calendar_.add_workdays(submitted, limits.objection_forward)
    forwarded_on = next((s.at for s in steps if s.status == "forwarded"), None)
    check = calendar_.add_workdays(forwarded_on or forward.on, limits.objection_check)
    closed = next((s for s in steps if s.status in CLOSED), None)
    steps_late = tuple(i for i, s in enumerate(steps)
                       if (s.status == "forwarded" and s.at > forward.on) or (s.status in CLOSED and s.at > check.on))
    if closed is not None:
        return Due(None, None, forward.estimated or check.estimated, "", steps_late)
    late = ("acceptance" if forwarded_on is None and today > forward.on
            else "decision" if today > check.on else "")
    return Due(None if forwarded_on else forward.on, check.on, forward.estimated or check.estimated, late, steps_late)
