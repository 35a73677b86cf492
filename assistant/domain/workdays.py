"""Working days (工作日) under the State Council's yearly holiday notice, with 调休 make-up working days.

Order of trust (DOMAIN.md §6): the platform's published calendar for a year, then the `chinesecalendar` package,
then — for a year nobody has published yet — Monday to Friday, flagged *estimated* so the UI and paper say 预计.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import chinese_calendar


@dataclass(frozen=True)
class PublishedYear:
    """One year's notice: the days off that would otherwise be working days, and the make-up working weekends."""

    year: int
    holidays: frozenset[dt.date]
    working_weekends: frozenset[dt.date]
    source: str = ""

    @classmethod
    def from_lists(cls, year: int, holidays: Iterable[dt.date], working_weekends: Iterable[dt.date], source: str = ""):
        return cls(year, frozenset(holidays), frozenset(working_weekends), source)


@dataclass(frozen=True)
class DayKind:
    workday: bool
    estimated: bool


@dataclass(frozen=True)
class DueDate:
    """A deadline computed in working days; `estimated` when any day counted lies in an unpublished year."""

    on: dt.date
    estimated: bool


def _library_knows(year: int) -> bool:
    try:
        chinese_calendar.is_workday(dt.date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


@dataclass
class WorkCalendar:
    published: Mapping[int, PublishedYear] = field(default_factory=dict)
    use_library: bool = True

    def __post_init__(self) -> None:
        self._library_years: dict[int, bool] = {}

    def year_is_published(self, year: int) -> bool:
        if year in self.published:
            return True
        if not self.use_library:
            return False
        if year not in self._library_years:
            self._library_years[year] = _library_knows(year)
        return self._library_years[year]

    def day(self, day: dt.date) -> DayKind:
        notice = self.published.get(day.year)
        if notice is not None:
            if day in notice.working_weekends:
                return DayKind(True, False)
            if day in notice.holidays:
                return DayKind(False, False)
            return DayKind(day.weekday() < 5, False)
        if self.year_is_published(day.year):
            return DayKind(chinese_calendar.is_workday(day), False)
        return DayKind(day.weekday() < 5, True)

    def is_workday(self, day: dt.date) -> bool:
        return self.day(day).workday

    def add_workdays(self, start: dt.date, count: int) -> DueDate:
        """The `count`-th working day after `start` (the start day itself is not counted)."""
        if count < 0:
            raise ValueError("count must not be negative")
        day, estimated, left = start, False, count
        while left:
            day += dt.timedelta(days=1)
            kind = self.day(day)
            estimated |= kind.estimated
            left -= kind.workday
        return DueDate(day, estimated)

    def workdays_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after `start` up to and including `end` (0 when `end` is not after `start`)."""
        count, day = 0, start
        while day < end:
            day += dt.timedelta(days=1)
            count += self.day(day).workday
        return count
