"""Dates and times for people, through babel in the UI's language (machine formats stay ISO elsewhere)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal


def _locale(locale: str) -> str:
    return "zh_Hans_CN" if locale.startswith("zh") else "en_US"


# The dates anything accepts: wider than any firm's history or commitment, narrow enough to catch a typo (0026).
EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2199, 12, 31)
_DATE = re.compile(r"(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?")


def parse_date(text: str) -> dt.date | None:
    """A date as people type it: `2026-03-05`, `2026年3月5日`, `2026/3/5`, `2026.3.5` (full-width digits too);
    None when it is not a real date."""
    match = _DATE.fullmatch(unicodedata.normalize("NFKC", text).strip())
    if match is None:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def format_date(day: dt.date, locale: str = "zh_CN") -> str:
    """`2026年11月21日` / `Nov 21, 2026`."""
    from babel.dates import format_date as _format_date  # babel loads on first use, not at start-up

    return _format_date(day, format="long" if locale.startswith("zh") else "medium", locale=_locale(locale))


def format_datetime(moment: dt.datetime, locale: str = "zh_CN") -> str:
    """In the PC's own time zone: `2026年11月21日 10:32` / `Nov 21, 2026, 10:32 AM`."""
    from babel.dates import format_date as _format_date
    from babel.dates import format_datetime as _format_datetime

    local = moment.astimezone() if moment.tzinfo else moment
    if locale.startswith("zh"):
        return _format_date(local.date(), format="long", locale="zh_Hans_CN") + local.strftime(" %H:%M")
    return _format_datetime(local, format="MMM d, y, h:mm a", locale="en_US")


def warm_up(locale: str) -> None:
    """Load babel and its locale data now (tens of milliseconds the first time), so the first date or amount the
    GUI shows costs nothing: call it from a worker."""
    from assistant.domain.money import format_money

    format_datetime(dt.datetime.now(dt.timezone.utc), locale)
    format_money(Decimal(1), locale)
