"""The frozen build, made once per content: `dev.py build`, `dev.py lock` and tests/packaging/ go through here.

Standard library only: dev.py runs it with whatever python3 the PC has. The build runs in its own environment,
`.venv-build`, installed from the pinned and hashed requirements/build.txt (never from pyproject's lower bounds), so
two builds of the same commit bundle the same versions. Its result is kept outside the clone, in the user's cache
folder, under a hash of everything that goes into it (build.spec, pyproject.toml, the lock file, the build tools,
the app's sources and translations, the Python and the machine): a second run, or a second clone of the same commit
on the same PC, finds it there.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"
LOCK = ROOT / "requirements" / "build.txt"
BUILD_VENV = ROOT / ".venv-build"
BUILD_BIN = BUILD_VENV / ("Scripts" if os.name == "nt" else "bin")
BUILD_PYTHON = BUILD_BIN / ("python.exe" if os.name == "nt" else "python")
INSTALLED = BUILD_VENV / ".installed-lock"
UV_VERSION = "0.13.9"  # the locking tool, installed into .venv-build by `dev.py lock` only
APP_FOLDER = "credit-assistant"  # appinfo.APP_ID, which build.spec names the folder after
KEEP_BUILDS = 3
# What goes into the build besides the app's package: a change to any of these makes a new one.
INPUTS = ("build.spec", "pyproject.toml", "requirements/build.txt", "tools/*.py", "tools/licenses/*", "i18n/*.ts")
SKIPPED_SUFFIXES = (".pyc", ".pyo", ".qm")  # .qm are built from i18n/*.ts, which are hashed instead
Say = Callable[[str], None]


def cache_root() -> Path:
    """Where finished builds are kept: ASSISTANT_BUILD_CACHE, else the user's cache folder."""
    override = os.environ.get("ASSISTANT_BUILD_CACHE")
    if override:
        return Path(override)
    if os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "credit-assistant-build"


def unsupported_reason() -> str | None:
    """Why PyInstaller cannot build on this platform at all, or None. A missing tool is not such a reason: the
    build says which and fails."""
    if sys.platform not in ("win32", "darwin") and not sys.platform.startswith("linux"):
        return f"PyInstaller builds on Windows, macOS and Linux, not on {sys.platform}"
    if sys.implementation.name != "cpython":
        return f"PyInstaller freezes CPython, not {sys.implementation.name}"
    return None


def _hashed_files() -> Iterator[Path]:
    for pattern in INPUTS:
        yield from sorted(ROOT.glob(pattern))
    for path in sorted((ROOT / "assistant").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and not path.name.endswith(SKIPPED_SUFFIXES):
            yield path


def build_key() -> str:
    """A hash of the build's inputs by content and relative path (never the clone's location)."""
    digest = hashlib.sha256()
    digest.update(f"{platform.system()} {platform.machine()} {sys.version_info[:2]}\n".encode())
    for path in _hashed_files():
        digest.update(path.relative_to(ROOT).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:24]


def executable_name(name: str = "assistant") -> str:
    return f"{name}.exe" if os.name == "nt" else name


def cached_build(key: str | None = None) -> Path | None:
    """The finished app folder for these inputs, if one is in the cache."""
    folder = cache_root() / (key or build_key())
    app = folder / APP_FOLDER
    return app if (folder / "complete").exists() and (app / executable_name()).exists() else None


def build(say: Say, *, fresh: bool = False) -> Path:
    """The app folder for the current sources: from the cache, else built now (a few minutes) and cached."""
    key = build_key()
    found = None if fresh else cached_build(key)
    if found is not None:
        say(f"frozen build {key} is cached: {found}")
        return found
    python = build_environment(say)
    compile_translations(say)
    root = cache_root()
    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f"{key}-", suffix=".partial", dir=root))
    log_file = staging / "pyinstaller.log"
    say(f"building with PyInstaller (a few minutes; log: {log_file})")
    started = time.monotonic()
    with open(log_file, "w", encoding="utf-8") as log:
        done = subprocess.run(
            [str(python), "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN",
             "--distpath", str(staging), "--workpath", str(staging / "work")],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONHASHSEED": "0"},
        )
    if done.returncode != 0:
        tail = log_file.read_text(encoding="utf-8", errors="replace").splitlines()[-30:]
        raise BuildFailed(f"PyInstaller failed (exit {done.returncode}); the end of {log_file}:\n" + "\n".join(tail))
    shutil.rmtree(staging / "work", ignore_errors=True)
    (staging / "complete").write_text(f"built in {time.monotonic() - started:.0f} s\n", encoding="utf-8")
    target = root / key
    if fresh and target.exists():
        shutil.rmtree(target)
    try:
        os.replace(staging, target)
    except OSError:  # another run finished the same build first: theirs is as good as ours
        shutil.rmtree(staging, ignore_errors=True)
    say(f"built in {time.monotonic() - started:.0f} s")
    prune(root, keep=KEEP_BUILDS)
    return target / APP_FOLDER


