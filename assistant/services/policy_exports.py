"""The accountant's portfolio (firms × policies) as a table for the screen and an Excel workbook. Codes are written as text: no digit is lost."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from assistant.domain.policies import MET, UNKNOWN, UNMET, state_names
from assistant.i18n import translate
from assistant.infra.files import write_atomic


def portfolio_table(portfolio: list[tuple[Any, list[Any]]]) -> tuple[list[str], list[list[Any]]]:
    """Header and rows shared by the Excel and PDF exports: one row per firm, one column per policy, then totals."""
    policies = [row.policy for row in portfolio[0][1]] if portfolio else []
    names = state_names()
    header = [translate("exports", "企业名称"), translate("exports", "统一社会信用代码"),
              *[p.title for p in policies],
              translate("exports", "可享受（项）"), translate("exports", "待补充（项）"),
              translate("exports", "预计可享受金额（元）")]
    rows = []
    for firm, results in portfolio:
        cells = []
        for row in results:
            text = names[row.result.state]
            if row.result.state == MET and row.result.amount:
                text += f" {row.result.amount:,.2f}"
            cells.append(text)
        met = [r for r in results if r.result.state == MET]
        total = sum((r.result.amount or Decimal(0) for r in met), Decimal(0))
        rows.append([firm.name, firm.uscc, *cells, len(met),
                     sum(r.result.state == UNKNOWN for r in results), total])
    return header, rows


def write_excel(portfolio: list[tuple[Any, list[Any]]], path: Path, *, as_of: dt.datetime | None = None) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    header, rows = portfolio_table(portfolio)
    book = Workbook()
    sheet = book.active
    sheet.title = translate("exports", "政策匹配")
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    fills = {MET: "E6F4EA", UNKNOWN: "FFF4CE", UNMET: "F1F3F4"}
    names = {v: k for k, v in state_names().items()}
    for values in rows:
        sheet.append(values)
        r = sheet.max_row
        code = sheet.cell(r, 2)
        code.value, code.number_format = str(values[1]), "@"  # text: 18 characters, leading zeros and all
        code.data_type = "s"
        money = sheet.cell(r, len(header))
        money.value, money.number_format = float(values[-1]), "#,##0.00"
        for column in range(3, len(header) - 2):
            cell = sheet.cell(r, column)
            state = names.get(str(cell.value).split(" ")[0])
            if state:
                cell.fill = PatternFill("solid", fgColor=fills[state])
    sheet.freeze_panes = "C2"
    widths = [30, 22] + [16] * (len(header) - 5) + [12, 12, 18]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    if as_of is not None:
        sheet.cell(sheet.max_row + 2, 1, translate("exports", "数据截至 {time}").format(
            time=as_of.astimezone().strftime("%Y-%m-%d %H:%M")))
    return write_atomic(path, book.save)
