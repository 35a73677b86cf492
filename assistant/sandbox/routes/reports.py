"""信用报告: issuing a firm's public credit report (公共信用信息报告) or special report (专项信用报告) as a signed PDF,
listing and fetching the firm's reports, and the public routes anyone holding a paper copy may call to check one.

An issued report is kept as issued (content and signed file): a repair decided later changes the next report, never
an earlier one. A firm gets FREE_PER_YEAR reports per calendar year in China (河南省社会信用条例 Art. 40); every
answer about reports says how many are left.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import secrets
import sqlite3
from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.responses import JSONResponse

from assistant.api.models import Quota, Report, ReportData, ReportList, ReportPeriod, ReportRequest, ReportVerification
from assistant.domain import reports as domain
from assistant.infra import collection
from assistant.pdf import fonts
from assistant.pdf.report import render_report
from assistant.sandbox.db import transaction
from assistant.sandbox.deps import Db, Firm, User, now, today
from assistant.sandbox.platform import idempotency, report_data
from assistant.sandbox.platform.etag import IfNoneMatch, matches
from assistant.sandbox.platform.paging import Cursor, Limit, decode_cursor, next_cursor
from assistant.sandbox.platform.signing import certificate_pem, sign_report
from assistant.sandbox.platform.workflow import advance
from assistant.sandbox.problems import Bilingual, ProblemError, problem_doc

router = APIRouter(tags=["reports"])

VERIFY_PATH = "api/v1/public/reports/verify"  # where this app mounts the route below (app.py: prefix /api/v1)
SERIAL_SETTING = "report_serial"
ReportNo = Annotated[str, Path(min_length=22, max_length=22, pattern=r"^[0-9]{19}D[0-9]{2}$",
                               description="报告编号: issue time, serial, D and two check digits")]
# Generous bounds: the number and code are normalised as typed from paper (spaces, full-width digits) before they
# are judged, so only absurd lengths are refused outright.
Typed = Annotated[str, Query(min_length=1, max_length=64)]

PDF_DOC = {200: {"description": "the signed PDF (PAdES); its SHA-256 is the report's `sha256`",
                 "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
                 "headers": {"ETag": {"description": "the quoted SHA-256 of the file", "schema": {"type": "string"}},
                             "Content-Disposition": {"description": "attachment with an ASCII and a UTF-8 name",
                                                     "schema": {"type": "string"}}}},
           304: {"description": "Not Modified: the copy named by If-None-Match is this file"}}
PEM_DOC = {200: {"description": "the platform's report-signing certificate",
                 "content": {"application/x-pem-file": {"schema": {"type": "string"}}}}}
PERIOD_PROBLEMS = {
    "period_missing": ("period", "专项信用报告需要选择查询期间（开始和结束日期）。",
                       "A special report needs a period (from and to)."),
    "period_reversed": ("period", "查询期间的开始日期不能晚于结束日期。", "The period must not start after it ends."),
    "period_in_future": ("period.to", "查询期间的结束日期不能晚于今天（{today}）。",
                         "The period cannot end after today ({today})."),
    "period_too_long": ("period.from", "查询期间最长为三年，开始日期不能早于{earliest}。",
                        "The period covers at most three years: it cannot start before {earliest}."),
}


# -- helpers --------------------------------------------------------------------------------------------------------
def quota(conn: sqlite3.Connection, uscc: str, year: int) -> Quota:
    """This calendar year's free reports; issue times are stored in China time, so the year is China's."""
    used = conn.execute("SELECT COUNT(*) FROM reports WHERE uscc = ? AND issued_at >= ? AND issued_at < ?",
                        (uscc, f"{year:04d}-01-01", f"{year + 1:04d}-01-01")).fetchone()[0]
    free = domain.FREE_PER_YEAR
    return Quota(year=year, free_per_year=free, used=used, left=domain.quota_left(free, used))


def next_serial(conn: sqlite3.Connection) -> int:
    """A counter, not a count of reports: numbers stay unique within a second however many are issued in it."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (SERIAL_SETTING,)).fetchone()
    serial = int(row["value"]) + 1 if row else 1
    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (SERIAL_SETTING, str(serial)))
    return serial


def period_of(body: ReportRequest, day: dt.date) -> tuple[dt.date, dt.date] | None:
    """The special edition's period, checked (422 naming the field); a standard report has none."""
    if body.edition != "special":
        return None
    problem = ("period_missing" if body.period is None
               else domain.special_period_problem(body.period.from_, body.period.to, day))
    if problem is None:
        return body.period.from_, body.period.to
    field, zh, en = PERIOD_PROBLEMS[problem]
    values = {"today": day.isoformat(), "earliest": domain.earliest_special_start(day).isoformat()}
    raise ProblemError("validation_failed", {"count": 1}, [
        {"field": field, "message": Bilingual(zh.format(**values), en.format(**values))}])


