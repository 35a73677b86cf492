"""信用信息修复申请表 and 信用修复承诺书: one signable A4 document to preview, print, sign, seal and keep.

The form: the applicant, the records to repair, the reason (flowing onto further pages when long), every attached
material with its SHA-256, the applicant's declaration with signature and seal, and boxes for the accepting and
deciding authorities. Then, on pages of its own, the commitment letter drawn by the letter's own code
(`letter.letter_story`), with its own signature and seal. Page x of y counts the whole document.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from assistant.domain.commitments import BLANK
from assistant.domain.dates import format_date, format_datetime
from assistant.pdf import fonts
from assistant.pdf.layout import MARGIN, Running, Section, numbered_canvas
from assistant.pdf.letter import letter_story, letter_texts, para, signature_block, styles

TITLE = "信用信息修复申请表"
LETTER_TITLE = "信用修复承诺书"
WIDTH = A4[0] - 2 * MARGIN  # 16 cm
PAD = 4  # points of cell padding on each side
RULE = colors.black
BLANK_ROWS = 2  # records on a blank form (twice as many materials)
SHADE = colors.HexColor("#f0f0f0")
DECLARATION = ("本单位（人）郑重声明：上述失信行为已经纠正，相关法定责任和义务已全面履行；本表所填内容及所附材料真实、"
               "合法、有效，如有虚假，愿意承担相应的法律责任，并同意认定单位撤销修复决定、将相关情况记入信用记录。")


@dataclass(frozen=True)
class Applicant:
    """申请主体: the firm whose records are to be repaired."""

    name: str
    uscc: str
    legal_rep: str = ""
    address: str = ""


@dataclass(frozen=True)
class RecordLine:
    """One record to repair, as the platform published it."""

    authority: str  # 认定单位
    document_no: str  # 决定文书号
    decided_on: dt.date
    summary: str = ""
    klass_zh: str = ""  # 轻微 / 一般 / 严重
    kind_zh: str = ""  # 行政处罚 / 经营异常名录 / …


@dataclass(frozen=True)
class MaterialLine:
    """One attached file, in the slot it was attached to."""

    slot_name: str
    file_name: str
    sha256: str
    size: int  # bytes


@dataclass(frozen=True)
class CommitmentPart:
    """The 信用修复承诺书 printed after the form: what `letter.build_letter` takes for the same letter (template
    HN-XYXF with the record's details in its fields), so both print it alike. The letter's 承诺人 is the applicant."""

    template: Any  # a CommitmentTemplate
    fields: Mapping[str, Any]
    signed_by: str = ""
    signed_on: dt.date | None = None


@dataclass(frozen=True)
class CaseDates:
    """The platform's deadlines for a submitted case, counted in working days (`estimated` beyond a published
    holiday calendar)."""

    acceptance_on: dt.date | None = None
    decision_on: dt.date | None = None
    estimated: bool = False


@dataclass(frozen=True)
class RepairForm:
    applicant: Applicant
    records: Sequence[RecordLine]
    reason: str
    contact_name: str
    contact_phone: str
    commitment: CommitmentPart | None
    materials: Sequence[MaterialLine] = ()
    prepared_on: dt.date | None = None  # 填表日期; blank lines to fill by hand when None
    agent_name: str = ""  # 代理人 (an accountant applying for a client): its own row and signature line
    case_no: str = ""  # once submitted
    submitted_at: dt.datetime | None = None
    due: CaseDates | None = None


@dataclass(frozen=True)
class RepairDocument:
    pdf: bytes
    pages: int
    data_hash: str


# -- the document ---------------------------------------------------------------------------------------------------
def render_repair_form(form: RepairForm) -> RepairDocument:
    """The application and its commitment letter as PDF bytes. Raises fonts.UnprintableCharacters, naming every
    character no font has, before producing anything."""
    fonts.register()
    letter_firm = _letter_firm(form)
    texts = form_texts(form)
    if form.commitment is not None:
        texts += letter_texts(form.commitment.template, letter_firm, dict(form.commitment.fields))
        texts.append(form.commitment.signed_by)
    problems = fonts.missing("".join(texts))
    if problems:
        raise fonts.UnprintableCharacters(problems)

    digest = data_hash(form)
    story = _form_story(form)
    if form.commitment is not None:
        c = form.commitment
        story += [PageBreak(), Section(LETTER_TITLE),
                  *letter_story(c.template, letter_firm, dict(c.fields), signed_by=c.signed_by, signed_on=c.signed_on)]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=TITLE, author=form.applicant.name, subject="申请信用信息修复",
                            creator="企业信用自助助手")
    doc.build(story, canvasmaker=numbered_canvas(Running(TITLE, form.applicant.name, form.applicant.uscc, digest)))
    return RepairDocument(buffer.getvalue(), doc.page, digest)


def form_texts(form: RepairForm) -> list[str]:
    """Every piece of user text the form prints (for the printability check)."""
    a = form.applicant
    texts = [a.name, a.uscc, a.legal_rep, a.address, form.reason, form.contact_name, form.contact_phone,
             form.agent_name, form.case_no]
    for r in form.records:
        texts += [r.authority, r.document_no, r.summary, r.klass_zh, r.kind_zh]
    for m in form.materials:
        texts += [m.slot_name, m.file_name, m.sha256]
    return [t for t in texts if t]


def data_hash(form: RepairForm) -> str:
    """SHA-256 of what the document says (printed in every footer): a paper copy can be matched to its data."""
    c = form.commitment
    canonical = {
        "applicant": [form.applicant.name, form.applicant.uscc, form.applicant.legal_rep, form.applicant.address],
        "records": [[r.authority, r.document_no, r.decided_on.isoformat(), r.summary, r.klass_zh, r.kind_zh]
                    for r in form.records],
        "reason": form.reason, "contact": [form.contact_name, form.contact_phone], "agent": form.agent_name,
        "materials": [[m.slot_name, m.file_name, m.sha256, m.size] for m in form.materials],
        "case_no": form.case_no,
        "commitment": None if c is None else {
            "template": [c.template.code, c.template.version], "fields": {k: str(v) for k, v in c.fields.items()},
            "signed_by": c.signed_by, "signed_on": c.signed_on.isoformat() if c.signed_on else None},
    }
    return hashlib.sha256(json.dumps(canonical, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def _letter_firm(form: RepairForm) -> dict[str, str]:
    a = form.applicant
    contact = " ".join(v for v in (form.contact_name, form.contact_phone) if v)
    return {"name": a.name, "uscc": a.uscc, "legal_rep": a.legal_rep, "address": a.address, "contact": contact}


# -- styles and cells -----------------------------------------------------------------------------------------------
def _styles() -> dict[str, ParagraphStyle]:
    s = styles()
    cell = ParagraphStyle("form-cell", parent=s["body"], fontSize=10, leading=14)
    return {
        **s,
        "form-title": ParagraphStyle("form-title", parent=s["title"], fontSize=22, leading=30, spaceAfter=2),
        "meta": ParagraphStyle("meta", parent=cell, fontSize=9.5, alignment=TA_RIGHT, spaceAfter=6),
        "cell": cell,
        "caption": ParagraphStyle("caption", parent=cell, alignment=TA_CENTER),
        "section": ParagraphStyle("section", parent=cell, fontName=fonts.MAIN_BOLD, fontSize=11, leading=15),
        "center": ParagraphStyle("center", parent=cell, alignment=TA_CENTER),
        "tiny": ParagraphStyle("tiny", parent=cell, fontSize=7.5, leading=10, textColor=colors.HexColor("#333333")),
        "reason": ParagraphStyle("reason", parent=cell, fontSize=10.5, leading=17, firstLineIndent=21),
        "declaration": ParagraphStyle("declaration", parent=s["body"], fontSize=10.5, leading=17, firstLineIndent=21,
                                      spaceBefore=10),
        "authority": ParagraphStyle("authority", parent=cell, alignment=TA_RIGHT, textColor=colors.HexColor("#333333")),
    }


@dataclass(frozen=True)
class _Plain:
    """A cell drawn as a plain string (no paragraph to parse and wrap: a form has hundreds of cells): the form's
    own captions, numbers, dates, sizes and identifiers the main font draws whole and that fit their cell."""

    text: str
    size: float = 10
    align: str = "LEFT"
    font: str = fonts.MAIN
    color: Any = None


def _fits_plain(text: str, width: float, size: float = 10) -> bool:
    """Every line of `text` fits `width` unwrapped (a CJK character is one em wide), in the main font."""
    room = width - 2 * PAD
    return _main_only(text) and all(len(line) * size <= room for line in text.split("\n"))


def _caption(text: str) -> _Plain:
    return _Plain(text, align="CENTER")


def _section(text: str) -> _Plain:
    return _Plain(text, size=11, font=fonts.MAIN_BOLD)


def _main_only(text: str) -> bool:
    """Whether the main font draws every character of `text` (then it needs no font switches)."""
    return all(font == fonts.MAIN for font, _ in fonts.runs(text))


def _cell(text: str, width: float, style: ParagraphStyle) -> _Plain | Paragraph:
    """User text in a cell: a plain string when it fits on one line in the main font, else a wrapping paragraph."""
    if "\n" not in text and _main_only(text) and stringWidth(text, fonts.MAIN, 10) <= width - 2 * PAD - 1:
        return _Plain(text, align="CENTER" if style.alignment == TA_CENTER else "LEFT")
    return para(text, style)


def _ident(text: str, width: float, style: ParagraphStyle, *, smallest: float = 6.5, align: str = "LEFT",
           color: Any = None) -> _Plain | Paragraph:
    """An identifier (统一社会信用代码, 文书号, a hash) on one line, never broken: its type shrinks to fit the cell;
    only one too long even at `smallest` wraps (CJK-style) rather than running out of its cell."""
    room = (width - 2 * PAD) * 0.98  # a hair to spare: rounding must not push the last character over
    natural = sum(stringWidth(chunk, font, 1) for font, chunk in fonts.runs(text))
    size = style.fontSize
    if natural * size > room:
        size = max(smallest, room / natural)
    fits = natural * size <= room
    if fits and _main_only(text):
        return _Plain(text, size=size, align=align, color=color)
    fitted = ParagraphStyle(f"{style.name}-ident", parent=style, fontSize=size, leading=max(size * 1.35, 9),
                            wordWrap=None if fits else "CJK", splitLongWords=not fits)
    return Paragraph(fonts.markup(text), fitted)


def _table(rows: list[list[Any]], widths: list[float], extra: list[tuple] | None = None, *,
           sections: Sequence[int] = (), captions: Sequence[tuple] = (), **options: Any) -> Table:
    """A ruled table from rows of paragraphs, flowables and `_Plain` cells (each plain cell's font, size, alignment
    and colour become the table's own cell styles)."""
    cells: list[tuple] = []
    data = []
    for r, row in enumerate(rows):
        out = []
        for c, cell in enumerate(row):
            if isinstance(cell, _Plain):
                where = ((c, r), (c, r))
                if cell.font != fonts.MAIN:
                    cells.append(("FONTNAME", *where, cell.font))
                if cell.size != 10:
                    cells += [("FONTSIZE", *where, cell.size), ("LEADING", *where, cell.size * 1.3)]
                if cell.align != "LEFT":
                    cells.append(("ALIGN", *where, cell.align))
                if cell.color is not None:
                    cells.append(("TEXTCOLOR", *where, cell.color))
                cell = cell.text
            out.append(cell)
        data.append(out)
    table = Table(data, colWidths=widths, **options)
    table.setStyle(_ruled(cells + (extra or []), sections=sections, captions=captions))
    return table


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / 1024 / 1024:.1f} MB"


