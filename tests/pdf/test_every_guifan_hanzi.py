"""Every one of the 8,105 characters of 《通用规范汉字表》 (2013) prints from the bundled fonts alone, on any PC."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from assistant.pdf import fonts
from assistant.pdf.letter import build_letter
from assistant.services.commitments import bundled_catalogue
from tests.pdf.pdfcheck import drawn_characters, font_names, text_of
from tests.pdf.test_letter import FIRM, sample_fields

LIST = Path(__file__).parent / "data" / "tongyong-guifan-hanzi.txt"
GUIFAN = [line.split("\t")[1] for line in LIST.read_text(encoding="utf-8").splitlines() if line.startswith("U+")]
RARE = "䶮𬌗𬬭𫖯"  # in people's names, and none of them in the main font


def correction_letter(fields: dict[str, str], firm: dict[str, str], **kwargs):
    template = next(t for t in bundled_catalogue() if t.code == "HN-XYXF")  # `correction` is a free-text clause
    return build_letter(template, firm, dict(sample_fields(template), **fields), **kwargs)


def test_the_list_is_the_whole_table():
    assert len(GUIFAN) == len(set(GUIFAN)) == 8105
    assert GUIFAN[:4] == ["一", "乙", "二", "十"] and set(RARE) <= set(GUIFAN)


def test_the_bundled_fonts_have_every_character(bundled_only):
    assert fonts.missing("".join(GUIFAN)) == []
    assert {font for char in RARE for font, _ in fonts.runs(char)} == {fonts.SUPPLEMENT}


def test_a_letter_with_every_character_prints_every_one(bundled_only):
    letter = correction_letter({"correction": "".join(GUIFAN)}, FIRM)
    text = text_of(letter.pdf)
    assert [c for c in GUIFAN if c not in text] == []
    drawn = drawn_characters(letter.pdf)
    assert [c for c in GUIFAN if c not in drawn] == []  # an outline each, no .notdef box
    names = font_names(letter.pdf)
    assert any(name.endswith("+GuifanSupplement") for name in names), names
    assert all("+" in name and "System" not in name for name in names), "bundled fonts only, embedded as subsets"


def test_rare_characters_in_names_print_everywhere_a_name_goes(bundled_only):
    firm = dict(FIRM, name=f"新乡市{RARE}商行", legal_rep="刘䶮")
    letter = correction_letter({"contact_name": "张𬌗"}, firm, signed_by="王𬬭")
    text = text_of(letter.pdf)
    assert text.count(f"新乡市{RARE}商行") == 2 + letter.pages  # table, signature, and every page's footer
    for name in ("刘䶮", "王𬬭"):
        assert name in text, name
    assert set(RARE) <= drawn_characters(letter.pdf)


def test_the_supplement_is_a_small_truetype_subset_of_just_the_gap():
    ttlib = pytest.importorskip("fontTools.ttLib")
    path = fonts.FONT_DIR / "guifan-supplement.ttf"
    main = ttlib.TTCollection(str(fonts.FONT_DIR / "wqy-microhei.ttc")).fonts[0].getBestCmap()
    supplement = ttlib.TTFont(str(path))
    gap = {ord(c) for c in GUIFAN} - set(main)
    assert set(supplement.getBestCmap()) == gap and len(gap) == 276
    assert "glyf" in supplement and "CFF " not in supplement, "reportlab embeds TrueType outlines only"
    assert path.stat().st_size < 300_000
    assert "HanaMin" not in str(supplement["name"].getDebugName(6)), "OFL: a Reserved Font Name may not be reused"
    assert (fonts.FONT_DIR / "LICENSE-hanazono-OFL-1.1.txt").is_file()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_rare_characters_render_as_their_own_glyphs_not_boxes(tmp_path, bundled_only):
    """Each rare character, rendered by poppler, has ink and differs from the font's .notdef box."""
    from reportlab.pdfgen.canvas import Canvas

    cells = [*RARE, "\U000F0000"]  # the last is in no font: reportlab draws .notdef for it
    pdf = tmp_path / "rare.pdf"
    canvas = Canvas(str(pdf), pagesize=(60 * len(cells), 60))
    for n, char in enumerate(cells):
        canvas.setFont(fonts.SUPPLEMENT, 48)
        canvas.drawString(60 * n + 6, 12, char)
    canvas.save()
    subprocess.run(["pdftoppm", "-gray", "-r", "72", "-singlefile", str(pdf), str(tmp_path / "rare")], check=True)
    glyphs = _cells(tmp_path / "rare.pgm", len(cells))
    notdef = glyphs.pop()
    for char, glyph in zip(RARE, glyphs, strict=True):
        assert sum(glyph) > 20 * 255, f"{char} printed blank"
        assert sum(abs(a - b) for a, b in zip(glyph, notdef, strict=True)) > 20 * 255, f"{char} printed as a box"


def _cells(path: Path, count: int) -> list[list[int]]:
    """A binary PGM cut into `count` square cells, as ink (255 = black) per pixel."""
    data = path.read_bytes()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", data)
    assert header, data[:20]
    width, height = int(header[1]), int(header[2])
    pixels = data[header.end():]
    step = width // count
    return [[255 - pixels[y * width + x] for y in range(height) for x in range(n * step, (n + 1) * step)]
            for n in range(count)]
