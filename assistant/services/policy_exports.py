"""The accountant's portfolio (firms × policies) as a table for the screen and an Excel workbook. Codes are written as text: no digit is lost."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from assistant.domain.policies import MET, UNKNOWN, UNMET, state_names
from assistant.i18n import translate
from assistant.infra.files import write_atomic


@dataclass(frozen=True)
class PortfolioTable:
    """The accountant's matrix as the screen, Excel and the PDF show it: one row per firm, one column per policy
    (each cell a state and, when it can be enjoyed, the estimated amount), then counts and totals; and a 合计 row."""

    policies: list[Any]
    rows: list[tuple[Any, list[tuple[str, Decimal | None]], int, int, Decimal]]  # firm, cells, met, unknown, total

    @property
    def header(self) -> list[str]:
        return [translate("exports", "企业名称"), translate("exports", "统一社会信用代码"),
                *[p.title for p in self.policies], translate("exports", "可享受（项）"),
                translate("exports", "待补充（项）"), translate("exports", "预计可享受金额（元）")]

    @property
    def totals(self) -> tuple[list[int], int, int, Decimal]:
        """Per policy how many firms can enjoy it; then all firms' counts and the grand total."""
        per_policy = [sum(row[1][i][0] == MET for row in self.rows) for i in range(len(self.policies))]
        return (per_policy, sum(r[2] for r in self.rows), sum(r[3] for r in self.rows),
                sum((r[4] for r in self.rows), Decimal(0)))


def portfolio_table(portfolio: list[tuple[Any, list[Any]]]) -> PortfolioTable:
    policies = [row.policy for row in portfolio[0][1]] if portfolio else []
    rows = []
    for firm, results in portfolio:
        cells = [(r.result.state, r.result.amount if r.result.state == MET else None) for r in results]
        met = [amount or Decimal(0) for state, amount in cells if state == MET]
        rows.append((firm, cells, len(met), sum(state == UNKNOWN for state, _ in cells), sum(met, Decimal(0))))
    return PortfolioTable(policies, rows)


FILLS = {MET: "E6F4EA", UNKNOWN: "FFF4CE", UNMET: "F1F3F4"}


def write_excel(portfolio: list[tuple[Any, list[Any]]], path: Path, *, as_of: dt.datetime | None = None) -> Path:
    """Numbers are numbers (amounts and counts add up in Excel); a cell's state is its colour and, where there is
    no amount, its text; codes are text, so no digit is lost."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    table = portfolio_table(portfolio)
    names = state_names()
    book = Workbook()
    sheet = book.active
    sheet.title = translate("exports", "政策匹配")
    sheet.append(table.header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    money, first = "#,##0.00", 3
    for firm, cells, met, unknown, total in table.rows:
        sheet.append([firm.name, None, *[float(a) if a else names[s] for s, a in cells], met, unknown, float(total)])
        r = sheet.max_row
        code = sheet.cell(r, 2, str(firm.uscc))
        code.number_format, code.data_type = "@", "s"  # text: 18 characters, leading zeros and all
        for i, (state, amount) in enumerate(cells):
            cell = sheet.cell(r, first + i)
            cell.fill = PatternFill("solid", fgColor=FILLS[state])
            if amount:
                cell.number_format = money
        sheet.cell(r, sheet.max_column).number_format = money
    per_policy, met, unknown, total = table.totals
    sheet.append([translate("exports", "合计"), None, *per_policy, met, unknown, float(total)])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    sheet.cell(sheet.max_row, sheet.max_column).number_format = money
    sheet.freeze_panes = "C2"
    widths = [30, 22] + [16] * len(table.policies) + [12, 12, 18]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    notes = [translate("exports", "政策列：数字为可享受政策的预计金额（元）；绿色为可享受，黄色为待补充（平台缺少信息），灰色为暂不符合。"
                                   "合计行的政策列为可享受该政策的企业数。")]
    if as_of is not None:
        notes.append(translate("exports", "数据截至 {time}").format(time=as_of.astimezone().strftime("%Y-%m-%d %H:%M")))
    for offset, note in enumerate(notes, start=sheet.max_row + 2):
        sheet.cell(offset, 1, note)
    return write_atomic(path, book.save)
