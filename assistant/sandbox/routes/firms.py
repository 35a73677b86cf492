"""The firm's profile and facts, and the public holiday calendar."""

from __future__ import annotations

import json

from fastapi import APIRouter

from assistant.api.models import CalendarYear, Fact, FirmProfile
from assistant.domain.firmsize import classify
from assistant.domain.ids import mask_id
from assistant.sandbox.deps import Db, Firm
from assistant.sandbox.problems import ProblemError, problem_doc

router = APIRouter()


@router.get("/firms/{uscc}", response_model=FirmProfile, tags=["firms"], responses=problem_doc(401, 404))
def firm_profile(uscc: Firm, conn: Db) -> FirmProfile:
    row = conn.execute("SELECT * FROM firms WHERE uscc = ?", (uscc,)).fetchone()
    if row is None:
        raise ProblemError("not_found")
    profile = json.loads(row["profile"])
    profile["legal_rep"]["id_masked"] = mask_id(row["legal_rep_id"])
    profile["size"] = classify(profile["industry_category"], profile)
    profile["updated_at"] = row["updated_at"]
    return FirmProfile.model_validate(profile)


@router.get("/firms/{uscc}/facts", response_model=dict[str, Fact], tags=["firms"], responses=problem_doc(401, 404))
def firm_facts(uscc: Firm, conn: Db) -> dict[str, Fact]:
    from assistant.sandbox.routes.policies import platform_facts

    rows = conn.execute("SELECT key, as_of FROM facts WHERE uscc = ?", (uscc,)).fetchall()
    as_of = max((r["as_of"] for r in rows), default="2026-10-31")
    stored = {r["key"]: r["as_of"] for r in rows}
    return {key: Fact(value=value, as_of=stored.get(key, as_of)) for key, value in sorted(platform_facts(conn, uscc).items())}


@router.get("/calendar/{year}", response_model=CalendarYear, tags=["calendar"], responses=problem_doc(404))
def calendar(year: int, conn: Db) -> CalendarYear:
    row = conn.execute("SELECT body FROM calendars WHERE year = ?", (year,)).fetchone()
    if row is None:
        raise ProblemError("calendar_not_found", params={"year": year})
    return CalendarYear.model_validate_json(row["body"])
