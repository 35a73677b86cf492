"""The 信用信息修复申请表 with its 信用修复承诺书, read back with a real PDF parser and rendered to PNG by poppler."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import re
import shutil
import subprocess

import pypdf
import pytest

from assistant.domain.commitments import fill
from assistant.pdf.fonts import UnprintableCharacters
from assistant.pdf.repair import (
    Applicant,
    CaseDates,
    CommitmentPart,
    MaterialLine,
    RecordLine,
    RepairForm,
    render_repair_form,
)
from assistant.services.commitments import bundled_catalogue
from tests.pdf.pdfcheck import drawn_characters, text_of

TEMPLATE = next(t for t in bundled_catalogue() if t.code == "HN-XYXF")
APPLICANT = Applicant("新乡市恒达机械制造有限公司", "91410711MA45KX3R23", "张建国", "新乡市牧野区化工路南段188号")
RECORDS = [
    RecordLine("新乡市市场监督管理局", "新市监罚〔2026〕123号", dt.date(2026, 5, 10), "销售不符合食品安全标准的食品",
               "一般", "行政处罚"),
    RecordLine("新乡市生态环境局", "新环罚字〔2026〕第0456号", dt.date(2026, 4, 2), "未按规定设置危险废物识别标志",
               "轻微", "行政处罚"),
]
SLOTS = ["罚款缴纳凭证", "整改完成的证明材料", "信用修复承诺书（签字盖章）", "营业执照（副本）"]
REASON = "本单位已于2026年5月20日全额缴纳罚款，并按处罚决定书的要求完成整改。\n经复查，整改到位。"
needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")


def materials(n: int) -> list[MaterialLine]:
    return [MaterialLine(SLOTS[i % len(SLOTS)], f"附件{i + 1:02d}.pdf", hashlib.sha256(f"file {i}".encode()).hexdigest(),
                         150_000 * (i + 1)) for i in range(n)]


def commitment(**fields: str) -> CommitmentPart:
    values = {"document_no": RECORDS[0].document_no, "decided_on": "2026年5月10日", "authority": RECORDS[0].authority,
              "correction": "已缴纳罚款并完成整改。", "contact_name": "王芳", "contact_phone": "13803731234", **fields}
    return CommitmentPart(TEMPLATE, values, signed_by="张建国", signed_on=dt.date(2026, 10, 8))


def form(**changes) -> RepairForm:
    base = RepairForm(APPLICANT, RECORDS, REASON, "王芳", "13803731234", commitment(), materials(4),
                      prepared_on=dt.date(2026, 10, 8))
    return dataclasses.replace(base, **changes)


def furniture(page) -> list[tuple[float, float, str]]:
    """The header and footer strings of a page as (x, y, text), from where pypdf says each piece of text is drawn
    (pieces of one string share its text matrix)."""
    strings: dict[tuple[int, int], str] = {}

    def visit(text, cm, tm, font, size):
        x, y = cm[0] * tm[4] + cm[4], cm[3] * tm[5] + cm[5]
        if text.strip() and (y > 771 or y < 71):  # above or below the 2.5 cm margins
            strings[round(x), round(y)] = strings.get((round(x), round(y)), "") + text.replace("\n", "")

    page.extract_text(visitor_text=visit)
    return [(x, y, text) for (x, y), text in strings.items()]


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text().replace("\n", "") for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def render_pngs(pdf: bytes, tmp_path, resolution: int = 40) -> list:
    from PIL import Image

    path = tmp_path / "form.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", str(resolution), str(path), str(tmp_path / "page")], check=True)
    return [Image.open(p).convert("L") for p in sorted(tmp_path.glob("page*.png"))]


def ink(image) -> float:
    """The share of a page's pixels that are not (nearly) white."""
    histogram = image.histogram()
    return sum(histogram[:200]) / (image.width * image.height)


