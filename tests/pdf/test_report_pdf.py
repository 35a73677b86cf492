"""The credit report PDF, read back with a real PDF parser, rendered by poppler and its QR code decoded by zxing."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess

import pypdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from assistant.api.models.reports import ReportData
from assistant.pdf import fonts
from assistant.pdf.layout import MARGIN
from assistant.pdf.report import DEMO_MARK, ISSUER, lines, render_report
from tests.pdf.pdfcheck import drawn_characters, embedded_fonts, text_of
from tests.pdf.report_sample import (
    FIRM,
    ISSUED_AT,
    PENALTIES,
    REPORT_NO,
    VERIFY_CODE,
    VERIFY_URL,
    penalty_rows,
    report_data,
)

needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
PERIOD = (dt.date(2023, 12, 2), dt.date(2026, 12, 2))
EMPTY = ("四、严重失信主体名单信息", "八、司法判决及执行信息", "九、其他信息")


def render(data: ReportData | None = None, **options) -> bytes:
    arguments = dict(report_no=REPORT_NO, verify_code=VERIFY_CODE, verify_url=VERIFY_URL, edition="standard",
                     purpose="tender", purpose_note="新乡市第一人民医院设备采购项目", issued_at=ISSUED_AT, period=None,
                     demo=False)
    return render_report(data or report_data(), **{**arguments, **options})


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text().replace("\n", "") for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def strings(page) -> list[tuple[float, float, float, str]]:
    """Each string a page draws as (x, y, font size, text), where pypdf says it is drawn."""
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            found.append((cm[0] * tm[4] + cm[4], cm[3] * tm[5] + cm[5], size * scale, text.replace("\n", "")))

    page.extract_text(visitor_text=visit)
    return found


def render_page(pdf: bytes, number: int, tmp_path, resolution: int = 150):
    from PIL import Image

    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", str(resolution), "-f", str(number), "-l", str(number), str(path),
                    str(tmp_path / f"page{number}")], check=True)
    (png,) = tmp_path.glob(f"page{number}*.png")
    return Image.open(png)


@pytest.fixture(scope="module")
def standard() -> bytes:
    return render()


@pytest.fixture(scope="module")
def thousand() -> tuple[ReportData, bytes]:
    """One report with a thousand administrative penalties, built once for every test that reads it."""
    data = report_data(penalties=1000)
    return data, render(data, demo=True)


# -- what it says ---------------------------------------------------------------------------------------------------
def test_the_header_block_names_the_firm_the_report_and_its_purpose(standard):
    text = text_of(standard)
    assert text.count("企业公共信用信息报告") >= 2 and ISSUER in text
    for caption, value in (("主体名称", FIRM.name), ("统一社会信用代码", FIRM.uscc), ("法定代表人", FIRM.legal_rep),
                           ("成立日期", "2012年03月15日"), ("住所", FIRM.address), ("报告编号", REPORT_NO),
                           ("验证码", VERIFY_CODE), ("报告生成时间", "2026年12月02日 11:58"),
                           ("报告用途", "招投标（新乡市第一人民医院设备采购项目）")):
        assert caption + value in text, caption
    assert "查询期间" not in text and "专项" not in text


def test_the_special_edition_is_titled_so_and_prints_its_period():
    text = text_of(render(edition="special", period=PERIOD, purpose="financing", purpose_note=""))
    assert "企业专项信用报告" in text and "企业公共信用信息报告" not in text
    assert "查询期间2023年12月02日至2026年12月02日" in text
    assert "报告用途融资信贷" in text and "融资信贷（" not in text


def test_every_section_is_printed_under_its_numbered_heading(standard):
    text = text_of(standard)
    for section in report_data().sections:
        assert f"{section.number}、{section.title}" in text
        for row in section.rows:
            for cell in row.cells:
                assert cell in text, cell
        if section.note:
            assert section.note in text
    headings = [text.index(f"{s.number}、{s.title}") for s in report_data().sections]
    assert headings == sorted(headings)  # 一 to 十 in order
    assert text.index("信用信息概要") < headings[0] < headings[-1] < text.index("报告说明")
    for paragraph in report_data().explanation:
        assert paragraph in text


def test_an_empty_section_says_无(standard):
    text = text_of(standard).replace(" ", "")
    for section in report_data().sections:
        heading = f"{section.number}、{section.title}"
        assert text.count(heading + "无") == (heading in EMPTY), heading


def test_the_summary_prints_each_count_beside_its_category(standard):
    first = pypdf.PdfReader(io.BytesIO(standard)).pages[0]
    drawn = strings(first)
    summary = report_data().summary
    assert len(summary) == 9
    for item in summary:
        (x, y, _, _), *_ = [s for s in drawn if s[3] == item.title]
        beside = sorted((sx, text) for sx, sy, _, text in drawn if abs(sy - y) < 1 and sx > x)
        assert beside[0][1] == str(item.count), item.title
    assert [item.count for item in summary] == [7, 3, 1, 0, 1, 2, 1, 0, 0]


def test_the_metadata_names_the_report_and_the_platform(standard):
    info = pypdf.PdfReader(io.BytesIO(standard)).metadata
    assert info.title == f"企业公共信用信息报告 {REPORT_NO}"
    assert info.author == ISSUER
    assert FIRM.name in info.subject and FIRM.uscc in info.subject


# -- every page -----------------------------------------------------------------------------------------------------
def test_every_page_carries_the_number_code_firm_and_page_x_of_y(standard):
    pages = pages_text(standard)
    assert len(pages) >= 2
    for n, page in enumerate(pages, 1):
        assert f"报告编号：{REPORT_NO}" in page and f"验证码：{VERIFY_CODE}" in page
        assert f"{FIRM.name}  {FIRM.uscc}" in page and f"第 {n} 页 共 {len(pages)} 页" in page
        assert DEMO_MARK not in page and "数据校验 SHA-256" in page


def test_a_demo_report_is_marked_on_every_page():
    pages = pages_text(render(demo=True))
    for page in pages:
        assert page.count(DEMO_MARK) >= 2  # the watermark and the line under the header


def test_the_fonts_are_embedded_as_subsets(standard):
    found = embedded_fonts(standard)
    assert found
    for font in found.values():
        target = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        assert "/FontFile2" in target["/FontDescriptor"].get_object(), font["/BaseFont"]
        assert "+" in str(font["/BaseFont"]), "fonts are embedded as subsets"


# -- user text is text ----------------------------------------------------------------------------------------------
def test_markup_in_the_data_prints_literally():
    tricky = "<b>&amp;</b> & <br/>"
    firm = FIRM.model_copy(update={"name": f"{tricky}恒达", "address": f"新乡市<i>{tricky}</i>"})
    data = report_data(firm, **{"处罚内容": f"内容{tricky}", "处罚机关": "<font>"})
    pdf = render(data, purpose="other", purpose_note="<u>用途</u>")
    text = text_of(pdf).replace(" ", "")
    for expected in (f"{tricky}恒达", f"新乡市<i>{tricky}</i>", f"内容{tricky}", "<font>", "其他（<u>用途</u>）"):
        assert expected.replace(" ", "") in text, expected
    for page in pages_text(pdf):
        assert f"{tricky}恒达  {FIRM.uscc}".replace(" ", "") in page.replace(" ", "")  # the footer too


def test_rare_characters_print_from_the_supplement(bundled_only):
    rare = "䶮𬌗"  # in people's names; not in the main font, in the bundled supplement
    firm = FIRM.model_copy(update={"legal_rep": f"刘{rare}"})
    pdf = render(report_data(firm, **{"处罚机关": f"新乡市{rare}局"}))
    text = text_of(pdf)
    assert f"法定代表人刘{rare}" in text and f"新乡市{rare}局" in text
    assert set(rare) <= drawn_characters(pdf)


def test_a_character_no_font_has_is_named_before_printing(bundled_only):
    nowhere = "\U000F0001"  # private use
    with pytest.raises(fonts.UnprintableCharacters) as caught:
        render(report_data(**{"处罚内容": f"内容{nowhere}"}), purpose_note="\U000F0002")
    assert caught.value.characters == ["\U000F0002", nowhere]


# -- long text ------------------------------------------------------------------------------------------------------
def test_lines_keep_identifiers_whole_and_closing_marks_off_a_line_start():
    text = PENALTIES[2][2]
    broken = lines(text, 120)
    assert "".join(broken) == text
    assert all(stringWidth(line, fonts.MAIN, 9) <= 120 for line in broken)
    assert any(FIRM.uscc in line for line in broken)
    assert not any(line[0] in "，。、）》" for line in broken)
    too_long = lines(FIRM.uscc, 30)  # a code longer than any line has to break somewhere
    assert "".join(too_long) == FIRM.uscc and len(too_long) > 1
    assert all(stringWidth(line, fonts.MAIN, 9) <= 30 for line in too_long)


def test_long_text_wraps_inside_the_page(standard):
    """No string runs past the right margin, and no line ends with the beginning of a code it breaks."""
    right = A4[0] - MARGIN
    for page in pypdf.PdfReader(io.BytesIO(standard)).pages:
        for x, _, size, text in strings(page):
            width = sum(stringWidth(chunk, font, size) for font, chunk in fonts.runs(text))
            assert x + width <= right + 0.5, text
            assert not any(text.endswith(FIRM.uscc[:k]) for k in range(4, len(FIRM.uscc))), text


def test_a_record_longer_than_a_page_continues_onto_the_next():
    pages = pages_text(render(report_data(**{"处罚内容": "超长的处罚内容文本，" * 300 + "结束。"})))
    text = "".join(pages)
    assert len(pages) >= 5
    assert text.count("超长的处罚内容文本") == 300 and "结束。" in text


# -- a thousand records ---------------------------------------------------------------------------------------------
def test_a_thousand_records_run_onto_many_pages_with_their_captions(thousand):
    data, pdf = thousand
    pages = pages_text(pdf)
    assert len(pages) > 10
    last = penalty_rows(1000)[-1]
    assert all(cell in "".join(pages) for cell in last)
    first = next(n for n, page in enumerate(pages) if "二、行政管理信息" in page)
    end = next(n for n, page in enumerate(pages) if "第1000号记录" in page)
    assert end - first > 10
    for n in range(first, end + 1):
        assert "决定文书号处罚类别处罚内容处罚决定日期处罚机关" in pages[n], f"captions on page {n + 1}"
    for n, page in enumerate(pages, 1):
        assert f"第 {n} 页 共 {len(pages)} 页" in page and REPORT_NO in page and page.count(DEMO_MARK) >= 2
    summary = next(s for s in data.summary if s.key == "administrative")
    assert summary.count == 1000


# -- on paper -------------------------------------------------------------------------------------------------------
@needs_poppler
def test_the_qr_code_on_the_first_and_last_pages_is_the_verification_address(thousand, tmp_path):
    import zxingcpp

    _, pdf = thousand
    last = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    for number in (1, last):
        found = zxingcpp.read_barcodes(render_page(pdf, number, tmp_path))
        assert [code.text for code in found] == [VERIFY_URL], f"page {number}"
        assert found[0].format == zxingcpp.BarcodeFormat.QRCode
