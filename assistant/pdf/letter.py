"""信用承诺书: the commitment letter as an A4 document to preview, print, sign and keep."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from assistant.domain.commitments import BLANK, fill, type_name
from assistant.domain.dates import format_date, format_datetime
from assistant.pdf import fonts
from assistant.pdf.layout import MARGIN, Running, numbered_canvas

CHINESE_NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class Submitted:
    """What the platform assigned, printed once the commitment has been submitted."""

    code: str
    submitted_at: dt.datetime


@dataclass(frozen=True)
class DueLine:
    name: str
    due_workdays: int
    due_on: dt.date | None = None
    estimated: bool = False


@dataclass(frozen=True)
class Letter:
    pdf: bytes
    pages: int
    data_hash: str


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=fonts.MAIN, fontSize=11, leading=18, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", parent=base, fontName=fonts.MAIN_BOLD, fontSize=20, leading=28,
                                alignment=TA_CENTER, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=12, alignment=TA_CENTER, spaceAfter=12),
        "heading": ParagraphStyle("heading", parent=base, fontName=fonts.MAIN_BOLD, fontSize=12, spaceBefore=10,
                                  spaceAfter=4),
        "body": base,
        "clause": ParagraphStyle("clause", parent=base, firstLineIndent=0, leftIndent=26, bulletIndent=0,
                                 bulletFontName=fonts.MAIN, bulletFontSize=11,
                                 spaceAfter=4),
        "cell": ParagraphStyle("cell", parent=base, fontSize=10, leading=15),
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=14, textColor=colors.HexColor("#444444")),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(fonts.markup(text), style)


def _numeral(n: int) -> str:
    if n <= 10:
        return CHINESE_NUMERALS[n - 1]
    tens, ones = divmod(n, 10)
    return (CHINESE_NUMERALS[tens - 1] if tens > 1 else "") + "十" + (CHINESE_NUMERALS[ones - 1] if ones else "")


def letter_texts(template: Any, firm: dict[str, str], fields: dict[str, Any]) -> list[str]:
    """Every piece of text the letter will print (for the printability check before building it)."""
    texts = [template.title, template.matter, template.department, template.breach_liability, template.legal_basis,
             template.publicity, *[fill(c, firm, fields) for c in template.content],
             *[m.name for m in template.missing_materials], *[str(v) for v in firm.values() if v]]
    return texts


def data_hash(template: Any, firm: dict[str, str], fields: dict[str, Any], submitted: Submitted | None) -> str:
    canonical = json.dumps({"template": [template.code, template.version], "firm": firm, "fields": fields,
                            "code": submitted.code if submitted else None}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def build_letter(template: Any, firm: dict[str, str], fields: dict[str, Any], *, signed_by: str = "",
                 signed_on: dt.date | None = None, due: list[DueLine] | None = None,
                 submitted: Submitted | None = None) -> Letter:
    """The letter as PDF bytes. Raises UnprintableCharacters, naming them, before producing anything."""
    fonts.register()
    problems = fonts.missing("".join(letter_texts(template, firm, fields)) + signed_by)
    if problems:
        raise fonts.UnprintableCharacters(problems)
    s = _styles()
    digest = data_hash(template, firm, fields, submitted)
    story: list = [_p("信用承诺书", s["title"]), _p(template.title, s["subtitle"])]

    if submitted is not None:
        stamp = Table([[_p("承诺编码", s["cell"]), _p(submitted.code, s["cell"]),
                        _p("提交时间", s["cell"]), _p(format_datetime(submitted.submitted_at), s["cell"])]],
                      colWidths=[2.2 * cm, 5.6 * cm, 2.2 * cm, 6 * cm])
        stamp.setStyle(_grid())
        story += [stamp, Spacer(1, 8)]

    rows = [("承诺人名称", firm.get("name")), ("统一社会信用代码", firm.get("uscc")),
            ("法定代表人", firm.get("legal_rep")), ("住所", firm.get("address")), ("联系人及电话", firm.get("contact")),
            ("承诺类型", type_name(template.type)), ("承诺事由", template.matter), ("承诺受理单位", template.department)]
    block = Table([[_p(k, s["cell"]), _p(v or BLANK, s["cell"])] for k, v in rows], colWidths=[3.4 * cm, 12.6 * cm])
    block.setStyle(_grid())
    story += [_p("承诺人基本信息", s["heading"]), block]

    story.append(_p("承诺内容", s["heading"]))
    if template.certificate_replaced:
        story.append(_p(f"本承诺替代提交：{template.certificate_replaced}", s["body"]))
    for number, clause in enumerate(template.content, start=1):
        story.append(Paragraph(fonts.markup(fill(clause, firm, fields)), s["clause"], bulletText=f"{_numeral(number)}、"))

    if template.missing_materials:
        story.append(_p("容缺补正材料及期限", s["heading"]))
        table = [[_p("序号", s["cell"]), _p("材料名称", s["cell"]), _p("补正期限", s["cell"])]]
        for n, line in enumerate(due or [DueLine(m.name, m.due_workdays) for m in template.missing_materials], 1):
            if line.due_on is None:
                when = f"自承诺之日起 {line.due_workdays} 个工作日内"
            else:
                when = format_date(line.due_on) + ("（预计，节假日安排尚未公布）" if line.estimated else "")
            table.append([_p(str(n), s["cell"]), _p(line.name, s["cell"]), _p(when, s["cell"])])
        materials = Table(table, colWidths=[1.4 * cm, 8 * cm, 6.6 * cm], repeatRows=1)
        materials.setStyle(_grid(header=True))
        story.append(materials)

    story += [_p("违诺责任", s["heading"]), _p(template.breach_liability, s["body"]),
              _p("法律依据", s["heading"]), _p(template.legal_basis, s["body"]),
              _p("信息公开", s["heading"]),
              _p(f"公开类型：{template.publicity}。本人（单位）同意将本承诺书及履约情况在信用平台记录、共享，"
                 f"并按上述公开类型公开。", s["body"])]

    date_text = format_date(signed_on) if signed_on else "______年____月____日"
    seal = Table([[_p("（盖章）", s["small"])]], colWidths=[4.2 * cm], rowHeights=[4.2 * cm])
    seal.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
                              ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    signer = signed_by or ""
    signature = Table(
        [[_p(f"承诺人（盖章）：{firm.get('name') or BLANK}", s["body"]), seal],
         [_p(f"法定代表人（签字）：__________　{signer}", s["body"]), ""],
         [_p("经办人（签字）：__________", s["body"]), ""],
         [_p(f"日期：{date_text}", s["body"]), ""]],
        colWidths=[11.4 * cm, 4.6 * cm],
    )
    signature.setStyle(TableStyle([("SPAN", (1, 0), (1, 3)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
                                   ("TOPPADDING", (0, 0), (-1, -1), 8)]))
    story += [Spacer(1, 16), KeepTogether([signature])]

    buffer = io.BytesIO()
    running = Running(template.title, firm.get("name") or "", firm.get("uscc") or "", digest)
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=template.title, author=firm.get("name") or "",
                            subject=template.matter, creator="企业信用自助助手")
    doc.build(story, canvasmaker=numbered_canvas(running))
    return Letter(buffer.getvalue(), doc.page, digest)


def _grid(header: bool = False) -> TableStyle:
    """Ruled cells with the caption column (or, with `header`, the first row) shaded."""
    shaded = ((0, 0), (-1, 0)) if header else ((0, 0), (0, -1))
    return TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
                       ("BACKGROUND", *shaded, colors.HexColor("#f2f2f2"))])
