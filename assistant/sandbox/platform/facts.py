"""The platform's own view of a firm: its facts (stored and derived) and the working calendar it has published."""

from __future__ import annotations

import json
import sqlite3

from assistant.api.models import CalendarYear
from assistant.domain.policies import derive_facts
from assistant.domain.workdays import PublishedYear, WorkCalendar
from assistant.sandbox.deps import today
from assistant.sandbox.platform.records import records_fact


def platform_facts(conn: sqlite3.Connection, uscc: str) -> dict:
    """The firm's facts as stored, plus what follows from them (vetoes from unrepaired records, the size).

    The `records` fact comes from the records table as published today, so a repair decided by the platform (or
    a record expiring) lifts the vetoes in the facts, the eligibility match and the commitment checks at once.
    """
    stored = {r["key"]: json.loads(r["value"])
              for r in conn.execute("SELECT key, value FROM facts WHERE uscc = ?", (uscc,))}
    stored["records"] = records_fact(conn, uscc, today(conn))
    return derive_facts(stored)


def platform_calendar(conn: sqlite3.Connection) -> WorkCalendar:
    """Only what the platform itself has published; later years are estimated (weekends only)."""
    published = {}
    for row in conn.execute("SELECT body FROM calendars"):
        notice = CalendarYear.model_validate_json(row["body"])
        published[notice.year] = PublishedYear.from_lists(notice.year, notice.holidays, notice.working_weekends)
    return WorkCalendar(published, use_library=False)
