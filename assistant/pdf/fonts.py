"""The fonts documents print with, and the check that every character can be printed before anything is printed.

Each character is drawn by the first font that has it: the bundled main CJK font, the bundled supplement (the
characters of 《通用规范汉字表》 the main font lacks, so all 8,105 print on any PC), the bundled symbol font, and
then — only for a character none of those has — a font of this computer's (Windows SimSun-ExtB and friends,
fontconfig elsewhere), looked up on first need and remembered.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import struct
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Callable, Container
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from assistant.errors import UserFacingError
from assistant.i18n import translate

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
MAIN, MAIN_BOLD, SUPPLEMENT, FALLBACK = "CJK", "CJK-Bold", "Supplement", "Fallback"
BUNDLED = (MAIN, SUPPLEMENT, FALLBACK)  # the order a character looks for its font in
# Fonts Windows ships for the rarer ideographs (CJK Ext-B and beyond); absent files are skipped.
WINDOWS_FONTS = ("simsunb.ttf", "SimsunExtG.ttf", "mingliub.ttc")
FC_TIMEOUT = 10  # seconds: a stuck fontconfig cache rebuild must not hang printing

_lock = threading.Lock()
_maps: dict[str, Container[int]] = {}  # font name → the code points it draws
_system: dict[int, str | None] = {}  # code point → the system font drawing it, None when none does
_loaded: dict[tuple[str, int], str | None] = {}  # (file, face) → its registered name, None when reportlab can't
_reportlab_cmap: Callable[[str, list[int]], str] | None = None
_numbers = itertools.count(1)  # system font names are never reused, even if the caches above are reset


class UnprintableCharacters(UserFacingError):
    """Characters that no font has: the user must change them (or write them by hand on paper)."""

    def __init__(self, characters: list[str]):
        self.characters = characters
        super().__init__(translate("pdf", "以下字符没有可用的字体，打印出来会是空白：{chars}。请改用常用字，或打印后手写。")
                         .format(chars=self.describe()))

    def describe(self) -> str:
        return "、".join(f"“{c}”（U+{ord(c):04X}）" for c in self.characters)


def register() -> None:
    """Register the bundled fonts with reportlab once per process (thread-safe: PDFs are built in workers)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        if _maps:
            return
        _fix_to_unicode()
        main = TTFont(MAIN, str(FONT_DIR / "wqy-microhei.ttc"), subfontIndex=0)
        # Micro Hei has no bold face; a second name lets styles ask for "bold" and get the same outlines.
        bold = TTFont(MAIN_BOLD, str(FONT_DIR / "wqy-microhei.ttc"), subfontIndex=0)
        supplement = TTFont(SUPPLEMENT, str(FONT_DIR / "guifan-supplement.ttf"))
        fallback = TTFont(FALLBACK, str(FONT_DIR / "DejaVuSans.ttf"))
        for font in (main, bold, supplement, fallback):
            pdfmetrics.registerFont(font)
        addMapping(MAIN, 0, 0, MAIN)
        addMapping(MAIN, 1, 0, MAIN_BOLD)
        addMapping(MAIN, 0, 1, MAIN)
        addMapping(MAIN, 1, 1, MAIN_BOLD)
        for font in (supplement, fallback, main):  # MAIN last: `_maps` being non-empty means "registered"
            _maps[font.fontName] = font.face.charToGlyph


# -- which font draws a character ------------------------------------------------------------------------------------
def _printable_anyway(char: str) -> bool:
    return char in "\n\t" or unicodedata.category(char) in ("Zs", "Cc", "Cf")


def _font_for(char: str) -> str | None:
    """The first font that draws `char`; None for spacing and controls (no glyph needed) and when no font has it."""
    code = ord(char)
    for name in BUNDLED:
        if code in _maps[name]:
            return name
    if _printable_anyway(char):
        return None
    return _system_font(code)


def missing(text: str) -> list[str]:
    """Characters of `text` that no font can draw, in order of first appearance."""
    register()
    if _maps[MAIN].keys() >= set(map(ord, text)):
        return []
    seen: dict[str, None] = {}
    for char in text:
        if char not in seen and _font_for(char) is None and not _printable_anyway(char):
            seen[char] = None
    return list(seen)


def runs(text: str) -> list[tuple[str, str]]:
    """`text` as (font, chunk) runs, each chunk in the first font that has its characters. Line breaks and other
    controls that need no glyph stay in the run around them rather than starting one of their own."""
    register()
    if _maps[MAIN].keys() >= set(map(ord, text)):  # most text: the main font has it all (checked in C, not per char)
        return [(MAIN, text)] if text else []
    out: list[tuple[str, str]] = []
    run: list[str] = []
    run_font = MAIN
    for char in text:
        font = _font_for(char) or run_font
        if font != run_font and run:
            out.append((run_font, "".join(run)))
            run = []
        run_font = font
        run.append(char)
    if run:
        out.append((run_font, "".join(run)))
    return out


def markup(text: str) -> str:
    """User text → Paragraph markup: escaped (`<`, `&` print literally), line breaks kept, and characters the CJK
    font lacks switched to the font that has them (MAIN runs take the paragraph's own font, bold or not)."""
    return "".join(_wrap(chunk, font) for font, chunk in runs(text))


