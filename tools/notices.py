"""THIRD-PARTY-NOTICES.txt for the frozen build: the licence of everything the bundle carries, written by build.spec.

What counts is what PyInstaller actually collected, not what the build environment has installed: a distribution is
listed when one of its files is in the bundle. Its licence comes from its own files (`*.dist-info/licenses/`,
LICENSE, COPYING, NOTICE …) or, for the few wheels that carry none, from `tools/licenses/`; a bundled distribution
with neither stops the build, so a new dependency cannot ship without its licence. Python, the PyInstaller
bootloader, the fonts and (on Linux) the system libraries copied from the build machine are listed too.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
LICENCES = HERE / "licenses"
QT_LICENCES = ("LGPL-3.0.txt", "GPL-3.0.txt")
# Wheels without licence files: what their metadata declares, in the texts kept in tools/licenses/.
KNOWN = {
    "pyside6-essentials": QT_LICENCES,
    "pyside6-pdf": QT_LICENCES,
    "shiboken6": QT_LICENCES,
    "chinesecalendar": ("chinesecalendar-MIT.txt",),
}
QT_NOTE = ("Qt itself contains third-party components (ICU, HarfBuzz, FreeType, libpng, PCRE2, zlib, md4c …); "
           "their licences are listed at https://doc.qt.io/qt-6/licenses-used-in-qt.html. The Qt for Python and Qt "
           "libraries are used unmodified under the LGPL-3.0; their source is at https://code.qt.io/.")
LICENCE_FILE = re.compile(r"(?i)^(licen[cs]e|copying|notice|authors|copyright)")
RULE = "=" * 100


class MissingLicence(RuntimeError):
    """A bundled distribution whose licence text the build cannot find."""


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def bundled_distributions(sources: Iterable[str | Path], own: str) -> list[metadata.Distribution]:
    """The installed distributions with at least one file among `sources` (the files PyInstaller collected), but
    not the app itself (`own`: its egg-info sits in the source tree the build reads)."""
    collected = {_key(Path(source)) for source in sources}
    found: dict[str, metadata.Distribution] = {}
    for dist in metadata.distributions():
        name = canonical(dist.metadata["Name"])
        if name in found or name == canonical(own) or not dist.files:
            continue
        if any(_key(Path(dist.locate_file(f))) in collected for f in dist.files):
            found[name] = dist
    return sorted(found.values(), key=lambda d: canonical(d.metadata["Name"]))


def _key(path: Path) -> str:
    try:
        path = path.resolve()
    except OSError:
        pass
    # A module is collected from its .py, the wheel's RECORD may list the compiled file instead (or both).
    text = str(path)
    return text[:-1] if text.endswith(".pyc") else text


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of the distribution's own licence files, else of the texts kept for it here."""
    texts = []
    for file in dist.files or ():
        parts = file.parts
        in_metadata = len(parts) >= 2 and parts[0].endswith(".dist-info")
        if in_metadata and LICENCE_FILE.match(file.name):
            texts.append((file.name, Path(dist.locate_file(file)).read_text(encoding="utf-8", errors="replace")))
    if not texts:
        for name in KNOWN.get(canonical(dist.metadata["Name"]), ()):
            texts.append((name, (LICENCES / name).read_text(encoding="utf-8")))
    if not texts:
        raise MissingLicence(f"{dist.metadata['Name']} is bundled but has no licence text: add it to tools/licenses/ "
                             "and to KNOWN in tools/notices.py")
    return texts


def declared_licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression") or ""
    if expression:
        return expression
    short = (meta.get("License") or "").strip()
    if short and "\n" not in short and len(short) < 100:
        return short
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or () if c.startswith("License ::")]
    return ", ".join(classifiers) or "see the licence text below"


