#!/usr/bin/env python3
"""One entry point that prepares everything it needs, then runs: works on a fresh clone.

    python3 dev.py run [app options]     the app, on the embedded demo platform unless --platform URL is given
    python3 dev.py test [pytest options] the whole test suite
    python3 dev.py i18n                  refresh i18n/*.ts from the sources (then translate what is new)
    python3 dev.py openapi               regenerate docs/openapi.json from the sandbox
    python3 dev.py bench                 run the benchmarks in bench/
    python3 dev.py build [--fresh]       the frozen app (PyInstaller, build.spec) in dist/, from the pinned
                                         requirements/build.txt in .venv-build; cached by content outside the clone
    python3 dev.py lock                  re-pin requirements/build.txt from pyproject.toml

Set-up on each call, skipped when nothing changed: a virtual environment in .venv, the project and its test
dependencies installed from pyproject.toml, and the translations compiled to assistant/i18n/*.qm. The set-up prints
only its own `[dev]` lines; a tool's output is shown when it fails. On Linux, `run` first checks that Qt can open a
window and, when a system library is missing, prints the `apt-get install` line that adds it.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import venv
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed-pyproject"
TS_DIR = ROOT / "i18n"
QM_DIR = ROOT / "assistant" / "i18n"
LANGUAGES = ("zh_CN", "en")
SOURCE_LANGUAGE = "zh_CN"
# What Qt's Linux desktop plugin (xcb) loads beyond the C library, as Debian/Ubuntu packages: README.md prints this
# line, and `run` names the ones missing. The offscreen plugin (tests, CI) needs only the last four.
QT_LINUX_PACKAGES = (
    "libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0",
    "libxcb-render-util0", "libxcb-image0", "libxcb-randr0", "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3",
)
# The shared library → the Debian/Ubuntu package that ships it, for what `ldd` reports as "not found".
LIBRARY_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0", "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-randr.so.0": "libxcb-randr0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-util.so.1": "libxcb-util1", "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6", "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0", "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3", "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libz.so.1": "zlib1g", "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}


def say(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def quietly(*command: str | Path, cwd: Path | None = None) -> None:
    """A set-up step that shows nothing unless it fails: pip's progress, its warnings about the index and
    setuptools' banner about editable installs mean nothing to someone who typed `dev.py run`."""
    done = subprocess.run([str(c) for c in command], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=cwd,
                          text=True, errors="replace")
    if done.returncode != 0:
        sys.stdout.write(done.stdout)
        say(f"failed (exit {done.returncode}): {' '.join(str(c) for c in command)}")
        raise SystemExit(done.returncode)


def tool(name: str) -> Path:
    """A console script of the environment running this (the tests' own), else of .venv."""
    filename = f"{name}.exe" if os.name == "nt" else name
    beside = Path(sys.executable).parent / filename
    return beside if beside.exists() else BIN / filename


def ensure_environment() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 (dev.py runs on whatever python3 the PC has)
        sys.exit("Python 3.11 or newer is needed / 需要 Python 3.11 或更新版本")
    if not PYTHON.exists():
        create_environment()
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        say("installing the app and its dependencies (first run takes a few minutes)")
        quietly(PYTHON, "-m", "pip", "install", "--quiet", "--quiet", "--upgrade", "pip")
        quietly(PYTHON, "-m", "pip", "install", "--quiet", "--quiet", "-e", f"{ROOT}[test]")
        STAMP.write_text(wanted)
    build_translations()


def create_environment() -> None:
    say("creating the virtual environment in .venv")
    try:
        venv.EnvBuilder(with_pip=True).create(VENV)
    except (subprocess.CalledProcessError, OSError) as error:
        shutil.rmtree(VENV, ignore_errors=True)  # half a venv (python, no pip) would fail in a stranger way next time
        output = getattr(error, "output", None)
        if output:
            sys.stdout.write(output.decode(errors="replace") if isinstance(output, bytes) else output)
        say(f"could not create .venv: {error}")
        say("Debian/Ubuntu: sudo apt-get install python3-venv   (then run this again)")
        raise SystemExit(1) from None


def build_translations() -> None:
    QM_DIR.mkdir(exist_ok=True)
    for language in LANGUAGES:
        ts, qm = TS_DIR / f"{language}.ts", QM_DIR / f"{language}.qm"
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            quietly(tool("pyside6-lrelease"), "-silent", ts, "-qm", qm)


def translatable_sources() -> list[Path]:
    """Every module a user-visible text can come from (the sandbox speaks for the platform, not for us)."""
    return sorted(p for p in (ROOT / "assistant").rglob("*.py") if "sandbox" not in p.relative_to(ROOT).parts)


