"""A firm's adverse records as the platform publishes them: stored facts of the decision, plus what the platform
works out when it shows them — the class, the publication period and the `repair` block — with the same
`domain.repair` code the client runs offline (a test checks they agree).

Stored: the decision (`body`) and the publication state (`state` column: public | repaired | expired, or removed
after an upheld objection, which hides the record everywhere). A public record past its maximum period is shown
as expired without anyone writing it down: publication stops by itself (令36 Arts. 7–12).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from types import SimpleNamespace

from assistant.api.models import CreditRecord, Penalty, Performed, RepairRule
from assistant.domain import repair as domain
from assistant.sandbox.problems import ProblemError
from assistant.sandbox.repair_rules import RULES as RULE_TABLE

RULES: list[RepairRule] = [RepairRule.model_validate(r) for r in RULE_TABLE]
OPEN_REPAIR = ("submitted", "accepted", "supplement_requested", "supplemented")
OPEN_OBJECTION = ("submitted", "forwarded")


def _probe(body: dict, state: str) -> SimpleNamespace:
    """What domain.repair reads from a record (it is duck-typed over the wire model)."""
    return SimpleNamespace(
        kind=body["kind"], klass=body.get("class"), decided_on=dt.date.fromisoformat(body["decided_on"]),
        sector=body.get("sector", ""), penalty=Penalty.model_validate(body.get("penalty") or {}),
        performed=Performed.model_validate(body.get("performed") or {}),
        false_material_found_on=(dt.date.fromisoformat(body["false_material_found_on"])
                                 if body.get("false_material_found_on") else None),
        publication=SimpleNamespace(state=state),
    )


def show(body: dict, state: str, today: dt.date, *, in_application: bool) -> CreditRecord:
    probe = _probe(body, state)
    period = domain.publication_period(probe, domain.rule_for(RULES, probe.decided_on))
    if state == "public" and today > period.max_until:
        state = probe.publication.state = "expired"
    judged = domain.assess(probe, RULES, today, in_application=in_application)
    return CreditRecord.model_validate({
        **body, "class": period.klass,
        "publication": {"from": body["decided_on"], "min_until": period.min_until, "max_until": period.max_until,
                        "state": state},
        "repair": {"state": judged.state, "earliest_on": judged.earliest_on, "rule_id": judged.rule_id,
                   "legal_basis": judged.legal_basis,
                   "reasons": [{"code": r.code, "text": r.text, "legal_basis": r.legal_basis, "on": r.on}
                               for r in judged.reasons]},
    })


def in_open_repair(conn: sqlite3.Connection, uscc: str) -> dict[str, str]:
    """Record id → case number of the open application it is in."""
    out: dict[str, str] = {}
    rows = conn.execute(f"SELECT case_no, body FROM repairs WHERE uscc = ? AND status IN {OPEN_REPAIR}", (uscc,))
    for row in rows:
        for record_id in json.loads(row["body"])["record_ids"]:
            out[record_id] = row["case_no"]
    return out


def firm_records(conn: sqlite3.Connection, uscc: str, today: dt.date, *, limit: int = -1, offset: int = 0
                 ) -> list[CreditRecord]:
    """Newest decision first; removed records are not the firm's any more and are left out."""
    busy = in_open_repair(conn, uscc)
    rows = conn.execute("SELECT id, state, body FROM records WHERE uscc = ? AND state != 'removed' "
                        "ORDER BY decided_on DESC, id LIMIT ? OFFSET ?", (uscc, limit, offset)).fetchall()
    return [show(json.loads(r["body"]), r["state"], today, in_application=r["id"] in busy) for r in rows]


def load(conn: sqlite3.Connection, uscc: str, record_id: str) -> tuple[dict, str]:
    """A record's stored body and state; 404 when it is not this firm's (or was removed)."""
    row = conn.execute("SELECT state, body FROM records WHERE id = ? AND uscc = ? AND state != 'removed'",
                       (record_id, uscc)).fetchone()
    if row is None:
        raise ProblemError("not_found")
    return json.loads(row["body"]), row["state"]


def one(conn: sqlite3.Connection, uscc: str, record_id: str, today: dt.date) -> CreditRecord:
    body, state = load(conn, uscc, record_id)
    return show(body, state, today, in_application=record_id in in_open_repair(conn, uscc))


def insert(conn: sqlite3.Connection, uscc: str, body: dict, state: str) -> None:
    conn.execute("INSERT INTO records (id, uscc, kind, state, decided_on, body) VALUES (?, ?, ?, ?, ?, ?)",
                 (body["id"], uscc, body["kind"], state, body["decided_on"], json.dumps(body, ensure_ascii=False)))


def update(conn: sqlite3.Connection, record_id: str, *, body: dict | None = None, state: str | None = None) -> None:
    if body is not None:
        conn.execute("UPDATE records SET kind = ?, decided_on = ?, body = ? WHERE id = ?",
                     (body["kind"], body["decided_on"], json.dumps(body, ensure_ascii=False), record_id))
    if state is not None:
        conn.execute("UPDATE records SET state = ? WHERE id = ?", (state, record_id))


def records_fact(conn: sqlite3.Connection, uscc: str, today: dt.date) -> list[dict]:
    """The `records` fact the policies and commitment checks read (domain.policies.derive_facts): each record's kind
    and publication state, so a repaired or expired record stops vetoing the moment the platform says so."""
    return [{"id": r.id, "kind": r.kind, "class": r.klass, "state": r.publication.state,
             "decided_on": r.decided_on.isoformat(), "summary": r.summary}
            for r in firm_records(conn, uscc, today)]