def python_licence() -> str:
    candidates = [Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"]
    for path in candidates:
        if path.exists():
            return path.read_text(encoding="utf-8", errors="replace")
    raise MissingLicence(f"Python's LICENSE.txt is not where expected: {', '.join(map(str, candidates))}")


def system_libraries(binaries: Iterable[str | Path]) -> list[tuple[str, str]]:
    """(library, licence text or where it comes from) for shared libraries copied from outside Python's and the
    environment's own folders — on Linux the build machine's distribution packages, found with dpkg."""
    ours = {Path(p).resolve() for p in (sys.prefix, sys.base_prefix, sysconfig.get_paths()["purelib"])}
    found = []
    for binary in sorted({Path(b) for b in binaries}):
        resolved = binary.resolve()
        if any(resolved.is_relative_to(folder) for folder in ours):
            continue
        found.append((binary.name, _distribution_copyright(binary)))
    return found


def _distribution_copyright(library: Path) -> str:
    if not shutil.which("dpkg"):
        return f"copied from {library} on the build machine"
    done = subprocess.run(["dpkg", "-S", str(library)], capture_output=True, text=True)
    if done.returncode != 0:  # merged /usr: dpkg knows /lib/… where the loader said /usr/lib/…
        alternative = str(library).removeprefix("/usr") if str(library).startswith("/usr/") else f"/usr{library}"
        done = subprocess.run(["dpkg", "-S", alternative], capture_output=True, text=True)
    if done.returncode != 0:
        return f"copied from {library} on the build machine"
    package = done.stdout.split(":", 1)[0].strip()
    copyright_file = Path("/usr/share/doc") / package / "copyright"
    if copyright_file.exists():
        return f"from the Debian package {package}:\n\n" + copyright_file.read_text(encoding="utf-8", errors="replace")
    return f"from the Debian package {package}"


def write_notices(target: Path, *, own: str, sources: Iterable[str | Path], binaries: Iterable[str | Path], fonts: Path,
                  app_name: str) -> list[str]:
    """Write the notices; returns the names of the distributions listed (build.spec prints how many)."""
    sources = list(sources)
    # PyInstaller's bootloader is in the bundle whether or not its runtime modules are: listed first, once.
    distributions = [d for d in bundled_distributions(sources, own) if canonical(d.metadata["Name"]) != "pyinstaller"]
    pyinstaller = [d for d in metadata.distributions() if canonical(d.metadata["Name"]) == "pyinstaller"][:1]
    sections = [
        f"{app_name} — third-party software notices / 第三方软件许可\n\n"
        "This program contains the following third-party software, each under its own licence.\n"
        "本程序包含以下第三方软件，各自按其许可证使用。\n",
        _section("Python", sys.version.split()[0], "PSF-2.0", [("LICENSE.txt", python_licence())]),
    ]
    for dist in [*pyinstaller, *distributions]:
        name = dist.metadata["Name"]
        note = ""
        if canonical(name) == "pyinstaller":
            note = "The PyInstaller bootloader starts this program (GPL-2.0 with the bootloader exception).\n"
        elif canonical(name) in ("pyside6-essentials", "pyside6-pdf", "shiboken6"):
            note = QT_NOTE + "\n"
        sections.append(_section(name, dist.version, declared_licence(dist), licence_texts(dist), note))
    font_texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(fonts.glob("LICENSE-*.txt"))]
    font_list = (fonts / "README.md").read_text(encoding="utf-8") if (fonts / "README.md").exists() else ""
    sections.append(_section("Fonts / 字体", "", "see below", font_texts, font_list + "\n"))
    libraries: dict[str, list[str]] = {}  # one copy of each text: Kerberos alone is four libraries
    for name, text in system_libraries(binaries):
        libraries.setdefault(text, []).append(name)
    if libraries:
        body = "\n\n".join(f"--- {', '.join(names)}: {text}" for text, names in libraries.items())
        sections.append(f"{RULE}\nSystem libraries copied from the build machine\n{RULE}\n\n{body}\n")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(sections), encoding="utf-8")
    return [d.metadata["Name"] for d in distributions]


def _section(name: str, version: str, licence: str, texts: list[tuple[str, str]], note: str = "") -> str:
    heading = f"{name} {version}".strip()
    body = "\n\n".join(f"--- {file} ---\n\n{text.strip()}" for file, text in texts)
    return f"{RULE}\n{heading}\nLicence: {licence}\n{RULE}\n{note}\n{body}\n"
