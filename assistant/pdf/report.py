"""企业公共信用信息报告 / 企业专项信用报告: the report the platform issues, as unsigned A4 PDF bytes (the platform signs
them elsewhere) — DOMAIN.md §4, laid out after 信用中国's V2.0 法人 report.

Page 1 opens with the title and the header block (主体名称 … 报告用途, 查询期间 for 专项), then 信用信息概要, the sections
一 … 十 as ruled tables (or their 无), and 报告说明. Every page carries, besides the shared running header and footer
(firm, code, data hash, 第 x 页 共 y 页), the report's number, its verification code and a QR code of its
verification address, and in a sandbox the mark 演示环境 · 非正式报告.

A section may hold a thousand rows, so its cells are drawn as plain (multi-line) strings that this module breaks into
lines itself; a paragraph is built only for a cell with a character the main font lacks.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import itertools
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from assistant.api.models.reports import ReportData, ReportSection
from assistant.domain.reports import EDITIONS, PURPOSES
from assistant.infra import clock
from assistant.pdf import fonts
from assistant.pdf.layout import MARGIN, Running, numbered_canvas
from assistant.pdf.letter import para, styles

ISSUER = "信用中国（河南）"
DEMO_MARK = "演示环境 · 非正式报告"
WIDTH = A4[0] - 2 * MARGIN
# Below the running header a band holds the number, the code and the QR code, so the text starts lower than on
# other documents.
BAND = 1.6 * cm
TOP = MARGIN + BAND
QR_SIZE = 1.8 * cm  # the symbol without its quiet zone, which the band's white space provides
QR_FORM = "report-verification-qr"
CELL_SIZE, CELL_LEADING = 9, 12
HEADER_SIZE, HEADER_LEADING = 10, 14
PAD = 4  # points of cell padding on each side
MAX_LINES = 24  # a table row's lines at most: two such rows and the captions' fill a page
RULE = colors.HexColor("#555555")
SHADE = colors.HexColor("#eeeeee")
MARK_RED = colors.HexColor("#b00020")
# Chinese line-breaking rules (GB/T 15834): closing marks never start a line, opening marks never end one.
CANNOT_START = frozenset("，。、；：？！）》」』”’〕】〉］｝％‰…—,.;:?!)]}%")
CANNOT_END = frozenset("（《「『“‘〔【〈［｛([{")
# A run of printable ASCII — a code, a number, an amount, a Latin word — is kept whole on its line.
_UNIT = re.compile(r"[!-~]+|.", re.DOTALL)
_ASCII_RUN = re.compile(r"[!-~]+")


def report_title(edition: str) -> str:
    return "企业" + EDITIONS[edition]


def data_hash(data: ReportData) -> str:
    """SHA-256 of the report's data as canonical JSON (sorted keys, no spaces): the hash every document prints."""
    canonical = json.dumps(data.model_dump(mode="json", by_alias=True), ensure_ascii=False, sort_keys=True,
                           separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def render_report(data: ReportData, *, report_no: str, verify_code: str, verify_url: str, edition: str,
                  purpose: str, purpose_note: str, issued_at: dt.datetime,
                  period: tuple[dt.date, dt.date] | None, demo: bool) -> bytes:
    """The report as PDF bytes. Raises fonts.UnprintableCharacters, naming every character no font has, before
    producing anything. A naive `issued_at` is taken to be China time already."""
    fonts.register()
    problems = fonts.missing("".join(report_texts(data, purpose_note)))
    if problems:
        raise fonts.UnprintableCharacters(problems)
    title = report_title(edition)
    header = _Header(title, report_no, verify_code, _issued(issued_at), _purpose(purpose, purpose_note),
                     _period(period) if edition == "special" and period else None, demo)
    story = [*_opening(data, header), *_summary(data), *_sections(data.sections), *_explanation(data.explanation)]
    marks = PageMarks(report_no, verify_code, verify_url, demo)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP,
                            bottomMargin=MARGIN, title=f"{title} {report_no}", author=ISSUER, creator=ISSUER,
                            subject=f"{data.firm.name}（{data.firm.uscc}）{title}")
    running = Running(title, data.firm.name, data.firm.uscc, data_hash(data))
    doc.build(story, onFirstPage=marks, onLaterPages=marks, canvasmaker=numbered_canvas(running))
    return buffer.getvalue()


