"""Commitment templates, signed commitments, deferred materials (践诺), withdrawal and the public list."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import sqlite3
import uuid
import zipfile
from typing import Annotated

import filetype
from fastapi import APIRouter, Header, Query, Request, Response
from fastapi.responses import JSONResponse

from assistant.api.models import (
    CalendarYear,
    Commitment,
    CommitmentList,
    CommitmentRequest,
    CommitmentTemplate,
    PublicCommitment,
    TemplateList,
)
from assistant.domain.commitments import barred_reasons, due_items, validate_fields
from assistant.domain.workdays import PublishedYear, WorkCalendar
from assistant.sandbox.db import transaction
from assistant.sandbox.deps import Db, Firm, User, now, today
from assistant.sandbox.problems import ProblemError, problem_doc

router = APIRouter(tags=["commitments"])
ALLOWED_TYPES = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png", "application/ofd": "ofd"}


# -- templates ----------------------------------------------------------------------------------------------------
def current_templates(conn: sqlite3.Connection) -> list[CommitmentTemplate]:
    rows = conn.execute("SELECT body FROM templates WHERE current = 1 ORDER BY code").fetchall()
    return [CommitmentTemplate.model_validate_json(r["body"]) for r in rows]


def catalogue_etag(templates: list[CommitmentTemplate]) -> str:
    digest = hashlib.sha256(json.dumps([t.model_dump(mode="json") for t in templates], sort_keys=True,
                                       ensure_ascii=False).encode()).hexdigest()
    return f'"{digest[:32]}"'


@router.get("/commitment-templates", response_model=TemplateList, responses={304: {"description": "not modified"}})
def templates(conn: Db, response: Response, if_none_match: Annotated[str | None, Header()] = None):
    items = current_templates(conn)
    etag = catalogue_etag(items)
    if if_none_match and etag in [tag.strip() for tag in if_none_match.split(",")]:
        return Response(status_code=304, headers={"ETag": etag})
    response.headers["ETag"] = etag
    return TemplateList(items=items)


# -- helpers --------------------------------------------------------------------------------------------------------
def platform_calendar(conn: sqlite3.Connection) -> WorkCalendar:
    """Only what the platform itself has published; later years are estimated (weekends only)."""
    published = {}
    for row in conn.execute("SELECT body FROM calendars"):
        notice = CalendarYear.model_validate_json(row["body"])
        published[notice.year] = PublishedYear.from_lists(notice.year, notice.holidays, notice.working_weekends)
    return WorkCalendar(published, use_library=False)


def firm_facts(conn: sqlite3.Connection, uscc: str) -> dict:
    from assistant.sandbox.routes.policies import platform_facts

    return platform_facts(conn, uscc)


def load(conn: sqlite3.Connection, uscc: str, commitment_id: str) -> Commitment:
    row = conn.execute("SELECT body FROM commitments WHERE id = ? AND uscc = ?", (commitment_id, uscc)).fetchone()
    if row is None:
        raise ProblemError("not_found")
    return Commitment.model_validate_json(row["body"])


def save(conn: sqlite3.Connection, commitment: Commitment) -> None:
    conn.execute("UPDATE commitments SET status = ?, body = ? WHERE id = ?",
                 (commitment.status, commitment.model_dump_json(), commitment.id))


def advance(conn: sqlite3.Connection, request: Request, where: str = "", args: tuple = ()) -> None:
    """Demo mode: as the sandbox's days pass, 已提交 becomes 已公示, and a material not supplied by its due date is
    recorded as 违诺 (breach). A real platform does this through its own staff and schedules."""
    if not request.app.state.config.demo:
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
            save(conn, c)


def next_code(conn: sqlite3.Connection, region: str, day: dt.date) -> str:
    prefix = region + day.strftime("%Y%m%d")
    count = conn.execute("SELECT COUNT(*) FROM commitments WHERE code LIKE ?", (prefix + "%",)).fetchone()[0]
    return f"{prefix}{count + 1:06d}"


# -- commitments ----------------------------------------------------------------------------------------------------
@router.post("/firms/{uscc}/commitments", status_code=201, response_model=Commitment,
             responses=problem_doc(401, 404, 409, 422))
def create(uscc: Firm, body: CommitmentRequest, user: User, conn: Db,
           idempotency_key: Annotated[str | None, Header(max_length=200)] = None):
    request_hash = hashlib.sha256(json.dumps(body.model_dump(mode="json"), sort_keys=True).encode()).hexdigest()
    with transaction(conn):
        if idempotency_key:
            seen = conn.execute("SELECT * FROM idempotency WHERE user_id = ? AND key = ?",
                                (user["id"], idempotency_key)).fetchone()
            if seen is not None:
                if seen["request_hash"] != request_hash:
                    raise ProblemError("idempotency_conflict")
                return JSONResponse(json.loads(seen["body"]), status_code=seen["status"],
                                    headers={"Idempotent-Replayed": "true"})
        row = conn.execute("SELECT body, current FROM templates WHERE code = ? AND version = ?",
                           (body.template_code, body.template_version)).fetchone()
        if row is None:
            raise ProblemError("validation_failed", {"count": 1},
                               [{"field": "template_code", "message": "平台上没有这个承诺书模板。"}])
        if not row["current"]:
            raise ProblemError("template_replaced", {"version": body.template_version})
        template = CommitmentTemplate.model_validate_json(row["body"])
        firm = conn.execute("SELECT name, profile FROM firms WHERE uscc = ?", (uscc,)).fetchone()
        profile = json.loads(firm["profile"])
        if profile["subject_category"] not in template.applies_to:
            raise ProblemError("not_applicable", {"category": profile["subject_category"]})
        reasons = barred_reasons(template, firm_facts(conn, uscc))
        if reasons:
            raise ProblemError("simplified_procedure_barred", {"reasons": "、".join(reasons)})
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
            (commitment.id, uscc, user["id"], commitment.code, commitment.status, json.dumps(payload, ensure_ascii=False),
             dt.datetime.now(dt.timezone.utc).isoformat()),
        )
        if idempotency_key:
            conn.execute("INSERT INTO idempotency (user_id, key, request_hash, status, body) VALUES (?, ?, ?, ?, ?)",
                         (user["id"], idempotency_key, request_hash, 201, json.dumps(payload, ensure_ascii=False)))
    return JSONResponse(payload, status_code=201)


@router.get("/firms/{uscc}/commitments", response_model=CommitmentList, responses=problem_doc(401, 404))
def list_commitments(uscc: Firm, conn: Db, request: Request, limit: Annotated[int, Query(ge=1, le=200)] = 50,
                     cursor: str | None = None) -> CommitmentList:
    with transaction(conn):
        advance(conn, request, "AND uscc = ?", (uscc,))
    offset = int(cursor) if cursor and cursor.isdigit() else 0
    rows = conn.execute("SELECT body FROM commitments WHERE uscc = ? ORDER BY created_at DESC LIMIT ? OFFSET ?",
                        (uscc, limit + 1, offset)).fetchall()
    items = [Commitment.model_validate_json(r["body"]) for r in rows[:limit]]
    return CommitmentList(items=items, next_cursor=str(offset + limit) if len(rows) > limit else None)


@router.get("/firms/{uscc}/commitments/{commitment_id}", response_model=Commitment, responses=problem_doc(401, 404))
def get_commitment(uscc: Firm, commitment_id: str, conn: Db, request: Request) -> Commitment:
    with transaction(conn):
        advance(conn, request, "AND uscc = ?", (uscc,))
    return load(conn, uscc, commitment_id)


def sniff(content: bytes) -> str | None:
    """The file's real type from its bytes (never the name); OFD is a zip with an OFD.xml entry point."""
    kind = filetype.guess(content[:8192])
    if kind is None:
        return None
    if kind.mime == "application/zip":
        try:
            names = zipfile.ZipFile(io.BytesIO(content)).namelist()
        except zipfile.BadZipFile:
            return None
        return "application/ofd" if "OFD.xml" in names else None
    return kind.mime if kind.mime in ALLOWED_TYPES else None


