"""信用报告 for one signed-in user: request the firm's public credit report (through the outbox, so a lost answer
or a double click never costs a second free report), keep every issued PDF on this PC by its SHA-256 so it opens
offline, list the firm's reports and this year's free quota, read the report's content against the firm's records
as they are now, and request reports for many client firms in a row. Qt-free.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from assistant.api.models import Quota, Report, ReportList, ReportRequest
from assistant.domain.reports import EDITIONS
from assistant.errors import UserFacingError
from assistant.i18n import translate
from assistant.infra import clock
from assistant.infra.files import write_atomic
from assistant.services.account import Account
from assistant.services.session import UNREACHABLE, Snapshot
from assistant.store.outbox import Entry

log = logging.getLogger(__name__)
KIND = "report"  # outbox entries of a report request


class ReportQueued(UserFacingError):
    """The platform could not be reached: the request waits in the outbox and is made once it can be."""

    def __init__(self, entry: Entry):
        super().__init__(translate("reports", "暂时连不上平台，报告申请已保存，联网后会自动取得（不会重复占用免费次数）。"))
        self.entry = entry


class ReportRefused(UserFacingError):
    """The platform said no (e.g. 今年的免费报告已用完); its own words are shown."""


class ReportMissing(UserFacingError):
    def __init__(self) -> None:
        super().__init__(translate("reports", "这份报告还没有保存到本机，连上平台后才能打开。"))


@dataclass(frozen=True)
class ReportsView:
    uscc: str
    reports: list[Report]  # newest first, without content
    quota: Quota | None  # None: offline, and never listed on this PC
    stored: frozenset[str]  # report numbers whose PDF is on this PC
    waiting: list[Entry]  # requests made offline, not yet answered
    refused: list[Entry]  # requests the platform turned down in the last week (made offline, so nobody saw why)
    synced_at: dt.datetime | None
    live: bool


@dataclass(frozen=True)
class RecordNote:
    """What became of a record a report lists: it may have been repaired or have expired since, or be repairable."""

    code: str  # repaired | expired | removed | repairable
    text: str


@dataclass(frozen=True)
class BatchResult:
    uscc: str
    firm_name: str
    report: Report | None
    path: Path | None
    error: str = ""


def filename_for(firm_name: str, report: Report) -> str:
    """`{firm}_{date}_{edition}.pdf`: what an accountant sorts a client folder by. Characters Windows refuses in a
    name are replaced."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", firm_name).strip(" .") or report.uscc
    day = report.issued_at.astimezone(clock.CHINA)
    return f"{safe}_{day:%Y%m%d}_{EDITIONS[report.edition]}.pdf"


def unused_path(folder: Path, name: str, report_no: str) -> Path:
    """A second report for the same firm on the same day keeps both: the number tells them apart."""
    path = folder / name
    return path if not path.exists() else folder / f"{path.stem}_{report_no}{path.suffix}"


def record_notes(report: Report, rows: Sequence[Any]) -> dict[str, RecordNote]:
    """For each record the report lists, what is true of it now (rows: the repair page's RecordRows, judged today).

    A report is a snapshot: a record repaired after it was issued still shows in it, and a new report would not."""
    now = {row.record.id: row for row in rows}
    notes: dict[str, RecordNote] = {}
    listed = [r.record_id for s in (report.data.sections if report.data else []) for r in s.rows if r.record_id]
    for record_id in listed:
        row = now.get(record_id)
        state = row.record.publication.state if row else "removed"
        if state == "repaired":
            notes[record_id] = RecordNote("repaired", translate("reports", "此记录已修复，新取得的报告中不再出现。"))
        elif state == "expired":
            notes[record_id] = RecordNote("expired", translate("reports", "此记录已到期停止公示，新取得的报告中不再出现。"))
        elif row is None:
            notes[record_id] = RecordNote("removed", translate("reports", "平台已撤下或更正此记录。"))
        elif row.assessment.state == "repairable":
            notes[record_id] = RecordNote("repairable", translate("reports", "此记录现在可以申请信用修复。"))
    return notes


