"""The platform's own view of a firm: its facts (stored and derived) and the working calendar it has published."""

from __future__ import annotations

import json
import sqlite3

from assistant.api.models import CalendarYear
from assistant.domain.policies import derive_facts
from assistant.domain.workdays import PublishedYear, WorkCalendar


def platform_facts(conn: sqlite3.Connection, uscc: str) -> dict:
    """The firm's facts as stored, plus what follows from them (vetoes from unrepaired records, the size)."""
    stored = {r["key"]: json.loads(r["value"])
              for r in conn.execute("SELECT key, value FROM facts WHERE uscc = ?", (uscc,))}
    return derive_facts(stored)


def platform_calendar(conn: sqlite3.Connection) -> WorkCalendar:
    """Only what the platform itself has published; later years are estimated (weekends only)."""
    published = {}
    for row in conn.execute("SELECT body FROM calendars"):
        notice = CalendarYear.model_validate_json(row["body"])
        published[notice.year] = PublishedYear.from_lists(notice.year, notice.holidays, notice.working_weekends)
    return WorkCalendar(published, use_library=False)
