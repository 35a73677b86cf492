"""Repair applications (信用修复) and objections (异议) as the platform keeps them: stored bodies, the views with
their working-day due dates, the decisions and their effects on the records, and the demo workflow.

Decisions live here rather than in a route because three callers make them: the sandbox's admin routes, the demo
workflow, and nobody else — a real platform's staff. A decision's effect on the records (repaired, corrected,
removed) is what lifts the vetoes in the facts, the eligibility match and the commitment checks.

Demo workflow (demo mode only, lazily whenever a firm-scoped route is about to answer, like commitments):
- a repair application is accepted (已受理) at 09:30 on the next working day after it was submitted or supplemented,
  and repaired (已修复) at 15:00 on the third working day after acceptance — inside the 7-day decision limit;
- except that an application sent without the optional 营业执照 (`license` slot) is asked, once, on that first
  working day, to supply it (补正) instead of being accepted: the one demo case that asks for 补正, and an easy one
  to avoid or to try on purpose;
- an objection is forwarded to the deciding authority on the next working day and, failing an admin decision,
  dismissed (异议不成立, the record stands) on the fifth working day after forwarding, inside the 7-day limit.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any

from assistant.api.models import CaseDue, Objection, Repair
from assistant.domain import repair as domain
from assistant.infra.clock import CHINA
from assistant.sandbox.deps import now, today
from assistant.sandbox.platform import records
from assistant.sandbox.platform.facts import platform_calendar
from assistant.sandbox.problems import Bilingual, ProblemError

INTAKE = "信用中国（河南）"  # 信用中国 is the single intake; the deciding authority decides (谁认定、谁修复)
ACCEPT_AT, DECIDE_AT = dt.time(9, 30), dt.time(15, 0)
DEMO_DECISION_WORKDAYS = 3
DEMO_CHECK_WORKDAYS = 5
DEMO_SUPPLEMENT_SLOT = "license"

STATUS_NAMES = {
    "submitted": ("已提交", "submitted"), "accepted": ("已受理", "accepted"),
    "supplement_requested": ("需补正材料", "supplement requested"), "supplemented": ("已补正", "supplemented"),
    "repaired": ("已修复", "repaired"), "rejected": ("不予修复", "rejected"),
    "forwarded": ("已转交认定单位", "forwarded"), "upheld": ("异议成立", "upheld"), "dismissed": ("异议不成立", "dismissed"),
}
DECISION_NAMES = {
    "accept": ("受理", "accept"), "request_supplement": ("要求补正", "request a supplement"),
    "approve": ("予以修复", "approve"), "reject": ("不予修复", "reject"), "forward": ("转交核查", "forward"),
    "uphold": ("异议成立", "uphold"), "dismiss": ("异议不成立", "dismiss"),
}
# decision → (statuses it may follow, status it leads to)
REPAIR_DECISIONS = {
    "accept": (("submitted", "supplemented"), "accepted"),
    "request_supplement": (("submitted", "supplemented", "accepted"), "supplement_requested"),
    "approve": (("accepted",), "repaired"),
    "reject": (("submitted", "supplemented", "accepted"), "rejected"),
}
OBJECTION_DECISIONS = {
    "forward": (("submitted",), "forwarded"),
    "uphold": (("forwarded",), "upheld"),
    "dismiss": (("forwarded",), "dismissed"),
}


def named(table: dict[str, tuple[str, str]], key: str) -> Bilingual:
    zh, en = table.get(key, (key, key))
    return Bilingual(zh, en)


def at(day: dt.date, time: dt.time) -> str:
    return dt.datetime.combine(day, time, CHINA).isoformat()


def step(when: str, status: str, actor: str, note: str = "", slots: list[str] | None = None) -> dict:
    return {"at": when, "status": status, "actor": actor, "note": note, "slots": list(slots or [])}


def stamp(conn: sqlite3.Connection, body: dict) -> str:
    """When a step taken now happens: the business date's time of day, but never before the case's last step (the
    demo workflow dates its steps 09:30 or 15:00 of their day, which may be later than the real time of day)."""
    last = dt.datetime.fromisoformat(body["timeline"][-1]["at"]) if body["timeline"] else None
    current = now(conn)
    return (max(current, last) if last else current).isoformat()


def _steps(body: dict) -> list[domain.Step]:
    return [domain.Step(dt.datetime.fromisoformat(s["at"]).astimezone(CHINA).date(), s["status"])
            for s in body["timeline"]]


def _case_due(due: domain.Due) -> CaseDue:
    return CaseDue(acceptance_on=due.acceptance_on, decision_on=due.decision_on, estimated=due.estimated,
                   late=due.late)


def _limits(body: dict) -> Any:
    """The time limits of the rule in force when the case was submitted (a procedure follows the rule of its day)."""
    submitted = dt.datetime.fromisoformat(body["submitted_at"]).astimezone(CHINA).date()
    return domain.rule_for(records.RULES, submitted).time_limits


def next_case_no(conn: sqlite3.Connection, table: str, prefix: str) -> str:
    count = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE case_no LIKE ?", (prefix + "%",)).fetchone()[0]
    return f"{prefix}{count + 1:04d}"


# -- repairs --------------------------------------------------------------------------------------------------------
def repair_view(conn: sqlite3.Connection, body: dict) -> Repair:
    due = domain.repair_due(_steps(body), _limits(body), platform_calendar(conn), today(conn))
    return Repair.model_validate({**body, "due": _case_due(due)})


def load_repair(conn: sqlite3.Connection, repair_id: str, uscc: str | None = None) -> dict:
    row = conn.execute("SELECT uscc, body FROM repairs WHERE id = ?", (repair_id,)).fetchone()
    if row is None or (uscc is not None and row["uscc"] != uscc):
        raise ProblemError("not_found")
    return json.loads(row["body"])


def save_repair(conn: sqlite3.Connection, body: dict) -> None:
    conn.execute("UPDATE repairs SET status = ?, body = ? WHERE id = ?",
                 (body["status"], json.dumps(body, ensure_ascii=False), body["id"]))


def decide_repair(conn: sqlite3.Connection, body: dict, decision: str, *, when: str, note: str = "",
                  slots: list[str] | None = None) -> dict:
    """One step of a repair case; approving it marks every record of the application repaired."""
    allowed, status = REPAIR_DECISIONS[decision]
    if body["status"] not in allowed:
        raise ProblemError("decision_not_allowed", {"status": named(STATUS_NAMES, body["status"]),
                                                    "decision": named(DECISION_NAMES, decision)})
    actor = INTAKE if decision in ("accept", "request_supplement") else body["authority"]
    if decision == "request_supplement":
        body["requested_slots"] = list(slots or [])
        body["supplement_asked"] = True
        specs = body.get("slot_specs", {})
        note = note or "请补正以下材料：" + "、".join(specs.get(s, {}).get("name", s) for s in slots or []) + "。"
    elif decision == "approve":
        note = note or "经审核，符合信用修复条件，决定予以信用修复，自即日起停止公示该失信信息。"
        for record_id in body["record_ids"]:
            row = conn.execute("SELECT state, body FROM records WHERE id = ?", (record_id,)).fetchone()
            if row is None or row["state"] != "public":
                continue  # expired meanwhile, or removed after an objection: nothing left to end
            stored = {**json.loads(row["body"]), "repaired_on": when[:10], "repair_case_no": body["case_no"]}
            records.update(conn, record_id, body=stored, state="repaired")
    elif decision == "reject":
        note = note or "经审核，不符合信用修复条件，决定不予修复。"
    else:
        note = note or "材料齐全，予以受理。"
    body["status"] = status
    body["timeline"].append(step(when, status, actor, note, slots if decision == "request_supplement" else None))
    return body


# -- objections -----------------------------------------------------------------------------------------------------
def objection_view(conn: sqlite3.Connection, body: dict) -> Objection:
    due = domain.objection_due(_steps(body), _limits(body), platform_calendar(conn), today(conn))
    return Objection.model_validate({**body, "due": _case_due(due)})


def load_objection(conn: sqlite3.Connection, objection_id: str, uscc: str | None = None) -> dict:
    row = conn.execute("SELECT uscc, body FROM objections WHERE id = ?", (objection_id,)).fetchone()
    if row is None or (uscc is not None and row["uscc"] != uscc):
        raise ProblemError("not_found")
    return json.loads(row["body"])


def save_objection(conn: sqlite3.Connection, body: dict) -> None:
    conn.execute("UPDATE objections SET status = ?, body = ? WHERE id = ?",
                 (body["status"], json.dumps(body, ensure_ascii=False), body["id"]))


def decide_objection(conn: sqlite3.Connection, body: dict, decision: str, *, when: str, note: str = "",
                     correction: dict | None = None) -> dict:
    """One step of an objection. Upheld with a correction, the record's fields change and it says `corrected`;
    upheld without one, the record was wrong altogether and is removed from publication everywhere (kept, with
    state `removed`, for the case's history, but never shown or counted again)."""
    allowed, status = OBJECTION_DECISIONS[decision]
    if body["status"] not in allowed:
        raise ProblemError("decision_not_allowed", {"status": named(STATUS_NAMES, body["status"]),
                                                    "decision": named(DECISION_NAMES, decision)})
    actor = INTAKE if decision == "forward" else body["authority"]
    if decision == "forward":
        note = note or f"已转交{body['authority']}核查。"
    elif decision == "uphold":
        stored, _ = records.load(conn, body["uscc"], body["record_id"])
        if correction:
            merged = {**stored, "corrected": True, "corrected_on": when[:10]}
            for key, value in correction.items():
                if isinstance(value, dict):  # penalty, performed: only the parts named change
                    merged[key] = {**(stored.get(key) or {}), **value}
                elif value is not None or key == "false_material_found_on":
                    merged[key] = value
            records.update(conn, body["record_id"], body=merged)
            note = note or "经核查，异议成立，已更正该记录。"
        else:
            records.update(conn, body["record_id"], state="removed")
            note = note or "经核查，异议成立，该记录有误，已撤下，不再公示。"
    else:
        note = note or "经核查，记录信息与决定文书一致，异议不成立，维持原记录。"
    body["status"] = status
    body["timeline"].append(step(when, status, actor, note))
    return body


# -- the demo workflow ----------------------------------------------------------------------------------------------
def pending(conn: sqlite3.Connection, uscc: str) -> bool:
    """Whether the firm has a case the demo workflow may move (read first, so most requests take no write lock)."""
    return conn.execute(
        "SELECT 1 FROM repairs WHERE uscc = ? AND status IN ('submitted', 'supplemented', 'accepted') UNION ALL "
        "SELECT 1 FROM objections WHERE uscc = ? AND status IN ('submitted', 'forwarded') LIMIT 1",
        (uscc, uscc)).fetchone() is not None


def advance(conn: sqlite3.Connection, uscc: str) -> None:
    """Move the firm's open cases along to the sandbox's today (see the module's docstring). Call inside a write
    transaction, in demo mode only."""
    day, calendar = today(conn), platform_calendar(conn)
    for row in conn.execute("SELECT body FROM repairs WHERE uscc = ? AND status IN ('submitted', 'supplemented', "
                            "'accepted')", (uscc,)).fetchall():
        body, changed = json.loads(row["body"]), False
        while body["status"] in ("submitted", "supplemented", "accepted"):
            last = _steps(body)[-1].at
            if body["status"] == "accepted":
                due = calendar.add_workdays(last, DEMO_DECISION_WORKDAYS).on
                if due > day:
                    break
                decide_repair(conn, body, "approve", when=at(due, DECIDE_AT))
            else:
                due = calendar.add_workdays(last, 1).on
                if due > day:
                    break
                has_licence = any(f["slot"] == DEMO_SUPPLEMENT_SLOT for f in body["files"])
                if not has_licence and not body.get("supplement_asked"):
                    decide_repair(conn, body, "request_supplement", when=at(due, ACCEPT_AT),
                                  slots=[DEMO_SUPPLEMENT_SLOT],
                                  note="请补充营业执照副本（复印件加盖公章），用于核对申请主体信息。")
                else:
                    decide_repair(conn, body, "accept", when=at(due, ACCEPT_AT))
            changed = True
        if changed:
            save_repair(conn, body)
    for row in conn.execute("SELECT body FROM objections WHERE uscc = ? AND status IN ('submitted', 'forwarded')",
                            (uscc,)).fetchall():
        body, changed = json.loads(row["body"]), False
        while body["status"] in ("submitted", "forwarded"):
            last = _steps(body)[-1].at
            forward = body["status"] == "submitted"
            due = calendar.add_workdays(last, 1 if forward else DEMO_CHECK_WORKDAYS).on
            if due > day:
                break
            decide_objection(conn, body, "forward" if forward else "dismiss",
                             when=at(due, ACCEPT_AT if forward else DECIDE_AT))
            changed = True
        if changed:
            save_objection(conn, body)