def unprintable(characters: list[str], purpose_note: str) -> ProblemError:
    """A report is printed whole or not at all: the user's own note is theirs to change (422); a character in the
    platform's data that no font has is the platform's to fix (409), never a blank on an official document."""
    shown = "".join(characters[:10])
    if any(c in purpose_note for c in characters):
        return ProblemError("validation_failed", {"count": 1}, [{"field": "purpose_note", "message": Bilingual(
            f"含有无法打印的字符：{shown}，请删除或改写。", f"Contains characters that cannot be printed: {shown}.")}])
    return ProblemError("report_unprintable", {"characters": shown})


def verify_url(request: Request, number: str, code: str) -> str:
    return f"{request.base_url}{VERIFY_PATH}?{urlencode({'report_no': number, 'code': code})}"


def load(conn: sqlite3.Connection, uscc: str, number: str, *, with_data: bool = True, with_pdf: bool = False
         ) -> tuple[Report, bytes | None]:
    """The firm's report (404 for another firm's number, as for a number never issued), and its file if asked."""
    body = "body" if with_data else "json_remove(body, '$.data')"
    pdf = "pdf" if with_pdf else "NULL"
    row = conn.execute(f"SELECT {body} AS body, {pdf} AS pdf FROM reports WHERE report_no = ? AND uscc = ?",
                       (number, uscc)).fetchone()
    if row is None:
        raise ProblemError("not_found")
    return Report.model_validate_json(row["body"]), row["pdf"]


def download_name(report: Report) -> tuple[str, str]:
    """An ASCII name for old clients and the Chinese one (filename*) for the rest; no path separators either way."""
    firm = re.sub(r'[\\/:*?"<>|\s]+', "_", report.firm_name)
    return (f"credit-report-{report.report_no}.pdf",
            f"{domain.EDITIONS[report.edition]}_{firm}_{report.report_no}.pdf")


def signed_pdf(conn: sqlite3.Connection, data: ReportData, body: ReportRequest, number: str, code: str,
               issued_at: dt.datetime, period: tuple[dt.date, dt.date] | None, url: str) -> bytes:
    try:
        pdf = render_report(data, report_no=number, verify_code=code, verify_url=url, edition=body.edition,
                            purpose=body.purpose, purpose_note=body.purpose_note, issued_at=issued_at,
                            period=period, demo=True)
    except fonts.UnprintableCharacters as error:
        raise unprintable(error.characters, body.purpose_note) from None
    return sign_report(conn, pdf, report_no=number, verify_code=code)


def store(conn: sqlite3.Connection, report: Report, user_id: str, signed: bytes) -> dict:
    """Keeps the report as issued (content and file); returns the answer to send, which is also what a replay sends."""
    payload = report.model_dump(mode="json", by_alias=True)
    conn.execute("INSERT INTO reports (report_no, uscc, user_id, edition, purpose, issued_at, verify_code, sha256, "
                 "body, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (report.report_no, report.uscc, user_id, report.edition, report.purpose,
                  report.issued_at.isoformat(), report.verify_code, report.sha256,
                  json.dumps(payload, ensure_ascii=False), signed))
    return payload


# -- the firm's reports ---------------------------------------------------------------------------------------------
@router.post("/firms/{uscc}/reports", status_code=201, response_model=Report, responses=problem_doc(404, 409))
def issue(uscc: Firm, body: ReportRequest, user: User, conn: Db, request: Request,
          idempotency_key: idempotency.IdempotencyKey = None):
    """Issue a report of the firm as published now, signed by the platform.

    A special report (专项) needs a period of at most three years ending by today (422 otherwise); a period sent
    with a standard report is ignored, since the standard report always shows everything being published. A firm
    past its free reports for the year gets 409 `quota_exhausted`. With an `Idempotency-Key`, a retry returns the
    report already issued and counts against the quota once.
    """
    digest = idempotency.body_hash(body)
    with transaction(conn):
        replayed = idempotency.replay(conn, user["id"], idempotency_key, request, digest)
        if replayed is not None:
            return replayed
        day = today(conn)
        period = period_of(body, day)
        before = quota(conn, uscc, day.year)
        if before.left == 0:
            raise ProblemError("quota_exhausted", {"free_per_year": before.free_per_year},
                               extensions={"quota": before.model_dump(mode="json")})
        advance(conn, request, "AND uscc = ?", (uscc,))  # commitments published by now are in the report
        issued_at = now(conn)
        number, code = domain.report_no(issued_at, next_serial(conn)), domain.new_verify_code()
        with collection.paused():  # its many temporary objects go by reference counting, never scanned
            data = report_data.build(conn, uscc, day, edition=body.edition, period=period)
            signed = signed_pdf(conn, data, body, number, code, issued_at, period, verify_url(request, number, code))
        used = before.used + 1
        report = Report(
            report_no=number, verify_code=code, uscc=uscc, firm_name=data.firm.name, issued_at=issued_at,
            edition=body.edition, purpose=body.purpose, purpose_note=body.purpose_note,
            period=ReportPeriod(from_=period[0], to=period[1]) if period else None,
            sha256=hashlib.sha256(signed).hexdigest(), demo=True, data=data,
            quota=before.model_copy(update={"used": used, "left": domain.quota_left(before.free_per_year, used)}),
        )
        payload = store(conn, report, user["id"], signed)
        idempotency.remember(conn, user["id"], idempotency_key, request, digest, 201, payload)
    return JSONResponse(payload, status_code=201)


