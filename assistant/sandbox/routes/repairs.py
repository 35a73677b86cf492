"""信用修复 applications: submitting one for several records with materials by slot, following it, and 补正.

A submission is checked whole before anything is kept: a record that is not the firm's is a field error; a record
that cannot be repaired now is a 409 saying from when and why; then every missing slot, bad file, blank field and
commitment problem is listed at once (一次性告知, 令36 Art. 16).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import Field

from assistant.api.models import CommitmentTemplate, CreditRecord, Repair, RepairApplication, RepairList
from assistant.api.models.base import MultilineText, Wire
from assistant.domain import repair as domain
from assistant.domain.commitments import validate_fields
from assistant.domain.ids import check_resident_id, mask_id
from assistant.sandbox.db import transaction
from assistant.sandbox.deps import Db, Firm, ObjectId, User, config, now, today
from assistant.sandbox.platform import cases, idempotency, records
from assistant.sandbox.platform.forms import digest, multipart_doc, parse_part
from assistant.sandbox.platform.paging import Cursor, Limit, decode_cursor, next_cursor
from assistant.sandbox.platform.uploads import MAX_CASE_FILES, judge, read_form, store
from assistant.sandbox.problems import Bilingual, ProblemError, problem_doc

router = APIRouter(tags=["repair"])

MISSING_EN = {"record_ids": "Choose the records to repair.", "reason": "Give the reason for the application.",
              "contact.name": "Name a contact person.", "contact.phone": "Give a contact phone number.",
              "commitment.signed_by": "Name who signs the commitment.", "agent.name": "Give the agent's name."}
REASONS_EN = {"min_period": "its minimum publication period has not ended",
              "own_term": "the penalty's own term has not ended", "fine_unpaid": "the fine has not been paid",
              "not_rectified": "the rectification has not been confirmed",
              "false_material_lock": "false materials were found earlier (3-year lock)",
              "expires_first": "its publication ends by itself before it could be repaired"}


class SupplementNote(Wire):
    note: MultilineText = Field(default="", max_length=2000)


def _zh(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def describe(record: CreditRecord) -> Bilingual:
    return Bilingual(f"“{record.summary}”（{record.document_no}）", f"Record {record.id}")


def refuse(record: CreditRecord, busy: dict[str, str]) -> None:
    """409 for a record an application cannot cover now, saying from when and why (or why never)."""
    block, ids = record.repair, {"record_id": record.id}
    if block.state == "in_progress":
        raise ProblemError("repair_in_progress", {"record": describe(record), "case_no": busy.get(record.id, "")},
                           extensions={**ids, "case_no": busy.get(record.id)})
    if block.state == "repaired":
        raise ProblemError("repair_already_repaired", {"record": describe(record)}, extensions=ids)
    if block.state == "expired":
        raise ProblemError("repair_expired", {"record": describe(record)}, extensions=ids)
    if block.state == "not_repairable":
        raise ProblemError("repair_not_repairable", {"record": describe(record)}, extensions=ids)
    if block.state == "not_yet":
        when = (Bilingual(f"要到{_zh(block.earliest_on)}起才能申请修复", f" can be repaired from {block.earliest_on}")
                if block.earliest_on else Bilingual("现在还不能申请修复", " cannot be repaired yet"))
        # A reason's `on` is the day it stops holding the record back: the condition runs until the day before.
        english = "; ".join(REASONS_EN.get(r.code, r.code) + (f" (until {r.on - dt.timedelta(days=1)})" if r.on else "")
                            for r in block.reasons)
        reasons = Bilingual("".join(r.text for r in block.reasons), english[:1].upper() + english[1:] + "."
                            if english else "")
        raise ProblemError("repair_not_yet", {"record": describe(record), "when": when, "reasons": reasons},
                           extensions={**ids, "earliest_on": block.earliest_on.isoformat() if block.earliest_on
                                       else None})


def relation(conn: sqlite3.Connection, user: sqlite3.Row, uscc: str) -> str:
    return conn.execute("SELECT relation FROM user_firms WHERE user_id = ? AND uscc = ?",
                        (user["id"], uscc)).fetchone()["relation"]


def check_commitment(conn: sqlite3.Connection, application: RepairApplication, rule: Any, day: dt.date
                     ) -> tuple[dict, list[dict]]:
    """The 信用修复承诺书: the rule's template, its current version, its fields (contact from the application)."""
    given = application.commitment
    if given.template_code != rule.commitment_template:
        return {}, [{"field": "commitment.template_code", "message": Bilingual(
            f"信用修复应签署“信用修复承诺书”（模板编号{rule.commitment_template}）。",
            f"A repair application signs the template {rule.commitment_template}.")}]
    row = conn.execute("SELECT body, current FROM templates WHERE code = ? AND version = ?",
                       (given.template_code, given.template_version)).fetchone()
    if row is None or not row["current"]:
        return {}, [{"field": "commitment.template_version", "message": Bilingual(
            "承诺书模板已更新，请按最新版本重新生成承诺书。", "The template has a newer version; generate the commitment again.")}]
    template = CommitmentTemplate.model_validate_json(row["body"])
    # The application already names its contact: the commitment's contact fields need not be typed twice, and a
    # problem with them is the contact's (reported once, under contact.*).
    from_contact = {"contact_name": ("contact.name", application.contact.name),
                    "contact_phone": ("contact.phone", application.contact.phone)}
    values = {k: v for k, v in given.fields.items() if v not in (None, "")}
    borrowed = {k: field for k, (field, value) in from_contact.items() if k not in values}
    values.update({k: from_contact[k][1] for k in borrowed})
    clean, problems = validate_fields(template, values, today=day)
    errors = [{"field": borrowed.get(p.key, f"commitment.fields.{p.key}"), "message": p.message} for p in problems
              if not (p.key in borrowed and not values[p.key].strip())]
    if given.signed_on > day:
        errors.append({"field": "commitment.signed_on", "message": Bilingual(
            "签署日期不能晚于今天。", "The signing date cannot be in the future.")})
    return clean, errors