class BuildFailed(RuntimeError):
    pass


def build_environment(say: Say) -> Path:
    """.venv-build with exactly the locked versions (reinstalled when the lock file changes)."""
    wanted = hashlib.sha256(LOCK.read_bytes()).hexdigest()
    if BUILD_PYTHON.exists() and INSTALLED.exists() and INSTALLED.read_text() == wanted:
        return BUILD_PYTHON
    # Made anew for a new lock: a package an earlier lock had would still be found, and bundled.
    say("creating the build environment in .venv-build from requirements/build.txt")
    venv.EnvBuilder(with_pip=True, clear=True).create(BUILD_VENV)
    _quietly(say, BUILD_PYTHON, "-m", "pip", "install", "--quiet", "--require-hashes", "--no-deps", "-r", LOCK)
    INSTALLED.write_text(wanted)
    return BUILD_PYTHON


def compile_translations(say: Say) -> None:
    """The .qm catalogues build.spec bundles, compiled from i18n/*.ts with the build environment's Qt."""
    lrelease = BUILD_BIN / ("pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease")
    target = ROOT / "assistant" / "i18n"
    target.mkdir(exist_ok=True)
    for ts in sorted((ROOT / "i18n").glob("*.ts")):
        _quietly(say, lrelease, "-silent", ts, "-qm", target / f"{ts.stem}.qm")


def lock(say: Say) -> None:
    """Re-pin requirements/build.txt from pyproject.toml (the app's dependencies and the `build` extra), for every
    platform, with hashes."""
    tool = Path(tempfile.mkdtemp(prefix="uv-"))
    try:
        _quietly(say, sys.executable, "-m", "pip", "install", "--quiet", "--target", tool, f"uv=={UV_VERSION}")
        _compile(say, next(p for p in (tool / "bin").iterdir() if p.stem == "uv"))
    finally:
        shutil.rmtree(tool, ignore_errors=True)
    say(f"wrote {LOCK.relative_to(ROOT)}")


def _compile(say: Say, uv: Path) -> None:
    header = ("# The frozen build's pinned dependencies, for every platform, with hashes: `python3 dev.py build` "
              "installs exactly these.\n# Generated from pyproject.toml (dependencies + the `build` extra) by "
              "`python3 dev.py lock`; do not edit by hand.\n")
    _quietly(say, uv, "pip", "compile", ROOT / "pyproject.toml", "--extra", "build", "--universal",
             "--generate-hashes", "--python-version", "3.11", "--no-header", "--quiet", "-o", LOCK)
    LOCK.write_text(header + LOCK.read_text(encoding="utf-8"), encoding="utf-8")


def prune(root: Path, keep: int) -> None:
    """Only the newest few builds stay (each is well over 100 MB); unfinished ones older than a day go too."""
    finished = sorted((p for p in root.iterdir() if (p / "complete").exists()), key=lambda p: p.stat().st_mtime)
    for old in finished[:-keep]:
        shutil.rmtree(old, ignore_errors=True)
    for partial in root.glob("*.partial"):
        if time.time() - partial.stat().st_mtime > 86400:
            shutil.rmtree(partial, ignore_errors=True)


def _quietly(say: Say, *command: str | Path) -> None:
    done = subprocess.run([str(c) for c in command], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          errors="replace", cwd=ROOT)
    if done.returncode != 0:
        raise BuildFailed(f"{' '.join(str(c) for c in command)} failed (exit {done.returncode}):\n{done.stdout}")


# -- what is in the folder -----------------------------------------------------------------------------------------
def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def largest_parts(folder: Path, count: int = 10) -> list[tuple[str, int]]:
    """The biggest components: each top-level package or library of the bundle, PySide6 split into Qt's libraries,
    its plugins, translations and the Python bindings (one lump of 70 MB would say little)."""
    contents = folder / "_internal"
    sizes: dict[str, int] = {}
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        if not path.is_relative_to(contents):
            part = path.relative_to(folder).as_posix() + " (executable: the bootloader and the program's bytecode)"
        else:
            parts = path.relative_to(contents).parts
            if parts[0] == "PySide6" and len(parts) > 2 and parts[1] == "Qt":
                part = "/".join(parts[:4]) if parts[2] == "lib" else "/".join(parts[:3])
            elif parts[0] == "PySide6":
                part = "PySide6 (Python bindings)"
            elif parts[0] == "assistant":
                part = "assistant (fonts, help pages, translations, demo data)"
            else:
                part = parts[0]
        sizes[part] = sizes.get(part, 0) + path.stat().st_size
    return sorted(sizes.items(), key=lambda item: -item[1])[:count]


def report(folder: Path, say: Say) -> None:
    say(f"{folder}: {folder_size(folder) / 2**20:.1f} MB")
    say("ten largest parts:")
    for name, size in largest_parts(folder):
        say(f"  {size / 2**20:6.1f} MB  {name}")