@router.get("/firms/{uscc}/reports", response_model=ReportList, responses=problem_doc(404))
def list_reports(uscc: Firm, conn: Db, limit: Limit = 50, cursor: Cursor = None) -> ReportList:
    """Newest first, without their content (GET …/{report_no} has it), and this year's quota."""
    offset = decode_cursor(cursor)
    rows = conn.execute("SELECT json_remove(body, '$.data') AS body FROM reports WHERE uscc = ? "
                        "ORDER BY issued_at DESC, report_no DESC LIMIT ? OFFSET ?",
                        (uscc, limit + 1, offset)).fetchall()
    current = quota(conn, uscc, today(conn).year)
    items = [Report.model_validate_json(r["body"]).model_copy(update={"quota": current}) for r in rows[:limit]]
    return ReportList(items=items, quota=current, next_cursor=next_cursor(offset, limit, len(rows) > limit))


@router.get("/firms/{uscc}/reports/{report_no}", response_model=Report, responses=problem_doc(404))
def get_report(uscc: Firm, report_no: ReportNo, conn: Db) -> Report:
    """The report with its content as issued, and this year's quota as it is now."""
    report, _ = load(conn, uscc, report_no)
    return report.model_copy(update={"quota": quota(conn, uscc, today(conn).year)})


@router.get("/firms/{uscc}/reports/{report_no}/pdf", response_class=Response,
            responses={**PDF_DOC, **problem_doc(404)})
def report_pdf(uscc: Firm, report_no: ReportNo, conn: Db, if_none_match: IfNoneMatch = None) -> Response:
    """The signed PDF exactly as issued; its ETag is its SHA-256, so a client holding it revalidates for free."""
    report, pdf = load(conn, uscc, report_no, with_data=False, with_pdf=True)
    etag = f'"{report.sha256}"'
    if matches(if_none_match, etag):
        return Response(status_code=304, headers={"ETag": etag})
    ascii_name, name = download_name(report)
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"
    return Response(content=pdf, media_type="application/pdf",
                    headers={"ETag": etag, "Content-Disposition": disposition})


# -- public ---------------------------------------------------------------------------------------------------------
@router.get("/public/reports/certificate", response_class=Response, responses=PEM_DOC, tags=["public"])
def certificate(conn: Db) -> Response:
    """The certificate the platform signs reports with (PEM), for clients to pin and check signatures against."""
    return Response(content=certificate_pem(conn), media_type="application/x-pem-file")


@router.get("/public/reports/verify", response_model=ReportVerification, response_model_exclude_none=True,
            tags=["public"])
def verify(conn: Db, report_no: Typed, code: Typed) -> ReportVerification:
    """Is this the platform's report? No sign-in: whoever holds a copy (a tender's reviewer) may ask.

    The number and code are read as typed from paper (spaces, full-width digits, lower case forgiven). A pair that
    does not match — a wrong code, an unknown number, or one that cannot be a number or code at all — is 200
    `{"valid": false}` and nothing else, so the answer never tells whether a number exists. Not rate-limited in the
    sandbox: a code is 8 characters from 32 (40 bits) and must go with a number that exists, so guessing is
    hopeless here; a real platform would still limit requests per address.
    """
    number, given = domain.normalise_report_no(report_no), domain.normalise_code(code)
    if not (domain.valid_report_no(number) and domain.valid_code(given)):
        return ReportVerification(valid=False)
    row = conn.execute("SELECT verify_code, uscc, issued_at, edition, sha256, json_extract(body, '$.firm_name') "
                       "AS firm_name FROM reports WHERE report_no = ?", (number,)).fetchone()
    expected = row["verify_code"] if row else domain.new_verify_code()  # compared either way: same time taken
    if not secrets.compare_digest(expected.encode(), given.encode()) or row is None:
        return ReportVerification(valid=False)
    return ReportVerification(valid=True, firm_name=row["firm_name"], uscc=row["uscc"],
                              issued_at=dt.datetime.fromisoformat(row["issued_at"]), edition=row["edition"],
                              sha256=row["sha256"])