@router.post("/firms/{uscc}/repairs", status_code=201, response_model=Repair,
             responses=problem_doc(404, 409, 413, 415),
             openapi_extra=multipart_doc("application", "RepairApplication",
                                         "files named by material slot key (GET /repair-rules); a slot may repeat"))
async def apply(uscc: Firm, user: User, conn: Db, request: Request,
                idempotency_key: idempotency.IdempotencyKey = None):
    fields, files, errors = await read_form(request, config(request).max_upload_bytes, MAX_CASE_FILES)
    application, parse_errors = parse_part(fields, "application", RepairApplication)
    key = digest(fields, files)
    with transaction(conn):
        replayed = idempotency.replay(conn, user["id"], idempotency_key, request, key)
        if replayed is not None:
            return replayed
        if application is None:
            raise ProblemError("validation_failed", {"count": len(parse_errors + errors)}, parse_errors + errors)
        day, agent = today(conn), relation(conn, user, uscc) == "agent"
        wanted = list(dict.fromkeys(application.record_ids))
        busy = records.in_open_repair(conn, uscc)
        chosen: list[CreditRecord] = []
        for index, record_id in enumerate(wanted):
            try:
                chosen.append(records.one(conn, uscc, record_id, day))
            except ProblemError:
                errors.append({"field": f"record_ids.{index}", "message": Bilingual(
                    "没有找到这条记录，或它不属于这家企业。", "This firm has no such record.")})
        if len(chosen) < len(wanted):
            raise ProblemError("validation_failed", {"count": len(errors)}, errors)
        for record in chosen:
            refuse(record, busy)

        rule = domain.rule_for(records.RULES, day)
        slots = {s.key: s for s in domain.slots_for(rule, [r.kind for r in chosen], agent=agent,
                                                       fined=any(r.penalty.fine for r in chosen))}
        kept, attached = [], {}
        for upload in files:
            slot = slots.get(upload.key)
            if slot is None:
                errors.append({"field": upload.key, "message": Bilingual(
                    "这项材料不属于本次申请，请放到对应的材料项中。", "This application has no such material slot.")})
                continue
            mime, problem = judge(upload, slot.accepts, slot.max_mb)
            if problem:
                errors.append(problem)
            else:
                kept.append((upload, mime))
                attached[slot.key] = attached.get(slot.key, 0) + 1
        agent_block = application.agent
        refused = {e["field"] for e in errors}  # a slot whose file was refused is not said to be missing too
        for missing in domain.missing_items(
                list(slots.values()), attached, reason=application.reason, contact_name=application.contact.name,
                contact_phone=application.contact.phone, signed_by=application.commitment.signed_by,
                agent_name=agent_block.name if agent_block else "", agent=agent, record_ids=wanted):
            if missing.key in refused:
                continue
            english = MISSING_EN.get(missing.key) or f"Missing material: {missing.key}."
            errors.append({"field": missing.key, "message": Bilingual(missing.text, english)})
        if agent_block and agent_block.id_number and not check_resident_id(agent_block.id_number, today=day).valid:
            errors.append({"field": "agent.id_number", "message": Bilingual(
                "代理人身份证号码不正确，请核对。", "The agent's ID number is not valid.")})
        clean, problems = check_commitment(conn, application, rule, day)
        errors += problems
        if errors:
            raise ProblemError("validation_failed", {"count": len(errors)}, errors)

        firm = conn.execute("SELECT name, profile FROM firms WHERE uscc = ?", (uscc,)).fetchone()
        region = json.loads(firm["profile"])["region_code"]
        when = now(conn).isoformat()
        note = f"提交信用修复申请，涉及{len(chosen)}条失信记录。"
        if agent:
            note += f"由代理人{agent_block.name if agent_block else user['display_name']}代为提交。"
        body = {
            "id": uuid.uuid4().hex, "case_no": cases.next_case_no(conn, "repairs", f"XF{region}{day:%Y%m%d}"),
            "uscc": uscc, "firm_name": firm["name"], "status": "submitted", "record_ids": wanted,
            "reason": application.reason, "submitted_at": when,
            "authority": "、".join(dict.fromkeys(r.authority for r in chosen)),
            "timeline": [cases.step(when, "submitted", firm["name"], note)], "requested_slots": [],
            "files": [store(conn, upload, mime) for upload, mime in kept],
            "contact": application.contact.model_dump(),
            # The agent's ID number was checked above and is never kept: a masked form is enough to recognise it.
            "agent": ({"name": agent_block.name, "id_masked": mask_id(agent_block.id_number)
                       if agent_block.id_number else ""} if agent_block else None),
            "commitment": {**application.commitment.model_dump(mode="json"), "fields": clean},
            "slot_specs": {k: {"name": s.name, "accepts": s.accepts, "max_mb": s.max_mb} for k, s in slots.items()},
            "relation": "agent" if agent else "owner",
        }
        conn.execute("INSERT INTO repairs (id, uscc, user_id, case_no, status, body, created_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (body["id"], uscc, user["id"], body["case_no"], "submitted", json.dumps(body, ensure_ascii=False),
                      dt.datetime.now(dt.timezone.utc).isoformat()))
        payload = cases.repair_view(conn, body).model_dump(mode="json")
        idempotency.remember(conn, user["id"], idempotency_key, request, key, 201, payload)
    return JSONResponse(payload, status_code=201)


