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
    year, month, day = start.year + index // 12, index % 12 + 1, start.day
    if day > 28:  # only the last days of a month may have no corresponding day
        last = 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month - 1]
        day = min(day, last)
    return dt.date(year, month, day)


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def rule_for(rules: Sequence[Any], day: dt.date) -> Any:
    """The rule in force on `day` (a record is judged by the rule in force when it was decided)."""
    return _book(rules).facts_on(day).rule


def _money(value: Any) -> Decimal:
    if type(value) is Decimal:  # the wire models' Money: already an amount
        return value
    try:
        return Decimal(str(value)) if value not in (None, "") else Decimal(0)
    except InvalidOperation:
        return Decimal(0)


_RANK = {klass: rank for rank, klass in enumerate(CLASSES)}
_ZERO = Decimal(0)
_new = object.__new__


class _Facts:
    """What `assess` reads from one rule, read once: an accountant's 10,000 records are judged by reading each rule
    once, not 10,000 times. A rule is a value (the model of one `GET /repair-rules` answer): it is not changed once
    used, only replaced by a newer answer — which is a new object, read afresh."""

    def __init__(self, rule: Any):
        self.rule = rule
        self.id, self.source = rule.id, rule.source
        self.effective_from = rule.effective_from
        self.effective_to = rule.effective_to or dt.date.max
        self.penalty_ranks = {t: _RANK.get(k, 0) for t, k in rule.penalty_classes.items()}
        self.bands = [(_money(b.from_amount), _RANK[b.klass]) for b in rule.fine_bands]
        self.lock_years = rule.false_material_lock_years
        articles = getattr(rule, "articles", None) or ARTICLES.get(rule.id, {})
        self.cite = {what: self.source + articles.get(what, "") for what in (
            "effect", "periods", "expiry", "own_term", "conditions", "time_limits", "false_material")}
        self.specs: dict[tuple[str, str], tuple[str, int, int, str, str]] = {}
        # Periods already worked out, by (spec, day of decision): a portfolio's records share their days, and a page
        # judges the same records again on every refresh. Periods are values, so records may share one.
        self.periods: dict[tuple[tuple[str, int, int, str, str], dt.date], Period] = {}
        self.shapes: dict[tuple, tuple[str, int, int, str, str]] = {}  # a record's shape → its period's spec
        self.finals: dict[tuple, Any] = {}  # the shared answers of records that are over (see _final)

    def spec(self, klass: str, sector: str) -> tuple[str, int, int, str, str]:
        """(class, min months, max months, overriding sector's name, its source) for records of `klass` in
        `sector` (DOMAIN.md §3a: sector overrides)."""
        found = self.specs.get((klass, sector))
        if found is None:
            period = self.rule.classes[klass]
            min_months, max_months, name, source = period.min_months, period.max_months, "", ""
            for override in self.rule.sector_overrides:
                if override.sector == sector and override.klass == klass:
                    min_months = max(min_months, override.min_months)
                    max_months = max(max_months, override.max_months or max_months, min_months)
                    name, source = override.name or override.sector, override.source
            found = self.specs[(klass, sector)] = (klass, min_months, max_months, name, source)
        return found


class _Book:
    """A sequence of rules, read once: each rule's facts in the order given, and the oldest rule for records older
    than any rule kept."""

    def __init__(self, rules: Sequence[Any]):
        self.rules = rules  # held, so its id is not reused while this is cached
        self.count = len(rules)
        self.facts = [_facts(rule) for rule in rules]
        self.oldest = min(self.facts, key=lambda f: f.effective_from, default=None)

    def facts_on(self, day: dt.date) -> _Facts:
        for facts in self.facts:
            if facts.effective_from <= day <= facts.effective_to:
                return facts
        if self.oldest is None:
            raise LookupError("no repair rules")
        # Older than any rule the platform keeps: the oldest rule is the best available reading.
        return self.oldest


_facts_cache: dict[int, _Facts] = {}
_books: dict[int, _Book] = {}
# Each reload of the rules brings new objects; the cached readings of old ones hold them (and their parsed JSON), so
# only a few are kept: a window reloading every page 20 times grew 5 MiB with 64 (bench/memory.py).
KEPT_BOOKS, KEPT_FACTS = 2, 16


