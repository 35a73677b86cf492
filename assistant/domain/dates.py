"""Dates and times for people, through babel in the UI's language (machine formats stay ISO elsewhere)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal


def _locale(locale: str) -> str:
    return "zh_Hans_CN" if locale.startswith("zh") else "en_US"


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