def report_texts(data: ReportData, purpose_note: str = "") -> list[str]:
    """Every piece of the data the report prints (for the printability check before building it)."""
    f = data.firm
    texts = [f.name, f.uscc, f.legal_rep, f.address, purpose_note, *data.explanation]
    texts += [s.title for s in data.summary]
    for section in data.sections:
        texts += [section.number, section.title, section.empty_text, section.note, *section.columns]
        texts += [cell for row in section.rows for cell in row.cells]
    return texts


# -- human formats of the platform's document -----------------------------------------------------------------------
def _date(day: dt.date) -> str:
    """`2026年05月04日`: the platform's fixed form, whatever the reader's locale (not babel's)."""
    return f"{day.year}年{day.month:02d}月{day.day:02d}日"


def _issued(moment: dt.datetime) -> str:
    local = moment.astimezone(clock.CHINA) if moment.tzinfo else moment
    return f"{_date(local.date())} {local.hour:02d}:{local.minute:02d}"


def _purpose(purpose: str, note: str) -> str:
    name = PURPOSES[purpose]
    return f"{name}（{note}）" if note.strip() else name


def _period(period: tuple[dt.date, dt.date]) -> str:
    return f"{_date(period[0])}至{_date(period[1])}"


# -- cells: lines broken here, drawn as plain strings ---------------------------------------------------------------
Measure = Callable[[str], float]


def _measure(size: float, main_only: bool) -> Measure:
    """How wide a piece of text prints: in the main font alone when it has every character (nearly always: one
    call into reportlab's C code), else run by run in the fonts that draw them."""
    if main_only:
        font = getFont(fonts.MAIN)
        return lambda piece: font.stringWidth(piece, size)
    return lambda piece: sum(stringWidth(chunk, font, size) for font, chunk in fonts.runs(piece))


def main_only(text: str) -> bool:
    """Whether the main font draws every character of `text`: asked once for a whole table, not once a cell."""
    return fonts.runs(text) in ([], [(fonts.MAIN, text)])


def lines(text: str, room: float, size: float = CELL_SIZE, *, plain: bool | None = None) -> list[str]:
    """`text` broken into lines no wider than `room`: between any two CJK characters or at a space, never inside a
    run of ASCII (an identifier, a date, an amount) unless that run alone is wider than a line, never before a closing
    mark or after an opening one; its own line breaks kept. `plain`: whether the main font draws it all, if known."""
    measure = _measure(size, main_only(text) if plain is None else plain)
    out: list[str] = []
    for paragraph in text.split("\n"):
        out += _break(paragraph, room, measure) if measure(paragraph) > room else [paragraph]
    return out


def _units(text: str, room: float, measure: Measure) -> list[tuple[str, float]]:
    units = []
    for unit in _UNIT.findall(text):
        width = measure(unit)
        if width > room and len(unit) > 1:  # too long for any line: it has to break somewhere
            units += [(char, measure(char)) for char in unit]
        else:
            units.append((unit, width))
    return units


def _break(text: str, room: float, measure: Measure) -> list[str]:
    out: list[str] = []
    line: list[tuple[str, float]] = []
    used = 0.0
    for unit, width in _units(text, room, measure):
        if used + width <= room or not line:
            line.append((unit, width))
            used += width
            continue
        if unit.isspace():  # a break at a space swallows it
            out.append(_joined(line))
            line, used = [], 0.0
            continue
        cut = len(line)
        if unit[0] in CANNOT_START and cut > 1:
            cut -= 1  # the character before a closing mark goes down with it
        if line[cut - 1][0][-1] in CANNOT_END and cut > 1:
            cut -= 1
        out.append(_joined(line[:cut]))
        line = [*line[cut:], (unit, width)]
        used = sum(w for _, w in line)
    out.append(_joined(line))
    return out


def _joined(units: list[tuple[str, float]]) -> str:
    return "".join(unit for unit, _ in units).strip()


@cache
def _cell_style(size: float, leading: float, centred: bool) -> ParagraphStyle:
    return ParagraphStyle(f"report-cell-{size}-{centred}", fontName=fonts.MAIN, fontSize=size, leading=leading,
                          wordWrap="CJK", alignment=TA_CENTER if centred else TA_LEFT)


def cell(text: str, width: float, size: float = CELL_SIZE, leading: float = CELL_LEADING,
         centred: bool = False, *, plain: bool | None = None) -> str | Paragraph:
    """Text in a column `width` wide: a plain string (one line or several) the table draws itself, or — only when
    a character needs a font of its own — a paragraph of the same lines. `plain` as for `lines`."""
    plain = main_only(text) if plain is None else plain
    return _drawn(lines(text, width - 2 * PAD, size, plain=plain), plain, size, leading, centred)


