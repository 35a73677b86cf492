"""政策匹配汇总: the accountant's portfolio as an A4 landscape PDF."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from assistant.domain.dates import format_datetime
from assistant.domain.policies import MET, STATE_NAMES_ZH, UNKNOWN
from assistant.pdf import fonts
from assistant.pdf.layout import MARGIN, Running, numbered_canvas


def build_summary(portfolio: list[tuple[Any, list[Any]]], *, preparer: str, as_of: dt.datetime) -> bytes:
    """Per firm: counts and the estimated total; then every policy a firm can enjoy or could with more information.
    (The full firms × policies matrix is too wide for paper: it goes to Excel.)"""
    fonts.register()
    names = STATE_NAMES_ZH  # a Chinese document whatever the UI language: it goes to Chinese offices
    totals = []
    details = []
    grand = [0, 0, Decimal(0)]
    for firm, results in portfolio:
        met = [r for r in results if r.result.state == MET]
        unknown = sum(r.result.state == UNKNOWN for r in results)
        amount = sum((r.result.amount or Decimal(0) for r in met), Decimal(0))
        grand = [grand[0] + len(met), grand[1] + unknown, grand[2] + amount]
        totals.append([firm.name, firm.uscc, str(len(met)), str(unknown), f"{amount:,.2f}"])
        for r in results:
            if r.result.state in (MET, UNKNOWN):
                amount = f"{r.result.amount:,.2f}" if r.result.amount and r.result.state == MET else ""
                details.append([firm.name, r.policy.title, names[r.result.state],
                                "免申即享" if r.policy.mode == "auto" else "需申请", amount])
    totals.append(["合计", f"{len(portfolio)} 户企业", str(grand[0]), str(grand[1]), f"{grand[2]:,.2f}"])
    texts = [c for row in totals + details for c in row]
    problems = fonts.missing("".join(texts))
    if problems:
        raise fonts.UnprintableCharacters(problems)
    cell = ParagraphStyle("cell", fontName=fonts.MAIN, fontSize=9, leading=13, wordWrap="CJK")
    title = ParagraphStyle("title", fontName=fonts.MAIN_BOLD, fontSize=16, leading=22)
    heading = ParagraphStyle("heading", fontName=fonts.MAIN_BOLD, fontSize=12, leading=18, spaceBefore=10,
                             spaceAfter=4)
    body = ParagraphStyle("body", fontName=fonts.MAIN, fontSize=9, leading=13)

    def table(header: list[str], rows: list[list[str]], widths: list[float]) -> Table:
        data = [[Paragraph(fonts.markup(h), cell) for h in header]]
        data += [[Paragraph(fonts.markup(c), cell) for c in row] for row in rows]
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN)]))
        return t

    digest = hashlib.sha256(json.dumps(totals + details, ensure_ascii=False).encode()).hexdigest()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title="惠企政策匹配汇总", creator="企业信用自助助手")
    story = [Paragraph("惠企政策匹配汇总", title),
             Paragraph(fonts.markup(f"编制：{preparer}　数据截至：{format_datetime(as_of)}。“待补充”表示平台缺少"
                                    f"相关信息，补充后可能符合；金额为预计数（元）。"), body),
             Paragraph("各企业汇总", heading),
             table(["企业名称", "统一社会信用代码", "可享受", "待补充", "预计金额"], totals,
                   [5.2 * cm, 4.4 * cm, 1.5 * cm, 1.5 * cm, 3.4 * cm]),
             Paragraph("可享受及待补充的政策", heading),
             table(["企业名称", "政策", "结果", "方式", "预计金额"], details,
                   [4.6 * cm, 5.8 * cm, 1.6 * cm, 1.8 * cm, 2.2 * cm])]
    doc.build(story, canvasmaker=numbered_canvas(Running("惠企政策匹配汇总", preparer, f"{len(portfolio)} 户企业", digest)))
    return buffer.getvalue()
