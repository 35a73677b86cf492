"""Beyond the bundled fonts: the computer's own fonts, asked only for what the bundle lacks, once, and only
TrueType-outline faces that reportlab can embed. Test fonts are built here with fontTools, one glyph each."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.pdf import fonts
from assistant.pdf.letter import build_letter
from assistant.services.commitments import bundled_catalogue
from tests.pdf.pdfcheck import drawn_characters, font_names, text_of
from tests.pdf.test_letter import FIRM, sample_fields

RARE = "\U000F0001"  # private use: in no bundled font, so only the test font below can draw it

pytest.importorskip("fontTools")


def make_font(path: Path, name: str, *, cff: bool = False) -> Path:
    """A one-glyph font drawing a square for RARE: TrueType outlines, or CFF with `cff`."""
    from fontTools.fontBuilder import FontBuilder

    builder = FontBuilder(1000, isTTF=not cff)
    builder.setupGlyphOrder([".notdef", "square"])
    builder.setupCharacterMap({ord(RARE): "square"})
    glyphs = {".notdef": _square(cff), "square": _square(cff)}
    if cff:
        builder.setupCFF(name, {"FullName": name}, glyphs, {})
    else:
        builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({".notdef": (1000, 100), "square": (1000, 100)})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": name, "styleName": "Regular", "psName": name})
    builder.setupOS2(sTypoAscender=880, usWinAscent=880, usWinDescent=120)
    builder.setupPost()
    builder.save(str(path))
    return path


def _square(cff: bool):
    from fontTools.pens.t2CharStringPen import T2CharStringPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    pen = T2CharStringPen(1000, None) if cff else TTGlyphPen(None)
    pen.moveTo((100, 0))
    for corner in ((100, 700), (800, 700), (800, 0)):
        pen.lineTo(corner)
    pen.closePath()
    return pen.getCharString() if cff else pen.glyph()


def letter_naming(person: str):
    template = bundled_catalogue()[0]
    return build_letter(template, dict(FIRM, legal_rep=person), sample_fields(template))


def test_a_system_font_prints_what_the_bundle_lacks(tmp_path, monkeypatch, fresh_lookups):
    font = make_font(tmp_path / "rare.ttf", "RareTestFont")
    monkeypatch.setattr(fonts, "_candidates", lambda code: [(str(font), 0)])
    assert fonts.missing(f"张{RARE}国") == []
    letter = letter_naming(f"张{RARE}国")
    assert f"张{RARE}国" in text_of(letter.pdf) and RARE in drawn_characters(letter.pdf)
    assert any(name.endswith("+RareTestFont") for name in font_names(letter.pdf))


def test_cff_fonts_are_passed_over(tmp_path, monkeypatch, fresh_lookups):
    """reportlab cannot embed CFF outlines: such a font does not count, and the character is named instead."""
    font = make_font(tmp_path / "rare.otf", "RareCffFont", cff=True)
    monkeypatch.setattr(fonts, "_candidates", lambda code: [(str(font), 0)])
    assert fonts.missing(f"张{RARE}国") == [RARE]


def test_the_truetype_faces_of_a_collection_are_found_from_its_table_directory(tmp_path):
    from fontTools.ttLib import TTCollection, TTFont

    collection = TTCollection()
    collection.fonts = [TTFont(str(make_font(tmp_path / "a.otf", "A", cff=True))),
                        TTFont(str(make_font(tmp_path / "b.ttf", "B")))]
    collection.save(str(tmp_path / "ab.ttc"))
    assert fonts._truetype_faces(str(tmp_path / "ab.ttc")) == {1}
    assert fonts._truetype_faces(str(tmp_path / "b.ttf")) == {0}
    assert fonts._truetype_faces(str(tmp_path / "missing.ttf")) == set()


def test_the_system_is_asked_once_per_character_and_never_for_what_the_bundle_has(tmp_path, monkeypatch,
                                                                                    fresh_lookups):
    asked: list[int] = []
    font = make_font(tmp_path / "rare.ttf", "RareTestFont")
    monkeypatch.setattr(fonts, "_candidates", lambda code: asked.append(code) or [(str(font), 0)])
    letter_naming("刘䶮")  # the supplement has 䶮: no system font needed
    assert asked == []
    nowhere = "\U000F0000"
    for _ in range(2):
        assert fonts.missing(f"{RARE}{nowhere}{RARE}{nowhere}") == [nowhere]
    assert asked == [ord(RARE), ord(nowhere)]


def test_windows_fonts_are_looked_for_in_the_windows_folder(tmp_path, monkeypatch, fresh_lookups):
    (tmp_path / "Fonts").mkdir()
    make_font(tmp_path / "Fonts" / "simsunb.ttf", "SimSunExtBStandIn")
    monkeypatch.setattr(fonts.sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", str(tmp_path))
    assert fonts._candidates(ord(RARE)) == [(str(tmp_path / "Fonts" / "simsunb.ttf"), 0)]
    assert fonts.missing(RARE) == []


@pytest.mark.skipif(shutil.which("fc-list") is None, reason="no fontconfig")
def test_fontconfig_offers_truetype_files_ttf_first():
    found = fonts._fontconfig(ord("A"))
    assert found, "fontconfig knows no font with the letter A"
    assert all(path.lower().endswith((".ttf", ".ttc")) and isinstance(index, int) for path, index in found)
    kinds = [path.lower().endswith(".ttc") for path, _ in found]
    assert kinds == sorted(kinds)


@pytest.mark.skipif(shutil.which("fc-list") is None, reason="no fontconfig")
def test_an_installed_font_prints_a_character_beyond_the_table(fresh_lookups):
    """𠀾 (U+2003E, CJK Ext-B) is in no bundled font: it prints if this PC has a TrueType font with it."""
    if not any(index in fonts._truetype_faces(path) for path, index in fonts._fontconfig(0x2003E)):
        pytest.skip("no TrueType font with U+2003E installed (Debian: fonts-hanazono)")
    letter = letter_naming("张𠀾国")
    assert "张𠀾国" in text_of(letter.pdf) and "𠀾" in drawn_characters(letter.pdf)