def _short(digest: str) -> str:
    return f"{digest[:8]}…{digest[-8:]}" if len(digest) > 20 else digest


def _ruled(extra: list[tuple] | None = None, *, sections: Sequence[int] = (), captions: Sequence[tuple] = ()
           ) -> TableStyle:
    """A government form's grid: every cell ruled, a heavier outer frame, section rows spanning the width and
    shaded, caption cells shaded."""
    commands: list[tuple] = [("GRID", (0, 0), (-1, -1), 0.5, RULE), ("BOX", (0, 0), (-1, -1), 1.2, RULE),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
                             ("FONTSIZE", (0, 0), (-1, -1), 10), ("LEADING", (0, 0), (-1, -1), 13),
                             ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                             ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for row in sections:
        commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), SHADE)]
    for start, end in captions:
        commands.append(("BACKGROUND", start, end, SHADE))
    return TableStyle(commands + (extra or []))


# -- the form's parts -----------------------------------------------------------------------------------------------
def _form_story(form: RepairForm) -> list[Flowable]:
    s = _styles()
    number = form.case_no or "（提交后由平台生成）"
    prepared = format_date(form.prepared_on) if form.prepared_on else "______年____月____日"
    story: list[Flowable] = [Section(TITLE), para(TITLE, s["form-title"]),
                             para(f"申请编号：{number}　　填表日期：{prepared}", s["meta"])]
    story += [_applicant_table(form, s), Spacer(1, 8), _records_table(form, s), Spacer(1, 8),
              _reason_table(form, s), Spacer(1, 8), _materials_table(form, s)]
    if form.case_no or form.submitted_at or form.due:
        story += [Spacer(1, 8), _case_table(form, s)]
    story += [para(DECLARATION, s["declaration"]), Spacer(1, 6)]
    lines = [f"申请单位（盖章）：{form.applicant.name or BLANK}",
             f"法定代表人（负责人）签字：__________　{form.applicant.legal_rep}"]
    if form.agent_name:
        lines.append(f"代理人签字：__________　{form.agent_name}")
    story += [signature_block(lines, form.prepared_on, seal="申请单位盖章"), Spacer(1, 10), _office_table(s)]
    return story