def _drawn(broken: list[str], plain: bool, size: float = CELL_SIZE, leading: float = CELL_LEADING,
           centred: bool = False) -> str | Paragraph:
    if plain:
        return "\n".join(broken)
    # The lines are already broken where they may be; CJK wrapping is only a safety net here.
    return Paragraph("<br/>".join(fonts.markup(line) for line in broken), _cell_style(size, leading, centred))


def _ruled(commands: Sequence[tuple] = (), *, size: float = CELL_SIZE, leading: float = CELL_LEADING) -> TableStyle:
    return TableStyle([("GRID", (0, 0), (-1, -1), 0.5, RULE), ("BOX", (0, 0), (-1, -1), 0.9, RULE),
                       ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN), ("FONTSIZE", (0, 0), (-1, -1), size),
                       ("LEADING", (0, 0), (-1, -1), leading), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                       ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                       ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4), *commands])


# -- column widths from the content ---------------------------------------------------------------------------------
def column_widths(header: Sequence[str], rows: Sequence[Sequence[str]], total: float = WIDTH,
                  size: float = CELL_SIZE, *, plain: bool | None = None) -> list[float]:
    """Widths summing to `total`. Every column gets what its text needs on one line or its fair share of the
    width, whichever is less (but never less than its longest ASCII run, so identifiers stay whole, nor two
    characters); what is left goes to the columns that want more, in proportion to how much more."""
    columns = list(zip(header, *rows, strict=True)) if rows else [(h,) for h in header]
    natural = [max(_widest_line(text, size, plain) for text in column) + 2 * PAD for column in columns]
    least = [max(2 * size, *(_longest_run(text, size) for text in column)) + 2 * PAD for column in columns]
    if sum(natural) <= total:
        return [n * total / sum(natural) for n in natural]
    floor = [max(m, min(n, total / len(columns))) for n, m in zip(natural, least, strict=True)]
    if sum(floor) > total:  # too many columns for their identifiers: shrink them alike
        return [w * total / sum(floor) for w in floor]
    want = [n - f for n, f in zip(natural, floor, strict=True)]
    return [f + (total - sum(floor)) * w / sum(want) for f, w in zip(floor, want, strict=True)]


def _widest_line(text: str, size: float, plain: bool | None) -> float:
    measure = _measure(size, main_only(text) if plain is None else plain)
    return max(measure(line) for line in text.split("\n"))


def _longest_run(text: str, size: float) -> float:
    runs = _ASCII_RUN.findall(text)
    return stringWidth(max(runs, key=len), fonts.MAIN, size) if runs else 0.0


# -- the story ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Header:
    title: str
    report_no: str
    verify_code: str
    issued: str
    purpose: str
    period: str | None
    demo: bool


@cache
def _styles() -> dict[str, ParagraphStyle]:
    s = styles()
    return {
        **s,
        "issuer": ParagraphStyle("issuer", parent=s["subtitle"], fontSize=11, spaceAfter=4),
        "demo": ParagraphStyle("demo", parent=s["subtitle"], fontName=fonts.MAIN_BOLD, textColor=MARK_RED,
                               spaceAfter=6),
        "chapter": ParagraphStyle("chapter", parent=s["heading"], fontSize=13, leading=20, spaceBefore=14,
                                  spaceAfter=6),
        "empty": ParagraphStyle("empty", parent=s["body"], fontSize=10.5, leftIndent=21),
        "note": ParagraphStyle("note", parent=s["small"], spaceBefore=4),
        "explanation": ParagraphStyle("explanation", parent=s["body"], fontSize=10.5, leading=18, firstLineIndent=21,
                                      spaceAfter=4),
    }


def _opening(data: ReportData, h: _Header) -> list[Flowable]:
    s = _styles()
    story: list[Flowable] = [para(h.title, s["title"]), para(ISSUER, s["issuer"])]
    if h.demo:
        story.append(para(DEMO_MARK, s["demo"]))
    return [*story, Spacer(1, 6), _header_block(data, h)]


