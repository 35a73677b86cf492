"""Working days: the platform's notice first, chinesecalendar second, weekends-only (estimated) beyond."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from assistant.domain.workdays import PublishedYear, WorkCalendar

D = dt.date
NOTICES = json.loads((Path(__file__).parents[2] / "assistant/sandbox/data/calendars.json").read_text("utf-8"))


def platform_calendar() -> WorkCalendar:
    published = {
        int(year): PublishedYear.from_lists(
            int(year), map(D.fromisoformat, body["holidays"]), map(D.fromisoformat, body["working_weekends"])
        )
        for year, body in NOTICES.items()
    }
    return WorkCalendar(published, use_library=False)


CALENDARS = {"platform": platform_calendar(), "library": WorkCalendar()}


@pytest.mark.parametrize("source", CALENDARS)
def test_national_day_2026_is_skipped(source):
    calendar = CALENDARS[source]
    due = calendar.add_workdays(D(2026, 9, 30), 1)
    assert due.on == D(2026, 10, 8) and not due.estimated
    assert all(not calendar.is_workday(D(2026, 10, day)) for day in range(1, 8))


@pytest.mark.parametrize("source", CALENDARS)
def test_make_up_saturday_and_sunday_count(source):
    calendar = CALENDARS[source]
    assert calendar.add_workdays(D(2026, 10, 9), 1).on == D(2026, 10, 10)  # Saturday worked
    assert calendar.add_workdays(D(2026, 9, 19), 1).on == D(2026, 9, 20)  # Sunday worked
    assert calendar.workdays_between(D(2026, 9, 30), D(2026, 10, 10)) == 3


@pytest.mark.parametrize("source", CALENDARS)
def test_ten_workdays_across_the_holiday(source):
    # From Fri 25 Sep (中秋, a holiday itself): 28,29,30 Sep, 8,9,10(Sat),12,13,14,15 Oct.
    assert CALENDARS[source].add_workdays(D(2026, 9, 25), 10).on == D(2026, 10, 15)


def test_year_end_into_an_unpublished_year_is_estimated():
    calendar = platform_calendar()
    inside = calendar.add_workdays(D(2026, 12, 28), 3)
    assert inside == type(inside)(D(2026, 12, 31), False)
    across = calendar.add_workdays(D(2026, 12, 30), 3)
    assert across.estimated
    assert across.on == D(2027, 1, 4)  # 31 Dec, Fri 1 Jan (weekends-only guess), Mon 4 Jan


def test_library_does_not_know_2027_either():
    calendar = WorkCalendar()
    assert not calendar.year_is_published(2027)
    assert calendar.day(D(2027, 1, 1)).estimated


def test_platform_notice_wins_over_the_library():
    # A notice that (hypothetically) moves a day: the platform's word is what counts.
    calendar = WorkCalendar({2026: PublishedYear.from_lists(2026, [D(2026, 11, 23)], [])})
    assert not calendar.is_workday(D(2026, 11, 23))


def test_sandbox_notices_agree_with_chinesecalendar():
    platform, library = CALENDARS["platform"], CALENDARS["library"]
    day = D(2025, 1, 1)
    while day.year < 2027:
        assert platform.is_workday(day) == library.is_workday(day), day
        day += dt.timedelta(days=1)


def test_zero_days_and_negative():
    assert WorkCalendar().add_workdays(D(2026, 10, 1), 0).on == D(2026, 10, 1)
    with pytest.raises(ValueError):
        WorkCalendar().add_workdays(D(2026, 10, 1), -1)
