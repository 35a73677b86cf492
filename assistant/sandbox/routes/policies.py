"""惠企政策: the catalogue, the platform's own match for a firm, and the firm's payouts (到账记录)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import Annotated

from fastapi import APIRouter, Header, Response

from assistant.api.models import Eligibility, Grant, Policy, PolicyList
from assistant.domain.policies import derive_facts, evaluate_policy
from assistant.sandbox.db import transaction
from assistant.sandbox.deps import Db, Firm, today
from assistant.sandbox.problems import ProblemError, problem_doc

router = APIRouter(tags=["policies"])


def all_policies(conn: sqlite3.Connection) -> list[Policy]:
    return [Policy.model_validate_json(r["body"]) for r in conn.execute("SELECT body FROM policies ORDER BY id")]


def platform_facts(conn: sqlite3.Connection, uscc: str) -> dict:
    """The firm's facts as stored, plus what follows from them (vetoes from unrepaired records, the size)."""
    stored = {r["key"]: json.loads(r["value"]) for r in conn.execute("SELECT key, value FROM facts WHERE uscc = ?",
                                                                     (uscc,))}
    return derive_facts(stored)


@router.get("/policies", response_model=PolicyList, responses={304: {"description": "not modified"}})
def policies(conn: Db, response: Response, if_none_match: Annotated[str | None, Header()] = None):
    items = all_policies(conn)
    body = json.dumps([p.model_dump(mode="json") for p in items], sort_keys=True, ensure_ascii=False)
    etag = f'"{hashlib.sha256(body.encode()).hexdigest()[:32]}"'
    if if_none_match and etag in [tag.strip() for tag in if_none_match.split(",")]:
        return Response(status_code=304, headers={"ETag": etag})
    response.headers["ETag"] = etag
    return PolicyList(items=items)


@router.get("/firms/{uscc}/eligibility", response_model=list[Eligibility], responses=problem_doc(401, 404))
def eligibility(uscc: Firm, conn: Db) -> list[Eligibility]:
    """The platform's own match: the same evaluator the client runs offline (domain/policies.py)."""
    facts, day = platform_facts(conn, uscc), today(conn)
    out = []
    for policy in all_policies(conn):
        result = evaluate_policy(policy, facts, day)
        out.append(Eligibility(policy_id=result.policy_id, state=result.state, amount=result.amount,
                               conditions=[c.__dict__ for c in result.conditions]))
    return out


def _grants(conn: sqlite3.Connection, uscc: str) -> list[Grant]:
    rows = conn.execute("SELECT body FROM grants WHERE uscc = ? ORDER BY id", (uscc,))
    return [Grant.model_validate_json(r["body"]) for r in rows]


@router.get("/firms/{uscc}/grants", response_model=list[Grant], responses=problem_doc(401, 404))
def grants(uscc: Firm, conn: Db) -> list[Grant]:
    return _grants(conn, uscc)


@router.post("/firms/{uscc}/grants/{grant_id}/confirm", response_model=Grant, responses=problem_doc(401, 404, 409))
def confirm(uscc: Firm, grant_id: str, conn: Db) -> Grant:
    """The firm confirms the money arrived (已拨付 → 已确认); confirming again changes nothing."""
    with transaction(conn):
        row = conn.execute("SELECT body FROM grants WHERE id = ? AND uscc = ?", (grant_id, uscc)).fetchone()
        if row is None:
            raise ProblemError("not_found")
        grant = Grant.model_validate_json(row["body"])
        if grant.status == "公示中":
            raise ProblemError("grant_not_paid")
        grant.status = "已确认"
        conn.execute("UPDATE grants SET body = ? WHERE id = ?", (grant.model_dump_json(), grant_id))
    return grant
