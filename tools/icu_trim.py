"""A smaller ICU data library for the Linux build (build.spec): 5 MB instead of Qt's 31 MB.

PySide6's Linux wheels carry ICU, whose data library (libicudata.so.NN: one symbol, icudtNN_dat, holding an ICU data
package) has every locale of the world. The app speaks Chinese and English, so the build keeps root, en and zh and
drops what Qt never reads here: other locales' data, the word-break dictionaries (Qt breaks lines itself),
transliteration and legacy code pages (GB18030 stays). The same symbol is then assembled around the smaller package.

Needs binutils (nm, readelf), ICU's icupkg (Debian: icu-devtools) and a C compiler; without them the build keeps
Qt's library as it is and says so. Windows and macOS wheels use the system's ICU and have nothing to trim.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

KEEP_LOCALES = {"root", "en", "en_US", "zh", "zh_CN", "zh_Hans", "zh_Hans_CN"}
KEEP_CODEPAGES = {"gb18030"}
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")
TOOLS = ("nm", "readelf", "icupkg", "cc")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def unwanted(item: str) -> bool:
    """Whether a package item (`coll/de.res`, `ibm-1047_P100-1995.cnv` …) can go."""
    folder, _, name = item.rpartition("/")
    stem, _, kind = name.rpartition(".")
    if folder == "translit" or kind == "dict":
        return True
    if kind == "cnv":
        return stem not in KEEP_CODEPAGES
    if kind == "res" and stem != "res_index" and LOCALE.match(stem):
        return stem.split("__")[0].rstrip("_") not in KEEP_LOCALES  # de__PHONEBOOK: a tailoring of de
    return False


def trimmed_library(library: Path, workdir: Path) -> Path:
    """Build the smaller libicudata next to `workdir` and return its path."""
    workdir.mkdir(parents=True, exist_ok=True)
    symbol, data = _data_symbol(library)
    package_name = symbol.removesuffix("_dat") + "l"  # icudt73l: the little-endian package the items are named in
    full = workdir / "full" / f"{package_name}.dat"
    full.parent.mkdir(exist_ok=True)
    full.write_bytes(data)
    items = _run("icupkg", "-l", str(full)).split()
    removal = workdir / "remove.txt"
    removal.write_text("\n".join(item for item in items if unwanted(item)) + "\n", encoding="utf-8")
    # icupkg names the items after the output file: it must keep the package's own name, in another folder.
    small = workdir / "small" / f"{package_name}.dat"
    small.parent.mkdir(exist_ok=True)
    small.unlink(missing_ok=True)
    _run("icupkg", "--ignore-deps", "-r", str(removal), str(full), str(small))
    assembly = workdir / "icudata.S"
    assembly.write_text(
        f"    .section .rodata\n    .globl {symbol}\n    .type {symbol}, @object\n    .balign 16\n{symbol}:\n"
        f'    .incbin "{small}"\n    .size {symbol}, . - {symbol}\n'
        '    .section .note.GNU-stack,"",@progbits\n', encoding="utf-8")
    output = workdir / library.name
    _run("cc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(output), str(assembly))
    return output


def _data_symbol(library: Path) -> tuple[str, bytes]:
    """The data package's symbol and its bytes, found through the dynamic symbol table and the load segments."""
    for line in _run("nm", "-D", "-S", "--defined-only", str(library)).splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            address, size, symbol = int(parts[0], 16), int(parts[1], 16), parts[3]
            break
    else:
        raise RuntimeError(f"{library} has no icudtNN_dat symbol")
    for line in _run("readelf", "-lW", str(library)).splitlines():
        parts = line.split()
        if parts[:1] == ["LOAD"]:
            offset, virtual, size_in_file = int(parts[1], 16), int(parts[2], 16), int(parts[4], 16)
            if virtual <= address < virtual + size_in_file:
                start = offset + address - virtual
                with open(library, "rb") as file:
                    file.seek(start)
                    return symbol, file.read(size)
    raise RuntimeError(f"{library}: {symbol} lies in no load segment")


def _run(*command: str) -> str:
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()[-500:]}")
    return done.stdout