# -- what it says ---------------------------------------------------------------------------------------------------
def test_the_form_and_the_letter_say_everything():
    doc = render_repair_form(form())
    text = text_of(doc.pdf)
    for expected in ("信用信息修复申请表", APPLICANT.name, APPLICANT.uscc, APPLICANT.legal_rep, APPLICANT.address,
                     "王芳", "13803731234", "一、申请主体", "二、申请修复的失信信息（共 2 条）", "三、申请修复理由",
                     "四、提交材料清单（共 4 份）", "以下由受理单位、认定单位填写", "申请单位（盖章）", "2026年10月8日",
                     "信用承诺书", "信用修复承诺书", "承诺人（盖章）", "违诺责任"):
        assert expected in text, expected
    for record in RECORDS:
        for expected in (record.authority, record.document_no, record.summary, f"{record.klass_zh}失信"):
            assert expected in text, expected
    assert "2026年5月10日" in text and "2026年4月2日" in text
    for line in REASON.split("\n"):
        assert line in text
    for m in materials(4):
        assert m.sha256[:8] in text and m.sha256 in text and m.file_name in text and m.slot_name in text
    assert "146 KB" in text and "586 KB" in text  # 150,000 and 600,000 bytes
    # the commitment clauses, filled with the record's details, and the two Art. 14 promises
    for clause in TEMPLATE.content:
        assert fill(clause, {}, commitment().fields).replace(" ", "")[:30] in text.replace(" ", ""), clause
    assert "所提交的材料真实有效" in text and "愿意承担违反承诺的相应责任" in text
    assert "代理人" not in text and "办理信息" not in text  # no agent, not yet submitted
    assert doc.pages == len(pypdf.PdfReader(io.BytesIO(doc.pdf)).pages) >= 2


def test_an_agent_gets_a_row_and_a_signature_line():
    text = text_of(render_repair_form(form(agent_name="李会计")).pdf)
    assert "代理人李会计" in text.replace(" ", "") and "授权委托书附后" in text and "代理人签字" in text


def test_a_submitted_case_shows_its_number_and_due_dates():
    submitted = form(case_no="XF4107112026100800012", submitted_at=dt.datetime(2026, 10, 8, 1, 30, tzinfo=dt.UTC),
                     due=CaseDates(dt.date(2026, 12, 31), dt.date(2027, 1, 12), estimated=True))
    text = text_of(render_repair_form(submitted).pdf)
    assert text.count("XF4107112026100800012") >= 2  # under the title and in 办理信息
    assert "办理信息" in text and "2027年1月12日（预计" in text and "受理期限" in text
    assert "（提交后由平台生成）" in text_of(render_repair_form(form()).pdf)


def test_the_letter_pages_carry_their_own_title_and_every_page_the_firm():
    doc = render_repair_form(form())
    pages = pypdf.PdfReader(io.BytesIO(doc.pdf)).pages
    letter_from = next(i for i, page in enumerate(pages) if "信用承诺书" in page.extract_text())
    assert letter_from >= 1  # the letter starts on a page of its own
    for i, page in enumerate(pages):
        strings = furniture(page)
        (header,) = [text for _, y, text in strings if y > 771]
        assert header == ("信用修复承诺书" if i >= letter_from else "信用信息修复申请表")
        footer = {text for _, y, text in strings if y < 71}
        assert f"{APPLICANT.name}  {APPLICANT.uscc}" in footer and f"第 {i + 1} 页 共 {len(pages)} 页" in footer
        assert f"数据校验 SHA-256 {doc.data_hash[:32]}" in footer


def test_the_data_hash_follows_the_content():
    one, same = render_repair_form(form()), render_repair_form(form())
    assert one.data_hash == same.data_hash and len(one.data_hash) == 64
    assert one.data_hash[:32] in text_of(one.pdf)
    changed = materials(4)
    changed[2] = dataclasses.replace(changed[2], sha256="0" * 64)
    assert render_repair_form(form(materials=changed)).data_hash != one.data_hash
    assert render_repair_form(form(reason=REASON + "。")).data_hash != one.data_hash


def test_without_a_letter_only_the_form_prints():
    text = text_of(render_repair_form(form(commitment=None)).pdf)
    assert "信用信息修复申请表" in text and "信用承诺书" not in text


def test_a_blank_form_to_fill_by_hand():
    doc = render_repair_form(RepairForm(Applicant("", ""), [], "", "", "", None))
    text = text_of(doc.pdf)
    assert "______年____月____日" in text and "失信行为：" in text and "（提交后由平台生成）" in text
    assert "共 0" not in text


# -- user text is text ----------------------------------------------------------------------------------------------
def test_markup_in_user_text_prints_literally():
    tricky = "<b>&amp;</b> & <br/>"
    doc = render_repair_form(form(
        applicant=dataclasses.replace(APPLICANT, name=f"{tricky}恒达"),
        records=[dataclasses.replace(RECORDS[0], summary=f"摘要{tricky}", document_no="<i>号</i>")],
        reason=f"理由{tricky}", contact_name="<u>王</u>",
        materials=[dataclasses.replace(materials(1)[0], file_name=f"{tricky}.pdf", slot_name="<font>")],
        commitment=commitment(correction=f"整改{tricky}")))
    text = text_of(doc.pdf)
    for expected in (f"{tricky}恒达", f"摘要{tricky}", "<i>号</i>", f"理由{tricky}", "<u>王</u>", f"{tricky}.pdf",
                     "<font>", f"整改{tricky}"):
        assert expected.replace(" ", "") in text.replace(" ", ""), expected