def _applicant_table(form: RepairForm, s: dict[str, ParagraphStyle]) -> Table:
    a = form.applicant
    widths = [3.3 * cm, 4.7 * cm, 3.3 * cm, 4.7 * cm]
    rows: list[list[Any]] = [
        [_section("一、申请主体"), "", "", ""],
        [_caption("申请主体名称"), _cell(a.name, sum(widths[1:]), s["cell"]), "", ""],
        [_caption("统一社会信用代码"), _ident(a.uscc, widths[1], s["cell"]), _caption("法定代表人"),
         _cell(a.legal_rep, widths[3], s["cell"])],
        [_caption("住所（经营场所）"), _cell(a.address, sum(widths[1:]), s["cell"]), "", ""],
        [_caption("联系人"), _cell(form.contact_name, widths[1], s["cell"]), _caption("联系电话"),
         _ident(form.contact_phone, widths[3], s["cell"])],
    ]
    spans = [("SPAN", (1, 1), (3, 1)), ("SPAN", (1, 3), (3, 3))]
    if form.agent_name:
        rows.append([_caption("代理人"), _cell(form.agent_name, widths[1], s["cell"]), _caption("代理事项"),
                     para("受申请主体委托代为申请信用修复（授权委托书附后）", s["cell"])])
    return _table(rows, widths, spans, sections=[0], captions=[((0, 1), (0, -1)), ((2, 2), (2, 2)), ((2, 4), (2, -1))])


