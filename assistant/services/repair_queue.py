"""The accountant's repair queue across every client firm: records repairable now, records becoming repairable within
30 days, open cases by their next due date, and 补正 requested — and the same queue as an Excel workbook.
Codes are written as text, so no digit is lost."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.i18n import translate
from assistant.infra.files import write_atomic
from assistant.services.repair import KIND, SOON_DAYS, RepairService, RepairView
from assistant.services.session import UNREACHABLE

GROUPS = ("supplement", "repairable", "soon", "open")  # the order the queue is worked through


def group_names() -> dict[str, str]:
    return {"supplement": translate("repair", "需补正材料"), "repairable": translate("repair", "现在可以申请修复"),
            "soon": translate("repair", "30天内可以申请"), "open": translate("repair", "办理中")}


@dataclass(frozen=True)
class QueueItem:
    uscc: str
    firm_name: str
    group: str  # one of GROUPS
    record_id: str | None
    case_id: str | None
    what: str  # the record's summary or the case number
    on: dt.date | None  # the day it becomes repairable, or the case's next due date
    late: bool = False


@dataclass(frozen=True)
class RepairQueue:
    items: list[QueueItem]
    unreachable: list[str]  # firms whose records could not be read (offline and never cached)
    as_of: dt.datetime

    def group(self, name: str) -> list[QueueItem]:
        return [i for i in self.items if i.group == name]


def items_of(uscc: str, firm_name: str, view: RepairView) -> list[QueueItem]:
    out = []
    horizon = view.today + dt.timedelta(days=SOON_DAYS)
    for row in view.rows:
        state, earliest = row.assessment.state, row.assessment.earliest_on
        if state == "repairable":
            out.append(QueueItem(uscc, firm_name, "repairable", row.record.id, None, row.record.summary, earliest))
        elif state == "not_yet" and earliest is not None and earliest <= horizon:
            out.append(QueueItem(uscc, firm_name, "soon", row.record.id, None, row.record.summary, earliest))
    summaries = {row.record.id: row.record.summary for row in view.rows}
    for case in view.cases:
        if not case.open:
            continue
        group = "supplement" if case.kind == KIND and case.case.status == "supplement_requested" else "open"
        ids = case.case.record_ids if case.kind == KIND else [case.case.record_id]
        what = "；".join([case.case.case_no, *(summaries[i] for i in ids if i in summaries)])
        out.append(QueueItem(uscc, firm_name, group, None, case.case.id, what, case.next_due, bool(case.due.late)))
    return out


def build_queue(service: RepairService, firms: list[Any], today: dt.date | None = None) -> RepairQueue:
    """Every firm's view judged for `today`, gathered into one list worked through group by group, soonest first."""
    items, unreachable = [], []
    for firm in firms:
        try:
            view = service.view(firm.uscc, today)
        except UNREACHABLE:
            unreachable.append(firm.name)
            continue
        items += items_of(firm.uscc, firm.name, view)
    far = dt.date.max
    items.sort(key=lambda i: (GROUPS.index(i.group), i.on or far, i.firm_name))
    return RepairQueue(items, unreachable, dt.datetime.now(dt.timezone.utc))


def write_excel(queue: RepairQueue, path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    names = group_names()
    book = Workbook()
    sheet = book.active
    sheet.title = translate("repair", "信用修复待办")
    sheet.append([translate("repair", "事项"), translate("repair", "企业名称"), translate("repair", "统一社会信用代码"),
                  translate("repair", "失信记录或案件"), translate("repair", "日期"), translate("repair", "是否逾期")])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for item in queue.items:
        sheet.append([names[item.group], item.firm_name, None, item.what, item.on,
                      translate("repair", "平台已逾期") if item.late else ""])
        code = sheet.cell(sheet.max_row, 3, item.uscc)
        code.number_format, code.data_type = "@", "s"  # text: 18 characters, leading zeros and all
        if item.on is not None:
            sheet.cell(sheet.max_row, 5).number_format = "yyyy-mm-dd"
    for column, width in zip("ABCDEF", (16, 32, 22, 48, 12, 12), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    row = sheet.max_row + 2
    sheet.cell(row, 1, translate("repair", "日期：可以申请的日期，或办理中案件的下一个办理期限（按工作日计算）。"))
    sheet.cell(row + 1, 1, translate("repair", "数据截至 {time}").format(
        time=queue.as_of.astimezone().strftime("%Y-%m-%d %H:%M")))
    for offset, name in enumerate(queue.unreachable, start=row + 2):
        sheet.cell(offset, 1, translate("repair", "未能读取：{firm}（离线且本机没有缓存）").format(firm=name))
    return write_atomic(path, book.save)
