"""The app enters the modules loaded before PySide in shiboken's feature table (ui/pyside_features.py) so that shiboken
does not read their sources at start; PySide's features still work for a module that selects one. Each case runs in
an interpreter of its own: the table lives as long as the process."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
import PySide6.QtWidgets
from assistant.ui.pyside_features import mark_loaded_modules
feature = sys.modules["shibokensupport.feature"]
scanned = []
original = feature._mod_uses_pyside
feature._mod_uses_pyside = lambda module: scanned.append(module.__name__) or original(module)
marked = mark_loaded_modules() if sys.argv[2] == "mark" else 0
sys.path.insert(0, sys.argv[1])
import uses_snake_case
from assistant.ui.theme import style  # noqa: F401 (the form the app imports its modules in)
print(json.dumps({"marked": marked, "scanned": scanned, "table": {name: feature.pyside_feature_dict.get(name)
      for name in ("typing", "logging", "uses_snake_case", "assistant.ui.theme")}, "name": uses_snake_case.NAME}))
"""

MODULE = """
from __feature__ import snake_case
import logging, typing
from PySide6.QtCore import QObject
thing = QObject()
thing.set_object_name("snake")
NAME = thing.object_name()
"""


def probe(tmp_path, mode: str) -> dict:
    (tmp_path / "uses_snake_case.py").write_text(MODULE, "utf-8")
    done = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path), mode], capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_modules_loaded_before_pyside_are_not_read_and_features_still_work(tmp_path):
    marked = probe(tmp_path, "mark")
    # 0 would mean this PySide keeps no feature table: then ui/pyside_features.py does nothing and can go.
    assert marked["marked"] > 50
    assert "typing" not in marked["scanned"] and "logging" not in marked["scanned"]
    assert marked["table"]["typing"] == marked["table"]["logging"] == -1
    assert "uses_snake_case" in marked["scanned"]  # a module loaded later is read as before
    assert marked["name"] == "snake" and marked["table"]["uses_snake_case"] == 1  # its snake_case is on
    # The app's own modules, loaded later, are entered unread with shiboken's default: no feature selected.
    assert "assistant.ui.theme" not in marked["scanned"] and marked["table"]["assistant.ui.theme"] == 0


def test_without_it_shiboken_reads_them(tmp_path):
    plain = probe(tmp_path, "plain")
    assert "typing" in plain["scanned"] and "logging" in plain["scanned"] and "assistant.ui.theme" in plain["scanned"]
    assert plain["name"] == "snake"