def lupdate(ts_files: list[Path]) -> None:
    for ts in ts_files:
        language = ts.stem.split(".")[0]
        extra = ["-pluralonly"] if language == SOURCE_LANGUAGE else []
        quietly(
            tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
            "-source-language", SOURCE_LANGUAGE, "-target-language", language, *extra,
            *[p.relative_to(ROOT) for p in translatable_sources()], "-ts", ts,
            cwd=ROOT,
        )


# -- can Qt open a window here? ----------------------------------------------------------------------------------------
def qt_platform_plugin(environ: Mapping[str, str]) -> str:
    """The platform plugin Qt will load: QT_QPA_PLATFORM's first choice, else Wayland in a Wayland session, else X11."""
    chosen = re.split(r"[;:]", environ.get("QT_QPA_PLATFORM", ""))[0].strip()
    if chosen:
        return chosen
    wayland = environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY")
    return "wayland" if wayland else "xcb"


def plugin_file(plugin: str) -> Path | None:
    found = sorted(VENV.glob(f"lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libq{plugin}.so"))
    return found[0] if found else None


def missing_libraries(library: Path) -> list[str]:
    """The shared libraries `ldd` cannot find for `library`, its dependencies' included."""
    try:
        listing = subprocess.run(["ldd", str(library)], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return []  # no ldd: Qt will say for itself what is missing
    return sorted({m.group(1) for m in re.finditer(r"^\s*(\S+) => not found", listing, re.MULTILINE)})


def install_advice(libraries: list[str]) -> list[str]:
    """What to print for missing libraries: the exact apt-get line where there is apt, else the library names."""
    packages = sorted({LIBRARY_PACKAGES[name] for name in libraries if name in LIBRARY_PACKAGES})
    unknown = [name for name in libraries if name not in LIBRARY_PACKAGES]
    lines = [f"Qt 打开窗口需要的系统库缺失 / Qt needs system libraries this PC lacks: {', '.join(libraries)}"]
    if shutil.which("apt-get") and packages:
        lines.append("安装后再运行 / install them, then run again:")
        lines.append(f"    sudo apt-get install {' '.join(packages)}")
    if unknown or not shutil.which("apt-get"):
        lines.append("用系统的软件包管理器安装提供这些库的软件包 / install the packages that provide them "
                     "with your system's package manager")
    return lines


def opens_window(app_arguments: list[str]) -> bool:
    """`dev.py run` alone opens the app; with a command (`dev.py run commitment render …`) it needs no screen."""
    words = iter(app_arguments)
    for word in words:
        if word in ("--platform", "--exit-after", "--lang"):
            next(words, None)
        elif word in ("-h", "--help", "--version") or not word.startswith("-"):
            return False
    return True


def qt_platform_problem(environ: Mapping[str, str]) -> list[str]:
    """Why the app could not open its window on this Linux PC (empty when it can): checked before starting, because
    Qt itself only says "Reinstalling the application may fix this problem", which it will not."""
    if not sys.platform.startswith("linux"):
        return []
    plugin = qt_platform_plugin(environ)
    library = plugin_file(plugin)
    missing = missing_libraries(library) if library else []
    if missing:
        return install_advice(missing)
    if plugin == "xcb" and not environ.get("DISPLAY"):
        return ["没有图形显示（DISPLAY 未设置）：请在桌面环境里运行 / no display (DISPLAY is not set): run this in a "
                "desktop session"]
    return []


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("run", [])
    if command in ("build", "lock"):
        return frozen(command, rest)  # its own pinned environment: the development one is not needed
    ensure_environment()
    if command == "run":
        problem = qt_platform_problem(os.environ) if opens_window(rest) else []
        for line in problem:
            say(line)
        return 1 if problem else subprocess.call([str(PYTHON), "-m", "assistant", *rest])
    if command == "test":
        return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT)
    if command == "i18n":
        lupdate([TS_DIR / f"{language}.ts" for language in LANGUAGES])
        build_translations()
        return 0
    if command == "openapi":
        return subprocess.call([str(PYTHON), "-m", "assistant.sandbox.openapi", str(ROOT / "docs" / "openapi.json")])
    if command == "bench":
        return subprocess.call([str(PYTHON), str(ROOT / "bench" / "run.py"), *rest], cwd=ROOT)
    print(__doc__)
    return 2


def frozen(command: str, rest: list[str]) -> int:
    from tools import build_bundle

    try:
        if command == "lock":
            build_bundle.lock(say)
            return 0
        folder = build_bundle.build(say, fresh="--fresh" in rest)
    except build_bundle.BuildFailed as error:
        say(str(error))
        return 1
    target = ROOT / "dist" / folder.name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(folder, target, symlinks=True)
    build_bundle.report(target, say)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