def _facts(rule: Any) -> _Facts:
    facts = _facts_cache.get(id(rule))
    if facts is None or facts.rule is not rule:
        if len(_facts_cache) >= KEPT_FACTS:  # rules replaced by newer answers over a long session
            _facts_cache.clear()
        facts = _facts_cache[id(rule)] = _Facts(rule)  # holds the rule, so its id is not reused meanwhile
    return facts


def _book(rules: Sequence[Any]) -> _Book:
    """The book of a rules sequence (the value of one answer: it is replaced, not changed in place, when the rules
    change; a sequence that grew or shrank is read again all the same)."""
    global _last_book
    book = _last_book
    if book is None or book.rules is not rules or book.count != len(rules):
        book = _books.get(id(rules))
        if book is None or book.rules is not rules or book.count != len(rules):
            if len(_books) >= KEPT_BOOKS:
                _books.clear()
            book = _books[id(rules)] = _Book(rules)
        _last_book = book  # the same rules judge a whole portfolio in a row
    return book


_last_book: _Book | None = None


def classify(kind: str, penalty_types: Iterable[str], fine: Any, rule: Any, stated: str | None = None) -> str:
    """The class of a record: the heaviest of what each penalty type and the fine's amount imply.

    A listing (serious list, 异常名录) has its own class; "other" records keep the class the platform states.
    """
    return _classify(kind, penalty_types, fine, _facts(rule), stated)


def _classify(kind: str, penalty_types: Iterable[str], fine: Any, facts: _Facts, stated: str | None) -> str:
    if kind == "serious_list":
        return "serious"
    if kind == "abnormal_list":
        return "minor"
    rank = -1  # nothing found yet
    ranks = facts.penalty_ranks
    for penalty in penalty_types:
        found = ranks.get(penalty, 0)
        if found > rank:
            rank = found
    if fine is not None:
        amount = _money(fine)
        if amount > _ZERO:
            if rank < 0:
                rank = 0
            for threshold, band in facts.bands:
                if band > rank and amount >= threshold:
                    rank = band
    if stated in _RANK and (kind == "other" or rank < 0):
        rank = max(rank, _RANK[stated])
    return CLASSES[rank] if rank >= 0 else "minor"


@dataclass(frozen=True)
class Period:
    klass: str
    min_until: dt.date  # the minimum period's last day: repair may be applied for from the day after
    max_until: dt.date  # the maximum period's last day: publication stops by itself after it
    overridden_by: str = ""  # the sector whose own standard applies
    override_source: str = ""


def publication_period(record: Any, rule: Any) -> Period:
    facts = _facts(rule)
    penalty = record.penalty
    spec = facts.spec(_classify(record.kind, penalty.types, penalty.fine, facts, record.klass), record.sector)
    return facts.periods.get((spec, record.decided_on)) or _period(spec, record.decided_on, facts)


def _period(spec: tuple[str, int, int, str, str], decided: dt.date, facts: _Facts) -> Period:
    """The period of a record of `spec` decided on `decided`, kept for the next record alike."""
    if len(facts.periods) > 100_000:
        facts.periods.clear()
    klass, min_months, max_months, sector, source = spec
    period = _new(Period)  # Period(…) without the frozen dataclass's five object.__setattr__ calls
    fields = period.__dict__
    fields["klass"], fields["min_until"], fields["max_until"] = klass, add_months(decided, min_months), \
        add_months(decided, max_months)
    fields["overridden_by"], fields["override_source"] = sector, source
    facts.periods[(spec, decided)] = period
    return period


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


def _assessment(state: str, earliest_on: dt.date | None, reasons: tuple[Reason, ...], facts: _Facts,
                period: Period) -> Assessment:
    """Assessment(…) for `assess`, without the frozen dataclass's per-field object.__setattr__ (a third of the time
    of judging a record that needs no words); the same object in every respect (a test checks the fields match)."""
    made = _new(Assessment)
    fields = made.__dict__
    fields["state"], fields["earliest_on"], fields["reasons"] = state, earliest_on, reasons
    fields["rule_id"], fields["legal_basis"], fields["period"] = facts.id, facts.source, period
    return made