def test_rare_characters_print_from_the_supplement(bundled_only):
    rare = "䶮𬌗"  # in people's names; not in the main font, in the bundled supplement
    doc = render_repair_form(form(applicant=dataclasses.replace(APPLICANT, legal_rep=f"刘{rare}"),
                                  contact_name=f"王{rare}", reason=f"法定代表人刘{rare}已签字。",
                                  commitment=dataclasses.replace(commitment(), signed_by=f"刘{rare}")))
    text = text_of(doc.pdf)
    assert f"刘{rare}" in text and f"王{rare}" in text
    assert set(rare) <= drawn_characters(doc.pdf)


def test_a_character_no_font_has_is_named_before_printing(bundled_only):
    nowhere = "\U000F0001"  # private use
    with pytest.raises(UnprintableCharacters) as caught:
        render_repair_form(form(reason=f"理由{nowhere}", materials=[dataclasses.replace(materials(1)[0],
                                                                                        file_name="a\U000F0002")]))
    assert caught.value.characters == [nowhere, "\U000F0002"]
    with pytest.raises(UnprintableCharacters):
        render_repair_form(form(commitment=commitment(correction=f"整改{nowhere}")))


# -- long content flows onto further pages --------------------------------------------------------------------------
def test_twenty_attachments_and_a_long_reason_flow_onto_several_pages():
    long_reason = ("本单位已全面纠正失信行为，缴清罚款，完成整改并通过复查。" * 80)[:2000]
    many = materials(20)
    doc = render_repair_form(form(reason=long_reason, materials=many, agent_name="李会计"))
    pages = pages_text(doc.pdf)
    assert len(pages) == doc.pages >= 4
    text = "".join(pages)
    # page x of y on every page, the same y everywhere
    for i, page in enumerate(pages, 1):
        assert f"第 {i} 页 共 {len(pages)} 页" in page
    # the reason whole, in order, across the pages it takes (page furniture in between removed)
    furniture = re.compile(r"第 \d+ 页 共 \d+ 页|数据校验 SHA-256 [0-9a-f]+|信用信息修复申请表|"
                           + re.escape(f"{APPLICANT.name}  {APPLICANT.uscc}") + "|三、申请修复理由（[^）]*）")
    assert long_reason in furniture.sub("", text).replace(" ", "")
    reason_pages = [i for i, page in enumerate(pages) if "三、申请修复理由" in page]
    assert len(reason_pages) >= 2  # the box's title repeats where it continues
    # every attachment, its table's header repeated on each page it runs onto
    for m in many:
        assert m.sha256 in text and m.file_name in text
    assert sum("四、提交材料清单（共 20 份）" in page for page in pages) >= 2
    # each file's row and its hash stay on the same page
    for m in many:
        assert any(m.file_name in page and m.sha256 in page for page in pages), m.file_name


def test_page_numbers_sit_at_the_right_of_the_footer():
    doc = render_repair_form(form(materials=materials(20)))
    reader = pypdf.PdfReader(io.BytesIO(doc.pdf))
    width = float(reader.pages[0].mediabox.width)
    for number, page in enumerate(reader.pages, 1):
        (found,) = [(x, y) for x, y, text in furniture(page) if text == f"第 {number} 页 共 {doc.pages} 页"]
        assert found[0] > width * 0.7 and found[1] < 71  # bottom right


# -- on paper -------------------------------------------------------------------------------------------------------
@needs_poppler
def test_every_page_renders_with_ink(tmp_path):
    doc = render_repair_form(form(reason=REASON * 30, materials=materials(20), agent_name="李会计"))
    images = render_pngs(doc.pdf, tmp_path)
    assert len(images) == doc.pages
    for image in images:
        assert image.size == (331, 468)  # A4 at 40 dpi
        assert ink(image) > 0.01, "a page is blank"
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in tmp_path.glob("page*.png"))


@needs_poppler
def test_the_form_is_ruled(tmp_path):
    """A government form: the first page has long horizontal rules across the text width (the tables' grid)."""
    (first, *_) = render_pngs(render_repair_form(form()).pdf, tmp_path, resolution=72)
    pixels = first.load()
    ruled_rows = sum(1 for y in range(first.height)
                     if sum(pixels[x, y] < 128 for x in range(first.width)) > 0.7 * 16 / 21 * first.width)
    assert ruled_rows >= 10