def _records_table(form: RepairForm, s: dict[str, ParagraphStyle]) -> Table:
    widths = [1.1 * cm, 4.6 * cm, 4.9 * cm, 2.9 * cm, 2.5 * cm]
    rows: list[list[Any]] = [
        [_section("二、申请修复的失信信息" + (f"（共 {len(form.records)} 条）" if form.records else "")), "", "", "", ""],
        [_caption("序号"), _caption("认定单位"), _caption("决定文书号"), _caption("决定日期"), _caption("类别")],
    ]
    extra: list[tuple] = []
    heights: list[float | None] = [None, None]
    for n, r in enumerate(form.records or [None] * BLANK_ROWS, 1):  # a blank form: rows to fill by hand
        top = len(rows)
        if r is None:
            rows += [[_caption(str(n)), "", "", "", ""], ["", _Plain("失信行为："), "", "", ""]]
            heights += [0.9 * cm, 0.8 * cm]
        else:
            klass = "\n".join(x for x in (f"{r.klass_zh}失信" if r.klass_zh else "", r.kind_zh) if x) or BLANK
            rows.append([_caption(str(n)), _cell(r.authority or BLANK, widths[1], s["cell"]),
                         _ident(r.document_no, widths[2], s["cell"]), _caption(format_date(r.decided_on)),
                         _caption(klass) if _fits_plain(klass, widths[4]) else para(klass, s["center"])])
            rows.append(["", _cell(f"失信行为：{r.summary or BLANK}", sum(widths[1:]), s["cell"]), "", "", ""])
            heights += [None, None]
        extra += [("SPAN", (0, top), (0, top + 1)), ("SPAN", (1, top + 1), (-1, top + 1)),
                  ("NOSPLIT", (0, top), (-1, top + 1))]
    return _table(rows, widths, extra, sections=[0], captions=[((0, 1), (-1, 1))], rowHeights=heights, repeatRows=2)