def _reason(code: str, text: str, legal_basis: str = "", on: dt.date | None = None) -> Reason:
    """Reason(…) without the frozen dataclass's per-field object.__setattr__, like `_assessment`."""
    made = _new(Reason)
    fields = made.__dict__
    fields["code"], fields["text"], fields["legal_basis"], fields["on"] = code, text, legal_basis, on
    return made


def _cite(rule: Any, what: str) -> str:
    return _facts(rule).cite[what]


_said: dict[tuple, Any] = {}  # words already put together, by what they say (and the language's own pattern)


def _zh(day: dt.date) -> str:
    pattern = translate("repair", "{year}年{month}月{day}日")
    text = _said.get((pattern, day))
    if text is None:
        if len(_said) > 100_000:
            _said.clear()
        text = _said[(pattern, day)] = pattern.format(year=day.year, month=day.month, day=day.day)
    return text


def _fixed_reason(code: str, pattern: str, basis: str, day: dt.date | None = None, on: dt.date | None = None
                  ) -> Reason:
    """A reason whose words depend on one date at most (an expired record's, a repaired one's): made once and
    shared — reasons are values — since a portfolio has thousands of them."""
    key = (code, pattern, basis, day, on)
    reason = _said.get(key)
    if reason is None:
        if len(_said) > 100_000:
            _said.clear()
        text = pattern.format(date=_zh(day)) if day is not None else pattern
        reason = _said[key] = _reason(code, text, basis, on)
    return reason


def _months_pattern(months: int) -> str:
    """The pattern `_months_zh` fills (a cache key's part: the words change with the language)."""
    return translate("repair", "{years}年") if months % 12 == 0 and months else translate("repair", "{months}个月")


