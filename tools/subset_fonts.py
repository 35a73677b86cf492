"""Regenerate the bundled supplementary font, assistant/resources/fonts/guifan-supplement.ttf.

It holds exactly the characters of 《通用规范汉字表》 (2013, 8,105 characters) that the main font, WenQuanYi Micro Hei,
lacks, cut from Hanazono Mincho A (花園明朝A, SIL OFL 1.1). Hanazono's names are Reserved Font Names, so the
subset is renamed (OFL §3). The output is byte-for-byte reproducible from the same inputs.

    apt-get install -y fonts-hanazono          # Debian/Ubuntu: /usr/share/fonts/truetype/hanazono/HanaMinA.ttf
    .venv/bin/pip install fonttools            # or: pip install -e '.[test]'
    .venv/bin/python tools/subset_fonts.py     # --source/--list/--out to use other paths
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "assistant" / "resources" / "fonts"
MAIN = FONTS / "wqy-microhei.ttc"
LIST = ROOT / "tests" / "pdf" / "data" / "tongyong-guifan-hanzi.txt"
SOURCE = Path("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf")
OUT = FONTS / "guifan-supplement.ttf"

FAMILY, POSTSCRIPT = "Guifan Supplement", "GuifanSupplement"
COPYRIGHT = ("Copyright (c) 2011, GlyphWiki Project (kamichi@fonts.jp), with Reserved Font Name \"Hanazono Font\", "
             "\"HanaMinA\", \"HanaMinB\", \"花園フォント\", \"花園明朝A\", and \"花園明朝B\". Created by GlyphWiki.")
LICENCE = "This Font Software is licensed under the SIL Open Font License, Version 1.1."
LICENCE_URL = "https://openfontlicense.org"


def read_list(path: Path) -> list[int]:
    """Code points of the list file: `U+XXXX<tab>字` lines; `#` lines are comments."""
    codes = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("U+"):
            codes.append(int(line.split("\t", 1)[0][2:], 16))
    return codes


def main_font_codes(path: Path = MAIN) -> set[int]:
    # Face 0 is the one assistant/pdf/fonts.py registers.
    return set(TTCollection(str(path)).fonts[0].getBestCmap())


def needed(codes: list[int], have: set[int]) -> list[int]:
    return sorted(set(codes) - have)


def _options() -> subset.Options:
    options = subset.Options()
    options.layout_features = []  # reportlab draws glyph by glyph: no GSUB/GPOS
    options.hinting = False  # printed at 300+ dpi; hints only cost bytes
    options.glyph_names = False  # post format 3
    options.notdef_outline = True
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    options.drop_tables += ["vhea", "vmtx", "BASE", "FFTM", "prop"]  # vertical and FontForge-only data
    options.recalc_timestamp = False  # reproducible: same inputs, same bytes
    return options


def cut(source: Path, codes: list[int]) -> TTFont:
    """`source` reduced to `codes` (plus .notdef), TrueType outlines kept."""
    font = TTFont(str(source), recalcTimestamp=False)
    missing = [c for c in codes if c not in font.getBestCmap()]
    if missing:
        raise SystemExit(f"{source} lacks {len(missing)} needed characters: " + "".join(map(chr, missing[:40])))
    subsetter = subset.Subsetter(_options())
    subsetter.populate(unicodes=codes)
    subsetter.subset(font)
    return font


def rename(font: TTFont, source_version: str) -> None:
    """A Modified Version may not carry the Reserved Font Names (OFL §3): new names, the notice and licence kept."""
    table = font["name"]
    table.names = []
    strings = {0: COPYRIGHT, 1: FAMILY, 2: "Regular", 3: f"{POSTSCRIPT}-{source_version}", 4: FAMILY,
               5: f"Version 1.0; subset of HanaMinA {source_version}", 6: POSTSCRIPT,
               10: "The characters of the Table of General Standard Chinese Characters (2013) that WenQuanYi Micro Hei "
                   "lacks, from Hanazono Mincho A.",
               13: LICENCE, 14: LICENCE_URL}
    for name_id, text in strings.items():
        table.setName(text, name_id, 3, 1, 0x409)  # Windows, Unicode BMP, English: what reportlab reads


def check(font: TTFont, codes: list[int]) -> None:
    """What reportlab needs: glyf outlines (it refuses CFF) and every code in the cmap, each with a drawn glyph."""
    if "glyf" not in font or "CFF " in font:
        raise SystemExit("the subset lost its TrueType outlines")
    cmap, glyf = font.getBestCmap(), font["glyf"]
    empty = [c for c in codes if c not in cmap or glyf[cmap[c]].numberOfContours == 0]
    if empty:
        raise SystemExit("no outline for: " + "".join(map(chr, empty)))


def build(source: Path = SOURCE, list_path: Path = LIST, out: Path = OUT) -> list[int]:
    codes = needed(read_list(list_path), main_font_codes())
    version = str(TTFont(str(source), lazy=True)["name"].getDebugName(5)).split(";")[0].strip()
    font = cut(source, codes)
    rename(font, version)
    check(font, codes)
    font.save(str(out))
    check(TTFont(str(out)), codes)
    return codes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=SOURCE, help="HanaMinA.ttf")
    parser.add_argument("--list", type=Path, default=LIST, help="the character list (U+XXXX<tab>字 a line)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    codes = build(args.source, args.list, args.out)
    print(f"{args.out}: {len(codes)} characters, {args.out.stat().st_size:,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
