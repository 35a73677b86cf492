"""信用修复 rules at every boundary (DOMAIN.md §3, §3a, §6): classes and their periods, month ends and leap days,
the penalty's own term, fines (bands, unpaid), rectification, the false-material lock, the rule in force by date,
sector overrides, the states a record can be in, everything an application lacks, and working-day due dates."""

from __future__ import annotations

import calendar
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from assistant.api.models import CreditRecord, RepairRule
from assistant.domain.repair import (
    CLASSES,
    Step,
    add_months,
    assess,
    classify,
    counts_against,
    missing_items,
    objection_due,
    publication_period,
    repair_due,
    rule_for,
    slots_for,
)
from assistant.domain.workdays import PublishedYear, WorkCalendar
from assistant.sandbox.repair_rules import RULES as RULE_DATA

D = dt.date
RULES = [RepairRule.model_validate(r) for r in RULE_DATA]
NEW, OLD = (next(r for r in RULES if r.id == i) for i in ("ndrc-36-2025", "ndrc-58-2023"))
NOTICES = json.loads((Path(__file__).parents[2] / "assistant/sandbox/data/calendars.json").read_text("utf-8"))


def platform_calendar() -> WorkCalendar:
    """What the sandbox platform has published (as sandbox/platform/facts.platform_calendar builds it): later years
    are weekends only, estimated."""
    published = {int(year): PublishedYear.from_lists(int(year), map(D.fromisoformat, body["holidays"]),
                                                     map(D.fromisoformat, body["working_weekends"]))
                 for year, body in NOTICES.items() if body["published"]}
    return WorkCalendar(published, use_library=False)


CALENDAR = platform_calendar()


def record(decided_on: D, *, kind: str = "administrative_penalty", klass: str = "minor", types: tuple = (),
           fine: str | None = None, term: int | None = None, paid: D | None = None, rectified: D | None = None,
           sector: str = "", false_found: D | None = None, state: str = "public") -> CreditRecord:
    """A record as the platform sends it (the derived blocks are placeholders: `assess` recomputes them)."""
    return CreditRecord.model_validate({
        "id": "r1", "kind": kind, "class": klass, "decided_on": decided_on, "authority": "新乡市市场监督管理局",
        "document_no": "新市监罚〔2026〕1号", "summary": "测试记录", "sector": sector,
        "penalty": {"types": list(types), "fine": fine, "term_months": term},
        "performed": {"fine_paid_on": paid, "rectified_on": rectified}, "false_material_found_on": false_found,
        "publication": {"from": decided_on, "min_until": decided_on, "max_until": decided_on, "state": state},
        "repair": {"state": "not_yet", "rule_id": "x"},
    })


def warning(decided_on: D, **kw: Any) -> CreditRecord:
    return record(decided_on, types=("warning",), **kw)


def big_fine(decided_on: D, paid: D | None = None, **kw: Any) -> CreditRecord:
    """较大数额罚款 (general), paid on the day of the decision unless said otherwise."""
    return record(decided_on, types=("fine",), fine="60000.00", paid=paid or decided_on, **kw)


def revocation(decided_on: D, **kw: Any) -> CreditRecord:
    return record(decided_on, types=("license_revocation",), **kw)


def codes(assessment) -> list[str]:
    return [r.code for r in assessment.reasons]


# -- add_months (DOMAIN.md §3a) --------------------------------------------------------------------------------------
@pytest.mark.parametrize("start, months, end", [
    (D(2026, 1, 15), 3, D(2026, 4, 15)),
    (D(2026, 1, 31), 3, D(2026, 4, 30)),  # April has no 31st: its last day
    (D(2026, 1, 31), 1, D(2026, 2, 28)),
    (D(2028, 1, 31), 1, D(2028, 2, 29)),  # a leap February
    (D(2024, 2, 29), 12, D(2025, 2, 28)),  # the leap day a year on
    (D(2024, 2, 29), 48, D(2028, 2, 29)),
    (D(2027, 2, 28), 12, D(2028, 2, 28)),  # not the 29th: the corresponding day exists
    (D(2026, 8, 31), 3, D(2026, 11, 30)),
    (D(2026, 11, 30), 3, D(2027, 2, 28)),
    (D(2026, 12, 31), 1, D(2027, 1, 31)),  # across the year
    (D(2026, 10, 8), 0, D(2026, 10, 8)),
    (D(2026, 5, 31), 36, D(2029, 5, 31)),
])
def test_add_months_corresponding_day_or_month_end(start, months, end):
    assert add_months(start, months) == end


def test_add_months_refuses_negative_months():
    with pytest.raises(ValueError):
        add_months(D(2026, 1, 1), -1)


try:
    from hypothesis import given
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - hypothesis is in the test extra
    given = None

