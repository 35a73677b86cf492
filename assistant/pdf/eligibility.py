"""政策匹配汇总: the accountant's portfolio as an A4 landscape PDF."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from assistant.domain.dates import format_datetime
from assistant.exports import portfolio_table
from assistant.pdf import fonts
from assistant.pdf.layout import MARGIN, Running, numbered_canvas


def build_summary(portfolio: list[tuple[Any, list[Any]]], *, preparer: str, as_of: dt.datetime) -> bytes:
    fonts.register()
    header, rows = portfolio_table(portfolio)
    problems = fonts.missing("".join(str(c) for c in header) + "".join(str(c) for row in rows for c in row))
    if problems:
        raise fonts.UnprintableCharacters(problems)
    cell = ParagraphStyle("cell", fontName=fonts.MAIN, fontSize=7.5, leading=10, wordWrap="CJK")
    title = ParagraphStyle("title", fontName=fonts.MAIN_BOLD, fontSize=16, leading=22)
    body = ParagraphStyle("body", fontName=fonts.MAIN, fontSize=9, leading=13)
    data = [[Paragraph(fonts.markup(str(h)), cell) for h in header]]
    for row in rows:
        *text, total = row
        data.append([Paragraph(fonts.markup(str(c)), cell) for c in text] +
                    [Paragraph(f"{total:,.2f}", cell)])
    width = landscape(A4)[0] - 2 * MARGIN
    fixed = [4.2 * cm, 3.6 * cm, 1.4 * cm, 1.4 * cm, 2.2 * cm]
    middle = max(1, len(header) - 5)
    widths = fixed[:2] + [(width - sum(fixed)) / middle] * middle + fixed[2:]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN)]))
    digest = hashlib.sha256(json.dumps(rows, default=str, ensure_ascii=False).encode()).hexdigest()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, title="惠企政策匹配汇总", creator="企业信用自助助手")
    story = [Paragraph("惠企政策匹配汇总", title),
             Paragraph(fonts.markup(f"编制：{preparer}　数据截至：{format_datetime(as_of)}　"
                                    f"“待补充”表示平台缺少相关信息，补充后可能符合；金额为预计数。"), body),
             table]
    doc.build(story, canvasmaker=numbered_canvas(Running("惠企政策匹配汇总", preparer, f"{len(rows)} 户企业", digest)))
    return buffer.getvalue()
