"""Adverse records (失信信息) with when each can be repaired, the repair rule table, and objections (异议)."""

from __future__ import annotations

import datetime as dt
import json
import uuid

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from assistant.api.models import CreditRecord, Objection, ObjectionList, ObjectionRequest, RecordList, RepairRules
from assistant.sandbox.db import transaction
from assistant.sandbox.deps import Db, Firm, ObjectId, User, config, now, today
from assistant.sandbox.platform import cases, idempotency, records
from assistant.sandbox.platform.etag import NOT_MODIFIED_DOC, IfNoneMatch, etag_of, not_modified_or_tag
from assistant.sandbox.platform.forms import digest, multipart_doc, parse_part
from assistant.sandbox.platform.paging import Cursor, Limit, decode_cursor, next_cursor
from assistant.sandbox.platform.uploads import MAX_FILES, judge, read_form, store
from assistant.sandbox.problems import Bilingual, ProblemError, problem_doc

router = APIRouter(tags=["repair"])


@router.get("/repair-rules", response_model=RepairRules, responses=NOT_MODIFIED_DOC)
def repair_rules(response: Response, if_none_match: IfNoneMatch = None):
    """The dated rule table (令第36号 and, for records decided before 2026-04-01, 令第58号)."""
    return not_modified_or_tag(response, if_none_match, etag_of(records.RULES)) or RepairRules(items=records.RULES)


@router.get("/firms/{uscc}/records", response_model=RecordList, responses=problem_doc(404))
def list_records(uscc: Firm, conn: Db, limit: Limit = 50, cursor: Cursor = None) -> RecordList:
    offset = decode_cursor(cursor)
    rows = records.firm_records(conn, uscc, today(conn), limit=limit + 1, offset=offset)
    return RecordList(items=rows[:limit], next_cursor=next_cursor(offset, limit, len(rows) > limit))


@router.get("/firms/{uscc}/records/{record_id}", response_model=CreditRecord, responses=problem_doc(404))
def get_record(uscc: Firm, record_id: ObjectId, conn: Db) -> CreditRecord:
    return records.one(conn, uscc, record_id, today(conn))


# -- objections -----------------------------------------------------------------------------------------------------
@router.post("/firms/{uscc}/records/{record_id}/objections", status_code=201, response_model=Objection,
             responses=problem_doc(404, 409, 413, 415),
             openapi_extra=multipart_doc("objection", "ObjectionRequest",
                                         "evidence files under any material name (e.g. `evidence`)"))
async def object_to(uscc: Firm, record_id: ObjectId, user: User, conn: Db, request: Request,
                    idempotency_key: idempotency.IdempotencyKey = None):
    """异议: the firm says a record is wrong, with evidence; forwarded within 1 working day, checked within 7."""
    fields, files, errors = await read_form(request, config(request).max_upload_bytes, MAX_FILES)
    objection, parse_errors = parse_part(fields, "objection", ObjectionRequest)
    key = digest(fields, files)
    with transaction(conn):
        replayed = idempotency.replay(conn, user["id"], idempotency_key, request, key)
        if replayed is not None:
            return replayed
        record = records.one(conn, uscc, record_id, today(conn))
        open_case = conn.execute("SELECT case_no FROM objections WHERE record_id = ? AND status IN "
                                 f"{records.OPEN_OBJECTION}", (record_id,)).fetchone()
        if open_case is not None:
            raise ProblemError("objection_in_progress", {"case_no": open_case["case_no"]},
                               extensions={"record_id": record_id, "case_no": open_case["case_no"]})
        errors = parse_errors + errors
        kept = []
        for upload in files:
            mime, problem = judge(upload)
            if problem:
                errors.append(problem)
            else:
                kept.append((upload, mime))
        if not files:
            errors.append({"field": "evidence", "message": Bilingual(
                "请至少上传一份能证明记录有误的材料。", "Attach at least one piece of evidence.")})
        if errors or objection is None:
            raise ProblemError("validation_failed", {"count": len(errors)}, errors)
        firm = conn.execute("SELECT name, profile FROM firms WHERE uscc = ?", (uscc,)).fetchone()
        region, day, when = json.loads(firm["profile"])["region_code"], today(conn), now(conn).isoformat()
        body = {
            "id": uuid.uuid4().hex, "case_no": cases.next_case_no(conn, "objections", f"YY{region}{day:%Y%m%d}"),
            "uscc": uscc, "record_id": record_id, "status": "submitted", "reason": objection.reason,
            "submitted_at": when, "authority": record.authority, "record_summary": record.summary,
            "contact": objection.contact.model_dump(),
            "timeline": [cases.step(when, "submitted", firm["name"], "对失信记录提出异议。")],
            "files": [store(conn, upload, mime) for upload, mime in kept],
        }
        conn.execute("INSERT INTO objections (id, uscc, user_id, record_id, case_no, status, body, created_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (body["id"], uscc, user["id"], record_id, body["case_no"], "submitted",
                      json.dumps(body, ensure_ascii=False), dt.datetime.now(dt.timezone.utc).isoformat()))
        payload = cases.objection_view(conn, body).model_dump(mode="json")
        idempotency.remember(conn, user["id"], idempotency_key, request, key, 201, payload)
    return JSONResponse(payload, status_code=201)


@router.get("/firms/{uscc}/objections", response_model=ObjectionList, responses=problem_doc(404))
def list_objections(uscc: Firm, conn: Db, limit: Limit = 50, cursor: Cursor = None) -> ObjectionList:
    offset = decode_cursor(cursor)
    rows = conn.execute("SELECT body FROM objections WHERE uscc = ? ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                        (uscc, limit + 1, offset)).fetchall()
    items = [cases.objection_view(conn, json.loads(r["body"])) for r in rows[:limit]]
    return ObjectionList(items=items, next_cursor=next_cursor(offset, limit, len(rows) > limit))


@router.get("/firms/{uscc}/objections/{objection_id}", response_model=Objection, responses=problem_doc(404))
def get_objection(uscc: Firm, objection_id: ObjectId, conn: Db) -> Objection:
    return cases.objection_view(conn, cases.load_objection(conn, objection_id, uscc))