def _wrap(chunk: str, font: str) -> str:
    safe = escape(chunk).replace("\n", "<br/>")
    return safe if font == MAIN else f'<font name="{font}">{safe}</font>'


def draw_string(canvas: Any, x: float, y: float, text: str) -> None:
    """`canvas.drawString` for user text: the canvas's current font for what the main font has, the others' for
    the rest; the canvas's font is left as it was."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    base, size = canvas._fontname, canvas._fontsize
    for font, chunk in runs(text):
        font = base if font == MAIN else font
        canvas.setFont(font, size)
        canvas.drawString(x, y, chunk)
        x += stringWidth(chunk, font, size)
    canvas.setFont(base, size)


# -- the system's fonts, for what the bundled ones lack -------------------------------------------------------------
def _system_font(code: int) -> str | None:
    with _lock:
        if code not in _system:
            _system[code] = _find_system_font(code)
        return _system[code]


def _find_system_font(code: int) -> str | None:
    for name in _loaded.values():  # a font loaded for one rare character usually has its neighbours too
        if name is not None and code in _maps[name]:
            return name
    for path, index in _candidates(code):
        name = _load(path, index)
        if name is not None and code in _maps[name]:
            return name
    return None


def _candidates(code: int) -> list[tuple[str, int]]:
    """(file, face) pairs of this computer's fonts that may draw `code`, most likely first."""
    if sys.platform == "win32":
        folder = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        return [(str(folder / name), 0) for name in WINDOWS_FONTS if (folder / name).is_file()]
    return _fontconfig(code)


def _fontconfig(code: int) -> list[tuple[str, int]]:
    """Font files fontconfig says have `code`: .ttf before .ttc (one face to read, not a collection), by path."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    try:
        done = subprocess.run([fc_list, f":charset={code:x}", "--format", "%{file}\t%{index}\n"],
                              capture_output=True, text=True, timeout=FC_TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    found = set()
    for line in done.stdout.splitlines():
        path, _, index = line.rpartition("\t")
        if path.lower().endswith((".ttf", ".ttc")) and index.isdigit():
            found.add((path, int(index)))
    return sorted(found, key=lambda pair: (not pair[0].lower().endswith(".ttf"), pair))


def _load(path: str, index: int) -> str | None:
    key = (os.path.realpath(path), index)  # Debian links one file under several names
    if key not in _loaded:
        _loaded[key] = _register_system_font(*key)
    return _loaded[key]


def _register_system_font(path: str, index: int) -> str | None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if index not in _truetype_faces(path):
        return None  # CFF outlines (most .otf, Noto CJK .ttc): reportlab cannot embed them
    name = f"System-{next(_numbers)}"
    try:
        font = TTFont(name, path, subfontIndex=index)
    except Exception:  # any font reportlab can't read (or may not embed) is skipped, never fatal
        return None
    pdfmetrics.registerFont(font)
    _maps[name] = font.face.charToGlyph
    return name


def _truetype_faces(path: str) -> set[int]:
    """Faces of a .ttf/.ttc with TrueType (glyf) outlines, from the table directories alone: a CFF collection of
    20 MB is refused in microseconds instead of being read whole by reportlab first."""
    try:
        with open(path, "rb") as file:
            head = file.read(12)
            if head[:4] == b"ttcf":
                (count,) = struct.unpack(">I", head[8:12])
                offsets: tuple[int, ...] = struct.unpack(f">{count}I", file.read(4 * count))
            else:
                offsets = (0,)
            return {index for index, offset in enumerate(offsets) if b"glyf" in _table_tags(file, offset)}
    except (OSError, struct.error):
        return set()


def _table_tags(file: Any, offset: int) -> set[bytes]:
    file.seek(offset + 4)
    (tables,) = struct.unpack(">H", file.read(2))
    file.seek(offset + 12)
    directory = file.read(16 * tables)
    return {directory[i:i + 4] for i in range(0, len(directory), 16)}


# -- reportlab's text layer beyond the BMP --------------------------------------------------------------------------
_BEYOND_BMP = re.compile(r"^(<[0-9A-F]{2}>) <([0-9A-F]{5,6})>$", re.MULTILINE)


def _fix_to_unicode() -> None:
    """reportlab writes each ToUnicode entry as the bare code point (`<2C317>` for 𬌗); PDF wants UTF-16BE, so
    beyond the BMP readers reject the entry and the character cannot be copied, searched or read back. Wrap its
    CMap writer to emit surrogate pairs (entries within the BMP are unchanged)."""
    from reportlab.pdfbase import ttfonts

    global _reportlab_cmap
    if ttfonts.makeToUnicodeCMap is not _to_unicode_cmap:
        _reportlab_cmap = ttfonts.makeToUnicodeCMap
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    assert _reportlab_cmap is not None
    cmap = _reportlab_cmap(fontname, subset)
    if max(subset, default=0) <= 0xFFFF:
        return cmap
    return _BEYOND_BMP.sub(lambda m: f"{m[1]} <{chr(int(m[2], 16)).encode('utf-16-be').hex().upper()}>", cmap)