def _months_zh(months: int) -> str:
    if months % 12 == 0 and months:
        return translate("repair", "{years}年").format(years=months // 12)
    return translate("repair", "{months}个月").format(months=months)


def class_name(klass: str) -> str:
    if klass == "minor":
        return translate("repair", "轻微")
    if klass == "general":
        return translate("repair", "一般")
    return translate("repair", "严重") if klass == "serious" else klass


_DAY = dt.timedelta(days=1)
_NOT_KNOWN = dt.date.max  # a condition with no date yet (a fine unpaid): nothing is known to lift it


def assess(record: Any, rules: Sequence[Any], today: dt.date, *, in_application: bool = False) -> Assessment:
    """Whether `record` can be repaired on `today`, the earliest day it can, and every reason it cannot before.

    The earliest day is the latest of every condition (DOMAIN.md §3a): the minimum period, the penalty's own term, the
    fine paid, the rectification proven, no false-material lock. A condition with no date yet (a fine still unpaid)
    leaves the earliest day unknown. Only what still holds the record back is a reason: fulfilled conditions are
    kept out of the answer (and their words are never put together).
    """
    decided = record.decided_on
    book = _last_book
    if book is None or book.rules is not rules or book.count != len(rules):
        book = _book(rules)
    for facts in book.facts:
        if facts.effective_from <= decided <= facts.effective_to:
            break
    else:
        facts = book.facts_on(decided)
    penalty = record.penalty
    kind, stated, sector, fine = record.kind, record.klass, record.sector, penalty.fine
    shape = (kind, stated, sector, fine, *penalty.types)  # everything the class and its period follow from
    spec = facts.shapes.get(shape)
    if spec is None:
        if len(facts.shapes) > 100_000:
            facts.shapes.clear()
        spec = facts.shapes[shape] = facts.spec(_classify(kind, penalty.types, fine, facts, stated), sector)
    period = facts.periods.get((spec, decided)) or _period(spec, decided, facts)
    min_months = spec[1]
    publication = record.publication.state
    max_until = period.max_until
    if publication == "repaired" or publication == "expired" or today > max_until or "lifetime_ban" in penalty.types:
        return _final(publication, today, penalty, facts, period)

    # The earliest day is the latest day of every condition; one with no date yet (a fine unpaid) leaves it unknown.
    # With no minimum period there is nothing to wait for: repair once the duty is fulfilled, from the decision on.
    earliest = period.min_until + _DAY if min_months else decided
    term = penalty.term_months
    term_end = add_months(decided, term) if term else None
    if term_end is not None and term_end >= earliest:
        earliest = term_end + _DAY
    fined = fine is not None and _money(fine) > _ZERO
    paid = record.performed.fine_paid_on if fined else None
    if fined:
        earliest = _NOT_KNOWN if paid is None else max(earliest, paid)
    fixed = record.performed.rectified_on if kind in RECTIFICATION_REQUIRED else None
    if kind in RECTIFICATION_REQUIRED:
        earliest = _NOT_KNOWN if fixed is None else max(earliest, fixed)
    found = getattr(record, "false_material_found_on", None)
    lock_end = add_months(found, 12 * facts.lock_years) if found is not None else None
    if lock_end is not None and lock_end >= earliest:
        earliest = lock_end + _DAY
    earliest_on = None if earliest is _NOT_KNOWN else earliest
    if earliest_on is not None and earliest_on <= today and earliest_on <= max_until:
        return _assessment("in_progress" if in_application else "repairable", earliest_on, (
            _in_application(facts),) if in_application else (), facts, period)

    # Words only from here: each condition as (code, the day it stops holding the record back — _NOT_KNOWN when it
    # has no date yet —, what its words need), in the order a shop owner reads them.
    conditions: list[tuple[str, dt.date, Any]] = [("min_period", period.min_until + _DAY, min_months)] \
        if min_months else []
    if term_end is not None:
        conditions.append(("own_term", term_end + _DAY, (term, term_end)))
    if fined:
        conditions.append(("fine_unpaid", _NOT_KNOWN, fine) if paid is None else ("fine_paid", paid, None))
    if kind in RECTIFICATION_REQUIRED:
        conditions.append(("not_rectified", _NOT_KNOWN, kind) if fixed is None else ("rectified", fixed, None))
    if lock_end is not None:
        conditions.append(("false_material_lock", lock_end + _DAY, (found, lock_end)))
    if earliest_on is not None and earliest_on > max_until:
        # Never repairable before publication stops by itself: no day to apply from, only the day it stops.
        reasons = [*_pending(conditions, today, period, facts), _fixed_reason(
            "expires_first", translate("repair", "在可以修复之前，公示期已于{date}届满，届时自动停止公示，无需申请。"),
            facts.cite["expiry"], max_until, max_until + _DAY)]
        return _assessment("not_yet", None, tuple(reasons), facts, period)
    if in_application:
        return _assessment("in_progress", earliest_on, (_in_application(facts),), facts, period)
    return _assessment("not_yet", earliest_on, tuple(_pending(conditions, today, period, facts)), facts, period)


def _in_application(facts: _Facts) -> Reason:
    return _fixed_reason("in_application", translate("repair", "已提交信用修复申请，正在办理。"), facts.cite["time_limits"])


def _final(publication: str, today: dt.date, penalty: Any, facts: _Facts, period: Period) -> Assessment:
    """The answer for a record that is over (repaired, expired) or can never be repaired: it depends only on the
    rule, the period and the words, so records alike share one (assessments are values)."""
    max_until = period.max_until
    if publication == "repaired":
        pattern, date_pattern = translate("repair", "该记录已完成信用修复，不再公示，也不再作为失信信息使用。"), ""
        state = "repaired"
    elif publication == "expired" or today > max_until:
        pattern = translate("repair", "最长公示期已于{date}届满，已自动停止公示。")
        date_pattern, state = translate("repair", "{year}年{month}月{day}日"), "expired"
    else:
        pattern = translate("repair", "法律、法规规定终身禁入或不得修复的失信信息，不能申请信用修复，公示期满后自动停止公示。")
        date_pattern, state = "", "not_repairable"
    # Kept with the rule's facts, not in _said: they go together when newer rules replace them (a key holding the
    # facts kept every reload's rules alive). The answer kept holds the period, so its id stays its own.
    key = (state, id(period), pattern, date_pattern)
    found = facts.finals.get(key)
    if found is None:
        if state == "repaired":
            reason = _reason("repaired", pattern, facts.cite["effect"])
        elif state == "expired":
            reason = _reason("expired", pattern.format(date=_zh(max_until)), facts.cite["expiry"], max_until)
        else:
            reason = _reason("not_repairable", pattern, facts.source)
        found = facts.finals[key] = _assessment(state, None, (reason,), facts, period)
    return found


def _pending(conditions: list[tuple[str, dt.date, Any]], today: dt.date, period: Period, facts: _Facts
             ) -> list[Reason]:
    """The words for each condition still holding the record back on `today`, in the order they were found. Each
    is put together once for what it says (the language's patterns included) and shared: reasons are values."""
    cite = facts.cite
    out = []
    for code, on, detail in conditions:
        if on <= today:
            continue
        if code == "min_period":
            patterns: tuple = (translate("repair", "{klass}失信信息最短公示{period}{where}，公示期至{date}。"),
                               class_name(period.klass), _months_pattern(detail),
                               translate("repair", "（{sector}领域标准）") if period.overridden_by else "")
            key: tuple = (code, patterns, detail, period.klass, period.min_until, period.overridden_by,
                          period.override_source, cite["periods"])
        elif code == "own_term":
            patterns = (translate("repair", "处罚本身的期限（{period}）到{date}才结束，期满前不能修复。"),
                        _months_pattern(detail[0]))
            key = (code, patterns, detail, cite["own_term"])
        elif code == "fine_unpaid":
            patterns = (translate("repair", "罚款{amount}元尚未缴纳，缴清后才能申请。"),)
            key = (code, patterns, _money(detail), cite["conditions"])
        elif code == "fine_paid":
            patterns = (translate("repair", "罚款已于{date}缴清。"),)
            key = (code, patterns, on, cite["conditions"])
        elif code == "not_rectified":
            patterns = (translate("repair", "还需先补报年度报告或更正登记信息，平台确认后才能申请。") if detail == "abnormal_list"
                        else translate("repair", "还需先纠正失信行为并履行相关义务，平台确认后才能申请。"),)
            key = (code, patterns, cite["conditions"])
        elif code == "rectified":
            patterns = (translate("repair", "已于{date}完成整改。"),)
            key = (code, patterns, on, cite["conditions"])
        else:  # false_material_lock
            patterns = (translate("repair", "曾提交虚假材料（{found}认定），{years}年内（至{date}）不得申请修复。"),)
            key = (code, patterns, detail, facts.lock_years, cite["false_material"])
        reason = _said.get(key)
        if reason is None:
            if len(_said) > 100_000:
                _said.clear()
            reason = _said[key] = _words(code, on, detail, patterns, period, facts)
        out.append(reason)
    return out


def _words(code: str, on: dt.date, detail: Any, patterns: tuple, period: Period, facts: _Facts) -> Reason:
    cite = facts.cite
    if code == "min_period":
        text, klass, _, where = patterns
        where = where.format(sector=period.overridden_by) if where else ""
        return _reason(code, text.format(klass=klass, period=_months_zh(detail), where=where,
                                        date=_zh(period.min_until)), period.override_source or cite["periods"], on)
    if code == "own_term":
        return _reason(code, patterns[0].format(period=_months_zh(detail[0]), date=_zh(detail[1])), cite["own_term"],
                      on)
    if code == "fine_unpaid":
        return _reason(code, patterns[0].format(amount=f"{_money(detail):,.2f}"), cite["conditions"])
    if code in ("fine_paid", "rectified"):
        return _reason(code, patterns[0].format(date=_zh(on)), cite["conditions"], on)
    if code == "not_rectified":
        return _reason(code, patterns[0], cite["conditions"])
    found, lock_end = detail
    return _reason(code, patterns[0].format(found=_zh(found), years=facts.lock_years, date=_zh(lock_end)),
                  cite["false_material"], on)


def counts_against(state: str) -> bool:
    """A repaired or expired record never counts against a firm (policies, warnings, reports)."""
    return state not in ("repaired", "expired")


# -- applications ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Missing:
    """Something an application still lacks, said all at once before sending (一次性告知)."""

    key: str  # a slot key or field name
    text: str


def slots_for(rule: Any, kinds: Iterable[str], *, agent: bool, fined: bool = True) -> list[Any]:
    """The material slots an application covering records of `kinds` needs (each slot once): the agent's own
    slots only when an accountant applies for a client, proof of payment only when a fine was imposed."""
    seen: dict[str, Any] = {}
    for kind in kinds:
        for slot in rule.slots.get(kind, rule.slots.get("other", [])):
            if (slot.for_agent and not agent) or (getattr(slot, "for_fine", False) and not fined):
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