@router.get("/firms/{uscc}/repairs", response_model=RepairList, responses=problem_doc(404))
def list_repairs(uscc: Firm, conn: Db, limit: Limit = 50, cursor: Cursor = None) -> RepairList:
    offset = decode_cursor(cursor)
    rows = conn.execute("SELECT body FROM repairs WHERE uscc = ? ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                        (uscc, limit + 1, offset)).fetchall()
    items = [cases.repair_view(conn, json.loads(r["body"])) for r in rows[:limit]]
    return RepairList(items=items, next_cursor=next_cursor(offset, limit, len(rows) > limit))


@router.get("/firms/{uscc}/repairs/{repair_id}", response_model=Repair, responses=problem_doc(404))
def get_repair(uscc: Firm, repair_id: ObjectId, conn: Db) -> Repair:
    return cases.repair_view(conn, cases.load_repair(conn, repair_id, uscc))


@router.post("/firms/{uscc}/repairs/{repair_id}/supplement", response_model=Repair,
             responses=problem_doc(404, 409, 413, 415),
             openapi_extra=multipart_doc("supplement", "{note}", "files for the requested slots (requested_slots)",
                                         required=False))
async def supplement(uscc: Firm, repair_id: ObjectId, user: User, conn: Db, request: Request,
                     idempotency_key: idempotency.IdempotencyKey = None):
    """补正: the materials the platform asked for; every requested slot needs at least one file."""
    fields, files, errors = await read_form(request, config(request).max_upload_bytes, MAX_CASE_FILES)
    parsed, parse_errors = parse_part(fields, "supplement", SupplementNote, required=False)
    key = digest(fields, files)
    with transaction(conn):
        replayed = idempotency.replay(conn, user["id"], idempotency_key, request, key)
        if replayed is not None:
            return replayed
        body = cases.load_repair(conn, repair_id, uscc)
        if body["status"] != "supplement_requested":
            raise ProblemError("supplement_not_requested", {"status": cases.named(cases.STATUS_NAMES,
                                                                                    body["status"])})
        errors += parse_errors
        requested, specs = body["requested_slots"], body.get("slot_specs", {})
        kept, supplied = [], set()
        for upload in files:
            if upload.key not in requested:
                errors.append({"field": upload.key, "message": Bilingual(
                    "平台没有要求补正这项材料。", "The platform did not ask for this material.")})
                continue
            spec = specs.get(upload.key, {})
            mime, problem = judge(upload, spec.get("accepts"), spec.get("max_mb"))
            if problem:
                errors.append(problem)
            else:
                kept.append((upload, mime))
                supplied.add(upload.key)
        for slot in requested:
            if slot not in supplied and not any(e["field"] == slot for e in errors):
                name = specs.get(slot, {}).get("name", slot)
                errors.append({"field": slot, "message": Bilingual(f"缺少材料：{name}", f"Missing material: {slot}.")})
        if errors:
            raise ProblemError("validation_failed", {"count": len(errors)}, errors)
        when = cases.stamp(conn, body)
        body["files"] += [store(conn, upload, mime) for upload, mime in kept]
        body["timeline"].append(cases.step(when, "supplemented", body["firm_name"],
                                           parsed.note if parsed and parsed.note else "已按要求补正材料。", requested))
        body["status"], body["requested_slots"] = "supplemented", []
        cases.save_repair(conn, body)
        payload = cases.repair_view(conn, body).model_dump(mode="json")
        idempotency.remember(conn, user["id"], idempotency_key, request, key, 200, payload)
    return JSONResponse(payload)