@router.post(
    "/firms/{uscc}/commitments/{commitment_id}/fulfil", response_model=Commitment,
    responses=problem_doc(401, 404, 409, 413, 415, 422),
    openapi_extra={"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
        "type": "object", "description": "one file per deferred material, named by its key",
        "additionalProperties": {"type": "string", "format": "binary"}}}}}},
)
async def fulfil(uscc: Firm, commitment_id: str, conn: Db, request: Request) -> Commitment:
    config = request.app.state.config
    declared = int(request.headers.get("content-length") or 0)
    if declared > config.max_upload_bytes * 8:
        raise ProblemError("file_too_large", {"limit_mb": config.max_upload_bytes // (1024 * 1024)})
    form = await request.form(max_files=20, max_fields=20)
    uploads = {key: value for key, value in form.multi_items() if hasattr(value, "read")}
    commitment = load(conn, uscc, commitment_id)
    if commitment.status not in ("submitted", "published", "breached"):
        raise ProblemError("not_fulfillable")
    pending = {item.key: item for item in commitment.due_items if item.fulfilled_at is None}
    errors = []
    accepted: list[tuple[str, str, bytes]] = []
    for key, upload in uploads.items():
        content = await upload.read(config.max_upload_bytes + 1)
        if key not in pending:
            errors.append({"field": key, "message": "这项材料不需要补交或已经补交。"})
        elif len(content) > config.max_upload_bytes:
            raise ProblemError("file_too_large", {"limit_mb": config.max_upload_bytes // (1024 * 1024)})
        elif not content:
            errors.append({"field": key, "message": "文件是空的。"})
        elif (mime := sniff(content)) is None:
            raise ProblemError("unsupported_file_type", {"name": upload.filename or key})
        else:
            accepted.append((key, mime, content))
    if not uploads:
        errors.append({"field": "files", "message": "请至少选择一个文件。"})
    if errors:
        raise ProblemError("validation_failed", {"count": len(errors)}, errors)
    with transaction(conn):
        for key, mime, content in accepted:
            digest = hashlib.sha256(content).hexdigest()
            conn.execute("INSERT OR IGNORE INTO uploads (sha256, mime, size, content) VALUES (?, ?, ?, ?)",
                         (digest, mime, len(content), content))
            pending[key].fulfilled_at = now(conn)
        save(conn, commitment)
        advance(conn, request, "AND id = ?", (commitment.id,))
    return load(conn, uscc, commitment_id)


@router.post("/firms/{uscc}/commitments/{commitment_id}/withdraw", response_model=Commitment,
             responses=problem_doc(401, 404, 409))
def withdraw(uscc: Firm, commitment_id: str, conn: Db, request: Request) -> Commitment:
    with transaction(conn):
        advance(conn, request, "AND id = ?", (commitment_id,))
        commitment = load(conn, uscc, commitment_id)
        if commitment.status != "submitted":
            raise ProblemError("not_withdrawable")
        commitment.status = "withdrawn"
        save(conn, commitment)
    return commitment


@router.get("/public/commitments", response_model=list[PublicCommitment], tags=["public"])
def public_commitments(conn: Db, request: Request, uscc: Annotated[str, Query(min_length=18, max_length=18)]
                       ) -> list[PublicCommitment]:
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
