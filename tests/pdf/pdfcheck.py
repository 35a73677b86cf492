"""Reading a PDF back: its text (pypdf), and which characters its embedded fonts really draw (fontTools)."""

from __future__ import annotations

import io
import re

import pypdf

_ENTRY = re.compile(rb"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]+)>")


def text_of(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages).replace("\n", "")


def embedded_fonts(pdf: bytes) -> dict[int, pypdf.generic.DictionaryObject]:
    """Every font the pages use, once each (reportlab lists the same font objects on every page)."""
    found = {}
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            found[ref.idnum] = ref.get_object()
    return found


def drawn_characters(pdf: bytes) -> set[str]:
    """Characters with an outline in the font that prints them: each font's ToUnicode map says which character a
    code stands for, its embedded TrueType program which glyph the code draws; .notdef and empty glyphs don't count."""
    from fontTools.ttLib import TTFont

    drawn: set[str] = set()
    for font in embedded_fonts(pdf).values():
        if "/ToUnicode" not in font:
            continue  # a standard PDF font: nothing embedded to check
        program = font["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
        face = TTFont(io.BytesIO(program))
        codes = face["cmap"].getcmap(1, 0).cmap  # reportlab's subsets: one byte a character, Mac table
        glyf = face["glyf"]
        for code, utf16 in _ENTRY.findall(font["/ToUnicode"].get_object().get_data()):
            glyph = codes.get(int(code, 16))
            if glyph and glyph != ".notdef" and glyf[glyph].numberOfContours != 0:
                drawn.add(bytes.fromhex(utf16.decode()).decode("utf-16-be"))
    return drawn


def font_names(pdf: bytes) -> list[str]:
    return sorted(str(font["/BaseFont"]) for font in embedded_fonts(pdf).values())