def _header_block(data: ReportData, h: _Header) -> Table:
    f = data.firm
    widths = [3.2 * cm, 4.9 * cm, 3.0 * cm, WIDTH - 11.1 * cm]
    wide = sum(widths[1:])

    def value(text: str, width: float) -> str | Paragraph:
        return cell(text or "—", width, HEADER_SIZE, HEADER_LEADING)

    rows: list[list[Any]] = [
        ["主体名称", value(f.name, wide), "", ""],
        ["统一社会信用代码", value(f.uscc, widths[1]), "法定代表人", value(f.legal_rep, widths[3])],
        ["成立日期", value(_date(f.established_on) if f.established_on else "", widths[1]), "报告生成时间",
         value(h.issued, widths[3])],
        ["住所", value(f.address, wide), "", ""],
        ["报告编号", value(h.report_no, widths[1]), "验证码", value(h.verify_code, widths[3])],
        ["报告用途", value(h.purpose, wide), "", ""],
    ]
    if h.period is not None:
        rows.append(["查询期间", value(h.period, wide), "", ""])
    spans = [("SPAN", (1, r), (3, r)) for r, row in enumerate(rows) if row[2] == ""]
    shaded = [("BACKGROUND", (0, 0), (0, -1), SHADE),
              *(("BACKGROUND", (2, r), (2, r), SHADE) for r, row in enumerate(rows) if row[2])]
    table = Table(rows, colWidths=widths)
    table.setStyle(_ruled([*spans, *shaded, ("ALIGN", (0, 0), (0, -1), "CENTER"), ("ALIGN", (2, 0), (2, -1), "CENTER"),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)],
                          size=HEADER_SIZE, leading=HEADER_LEADING))
    return table


def _summary(data: ReportData) -> list[Flowable]:
    """信用信息概要: two categories a row, each with its count."""
    s = _styles()
    widths = [5.6 * cm, WIDTH / 2 - 5.6 * cm] * 2
    counts = [(cell(c.title, widths[0]), str(c.count)) for c in data.summary]
    if len(counts) % 2:
        counts.append(("", ""))
    rows: list[list[Any]] = [["信息类别", "条数", "信息类别", "条数"]]
    rows += [[*left, *right] for left, right in zip(counts[::2], counts[1::2], strict=True)]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_ruled([("BACKGROUND", (0, 0), (-1, 0), SHADE), ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                           ("ALIGN", (1, 1), (1, -1), "CENTER"), ("ALIGN", (3, 1), (3, -1), "CENTER"),
                           ("FONTNAME", (0, 0), (-1, 0), fonts.MAIN_BOLD)], size=10, leading=14))
    return [para("信用信息概要", s["chapter"]), table]


def _sections(sections: Sequence[ReportSection]) -> list[Flowable]:
    s = _styles()
    story: list[Flowable] = []
    for section in sections:
        # a heading never ends a page alone: it keeps room for the table's caption row and a first row
        story += [CondPageBreak(3 * cm), para(f"{section.number}、{section.title}", s["chapter"])]
        shown = section.rows and (section.columns or any(row.cells for row in section.rows))
        story.append(section_table(section) if shown else para(section.empty_text, s["empty"]))
        if section.note:
            story.append(para(section.note, s["note"]))
    return story


def section_table(section: ReportSection) -> Table:
    """The section's rows under its columns' captions, the captions repeated on every page the table runs onto.
    A record too long for one page continues in the rows below it, a dashed rule in between."""
    count = max(len(section.columns), *(len(row.cells) for row in section.rows))
    header = [*section.columns, *[""] * (count - len(section.columns))]
    body = [[*row.cells, *[""] * (count - len(row.cells))] for row in section.rows]
    plain = main_only("".join(itertools.chain(header, *body))) or None  # else each cell is asked on its own
    widths = column_widths(header, body, plain=plain)
    data: list[list[Any]] = []
    commands: list[tuple] = []
    if section.columns:
        data.append([cell(text, w, centred=True, plain=plain) for text, w in zip(header, widths, strict=True)])
        commands = [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                    ("FONTNAME", (0, 0), (-1, 0), fonts.MAIN_BOLD)]
    for record in body:
        for n, row in enumerate(record_rows(record, widths, plain)):
            if n:
                commands += _continued(len(data) - 1)
            data.append(row)
    table = Table(data, colWidths=widths, repeatRows=1 if section.columns else 0)
    table.setStyle(_ruled(commands))
    return table


def record_rows(record: Sequence[str], widths: Sequence[float], plain: bool | None = None) -> list[list[Any]]:
    """One record's table row or, when a cell runs past MAX_LINES lines, several rows carrying MAX_LINES lines of
    every cell each. So no row is taller than a page: reportlab's own splitting inside a row keeps a plain string
    whole when it is vertically centred, and then splits the same row again and again, for ever."""
    cells = []
    for text, width in zip(record, widths, strict=True):
        own = main_only(text) if plain is None else plain
        cells.append((lines(text, width - 2 * PAD, plain=own), own))
    height = max(len(broken) for broken, _ in cells)
    return [[_drawn(broken[top:top + MAX_LINES], own) for broken, own in cells] for top in range(0, height, MAX_LINES)]


