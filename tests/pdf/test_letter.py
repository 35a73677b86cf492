"""The commitment letter, read back with a real PDF parser and rendered to PNG by poppler."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess

import pypdf
import pytest

from assistant.domain.commitments import fill
from assistant.pdf.fonts import UnprintableCharacters
from assistant.pdf.letter import DueLine, Submitted, build_letter
from assistant.services.commitments import bundled_catalogue

FIRM = {"name": "新乡市恒达机械制造有限公司", "uscc": "91410711MA45KX3R23", "legal_rep": "张建国",
        "address": "新乡市牧野区化工路南段188号", "contact": "王芳 13803731234"}
SAMPLE = {"text": "样例内容", "textarea": "已缴纳罚款并完成整改。", "date": "2026-11-20", "money": "100000.00",
          "uscc": "91410711MA45KX3R23", "id_number": "41071119780312031X", "phone": "13803731234"}


def sample_fields(template) -> dict[str, str]:
    return {f.key: (f.options[0] if f.kind == "choice" else SAMPLE[f.kind]) for f in template.fields}


def text_of(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages).replace("\n", "")


def fonts_of(pdf: bytes) -> list[tuple[str, bool]]:
    found = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            embedded = bool(descriptor) and any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2",
                                                                                        "/FontFile3"))
            found.append((str(font["/BaseFont"]), embedded))
    return found


@pytest.mark.parametrize("template", bundled_catalogue(), ids=lambda t: t.code)
def test_every_template_renders_with_firm_clauses_and_due_table(template):
    fields = sample_fields(template)
    due = [DueLine(m.name, m.due_workdays, dt.date(2026, 12, 1)) for m in template.missing_materials]
    letter = build_letter(template, FIRM, fields, signed_by="张建国", signed_on=dt.date(2026, 11, 21), due=due)
    text = text_of(letter.pdf)
    for expected in (FIRM["name"], FIRM["uscc"], "信用承诺书", template.matter, "违诺责任", "第 1 页 共"):
        assert expected in text, expected
    for clause in template.content:
        assert fill(clause, FIRM, fields).replace(" ", "")[:30] in text.replace(" ", ""), clause
    for material in template.missing_materials:
        assert material.name in text
    if template.missing_materials:
        assert "2026年12月1日" in text
    assert all(embedded for _, embedded in fonts_of(letter.pdf)), fonts_of(letter.pdf)
    assert all("+" in name for name, _ in fonts_of(letter.pdf)), "fonts are embedded as subsets"


def test_submitted_letter_shows_code_time_and_estimated_due_dates():
    template = next(t for t in bundled_catalogue() if t.code == "XX-SJ-SPJY-RQ")
    letter = build_letter(template, FIRM, sample_fields(template),
                          due=[DueLine("从业人员健康证明", 10, dt.date(2027, 1, 7), estimated=True)],
                          submitted=Submitted("41071120261224000001",
                                              dt.datetime(2026, 12, 24, 9, 30, tzinfo=dt.timezone.utc)))
    text = text_of(letter.pdf)
    assert "41071120261224000001" in text and "提交时间" in text
    assert "2027年1月7日（预计" in text


def test_markup_in_user_text_prints_literally():
    template = bundled_catalogue()[0]
    firm = dict(FIRM, name="<b>&amp;恒达</b> & 新乡")
    text = text_of(build_letter(template, firm, sample_fields(template)).pdf)
    assert "<b>&amp;恒达</b> & 新乡" in text


def test_a_character_no_font_has_is_named_before_printing():
    template = bundled_catalogue()[0]
    nowhere = "\U000F0000"  # private use: in no bundled font, nor (as far as fontconfig knows) any of this PC's
    with pytest.raises(UnprintableCharacters) as caught:
        build_letter(template, dict(FIRM, legal_rep=f"张{nowhere}国"), sample_fields(template))
    assert caught.value.characters == [nowhere]
    assert "U+F0000" in caught.value.describe()


def test_rare_characters_the_fonts_have_print_as_typed():
    template = bundled_catalogue()[0]
    rare = "龑堃"  # rare name characters that the bundled font does have
    text = text_of(build_letter(template, dict(FIRM, legal_rep=f"刘{rare}"), sample_fields(template)).pdf)
    assert f"刘{rare}" in text


def test_blank_form_prints_lines_to_fill_by_hand():
    template = bundled_catalogue()[0]
    text = text_of(build_letter(template, {}, {}).pdf)
    assert "__________" in text and "______年____月____日" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_pages_render_to_png(tmp_path):
    template = next(t for t in bundled_catalogue() if t.code == "HN-XYXF")
    letter = build_letter(template, FIRM, sample_fields(template))
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(letter.pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == letter.pages >= 1
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and p.stat().st_size > 2000 for p in pages)
