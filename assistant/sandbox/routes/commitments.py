"""Commitment templates, signed commitments, deferred materials (践诺), withdrawal and the public list."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse

from assistant.api.models import (
    Commitment,
    CommitmentList,
    CommitmentRequest,
    CommitmentTemplate,
    PublicCommitment,
    TemplateList,
)
from assistant.domain.commitments import BARRING_FACTS, barred_reasons, due_items, validate_fields
from assistant.sandbox.db import transaction
from assistant.sandbox.deps import Db, Firm, ObjectId, User, config, now, today
from assistant.sandbox.platform import idempotency
from assistant.sandbox.platform.etag import NOT_MODIFIED_DOC, IfNoneMatch, etag_of, not_modified_or_tag
from assistant.sandbox.platform.facts import platform_calendar, platform_facts
from assistant.sandbox.platform.paging import Cursor, Limit, decode_cursor, next_cursor
from assistant.sandbox.platform.uploads import read_files, sniff
from assistant.sandbox.platform.workflow import advance, load_commitment, save_commitment
from assistant.sandbox.problems import Bilingual, ProblemError, problem_doc

router = APIRouter(tags=["commitments"])

# The barring facts in English, for English problem details (the domain names them in Chinese).
BARRING_FACTS_EN = {
    "on_serious_dishonesty_list": "on the list of seriously dishonest subjects",
    "unrepaired_false_commitment": "has an unrepaired record of a false commitment",
}


# -- templates ----------------------------------------------------------------------------------------------------
def current_templates(conn: sqlite3.Connection) -> list[CommitmentTemplate]:
    rows = conn.execute("SELECT body FROM templates WHERE current = 1 ORDER BY code").fetchall()
    return [CommitmentTemplate.model_validate_json(r["body"]) for r in rows]


@router.get("/commitment-templates", response_model=TemplateList, responses=NOT_MODIFIED_DOC)
def templates(conn: Db, response: Response, if_none_match: IfNoneMatch = None):
    items = current_templates(conn)
    return not_modified_or_tag(response, if_none_match, etag_of(items)) or TemplateList(items=items)


# -- helpers --------------------------------------------------------------------------------------------------------
def next_code(conn: sqlite3.Connection, region: str, day: dt.date) -> str:
    prefix = region + day.strftime("%Y%m%d")
    count = conn.execute("SELECT COUNT(*) FROM commitments WHERE code LIKE ?", (prefix + "%",)).fetchone()[0]
    return f"{prefix}{count + 1:06d}"


def barred(reasons: list[str]) -> Bilingual:
    keys = {label: key for key, label in BARRING_FACTS.items()}
    english = [BARRING_FACTS_EN.get(keys.get(reason, ""), keys.get(reason, "barred")) for reason in reasons]
    return Bilingual("、".join(reasons), "; ".join(english))


# -- commitments ----------------------------------------------------------------------------------------------------
@router.post("/firms/{uscc}/commitments", status_code=201, response_model=Commitment,
             responses=problem_doc(404, 409))
def create(uscc: Firm, body: CommitmentRequest, user: User, conn: Db, request: Request,
           idempotency_key: idempotency.IdempotencyKey = None):
    digest = idempotency.body_hash(body)
    with transaction(conn):
        replayed = idempotency.replay(conn, user["id"], idempotency_key, request, digest)
        if replayed is not None:
            return replayed
        row = conn.execute("SELECT body, current FROM templates WHERE code = ? AND version = ?",
                           (body.template_code, body.template_version)).fetchone()
        if row is None:
            raise ProblemError("validation_failed", {"count": 1}, [{"field": "template_code", "message": Bilingual(
                "平台上没有这个承诺书模板。", "The platform has no such commitment template.")}])
        if not row["current"]:
            raise ProblemError("template_replaced", {"version": body.template_version})
        template = CommitmentTemplate.model_validate_json(row["body"])
        firm = conn.execute("SELECT name, profile FROM firms WHERE uscc = ?", (uscc,)).fetchone()
        profile = json.loads(firm["profile"])
        if profile["subject_category"] not in template.applies_to:
            raise ProblemError("not_applicable", {"category": profile["subject_category"]})
        reasons = barred_reasons(template, platform_facts(conn, uscc))
        if reasons:
            raise ProblemError("simplified_procedure_barred", {"reasons": barred(reasons)})
        day = today(conn)
        clean, problems = validate_fields(template, body.fields, today=day)
        if problems:
            errors = [{"field": f"fields.{p.key}", "message": p.message} for p in problems]
            raise ProblemError("validation_failed", {"count": len(errors)}, errors)
        commitment = Commitment(
            id=uuid.uuid4().hex, code=next_code(conn, profile["region_code"], day), status="submitted",
            submitted_at=now(conn), uscc=uscc, firm_name=firm["name"], template_code=template.code,
            template_version=template.version, type=template.type, title=template.title, matter=template.matter,
            department=template.department, publicity=template.publicity, fields=clean, signed_by=body.signed_by,
            signed_on=body.signed_on,
            due_items=[item.__dict__ for item in due_items(template, day, platform_calendar(conn))],
        )
        payload = commitment.model_dump(mode="json")
        conn.execute(
            "INSERT INTO commitments (id, uscc, user_id, code, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (commitment.id, uscc, user["id"], commitment.code, commitment.status,
             json.dumps(payload, ensure_ascii=False), dt.datetime.now(dt.timezone.utc).isoformat()),
        )
        idempotency.remember(conn, user["id"], idempotency_key, request, digest, 201, payload)
    return JSONResponse(payload, status_code=201)


@router.get("/firms/{uscc}/commitments", response_model=CommitmentList, responses=problem_doc(404))
def list_commitments(uscc: Firm, conn: Db, request: Request, limit: Limit = 50, cursor: Cursor = None
                     ) -> CommitmentList:
    offset = decode_cursor(cursor)
    with transaction(conn):
        advance(conn, request, "AND uscc = ?", (uscc,))
    rows = conn.execute("SELECT body FROM commitments WHERE uscc = ? ORDER BY created_at DESC LIMIT ? OFFSET ?",
                        (uscc, limit + 1, offset)).fetchall()
    items = [Commitment.model_validate_json(r["body"]) for r in rows[:limit]]
    return CommitmentList(items=items, next_cursor=next_cursor(offset, limit, len(rows) > limit))


@router.get("/firms/{uscc}/commitments/{commitment_id}", response_model=Commitment, responses=problem_doc(404))
def get_commitment(uscc: Firm, commitment_id: ObjectId, conn: Db, request: Request) -> Commitment:
    with transaction(conn):
        advance(conn, request, "AND uscc = ?", (uscc,))
    return load_commitment(conn, uscc, commitment_id)


@router.post(
    "/firms/{uscc}/commitments/{commitment_id}/fulfil", response_model=Commitment,
    responses=problem_doc(404, 409, 413, 415),
    openapi_extra={"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
        "type": "object", "description": "one file per deferred material, named by its key",
        "additionalProperties": {"type": "string", "format": "binary"}}}}}},
)
async def fulfil(uscc: Firm, commitment_id: ObjectId, conn: Db, request: Request) -> Commitment:
    commitment = load_commitment(conn, uscc, commitment_id)
    if commitment.status not in ("submitted", "published", "breached"):
        raise ProblemError("not_fulfillable")
    files, errors = await read_files(request, config(request).max_upload_bytes)
    pending = {item.key: item for item in commitment.due_items if item.fulfilled_at is None}
    accepted: list[tuple[str, str, bytes]] = []
    for upload in files:
        if upload.key not in pending:
            errors.append({"field": upload.key, "message": Bilingual(
                "这项材料不需要补交或已经补交。", "This material is not due or has been supplied already.")})
        elif (mime := sniff(upload.content)) is None:
            raise ProblemError("unsupported_file_type", {"name": upload.filename})
        else:
            accepted.append((upload.key, mime, upload.content))
    if errors:
        raise ProblemError("validation_failed", {"count": len(errors)}, errors)
    with transaction(conn):
        for key, mime, content in accepted:
            digest = hashlib.sha256(content).hexdigest()
            conn.execute("INSERT OR IGNORE INTO uploads (sha256, mime, size, content) VALUES (?, ?, ?, ?)",
                         (digest, mime, len(content), content))
            pending[key].fulfilled_at = now(conn)
        save_commitment(conn, commitment)
        advance(conn, request, "AND id = ?", (commitment.id,))
    return load_commitment(conn, uscc, commitment_id)


@router.post("/firms/{uscc}/commitments/{commitment_id}/withdraw", response_model=Commitment,
             responses=problem_doc(404, 409))
def withdraw(uscc: Firm, commitment_id: ObjectId, conn: Db, request: Request) -> Commitment:
    with transaction(conn):
        advance(conn, request, "AND id = ?", (commitment_id,))
        commitment = load_commitment(conn, uscc, commitment_id)
        if commitment.status != "submitted":
            raise ProblemError("not_withdrawable")
        commitment.status = "withdrawn"
        save_commitment(conn, commitment)
    return commitment


PublicUscc = Annotated[str, Query(min_length=18, max_length=18, pattern=r"^[0-9A-Z]{18}$")]


@router.get("/public/commitments", response_model=list[PublicCommitment], tags=["public"])
def public_commitments(conn: Db, request: Request, uscc: PublicUscc) -> list[PublicCommitment]:
    with transaction(conn):
        advance(conn, request, "AND uscc = ?", (uscc,))
    rows = conn.execute("SELECT body FROM commitments WHERE uscc = ? AND status IN ('published', 'fulfilled', "
                        "'breached') ORDER BY created_at DESC", (uscc,)).fetchall()
    out = []
    for row in rows:
        c = Commitment.model_validate_json(row["body"])
        if c.publicity == "可向社会公开":
            out.append(PublicCommitment(code=c.code, firm_name=c.firm_name, uscc=c.uscc, type=c.type, matter=c.matter,
                                        department=c.department, submitted_on=c.submitted_at.date(), status=c.status))
    return out
