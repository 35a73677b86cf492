"""The build's precompiled shiboken support modules (tools/shiboken_support.py) are the ones shiboken6 imports, and
PySide6 works with them: a copy of the installed package with the compiled folder beside it, as in the bundle."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import shiboken6

from tools import shiboken_support

PROBE = """
from PySide6.QtCore import QObject
import shibokensupport.signature.loader as loader
from shibokensupport.signature import get_signature
print(loader.__file__)
print(get_signature(QObject.setObjectName))
"""


def test_shiboken_imports_the_compiled_support_modules_and_pyside_works(tmp_path):
    entries = shiboken_support.compiled(tmp_path / "work")
    destinations = [destination for destination, _, kind in entries]
    assert "shiboken6/files.dir/shibokensupport/signature/loader.pyc" in destinations
    assert all(destination.endswith(".pyc") and kind == "DATA" for destination, _, kind in entries)
    site = tmp_path / "site"
    shiboken_support.copy_of_package(site)
    # The switch was thrown on a copy: the environment's own package still has no support folder.
    assert not (Path(shiboken6.__file__).parent / shiboken_support.FOLDER).exists()
    for destination, compiled, _ in entries:
        (site / destination).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(compiled, site / destination)
    env = {**os.environ, "PYTHONPATH": str(site), "PYTHONDONTWRITEBYTECODE": "1", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SBK_EMBED", None)
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, cwd=tmp_path,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    loaded, signatures = done.stdout.split("\n")[:2]
    assert Path(loaded) == site / "shiboken6" / "files.dir" / "shibokensupport" / "signature" / "loader.pyc"
    assert signatures == "(self, name: str, /) -> None"  # the parser at work, on PySide6's own signature texts
    assert not list((site / "shiboken6" / "files.dir").rglob("*.py"))  # nothing written back as source
