"""信用报告 as the platform issues it and as a receiver checks it:
(a) a firm with 1,000 published records: the platform's build (content from the database) + render + PAdES seal,
    against a floor of reportlab building the same text as plain paragraphs;
(b) verifying the issued report: offline (the seal against the kept certificate) against a floor of opening the PDF
    with pypdf and reading its trailer; online (seal + the public verify route over HTTP) against a floor of one
    GET of the platform's certificate.
Same run, alternated, medians."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

RECORDS = 1_000
UNDER = "91410711MA45KX3R23"  # 恒达
DAY = dt.date(2026, 11, 23)


def seeded(folder: Path) -> Path:
    from assistant.sandbox import db as sandbox_db
    from assistant.sandbox.platform import records

    path = folder / "platform.sqlite3"
    sandbox_db.initialise(path)
    conn = sandbox_db.connect(path)
    with sandbox_db.transaction(conn):
        for n in range(RECORDS):
            day = dt.date(2026, 1, 1) + dt.timedelta(days=n % 300)
            records.insert(conn, UNDER, {
                "id": f"r-bench-{n:04d}", "kind": "administrative_penalty", "class": "general",
                "decided_on": day.isoformat(), "authority": "新乡市市场监督管理局",
                "document_no": f"新市监罚〔2026〕{n + 1000}号",
                "summary": f"第{n + 1}项：销售不符合食品安全标准的食品，没收违法所得并罚款6万元，已责令改正。",
                "sector": "market", "penalty": {"types": ["fine"], "fine": "60000.00", "term_months": None},
                "performed": {"fine_paid_on": None, "rectified_on": None}, "false_material_found_on": None,
                "corrected": False}, "public")
    conn.close()
    return path


def issue(conn) -> tuple[bytes, str, str]:
    """What POST /firms/{uscc}/reports does between reading the request and storing the answer."""
    from assistant.domain import reports as numbers
    from assistant.pdf.report import render_report
    from assistant.sandbox.platform import report_data
    from assistant.sandbox.platform.signing import sign_report

    issued_at = dt.datetime(2026, 11, 23, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    number, code = numbers.report_no(issued_at, 1), numbers.new_verify_code()
    data = report_data.build(conn, UNDER, DAY, edition="standard")
    pdf = render_report(data, report_no=number, verify_code=code, verify_url="https://credit.example.cn/v",
                        edition="standard", purpose="tender", purpose_note="", issued_at=issued_at, period=None,
                        demo=True)
    return sign_report(conn, pdf, report_no=number, verify_code=code), number, code


def timed(work, rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        out.append(time.perf_counter() - started)
    return out


def alternate(a, b, rounds: int) -> tuple[float, float]:
    ta, tb = [], []
    for _ in range(rounds):
        tb += timed(b, 1)
        ta += timed(a, 1)
    return statistics.median(ta), statistics.median(tb)


def main() -> None:
    from pypdf import PdfReader

    from assistant.sandbox import db as sandbox_db
    from assistant.sandbox.platform import report_data
    from assistant.sandbox.platform.signing import certificate_pem
    from assistant.services.report_check import check_signature
    from bench.report_pdf import plain_floor

    folder = Path(tempfile.mkdtemp(prefix="bench-report-"))
    try:
        path = seeded(folder)
        conn = sandbox_db.connect(path)
        data = report_data.build(conn, UNDER, DAY, edition="standard")
        rows = sum(len(s.rows) for s in data.sections)
        issue(conn)  # warm: fonts registered, the signing key made and cached
        plain_floor(data)
        platform, floor = alternate(lambda: issue(conn), lambda: plain_floor(data), 5)
        signed, number, code = issue(conn)
        print(f"report, {RECORDS:,} records ({rows:,} rows, {len(signed) / 1e6:.1f} MB): platform build+render+seal "
              f"{platform * 1000:.0f} ms vs plain-paragraph floor {floor * 1000:.0f} ms, ratio {platform / floor:.2f} "
              f"(target ≤ 2)")

        trusted = [certificate_pem(conn)]
        offline, opened = alternate(lambda: check_signature(signed, trusted),
                                    lambda: PdfReader(io.BytesIO(signed)).trailer, 7)
        print(f"verify offline (seal only): {offline * 1000:.0f} ms vs opening the PDF {opened * 1000:.0f} ms, "
              f"ratio {offline / opened:.2f}")
        conn.close()
        online, round_trip = online_times(path, signed, number, code)
        print(f"verify online (seal + platform): {online * 1000:.0f} ms vs one GET of the certificate "
              f"{round_trip * 1000:.0f} ms, ratio {online / round_trip:.2f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def online_times(path: Path, signed: bytes, number: str, code: str) -> tuple[float, float]:
    """The report as stored by the platform, checked by a receiver's app over real HTTP on 127.0.0.1."""
    import hashlib
    import json

    from assistant.api.client import Connection, PlatformClient
    from assistant.sandbox import db as sandbox_db
    from assistant.sandbox.app import SandboxConfig
    from assistant.sandbox.server import SandboxServer
    from assistant.services.report_verifier import ReportVerifier
    from assistant.store.catalogue import CatalogueCache
    from assistant.store.db import Database

    conn = sandbox_db.connect(path)
    with sandbox_db.transaction(conn):
        body = {"report_no": number, "verify_code": code, "uscc": UNDER, "firm_name": "新乡市恒达机械制造有限公司",
                "issued_at": "2026-11-23T10:30:00+08:00", "edition": "standard", "purpose": "tender",
                "sha256": hashlib.sha256(signed).hexdigest(),
                "quota": {"year": 2026, "free_per_year": 2, "used": 1, "left": 1}, "demo": True}
        conn.execute("INSERT INTO reports (report_no, uscc, user_id, edition, purpose, issued_at, verify_code, sha256, "
                     "body, pdf) VALUES (?, ?, 'bench', 'standard', 'tender', ?, ?, ?, ?, ?)",
                     (number, UNDER, body["issued_at"], code, body["sha256"], json.dumps(body, ensure_ascii=False),
                      signed))
    conn.close()
    server = SandboxServer(SandboxConfig(db_path=path)).start()
    try:
        client = PlatformClient(Connection(server.url, identity="bench"))
        verifier = ReportVerifier(client, CatalogueCache(Database(path.parent / "local.sqlite3"), "bench"))
        outcome = verifier.check_bytes(signed)
        assert outcome.verdict.code == "valid", outcome.verdict
        return alternate(lambda: verifier.check_bytes(signed), lambda: client.reports.certificate(), 7)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
