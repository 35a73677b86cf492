"""The firm's profile and facts, and the public holiday calendar."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Path

from assistant.api.models import CalendarYear, Fact, FirmProfile
from assistant.api.models.base import EARLIEST_DATE, LATEST_DATE
from assistant.domain.firmsize import classify
from assistant.domain.ids import mask_id
from assistant.sandbox.deps import Db, Firm
from assistant.sandbox.platform.facts import platform_facts
from assistant.sandbox.problems import ProblemError, problem_doc

router = APIRouter()

Year = Annotated[int, Path(ge=EARLIEST_DATE.year, le=LATEST_DATE.year)]


@router.get("/firms/{uscc}", response_model=FirmProfile, tags=["firms"], responses=problem_doc(404))
def firm_profile(uscc: Firm, conn: Db) -> FirmProfile:
    row = conn.execute("SELECT * FROM firms WHERE uscc = ?", (uscc,)).fetchone()
    if row is None:
        raise ProblemError("not_found")
    profile = json.loads(row["profile"])
    profile["legal_rep"]["id_masked"] = mask_id(row["legal_rep_id"])
    profile["size"] = classify(profile["industry_category"], profile)
    profile["updated_at"] = row["updated_at"]
    return FirmProfile.model_validate(profile)


@router.get("/firms/{uscc}/facts", response_model=dict[str, Fact], tags=["firms"], responses=problem_doc(404))
def firm_facts(uscc: Firm, conn: Db) -> dict[str, Fact]:
    rows = conn.execute("SELECT key, as_of FROM facts WHERE uscc = ?", (uscc,)).fetchall()
    as_of = max((r["as_of"] for r in rows), default="2026-10-31")
    stored = {r["key"]: r["as_of"] for r in rows}
    facts = platform_facts(conn, uscc)
    return {key: Fact(value=value, as_of=stored.get(key, as_of)) for key, value in sorted(facts.items())}


@router.get("/calendar/{year}", response_model=CalendarYear, tags=["calendar"], responses=problem_doc(404))
def calendar(year: Year, conn: Db) -> CalendarYear:
    row = conn.execute("SELECT body FROM calendars WHERE year = ?", (year,)).fetchone()
    if row is None:
        raise ProblemError("calendar_not_found", params={"year": year})
    return CalendarYear.model_validate_json(row["body"])
