"""Times as the store writes them: UTC, ISO 8601 with microseconds, so text order is time order in SQL."""

from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def stamp(moment: dt.datetime | None = None) -> str:
    """One fixed width and zone for every stored time: `ORDER BY updated_at` then sorts correctly as text."""
    return (moment or now()).astimezone(dt.timezone.utc).isoformat(timespec="microseconds")


def parse(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)
