"""shiboken6's own Python support modules, compiled once by the build instead of at every start of the app (build.spec).

A stock shiboken6 carries these modules (function signatures, enum features, the .pyi generator) as source inside
its library and compiles them each time it is imported: about 20 ms before the first window, every start. shiboken
has a switch for this, SBK_EMBED=false: it writes the modules out beside the package, into `files.dir`, and from
then on imports them from there like any other module (signature_bootstrap.find_incarnated_files). The build throws
that switch on a copy of the package, never on the build environment, and ships the modules as bytecode, as it ships
every other module (build.spec: noarchive).
"""

from __future__ import annotations

import importlib.util
import os
import py_compile
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FOLDER = "files.dir"  # the name shiboken looks for beside its own __init__
PACKAGE = "shibokensupport"  # what it imports from there; signature_bootstrap.py, also written, runs from the library


def copy_of_package(into: Path) -> Path:
    """A copy of the shiboken6 package this interpreter imports, as installed: without caches, C headers or a
    written-out support folder."""
    package = Path(importlib.util.find_spec("shiboken6").submodule_search_locations[0])
    copy = into / "shiboken6"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__", "include", "lib", FOLDER))
    return copy


def written_out(into: Path) -> Path:
    """The support modules' sources as shiboken writes them for SBK_EMBED=false, from a copy of the package;
    returns the folder holding the `shibokensupport` package."""
    copy = copy_of_package(into)
    env = {**os.environ, "SBK_EMBED": "false", "PYTHONPATH": str(into), "PYTHONDONTWRITEBYTECODE": "1"}
    subprocess.run([sys.executable, "-c", "import shiboken6"], env=env, cwd=into, check=True)
    support = copy / FOLDER
    if not (support / PACKAGE / "__init__.py").is_file():
        raise RuntimeError(f"shiboken6 did not write its support modules into {support} (SBK_EMBED=false)")
    return support


def compiled(into: Path) -> list[tuple[str, str, str]]:
    """PyInstaller data entries (destination, source, "DATA") placing the support modules, compiled by this
    interpreter (the one the app is frozen with), where shiboken6 looks for them in the bundle."""
    into.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=into) as scratch:
        support = written_out(Path(scratch))
        out = into / FOLDER
        shutil.rmtree(out, ignore_errors=True)
        entries = []
        for source in sorted((support / PACKAGE).rglob("*.py")):
            relative = source.relative_to(support)
            target = (out / relative).with_suffix(".pyc")  # beside where the source would be: imported sourceless
            target.parent.mkdir(parents=True, exist_ok=True)
            py_compile.compile(str(source), cfile=str(target), dfile=relative.as_posix(), doraise=True,
                               invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
            entries.append(((Path("shiboken6") / FOLDER / relative.with_suffix(".pyc")).as_posix(), str(target),
                            "DATA"))
    return entries
