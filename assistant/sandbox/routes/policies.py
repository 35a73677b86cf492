"""惠企政策: the catalogue, the platform's own match for a firm, and the firm's payouts (到账记录)."""

from __future__ import annotations

import sqlite3

from fastapi import APIRouter, Response

from assistant.api.models import Eligibility, Grant, Policy, PolicyList
from assistant.domain.policies import evaluate_policy
from assistant.sandbox.db import transaction
from assistant.sandbox.deps import Db, Firm, ObjectId, today
from assistant.sandbox.platform.etag import NOT_MODIFIED_DOC, IfNoneMatch, etag_of, not_modified_or_tag
from assistant.sandbox.platform.facts import platform_facts
from assistant.sandbox.problems import ProblemError, problem_doc

router = APIRouter(tags=["policies"])


def all_policies(conn: sqlite3.Connection) -> list[Policy]:
    return [Policy.model_validate_json(r["body"]) for r in conn.execute("SELECT body FROM policies ORDER BY id")]


@router.get("/policies", response_model=PolicyList, responses=NOT_MODIFIED_DOC)
def policies(conn: Db, response: Response, if_none_match: IfNoneMatch = None):
    items = all_policies(conn)
    return not_modified_or_tag(response, if_none_match, etag_of(items)) or PolicyList(items=items)


@router.get("/firms/{uscc}/eligibility", response_model=list[Eligibility], responses=problem_doc(404))
def eligibility(uscc: Firm, conn: Db) -> list[Eligibility]:
    """The platform's own match: the same evaluator the client runs offline (domain/policies.py)."""
    facts, day = platform_facts(conn, uscc), today(conn)
    out = []
    for policy in all_policies(conn):
        result = evaluate_policy(policy, facts, day)
        out.append(Eligibility(policy_id=result.policy_id, state=result.state, amount=result.amount,
                               conditions=[c.__dict__ for c in result.conditions]))
    return out


@router.get("/firms/{uscc}/grants", response_model=list[Grant], responses=problem_doc(404))
def grants(uscc: Firm, conn: Db) -> list[Grant]:
    rows = conn.execute("SELECT body FROM grants WHERE uscc = ? ORDER BY id", (uscc,))
    return [Grant.model_validate_json(r["body"]) for r in rows]


@router.post("/firms/{uscc}/grants/{grant_id}/confirm", response_model=Grant, responses=problem_doc(404, 409))
def confirm(uscc: Firm, grant_id: ObjectId, conn: Db) -> Grant:
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