def _reason_table(form: RepairForm, s: dict[str, ParagraphStyle]) -> Table:
    """The reason in one ruled box that continues on the next page when it is long (its row splits), at least
    high enough to write a reason by hand on a blank form."""
    paragraphs: list[Flowable] = [para(line, s["reason"]) for line in form.reason.split("\n") if line.strip()]
    room = WIDTH - 2 * PAD
    used = sum(p.wrap(room, A4[1])[1] for p in paragraphs)
    minimum = 3 * cm if paragraphs else 7 * cm
    if used < minimum:
        paragraphs.append(Spacer(1, minimum - used))
    rows: list[list[Any]] = [[_section("三、申请修复理由（失信行为纠正及法定责任、义务履行情况）")], [paragraphs]]
    return _table(rows, [WIDTH], [("VALIGN", (0, 1), (-1, -1), "TOP"), ("TOPPADDING", (0, 1), (-1, -1), 6),
                                  ("BOTTOMPADDING", (0, 1), (-1, -1), 8)], sections=[0], repeatRows=1, splitInRow=1)


def _materials_table(form: RepairForm, s: dict[str, ParagraphStyle]) -> Table:
    widths = [1.1 * cm, 4.4 * cm, 5.6 * cm, 1.9 * cm, 3.0 * cm]
    rows: list[list[Any]] = [
        [_section("四、提交材料清单" + (f"（共 {len(form.materials)} 份）" if form.materials else "")), "", "", "", ""],
        [_caption("序号"), _caption("材料名称"), _caption("文件名"), _caption("大小"), _caption("校验码")],
    ]
    extra: list[tuple] = []
    full = sum(widths[1:])
    heights: list[float | None] = [None, None]
    grey = colors.HexColor("#333333")
    for n, m in enumerate(form.materials, 1):
        top = len(rows)
        rows.append([_caption(str(n)), _cell(m.slot_name or BLANK, widths[1], s["cell"]),
                     _cell(m.file_name, widths[2], s["cell"]),
                     _caption(_size(m.size)), _ident(_short(m.sha256), widths[4], s["center"], align="CENTER")])
        rows.append(["", _ident(f"SHA-256：{m.sha256}", full, s["tiny"], smallest=5, color=grey), "", "", ""])
        heights += [None, None]
        extra += [("SPAN", (0, top), (0, top + 1)), ("SPAN", (1, top + 1), (-1, top + 1)),
                  ("NOSPLIT", (0, top), (-1, top + 1)), ("TOPPADDING", (1, top + 1), (-1, top + 1), 1),
                  ("BOTTOMPADDING", (1, top + 1), (-1, top + 1), 2)]
    for n in range(1, 1 + (0 if form.materials else BLANK_ROWS * 2)):  # a blank form: rows to fill by hand
        rows.append([_caption(str(n)), "", "", "", ""])
        heights.append(0.9 * cm)
    return _table(rows, widths, extra, sections=[0], captions=[((0, 1), (-1, 1))], rowHeights=heights, repeatRows=2)


def _case_table(form: RepairForm, s: dict[str, ParagraphStyle]) -> Table:
    widths = [3.3 * cm, 4.7 * cm, 3.3 * cm, 4.7 * cm]

    def when(day: dt.date | None) -> str:
        if day is None:
            return BLANK
        estimated = form.due is not None and form.due.estimated
        return format_date(day) + ("（预计，节假日安排尚未公布）" if estimated else "") + "前"

    submitted = format_datetime(form.submitted_at) if form.submitted_at else BLANK
    rows: list[list[Any]] = [
        [_section("办理信息"), "", "", ""],
        [_caption("申请编号"), _ident(form.case_no, widths[1], s["cell"]), _caption("提交时间"),
         para(submitted, s["cell"])],
    ]
    if form.due is not None:
        rows.append([_caption("受理期限"), para(when(form.due.acceptance_on), s["cell"]), _caption("办结期限"),
                     para(when(form.due.decision_on), s["cell"])])
    return _table(rows, widths, sections=[0], captions=[((0, 1), (0, -1)), ((2, 1), (2, -1))])


def _office_table(s: dict[str, ParagraphStyle]) -> Table:
    """以下由受理单位填写: the accepting and deciding authorities' opinions, signed and dated by hand."""
    sign = _Plain("经办人：____________　　（盖章）　　______年____月____日", align="RIGHT",
                  color=colors.HexColor("#333333"))
    rows = [[_section("以下由受理单位、认定单位填写"), ""], [_caption("受理意见"), sign], [_caption("认定单位\n审核意见"), sign]]
    return _table(rows, [3.3 * cm, WIDTH - 3.3 * cm], [("VALIGN", (1, 1), (1, -1), "BOTTOM")], sections=[0],
                  captions=[((0, 1), (0, -1))], rowHeights=[None, 2.6 * cm, 2.6 * cm])