def _continued(row: int) -> list[tuple]:
    """The rule under `row` made dashed: the record goes on in the row below."""
    return [("LINEBELOW", (0, row), (-1, row), 0.8, colors.white),
            ("LINEBELOW", (0, row), (-1, row), 0.5, RULE, None, (2, 2))]


def _explanation(paragraphs: Sequence[str]) -> list[Flowable]:
    if not paragraphs:
        return []
    s = _styles()
    return [CondPageBreak(3 * cm), para("报告说明", s["chapter"]),
            *(para(text, s["explanation"]) for text in paragraphs)]


# -- on every page --------------------------------------------------------------------------------------------------
class PageMarks:
    """Draws, at the start of each page (under its content): the demo watermark, and in the band below the running
    header the report's number, its verification code, the demo line and the QR code of `verify_url`. The QR code
    is encoded once, not once a page."""

    def __init__(self, report_no: str, verify_code: str, verify_url: str, demo: bool):
        self.report_no, self.verify_code, self.demo = report_no, verify_code, demo
        self.modules = qr_modules(verify_url)

    def __call__(self, canvas: Any, doc: Any) -> None:
        width, height = A4
        canvas.saveState()
        if self.demo:
            _watermark(canvas)
        band_top = height - MARGIN + 0.7 * cm  # the running header's rule
        canvas.setFillColor(colors.black)
        canvas.setFont(fonts.MAIN, 9.5)
        canvas.drawString(MARGIN, band_top - 0.75 * cm, f"报告编号：{self.report_no}")
        canvas.drawString(MARGIN, band_top - 1.3 * cm, f"验证码：{self.verify_code}")
        qr_left = width - MARGIN - QR_SIZE
        canvas.setFont(fonts.MAIN, 7.5)
        canvas.setFillGray(0.35)
        canvas.drawRightString(qr_left - 0.25 * cm, band_top - 1.3 * cm, "扫描二维码或凭报告编号、验证码核验真伪")
        if self.demo:
            canvas.setFont(fonts.MAIN_BOLD, 9.5)
            canvas.setFillColor(MARK_RED)
            canvas.drawString(MARGIN, band_top - 1.85 * cm, DEMO_MARK)
        canvas.setFillColor(colors.black)
        self._qr(canvas, qr_left, band_top - 0.3 * cm - QR_SIZE)
        canvas.restoreState()

    def _qr(self, canvas: Any, x: float, y: float) -> None:
        """The symbol drawn once into the document as a form, then placed on each page (a 70-page report would
        otherwise carry 70 copies of some 500 rectangles)."""
        if not canvas.hasForm(QR_FORM):
            canvas.beginForm(QR_FORM, 0, 0, QR_SIZE, QR_SIZE)
            draw_qr(canvas, self.modules, 0, 0, QR_SIZE)
            canvas.endForm()
        canvas.saveState()
        canvas.translate(x, y)
        canvas.doForm(QR_FORM)
        canvas.restoreState()


def qr_modules(payload: str) -> list[list[bool]]:
    """The QR symbol's modules (dark = True), row by row from the top; error correction M survives a smudge."""
    widget = QrCodeWidget(payload, barLevel="M")
    widget.qr.make()
    return [[bool(module) for module in row] for row in widget.qr.modules]


def draw_qr(canvas: Any, modules: list[list[bool]], x: float, y: float, size: float) -> None:
    """The symbol as one filled path, one rectangle per run of dark modules, lower left corner at (x, y)."""
    step = size / len(modules)
    path = canvas.beginPath()
    for r, row in enumerate(modules):
        column = 0
        for dark, run in itertools.groupby(row):
            length = len(list(run))
            if dark:
                path.rect(x + column * step, y + size - (r + 1) * step, length * step, step)
            column += length
    canvas.drawPath(path, stroke=0, fill=1)


def _watermark(canvas: Any) -> None:
    """Light grey, diagonal, across the middle of the page and under its content: seen at a glance, the text
    still read over it."""
    width, height = A4
    canvas.saveState()
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35)
    canvas.setFillGray(0.86)
    canvas.setFont(fonts.MAIN_BOLD, 40)
    canvas.drawCentredString(0, 0, DEMO_MARK)
    canvas.restoreState()
