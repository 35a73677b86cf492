#!/usr/bin/env python3
"""One entry point that prepares everything it needs, then runs: works on a fresh clone.

    python3 dev.py run [app options]     the app, on the embedded demo platform unless --platform URL is given
    python3 dev.py test [pytest options] the whole test suite
    python3 dev.py i18n                  refresh i18n/*.ts from the sources (then translate what is new)
    python3 dev.py openapi               regenerate docs/openapi.json from the sandbox
    python3 dev.py bench                 run the benchmarks in bench/

Set-up on each call, skipped when nothing changed: a virtual environment in .venv, the project and its test
dependencies installed from pyproject.toml, and the translations compiled to assistant/i18n/*.qm.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
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


def say(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def run(*command: str | Path, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in command], check=True, **kwargs)


def tool(name: str) -> Path:
    """A console script of the environment running this (the tests' own), else of .venv."""
    filename = f"{name}.exe" if os.name == "nt" else name
    beside = Path(sys.executable).parent / filename
    return beside if beside.exists() else BIN / filename


def ensure_environment() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 (dev.py runs on whatever python3 the PC has)
        sys.exit("Python 3.11 or newer is needed / 需要 Python 3.11 或更新版本")
    if not PYTHON.exists():
        say("creating the virtual environment in .venv")
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        say("installing the app and its dependencies (first run takes a few minutes)")
        run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(PYTHON, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]")
        STAMP.write_text(wanted)
    build_translations()


def build_translations() -> None:
    QM_DIR.mkdir(exist_ok=True)
    for language in LANGUAGES:
        ts, qm = TS_DIR / f"{language}.ts", QM_DIR / f"{language}.qm"
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            run(tool("pyside6-lrelease"), "-silent", ts, "-qm", qm)


def translatable_sources() -> list[Path]:
    """Every module a user-visible text can come from (the sandbox speaks for the platform, not for us)."""
    return sorted(p for p in (ROOT / "assistant").rglob("*.py") if "sandbox" not in p.relative_to(ROOT).parts)


def lupdate(ts_files: list[Path]) -> None:
    for ts in ts_files:
        language = ts.stem.split(".")[0]
        extra = ["-pluralonly"] if language == SOURCE_LANGUAGE else []
        run(
            tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
            "-source-language", SOURCE_LANGUAGE, "-target-language", language, *extra,
            *[p.relative_to(ROOT) for p in translatable_sources()], "-ts", ts,
            cwd=ROOT,
        )


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("run", [])
    ensure_environment()
    if command == "run":
        return subprocess.call([str(PYTHON), "-m", "assistant", *rest])
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


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