class ReportService:
    def __init__(self, account: Account):
        self.account = account
        self.session = account.session
        self.folder = account.data_dir / "reports"
        account.register_sender(KIND, self._send)

    # -- the firm's reports -----------------------------------------------------------------------------------------
    def view(self, uscc: str) -> ReportsView:
        try:
            snap = self.session.fetch_or_cached("reports", uscc, lambda: self.session.client.reports.list(uscc),
                                                ReportList)
        except UNREACHABLE:  # never listed on this PC: still show what was asked for offline
            snap = Snapshot(ReportList(items=[], quota=None), None, live=False)
        entries = self.account.outbox.entries(uscc, kind=KIND)
        waiting = [e for e in entries if e.state in ("pending", "sending")]
        week_ago = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=7)
        refused = [e for e in entries if e.state == "failed" and e.created_at >= week_ago]
        stored = frozenset(r.report_no for r in snap.value.items if self._file(r.sha256).exists())
        return ReportsView(uscc, snap.value.items, snap.value.quota, stored, waiting, refused, snap.synced_at,
                           snap.live)

    def report(self, uscc: str, report_no: str) -> Snapshot[Report]:
        """With its content (`data`): from the platform, or the copy kept when it was issued or last opened."""
        return self.session.fetch_or_cached("report", f"{uscc}/{report_no}",
                                            lambda: self.session.client.reports.get(uscc, report_no), Report)

    def pdf(self, report: Report) -> Path:
        """The signed PDF on this PC, fetched the first time (then it opens offline)."""
        path = self._file(report.sha256)
        if not self._intact(path, report.sha256):
            try:
                content = self.session.client.reports.pdf(report.uscc, report.report_no, sha256=report.sha256)
            except UNREACHABLE:
                raise ReportMissing() from None
            self._keep(content, report.sha256)
        return path

    def save_as(self, report: Report, target: Path) -> Path:
        return write_atomic(target, self.pdf(report).read_bytes())

    def _file(self, sha256: str) -> Path:
        return self.folder / f"{sha256.lower()}.pdf"

    @staticmethod
    def _intact(path: Path, sha256: str) -> bool:
        """A stored copy is used only if it is still what the platform issued (a damaged disk or a hand edit)."""
        try:
            return hashlib.sha256(path.read_bytes()).hexdigest() == sha256.lower()
        except OSError:
            return False

    def _keep(self, content: bytes, sha256: str) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        return write_atomic(self._file(sha256), content)

    # -- requesting --------------------------------------------------------------------------------------------------
    def request(self, uscc: str, body: ReportRequest) -> Report:
        """Request a report and keep its PDF. Raises ReportQueued when the platform is unreachable (the request is
        made later, exactly once), or the platform's refusal (e.g. the year's free reports are used up)."""
        entry = self.account.outbox.enqueue(uuid.uuid4().hex, KIND, uscc, body.model_dump(mode="json", by_alias=True))
        entry = self.account.send(entry)
        if entry.state == "sent" and entry.result is not None:
            return Report.model_validate(entry.result)
        if entry.state == "failed":
            raise ReportRefused(entry.last_error or "")
        raise ReportQueued(entry)

    def _send(self, entry: Entry) -> dict[str, Any]:
        """The outbox's sender: the same Idempotency-Key on every try, and the PDF fetched before the entry counts as
        sent — a report whose file never arrived is asked for again, and the platform answers with the same one."""
        try:
            body = ReportRequest.model_validate(entry.body)
        except ValidationError:
            raise ReportRefused(translate("reports", "这条报告申请已损坏，请重新申请。")) from None
        client = self.session.client.reports
        report = client.request(entry.uscc, body, idempotency_key=entry.idempotency_key)
        self._keep(client.pdf(entry.uscc, report.report_no, sha256=report.sha256), report.sha256)
        self.session.cache.put("report", f"{entry.uscc}/{report.report_no}", report)
        self._remember_in_list(report)
        return report.model_dump(mode="json", by_alias=True)

    def _remember_in_list(self, report: Report) -> None:
        """The cached list gains the new report at once, so it shows offline before the next sync."""
        cached = self.session.cache.get_as("reports", report.uscc, ReportList)
        items = [r for r in (cached[0].items if cached else []) if r.report_no != report.report_no]
        listed = ReportList(items=[report.model_copy(update={"data": None}), *items], quota=report.quota)
        self.session.cache.put("reports", report.uscc, listed)

    # -- an accountant's batch -----------------------------------------------------------------------------------------
    def request_many(self, firms: Sequence[tuple[str, str]], body: ReportRequest, folder: Path,
                     progress: Callable[[int, BatchResult], None] | None = None,
                     cancelled: Callable[[], bool] = lambda: False) -> list[BatchResult]:
        """One report per (uscc, firm name), each saved into `folder`; a firm that fails does not stop the rest."""
        folder.mkdir(parents=True, exist_ok=True)
        results: list[BatchResult] = []
        for index, (uscc, name) in enumerate(firms):
            if cancelled():
                break
            try:
                report = self.request(uscc, body)
                path = unused_path(folder, filename_for(name, report), report.report_no)
                write_atomic(path, self.pdf(report).read_bytes())
                result = BatchResult(uscc, name, report, path)
            except (UserFacingError, OSError) as error:
                text = error.message if isinstance(error, UserFacingError) else translate(
                    "reports", "无法写入所选文件夹：{error}").format(error=error.strerror or error)
                result = BatchResult(uscc, name, None, None, text)
            results.append(result)
            if progress:
                progress(index + 1, result)
        return results

