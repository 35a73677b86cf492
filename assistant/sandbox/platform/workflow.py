"""The demo workflow: as the sandbox's days pass, commitments move along by themselves (demo mode only).

A real platform does this through its own staff and schedules; the sandbox does it lazily, whenever a route is
about to show the commitments concerned.
"""

from __future__ import annotations

import sqlite3

from fastapi import Request

from assistant.api.models import Commitment
from assistant.sandbox.deps import config, today
from assistant.sandbox.problems import ProblemError


def load_commitment(conn: sqlite3.Connection, uscc: str, commitment_id: str) -> Commitment:
    row = conn.execute("SELECT body FROM commitments WHERE id = ? AND uscc = ?", (commitment_id, uscc)).fetchone()
    if row is None:
        raise ProblemError("not_found")
    return Commitment.model_validate_json(row["body"])


def save_commitment(conn: sqlite3.Connection, commitment: Commitment) -> None:
    conn.execute("UPDATE commitments SET status = ?, body = ? WHERE id = ?",
                 (commitment.status, commitment.model_dump_json(), commitment.id))


def advance(conn: sqlite3.Connection, request: Request, where: str = "", args: tuple = ()) -> None:
    """已提交 becomes 已公示 the day after; a material not supplied by its due date is recorded as 违诺 (breach); a
    published commitment whose materials are all in is 已履行. `where` narrows the commitments considered."""
    if not config(request).demo:
        return
    day = today(conn)
    rows = conn.execute(f"SELECT body FROM commitments WHERE status IN ('submitted', 'published') {where}", args)
    for row in rows.fetchall():
        c = Commitment.model_validate_json(row["body"])
        changed = False
        if c.status == "submitted" and c.submitted_at.date() < day:
            c.status, changed = "published", True
        if any(item.fulfilled_at is None and item.due_on < day for item in c.due_items):
            c.status, c.breach_recorded_on, changed = "breached", day, True
        elif c.due_items and all(item.fulfilled_at for item in c.due_items) and c.status == "published":
            c.status, changed = "fulfilled", True
        if changed:
            save_commitment(conn, c)
