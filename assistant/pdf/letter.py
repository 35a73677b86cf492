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
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

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


def styles() -> dict[str, ParagraphStyle]:
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


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """User text as a paragraph: escaped, rare characters in the font that has them."""
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
    digest = data_hash(template, firm, fields, submitted)
    story = letter_story(template, firm, fields, signed_by=signed_by, signed_on=signed_on, due=due,
                         submitted=submitted)
    buffer = io.BytesIO()
    running = Running(template.title, firm.get("name") or "", firm.get("uscc") or "", digest)
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=template.title, author=firm.get("name") or "",
                            subject=template.matter, creator="企业信用自助助手")
    doc.build(story, canvasmaker=numbered_canvas(running))
    return Letter(buffer.getvalue(), doc.page, digest)


def letter_story(template: Any, firm: dict[str, str], fields: dict[str, Any], *, signed_by: str = "",
                 signed_on: dt.date | None = None, due: list[DueLine] | None = None,
                 submitted: Submitted | None = None) -> list[Flowable]:
    """The letter's flowables, from its title to the signature block: the letter on its own (build_letter) and
    inside a larger document (the 信用修复 application prints its 承诺书 with these). The caller checks that
    every character prints first (`letter_texts`)."""
    s = styles()
    story: list[Flowable] = [para("信用承诺书", s["title"]), para(template.title, s["subtitle"])]

    if submitted is not None:
        stamp = Table([[para("承诺编码", s["cell"]), para(submitted.code, s["cell"]),
                        para("提交时间", s["cell"]), para(format_datetime(submitted.submitted_at), s["cell"])]],
                      colWidths=[2.2 * cm, 5.6 * cm, 2.2 * cm, 6 * cm])
        stamp.setStyle(grid())
        story += [stamp, Spacer(1, 8)]

    rows = [("承诺人名称", firm.get("name")), ("统一社会信用代码", firm.get("uscc")),
            ("法定代表人", firm.get("legal_rep")), ("住所", firm.get("address")), ("联系人及电话", firm.get("contact")),
            ("承诺类型", type_name(template.type)), ("承诺事由", template.matter), ("承诺受理单位", template.department)]
    block = Table([[para(k, s["cell"]), para(v or BLANK, s["cell"])] for k, v in rows], colWidths=[3.4 * cm, 12.6 * cm])
    block.setStyle(grid())
    story += [para("承诺人基本信息", s["heading"]), block]

    story.append(para("承诺内容", s["heading"]))
    if template.certificate_replaced:
        story.append(para(f"本承诺替代提交：{template.certificate_replaced}", s["body"]))
    for number, clause in enumerate(template.content, start=1):
        story.append(Paragraph(fonts.markup(fill(clause, firm, fields)), s["clause"], bulletText=f"{_numeral(number)}、"))

    if template.missing_materials:
        story.append(para("容缺补正材料及期限", s["heading"]))
        table = [[para("序号", s["cell"]), para("材料名称", s["cell"]), para("补正期限", s["cell"])]]
        for n, line in enumerate(due or [DueLine(m.name, m.due_workdays) for m in template.missing_materials], 1):
            if line.due_on is None:
                when = f"自承诺之日起 {line.due_workdays} 个工作日内"
            else:
                when = format_date(line.due_on) + ("（预计，节假日安排尚未公布）" if line.estimated else "")
            table.append([para(str(n), s["cell"]), para(line.name, s["cell"]), para(when, s["cell"])])
        materials = Table(table, colWidths=[1.4 * cm, 8 * cm, 6.6 * cm], repeatRows=1)
        materials.setStyle(grid(header=True))
        story.append(materials)

    story += [para("违诺责任", s["heading"]), para(template.breach_liability, s["body"]),
              para("法律依据", s["heading"]), para(template.legal_basis, s["body"]),
              para("信息公开", s["heading"]),
              para(f"公开类型：{template.publicity}。本人（单位）同意将本承诺书及履约情况在信用平台记录、共享，"
                   f"并按上述公开类型公开。", s["body"])]

    signer = signed_by or ""
    story += [Spacer(1, 16), signature_block([f"承诺人（盖章）：{firm.get('name') or BLANK}",
                                              f"法定代表人（签字）：__________　{signer}", "经办人（签字）：__________"],
                                             signed_on)]
    return story


def signature_block(lines: list[str], signed_on: dt.date | None = None, *, seal: str = "（盖章）") -> KeepTogether:
    """Signature lines on the left, then the date line (to fill by hand when there is no date), and a box for the
    seal on the right, kept together on one page."""
    s = styles()
    date_text = format_date(signed_on) if signed_on else "______年____月____日"
    box = Table([[para(seal, s["small"])]], colWidths=[4.2 * cm], rowHeights=[4.2 * cm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
                             ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    rows = [[para(line, s["body"]), box if n == 0 else ""] for n, line in enumerate([*lines, f"日期：{date_text}"])]
    signature = Table(rows, colWidths=[11.4 * cm, 4.6 * cm])
    signature.setStyle(TableStyle([("SPAN", (1, 0), (1, len(rows) - 1)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
                                   ("TOPPADDING", (0, 0), (-1, -1), 8)]))
    return KeepTogether([signature])


def grid(header: bool = False) -> TableStyle:
    """Ruled cells with the caption column (or, with `header`, the first row) shaded."""
    shaded = ((0, 0), (-1, 0)) if header else ((0, 0), (0, -1))
    return TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
                       ("BACKGROUND", *shaded, colors.HexColor("#f2f2f2"))])
