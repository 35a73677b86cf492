"""The bundled TrueType fonts, and the check that every character can be printed before anything is printed."""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

from assistant.errors import UserFacingError
from assistant.i18n import translate

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
MAIN, MAIN_BOLD, FALLBACK = "CJK", "CJK-Bold", "Fallback"
_lock = threading.Lock()
_maps: dict[str, set[int]] = {}


class UnprintableCharacters(UserFacingError):
    """Characters that no bundled font has: the user must change them (or write them by hand on paper)."""

    def __init__(self, characters: list[str]):
        self.characters = characters
        super().__init__(translate("pdf", "以下字符没有可用的字体，打印出来会是空白：{chars}。请改用常用字，或打印后手写。")
                         .format(chars=self.describe()))

    def describe(self) -> str:
        return "、".join(f"“{c}”（U+{ord(c):04X}）" for c in self.characters)


def register() -> None:
    """Register the fonts with reportlab once per process (thread-safe: PDFs are built in workers)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        if _maps:
            return
        main = TTFont(MAIN, str(FONT_DIR / "wqy-microhei.ttc"), subfontIndex=0)
        # Micro Hei has no bold face; a second name lets styles ask for "bold" and get the same outlines.
        bold = TTFont(MAIN_BOLD, str(FONT_DIR / "wqy-microhei.ttc"), subfontIndex=0)
        fallback = TTFont(FALLBACK, str(FONT_DIR / "DejaVuSans.ttf"))
        for font in (main, bold, fallback):
            pdfmetrics.registerFont(font)
        addMapping(MAIN, 0, 0, MAIN)
        addMapping(MAIN, 1, 0, MAIN_BOLD)
        addMapping(MAIN, 0, 1, MAIN)
        addMapping(MAIN, 1, 1, MAIN_BOLD)
        _maps[MAIN] = set(main.face.charToGlyph)
        _maps[FALLBACK] = set(fallback.face.charToGlyph)


def _printable_anyway(char: str) -> bool:
    return char in "\n\t" or unicodedata.category(char) in ("Zs", "Cc", "Cf")


def missing(text: str) -> list[str]:
    """Characters of `text` that neither font can draw, in order of first appearance."""
    register()
    seen: dict[str, None] = {}
    for char in text:
        code = ord(char)
        if code not in _maps[MAIN] and code not in _maps[FALLBACK] and not _printable_anyway(char):
            seen.setdefault(char)
    return list(seen)


def markup(text: str) -> str:
    """User text → Paragraph markup: escaped (`<`, `&` print literally), line breaks kept, and characters the CJK
    font lacks switched to the fallback font."""
    register()
    out, run, run_font = [], [], MAIN
    for char in text:
        font = MAIN if ord(char) in _maps[MAIN] or char == "\n" else FALLBACK
        if font != run_font and run:
            out.append(_wrap("".join(run), run_font))
            run = []
        run_font = font
        run.append(char)
    if run:
        out.append(_wrap("".join(run), run_font))
    return "".join(out)


def _wrap(chunk: str, font: str) -> str:
    safe = escape(chunk).replace("\n", "<br/>")
    return safe if font == MAIN else f'<font name="{FALLBACK}">{safe}</font>'