if given is not None:
    DATES = st.dates(min_value=D(1990, 1, 1), max_value=D(2090, 12, 31))

    @given(DATES, st.integers(min_value=0, max_value=120), st.integers(min_value=0, max_value=120))
    def test_add_months_properties(start, months, more):
        end = add_months(start, months)
        # the final month is `months` on, its day the start's own or the month's last
        assert (end.year - start.year) * 12 + end.month - start.month == months
        last = calendar.monthrange(end.year, end.month)[1]
        assert end.day == min(start.day, last)
        # never earlier for a longer period; one more month always moves it on
        assert add_months(start, months + more) >= end
        if more:
            assert add_months(start, months + more) > end
        # from the first of a month, periods add up exactly
        first = start.replace(day=1)
        assert add_months(add_months(first, months), more) == add_months(first, months + more)

    @given(DATES, st.sampled_from(["warning", "fine", "confiscation", "license_suspension", "lifetime_ban"]),
           st.integers(min_value=0, max_value=1500), st.integers(min_value=0, max_value=30),
           st.booleans(), st.sampled_from(["", "food"]), st.integers(min_value=0, max_value=2_000_000))
    def test_every_assessment_explains_itself(decided, penalty, days_later, term, paid, sector, fine):
        """Whatever the record, a state that keeps the firm waiting says why, and the dates agree with the state."""
        today = decided + dt.timedelta(days=days_later)
        r = record(decided, types=(penalty,), fine=f"{fine}.00" if fine else None, term=term or None,
                   paid=decided + dt.timedelta(days=days_later // 2) if paid else None, sector=sector)
        a = assess(r, RULES, today)
        assert a.state in ("repairable", "not_yet", "not_repairable", "expired")
        if a.state == "not_yet":
            assert a.reasons and all(reason.text and reason.legal_basis for reason in a.reasons)
        if a.state == "repairable":
            assert a.earliest_on is not None and a.earliest_on <= today <= a.period.max_until
        if a.earliest_on is not None:
            assert a.earliest_on >= decided and a.earliest_on <= a.period.max_until
            assert a.state == "repairable" or a.earliest_on > today
        assert a.period.min_until <= a.period.max_until


# -- the rule in force and the class ---------------------------------------------------------------------------------
@pytest.mark.parametrize("day, rule_id", [
    (D(2026, 3, 31), "ndrc-58-2023"), (D(2026, 4, 1), "ndrc-36-2025"), (D(2023, 5, 1), "ndrc-58-2023"),
    (D(2020, 1, 1), "ndrc-58-2023"),  # older than any rule kept: the oldest is the best reading
    (D(2030, 1, 1), "ndrc-36-2025"),
])
def test_rule_in_force_on_the_day_of_the_decision(day, rule_id):
    assert rule_for(RULES, day).id == rule_id
    assert rule_for(list(reversed(RULES)), day).id == rule_id


def test_no_rules_at_all_is_an_error():
    with pytest.raises(LookupError):
        rule_for([], D(2026, 1, 1))


@pytest.mark.parametrize("kind, types, fine, stated, klass", [
    ("administrative_penalty", ["simplified"], None, "minor", "minor"),
    ("administrative_penalty", ["warning"], None, "serious", "minor"),  # the penalty decides, not the label
    ("administrative_penalty", ["fine"], "49999.99", "minor", "minor"),
    ("administrative_penalty", ["fine"], "50000.00", "minor", "general"),  # 较大数额 from 5万
    ("administrative_penalty", ["fine"], "999999.99", "minor", "general"),
    ("administrative_penalty", ["fine"], "1000000.00", "minor", "serious"),  # 巨额 from 100万
    ("administrative_penalty", ["confiscation"], None, "minor", "general"),
    ("administrative_penalty", ["warning", "confiscation"], "1000.00", "minor", "general"),
    ("administrative_penalty", ["warning", "confiscation", "license_suspension"], "1000.00", "minor", "serious"),
    ("administrative_penalty", ["warning"], "2000000.00", "minor", "serious"),  # the fine outweighs the warning
    ("administrative_penalty", [], None, "general", "general"),  # nothing to go by: the platform's class
    ("administrative_penalty", ["unknown_type"], None, "minor", "minor"),
    ("serious_list", [], None, "minor", "serious"),
    ("abnormal_list", [], None, "serious", "minor"),
    ("other", [], None, "general", "general"),
    ("other", ["warning"], None, "general", "general"),  # "other": the heavier of the stated class and penalties
])
def test_class_is_the_heaviest_of_what_the_decision_implies(kind, types, fine, stated, klass):
    assert classify(kind, types, fine, NEW, stated) == klass


# -- the table of records --------------------------------------------------------------------------------------------
# (id, record, today, state, earliest_on, min_until, max_until, reason codes that must be present)
CASES = [
    # minor: no minimum, 3 months at most
    ("minor-first-day", warning(D(2026, 5, 10)), D(2026, 5, 10), "repairable", D(2026, 5, 10), D(2026, 5, 10),
     D(2026, 8, 10), []),
    ("minor-last-day", warning(D(2026, 5, 10)), D(2026, 8, 10), "repairable", D(2026, 5, 10), D(2026, 5, 10),
     D(2026, 8, 10), []),
    ("minor-after-max", warning(D(2026, 5, 10)), D(2026, 8, 11), "expired", None, D(2026, 5, 10), D(2026, 8, 10),
     ["expired"]),
    # general: 3 months to a year
    ("general-min-last-day", big_fine(D(2026, 5, 10)), D(2026, 8, 10), "not_yet", D(2026, 8, 11), D(2026, 8, 10),
     D(2027, 5, 10), ["min_period"]),
    ("general-min-reached", big_fine(D(2026, 5, 10)), D(2026, 8, 11), "repairable", D(2026, 8, 11), D(2026, 8, 10),
     D(2027, 5, 10), []),
    ("general-max-last-day", big_fine(D(2026, 5, 10)), D(2027, 5, 10), "repairable", D(2026, 8, 11),
     D(2026, 8, 10), D(2027, 5, 10), []),
    ("general-after-max", big_fine(D(2026, 5, 10)), D(2027, 5, 11), "expired", None, D(2026, 8, 10),
     D(2027, 5, 10), ["expired"]),
    # serious: a year to three
    ("serious-min-last-day", revocation(D(2026, 5, 10)), D(2027, 5, 10), "not_yet", D(2027, 5, 11),
     D(2027, 5, 10), D(2029, 5, 10), ["min_period"]),
    ("serious-min-reached", revocation(D(2026, 5, 10)), D(2027, 5, 11), "repairable", D(2027, 5, 11),
     D(2027, 5, 10), D(2029, 5, 10), []),
    ("serious-after-max", revocation(D(2026, 5, 10)), D(2029, 5, 11), "expired", None, D(2027, 5, 10),
     D(2029, 5, 10), ["expired"]),
    ("serious-list", record(D(2026, 5, 10), kind="serious_list", rectified=D(2026, 6, 1)), D(2027, 5, 11),
     "repairable", D(2027, 5, 11), D(2027, 5, 10), D(2029, 5, 10), []),
    # month ends (decided before 2026-04-01: the old rule, same periods)
    ("month-end-31", big_fine(D(2026, 1, 31)), D(2026, 4, 30), "not_yet", D(2026, 5, 1), D(2026, 4, 30),
     D(2027, 1, 31), ["min_period"]),
    ("month-end-31-next-day", big_fine(D(2026, 1, 31)), D(2026, 5, 1), "repairable", D(2026, 5, 1),
     D(2026, 4, 30), D(2027, 1, 31), []),
    ("mid-month", big_fine(D(2026, 1, 15)), D(2026, 4, 15), "not_yet", D(2026, 4, 16), D(2026, 4, 15),
     D(2027, 1, 15), ["min_period"]),
    ("mid-month-next-day", big_fine(D(2026, 1, 15)), D(2026, 4, 16), "repairable", D(2026, 4, 16),
     D(2026, 4, 15), D(2027, 1, 15), []),
    ("month-end-into-february", big_fine(D(2026, 11, 30)), D(2027, 2, 28), "not_yet", D(2027, 3, 1),
     D(2027, 2, 28), D(2027, 11, 30), ["min_period"]),
    # leap days
    ("leap-day", revocation(D(2024, 2, 29)), D(2025, 2, 28), "not_yet", D(2025, 3, 1), D(2025, 2, 28),
     D(2027, 2, 28), ["min_period"]),
    ("leap-day-next", revocation(D(2024, 2, 29)), D(2025, 3, 1), "repairable", D(2025, 3, 1), D(2025, 2, 28),
     D(2027, 2, 28), []),
    ("into-leap-february", big_fine(D(2027, 11, 30)), D(2028, 2, 29), "not_yet", D(2028, 3, 1), D(2028, 2, 29),
     D(2028, 11, 30), ["min_period"]),
    # a penalty's own term: 暂扣许可 6 months is inside the serious minimum, which decides …
    ("suspension-6-months", record(D(2026, 5, 10), types=("license_suspension",), term=6), D(2026, 9, 1),
     "not_yet", D(2027, 5, 11), D(2027, 5, 10), D(2029, 5, 10), ["min_period", "own_term"]),
    ("suspension-term-over", record(D(2026, 5, 10), types=("license_suspension",), term=6), D(2026, 11, 11),
     "not_yet", D(2027, 5, 11), D(2027, 5, 10), D(2029, 5, 10), ["min_period"]),
    # … while a 2-year 限制从业 outlasts the minimum, and a 6-month measure outlasts a general record's 3 months
    ("restriction-24-months", record(D(2026, 5, 10), types=("practice_restriction",), term=24), D(2027, 5, 11),
     "not_yet", D(2028, 5, 11), D(2027, 5, 10), D(2029, 5, 10), ["own_term"]),
    ("restriction-term-ends", record(D(2026, 5, 10), types=("practice_restriction",), term=24), D(2028, 5, 11),
     "repairable", D(2028, 5, 11), D(2027, 5, 10), D(2029, 5, 10), []),
    ("general-with-6-month-term", record(D(2026, 4, 30), kind="other", klass="general", term=6), D(2026, 10, 30),
     "not_yet", D(2026, 10, 31), D(2026, 7, 30), D(2027, 4, 30), ["own_term"]),
    ("general-term-ends", record(D(2026, 4, 30), kind="other", klass="general", term=6), D(2026, 10, 31),
     "repairable", D(2026, 10, 31), D(2026, 7, 30), D(2027, 4, 30), []),
    # several penalty types in one decision: the heaviest class's periods
    ("several-types", record(D(2026, 5, 10), types=("warning", "confiscation", "production_suspension"),
                             fine="3000.00", paid=D(2026, 5, 12)), D(2026, 8, 11), "not_yet", D(2027, 5, 11),
     D(2027, 5, 10), D(2029, 5, 10), ["min_period"]),
    # fine bands
    ("fine-below-band", record(D(2026, 5, 10), types=("fine",), fine="49999.99", paid=D(2026, 5, 10)),
     D(2026, 5, 10), "repairable", D(2026, 5, 10), D(2026, 5, 10), D(2026, 8, 10), []),
    ("fine-general-band", record(D(2026, 5, 10), types=("fine",), fine="50000.00", paid=D(2026, 5, 10)),
     D(2026, 8, 10), "not_yet", D(2026, 8, 11), D(2026, 8, 10), D(2027, 5, 10), ["min_period"]),
    ("fine-serious-band", record(D(2026, 5, 10), types=("fine",), fine="1000000.00", paid=D(2026, 5, 10)),
     D(2026, 8, 11), "not_yet", D(2027, 5, 11), D(2027, 5, 10), D(2029, 5, 10), ["min_period"]),
    # the fine: unpaid holds the record back with no date; paid late, the payment decides
    ("fine-unpaid", record(D(2026, 5, 10), types=("fine",), fine="60000.00"), D(2026, 9, 1), "not_yet", None,
     D(2026, 8, 10), D(2027, 5, 10), ["fine_unpaid"]),
    ("fine-paid-late", big_fine(D(2026, 5, 10), paid=D(2026, 9, 20)), D(2026, 9, 19), "not_yet", D(2026, 9, 20),
     D(2026, 8, 10), D(2027, 5, 10), []),
    ("fine-paid-late-on-the-day", big_fine(D(2026, 5, 10), paid=D(2026, 9, 20)), D(2026, 9, 20), "repairable",
     D(2026, 9, 20), D(2026, 8, 10), D(2027, 5, 10), []),
    # 异常名录: the missing 年报 must be filed first
    ("abnormal-not-rectified", record(D(2026, 7, 1), kind="abnormal_list"), D(2026, 7, 20), "not_yet", None,
     D(2026, 7, 1), D(2026, 10, 1), ["not_rectified"]),
    ("abnormal-rectified", record(D(2026, 7, 1), kind="abnormal_list", rectified=D(2026, 7, 15)), D(2026, 7, 20),
     "repairable", D(2026, 7, 15), D(2026, 7, 1), D(2026, 10, 1), []),
    ("serious-list-not-rectified", record(D(2026, 5, 10), kind="serious_list"), D(2027, 6, 1), "not_yet", None,
     D(2027, 5, 10), D(2029, 5, 10), ["not_rectified"]),
    # the rule in force when decided
    ("old-rule", big_fine(D(2026, 3, 31)), D(2026, 7, 1), "repairable", D(2026, 7, 1), D(2026, 6, 30),
     D(2027, 3, 31), []),
    # sector override: market regulation keeps a year's minimum for food
    ("food-general", big_fine(D(2026, 5, 10), sector="food"), D(2026, 8, 11), "not_yet", D(2027, 5, 11),
     D(2027, 5, 10), D(2029, 5, 10), ["min_period"]),
    ("food-general-year-on", big_fine(D(2026, 5, 10), sector="food"), D(2027, 5, 11), "repairable",
     D(2027, 5, 11), D(2027, 5, 10), D(2029, 5, 10), []),
    ("food-minor-unaffected", warning(D(2026, 5, 10), sector="food"), D(2026, 5, 11), "repairable",
     D(2026, 5, 10), D(2026, 5, 10), D(2026, 8, 10), []),
    # states the platform states
    ("repaired", big_fine(D(2026, 5, 10), state="repaired"), D(2026, 9, 1), "repaired", None, D(2026, 8, 10),
     D(2027, 5, 10), ["repaired"]),
    ("expired-by-platform", big_fine(D(2026, 5, 10), state="expired"), D(2026, 9, 1), "expired", None,
     D(2026, 8, 10), D(2027, 5, 10), ["expired"]),
    ("lifetime-ban", record(D(2026, 5, 10), types=("lifetime_ban", "license_revocation")), D(2028, 1, 1),
     "not_repairable", None, D(2027, 5, 10), D(2029, 5, 10), ["not_repairable"]),
    # false materials: three years' lock, which outlasts any publication of this table → it expires first
    ("false-material", big_fine(D(2026, 5, 10), false_found=D(2026, 9, 1)), D(2026, 9, 2), "not_yet", None,
     D(2026, 8, 10), D(2027, 5, 10), ["false_material_lock", "expires_first"]),
    ("minor-term-outlasts-max", warning(D(2026, 5, 10), term=6), D(2026, 6, 1), "not_yet", None,
     D(2026, 5, 10), D(2026, 8, 10), ["own_term", "expires_first"]),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_assessment_table(case):
    _, rec, today, state, earliest, min_until, max_until, expected = case
    a = assess(rec, RULES, today)
    assert (a.state, a.earliest_on) == (state, earliest), codes(a)
    assert (a.period.min_until, a.period.max_until) == (min_until, max_until)
    assert set(expected) <= set(codes(a)), codes(a)
    if state == "repairable":
        assert a.reasons == ()  # fulfilled conditions are not reasons
    if state == "not_yet":
        assert a.reasons, "a firm kept waiting is told why"
    for reason in a.reasons:
        assert reason.text and reason.legal_basis, reason
    assert a.rule_id == ("ndrc-58-2023" if rec.decided_on < D(2026, 4, 1) else "ndrc-36-2025")
    assert a.legal_basis == rule_for(RULES, rec.decided_on).source


def test_reasons_say_the_date_and_the_article():
    a = assess(big_fine(D(2026, 1, 31)), RULES, D(2026, 3, 1))
    (reason,) = a.reasons
    assert reason.on == D(2026, 5, 1)
    assert "2026年4月30日" in reason.text and "3个月" in reason.text
    # the old rule by its own title, never with the new rule's article numbers
    assert reason.legal_basis == OLD.source and "令第58号" in reason.legal_basis
    assert a.rule_id == "ndrc-58-2023" and a.legal_basis == OLD.source
    new = assess(big_fine(D(2026, 4, 30)), RULES, D(2026, 6, 1))
    assert new.reasons[0].legal_basis == NEW.source + "第七条至第十条" and "令第36号" in new.legal_basis


def test_unpaid_fine_says_the_amount_and_keeps_the_other_conditions():
    a = assess(record(D(2026, 5, 10), types=("fine",), fine="60000.00"), RULES, D(2026, 6, 1))
    assert a.earliest_on is None
    assert codes(a) == ["min_period", "fine_unpaid"]
    assert "60,000.00元" in a.reasons[1].text and "第十四条" in a.reasons[1].legal_basis


def test_own_term_reason_counts_its_own_months():
    a = assess(record(D(2026, 5, 10), types=("license_suspension",), term=6), RULES, D(2026, 6, 1))
    term = next(r for r in a.reasons if r.code == "own_term")
    assert term.on == D(2026, 11, 11) and "6个月" in term.text and "2026年11月10日" in term.text
    assert "第十二条" in term.legal_basis


def test_sector_override_cites_its_own_source():
    a = assess(big_fine(D(2026, 5, 10), sector="food"), RULES, D(2026, 9, 1))
    (reason,) = a.reasons
    override = next(o for o in NEW.sector_overrides if o.sector == "food")
    assert reason.legal_basis == override.source and "国市监信规〔2021〕3号" in reason.legal_basis
    assert "食品" in reason.text and "1年" in reason.text
    assert a.period.overridden_by == "食品"


def test_false_material_lock_decides_when_publication_lasts_longer():
    """With the 3-year lock running out before the maximum (a rule publishing for 5 years), the lock decides."""
    longer = NEW.model_copy(update={"classes": {**NEW.classes,
                                                "general": NEW.classes["general"].model_copy(update={"max_months": 60})}})
    rec = big_fine(D(2026, 5, 10), false_found=D(2026, 9, 1))
    a = assess(rec, [longer], D(2029, 9, 1))
    assert (a.state, a.earliest_on, codes(a)) == ("not_yet", D(2029, 9, 2), ["false_material_lock"])
    assert "2029年9月1日" in a.reasons[0].text and "第二十五条" in a.reasons[0].legal_basis
    assert assess(rec, [longer], D(2029, 9, 2)).state == "repairable"


def test_expires_first_says_when_publication_stops():
    a = assess(big_fine(D(2026, 5, 10), false_found=D(2026, 9, 1)), RULES, D(2026, 9, 2))
    last = a.reasons[-1]
    assert last.code == "expires_first" and last.on == D(2027, 5, 11) and "2027年5月10日" in last.text


def test_in_application_is_in_progress():
    a = assess(big_fine(D(2026, 5, 10)), RULES, D(2026, 9, 1), in_application=True)
    assert a.state == "in_progress" and codes(a) == ["in_application"]
    # a repaired or expired record is what it is, application or not
    assert assess(big_fine(D(2026, 5, 10), state="repaired"), RULES, D(2026, 9, 1),
                  in_application=True).state == "repaired"


def test_publication_period_of_each_class():
    for klass, (low, high) in {"minor": (0, 3), "general": (3, 12), "serious": (12, 36)}.items():
        assert (NEW.classes[klass].min_months, NEW.classes[klass].max_months) == (low, high)
        period = publication_period(record(D(2026, 5, 31), kind="other", klass=klass), NEW)
        assert period.klass == klass
        assert (period.min_until, period.max_until) == (add_months(D(2026, 5, 31), low),
                                                        add_months(D(2026, 5, 31), high))


@pytest.mark.parametrize("state, counts", [("repairable", True), ("not_yet", True), ("not_repairable", True),
                                           ("in_progress", True), ("repaired", False), ("expired", False)])
def test_only_repaired_and_expired_stop_counting(state, counts):
    assert counts_against(state) is counts
    assert CLASSES == ("minor", "general", "serious")


# -- applications: everything missing at once -----------------------------------------------------------------------
def test_slots_for_an_owner_and_for_an_agent():
    owner = [s.key for s in slots_for(NEW, ["administrative_penalty"], agent=False)]
    agent = [s.key for s in slots_for(NEW, ["administrative_penalty"], agent=True)]
    assert owner == ["commitment", "license", "fine_receipt", "rectification", "decision"]
    assert agent == ["commitment", "license", "authorisation", "agent_id", "fine_receipt", "rectification",
                     "decision"]
    both = slots_for(NEW, ["administrative_penalty", "abnormal_list", "administrative_penalty"], agent=False)
    keys = [s.key for s in both]
    assert len(keys) == len(set(keys)) and "annual_report" in keys  # each slot once, every kind's own
    assert [s.key for s in slots_for(NEW, ["unheard_of"], agent=False)] == ["commitment", "license",
                                                                            "rectification", "decision"]


def test_missing_items_lists_everything_at_once():
    slots = slots_for(NEW, ["administrative_penalty"], agent=True)
    missing = missing_items(slots, {"license": 1}, reason="  ", contact_name="", contact_phone="", signed_by="",
                            agent_name="", agent=True, record_ids=[])
    assert [m.key for m in missing] == ["record_ids", "reason", "contact.name", "contact.phone",
                                        "commitment.signed_by", "agent.name", "commitment", "authorisation",
                                        "agent_id", "fine_receipt", "rectification"]
    assert all(m.text for m in missing)
    assert next(m for m in missing if m.key == "authorisation").text == "缺少材料：授权委托书"


def test_missing_items_for_an_owner_asks_nothing_of_an_agent():
    slots = slots_for(NEW, ["administrative_penalty"], agent=False)
    missing = missing_items(slots, {"commitment": 1, "fine_receipt": 0}, reason="已缴纳罚款并整改。",
                            contact_name="王芳", contact_phone="13803731234", signed_by="张建国", record_ids=["r1"])
    assert [m.key for m in missing] == ["fine_receipt", "rectification"]  # 0 files attached is none
    done = missing_items(slots, {"commitment": 1, "fine_receipt": 2, "rectification": 1}, reason="x",
                         contact_name="王芳", contact_phone="1", signed_by="张建国", record_ids=["r1"])
    assert done == []


# -- working-day due dates (DOMAIN.md §6) ----------------------------------------------------------------------------
def test_the_published_calendar_is_the_one_in_the_tests():
    """2026's National Day: 1–7 October off, Saturday 10 October worked (as the sandbox publishes it)."""
    assert [CALENDAR.is_workday(D(2026, 10, d)) for d in range(1, 12)] == [False] * 7 + [True, True, True, False]
    assert CALENDAR.year_is_published(2026) and not CALENDAR.year_is_published(2027)


def test_repair_due_across_national_day():
    limits = NEW.time_limits  # acceptance 3, decision 7 (+10 when complex)
    submitted = [Step(D(2026, 9, 29), "submitted")]
    due = repair_due(submitted, limits, CALENDAR, D(2026, 9, 29))
    # 9-30 is the 1st working day, then 10-8 and 10-9 after the holiday
    assert (due.acceptance_on, due.decision_on, due.estimated, due.late) == (D(2026, 10, 9), None, False, "")
    assert repair_due(submitted, limits, CALENDAR, D(2026, 10, 9)).late == ""
    assert repair_due(submitted, limits, CALENDAR, D(2026, 10, 10)).late == "acceptance"

    accepted = [*submitted, Step(D(2026, 10, 9), "accepted")]
    due = repair_due(accepted, limits, CALENDAR, D(2026, 10, 12))
    # the make-up Saturday 10-10 counts: 10-10, 12, 13, 14, 15, 16, 19
    assert (due.acceptance_on, due.decision_on, due.late, due.steps_late) == (None, D(2026, 10, 19), "", ())
    assert repair_due(accepted, limits, CALENDAR, D(2026, 10, 20)).late == "decision"
    complex_case = repair_due(accepted, limits, CALENDAR, D(2026, 10, 20), complex_case=True)
    assert complex_case.decision_on == D(2026, 11, 2) and complex_case.late == ""


def test_repair_due_flags_steps_taken_late_and_closes():
    limits = NEW.time_limits
    steps = [Step(D(2026, 9, 29), "submitted"), Step(D(2026, 10, 12), "accepted"),
             Step(D(2026, 10, 30), "repaired")]
    due = repair_due(steps, limits, CALENDAR, D(2026, 11, 2))
    # accepted after 10-9, decided after 10-12 + 7 working days (10-21)
    assert (due.acceptance_on, due.decision_on, due.late, due.steps_late) == (None, None, "", (1, 2))
    on_time = [Step(D(2026, 9, 29), "submitted"), Step(D(2026, 10, 9), "accepted"),
               Step(D(2026, 10, 19), "repaired")]
    assert repair_due(on_time, limits, CALENDAR, D(2026, 12, 1)).steps_late == ()


def test_repair_due_restarts_after_a_supplement():
    limits = NEW.time_limits
    steps = [Step(D(2026, 9, 21), "submitted"), Step(D(2026, 9, 22), "supplement_requested")]
    waiting = repair_due(steps, limits, CALENDAR, D(2026, 10, 30))
    assert (waiting.acceptance_on, waiting.decision_on, waiting.late) == (None, None, "")  # the firm's turn
    steps.append(Step(D(2026, 9, 30), "supplemented"))
    due = repair_due(steps, limits, CALENDAR, D(2026, 10, 8))
    assert due.acceptance_on == D(2026, 10, 10) and due.late == ""  # 10-8, 10-9, the make-up Saturday


def test_repair_due_into_an_unpublished_year_is_estimated():
    limits = NEW.time_limits
    due = repair_due([Step(D(2026, 12, 29), "submitted")], limits, CALENDAR, D(2026, 12, 29))
    # 12-30, 12-31, then 2027-01-01: no notice for 2027 yet, so Monday to Friday, estimated
    assert (due.acceptance_on, due.estimated) == (D(2027, 1, 1), True)
    due = repair_due([Step(D(2026, 12, 29), "submitted"), Step(D(2026, 12, 30), "accepted")], limits, CALENDAR,
                     D(2027, 1, 4))
    assert (due.decision_on, due.estimated) == (D(2027, 1, 8), True)
    inside = repair_due([Step(D(2026, 12, 21), "submitted")], limits, CALENDAR, D(2026, 12, 21))
    assert (inside.acceptance_on, inside.estimated) == (D(2026, 12, 24), False)
    later = repair_due([Step(D(2028, 2, 25), "submitted")], limits, CALENDAR, D(2028, 2, 25))
    assert (later.acceptance_on, later.estimated) == (D(2028, 3, 1), True)  # Mon 28, Tue 29 (leap), Wed 1


def test_repair_due_with_no_steps():
    due = repair_due([], NEW.time_limits, CALENDAR, D(2026, 10, 8))
    assert (due.acceptance_on, due.decision_on, due.estimated, due.late) == (None, None, False, "")


def test_objection_due_across_national_day():
    limits = NEW.time_limits  # forwarded within 1, checked within 7
    steps = [Step(D(2026, 9, 30), "submitted")]
    due = objection_due(steps, limits, CALENDAR, D(2026, 9, 30))
    assert (due.acceptance_on, due.decision_on, due.estimated, due.late) == (D(2026, 10, 8), D(2026, 10, 16),
                                                                             False, "")
    assert objection_due(steps, limits, CALENDAR, D(2026, 10, 9)).late == "acceptance"
    forwarded = [*steps, Step(D(2026, 10, 8), "forwarded")]
    due = objection_due(forwarded, limits, CALENDAR, D(2026, 10, 16))
    assert (due.acceptance_on, due.decision_on, due.late) == (None, D(2026, 10, 16), "")
    assert objection_due(forwarded, limits, CALENDAR, D(2026, 10, 19)).late == "decision"
    late = [Step(D(2026, 9, 30), "submitted"), Step(D(2026, 10, 9), "forwarded"), Step(D(2026, 10, 26), "upheld")]
    closed = objection_due(late, limits, CALENDAR, D(2026, 11, 1))
    assert (closed.acceptance_on, closed.decision_on, closed.late, closed.steps_late) == (None, None, "", (1, 2))


def test_objection_due_into_an_unpublished_year_is_estimated():
    due = objection_due([Step(D(2026, 12, 30), "submitted")], NEW.time_limits, CALENDAR, D(2026, 12, 30))
    assert (due.acceptance_on, due.decision_on, due.estimated) == (D(2026, 12, 31), D(2027, 1, 11), True)
    assert objection_due([], NEW.time_limits, CALENDAR, D(2026, 12, 30)).acceptance_on is None


# -- what makes it fast must not change what it says ----------------------------------------------------------------
def test_assessments_are_plain_values():
    """`assess` builds its answers without the dataclass constructors (for speed): they must be the same objects."""
    import dataclasses

    for rec, today in [(big_fine(D(2026, 5, 10)), D(2026, 9, 1)), (big_fine(D(2026, 5, 10)), D(2026, 6, 1)),
                       (warning(D(2026, 5, 10)), D(2027, 1, 1)), (big_fine(D(2026, 5, 10), state="repaired"), D(2026, 9, 1))]:
        a = assess(rec, RULES, today)
        assert set(a.__dict__) == {f.name for f in dataclasses.fields(a)}
        assert a == dataclasses.replace(a) and hash(a) == hash(dataclasses.replace(a))
        assert set(a.period.__dict__) == {f.name for f in dataclasses.fields(a.period)}
        for reason in a.reasons:
            assert set(reason.__dict__) == {f.name for f in dataclasses.fields(reason)}
            assert reason == dataclasses.replace(reason) and hash(reason) == hash(dataclasses.replace(reason))
        with pytest.raises(dataclasses.FrozenInstanceError):
            a.state = "repairable"


def test_the_words_follow_the_language(monkeypatch):
    from assistant import i18n

    english = {"最长公示期已于{date}届满，已自动停止公示。": "Published until {date}; no longer published.",
               "{year}年{month}月{day}日": "{year}-{month:02d}-{day:02d}",
               "{klass}失信信息最短公示{period}{where}，公示期至{date}。": "{klass}: at least {period}{where}, until {date}.",
               "一般": "general", "{months}个月": "{months} months"}
    expired, waiting = warning(D(2026, 5, 10)), big_fine(D(2026, 5, 10))
    chinese = (assess(expired, RULES, D(2027, 1, 1)).reasons[0].text, assess(waiting, RULES, D(2026, 6, 1)).reasons[0].text)
    monkeypatch.setattr(i18n, "_translator", lambda context, text: english.get(text, text))
    assert assess(expired, RULES, D(2027, 1, 1)).reasons[0].text == "Published until 2026-08-10; no longer published."
    assert assess(waiting, RULES, D(2026, 6, 1)).reasons[0].text == "general: at least 3 months, until 2026-08-10."
    monkeypatch.setattr(i18n, "_translator", i18n._source)
    assert (assess(expired, RULES, D(2027, 1, 1)).reasons[0].text,
            assess(waiting, RULES, D(2026, 6, 1)).reasons[0].text) == chinese
    assert chinese == ("最长公示期已于2026年8月10日届满，已自动停止公示。", "一般失信信息最短公示3个月，公示期至2026年8月10日。")


def test_new_rules_are_read_afresh():
    """Rules are read once per rule object and per sequence; a newer answer (new objects) or a sequence that grew
    is read again."""
    rec = big_fine(D(2026, 5, 10))
    rules = [NEW]
    assert assess(rec, rules, D(2026, 9, 1)).state == "repairable"
    longer = NEW.model_copy(update={"classes": {**NEW.classes,
                                                "general": NEW.classes["general"].model_copy(update={"min_months": 6})}})
    assert assess(rec, [longer], D(2026, 9, 1)).state == "not_yet"
    assert assess(rec, rules, D(2026, 9, 1)).state == "repairable"
    older = [OLD]
    assert assess(rec, older, D(2026, 9, 1)).rule_id == "ndrc-58-2023"  # the only rule: the best reading
    older.insert(0, NEW)
    assert assess(rec, older, D(2026, 9, 1)).rule_id == "ndrc-36-2025"


def test_proof_of_payment_only_when_a_fine_was_imposed():
    warned = [s.key for s in slots_for(NEW, ["administrative_penalty"], agent=False, fined=False)]
    fined = [s.key for s in slots_for(NEW, ["administrative_penalty"], agent=False, fined=True)]
    assert "fine_receipt" in fined and "fine_receipt" not in warned


def test_rules_replaced_by_every_reload_are_let_go():
    """Each reload of the page brings the rules anew; what was read from the old ones must not keep them alive (a
    window reloading its pages grew 13 MiB in 20 rounds)."""
    import gc
    import weakref

    gone = []
    for _ in range(40):
        fresh = [RepairRule.model_validate(r) for r in RULE_DATA]
        for a_record in (big_fine(D(2020, 5, 10)), warning(D(2026, 5, 10)), revocation(D(2026, 5, 10)),
                         big_fine(D(2026, 5, 10), state="repaired")):
            assess(a_record, fresh, D(2026, 9, 2))
        gone.append(weakref.ref(fresh[0]))
        del fresh
    gc.collect()
    alive = sum(ref() is not None for ref in gone)
    assert alive <= 16, alive  # a few, never one per reload
