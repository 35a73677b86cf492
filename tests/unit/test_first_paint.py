"""Only what the first screen needs is imported before it is painted (issue 12's start-up target): the app's machinery,
the platform's client and the heavy libraries load after. Checked by module, not by time."""

from __future__ import annotations

import os
import subprocess
import sys

# Each would cost milliseconds before the first paint; none is needed to draw the window.
NOT_BEFORE_THE_FIRST_PAINT = (
    "assistant.ui.context",  # the machinery: attached on the turn after (MainWindow.attach)
    "assistant.ui.ops",
    "assistant.services",
    "assistant.domain.ids",  # the log's redaction loads it only for a line that may hold an ID number
    "platformdirs",  # the folders come from the environment (infra/paths.py)
    "dataclasses",
    "httpx",
    "pydantic",
    "babel",
    "PySide6.QtNetwork",  # the single-instance listener starts after the pages
    "json",  # the settings are read by the scanner json itself runs (infra/settings.py, read_json)
)


def modules_before_first_paint(tmp_path) -> list[str]:
    # A user's settings, as after a first sign-in: the start reads them before the first paint.
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.json").write_text(
        '{"version": 1, "language": "zh_CN", "last_username": "kuaiji", "last_folder": "C:\\\\报告"}', "utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ASSISTANT_DATA_DIR": str(tmp_path),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    # -X importtime reports each import as it completes, on stderr, interleaved with the window's "init finished".
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "assistant", "--exit-after", "0"], env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=120, check=True).stdout
    assert "init finished" in out, out[-2000:]
    before = out.split("init finished", 1)[0]
    return [line.rsplit("|", 1)[1].strip() for line in before.splitlines()
            if line.startswith("import time:") and line.count("|") == 2]


def test_the_window_is_painted_before_the_app_s_machinery_is_loaded(tmp_path):
    loaded = modules_before_first_paint(tmp_path)
    assert "assistant.ui.main_window" in loaded  # the measurement sees our modules at all
    early = sorted(name for name in loaded
                   if any(name == heavy or name.startswith(heavy + ".") for heavy in NOT_BEFORE_THE_FIRST_PAINT))
    assert early == []


# PySide builds a Qt class's Python type, and each of its enums, when a module first names it: 0.5–25 ms apiece.
NOT_BUILT_BEFORE_THE_FIRST_PAINT = (
    "Qt",  # the namespace: all of Qt's enums at once (shortcuts, alignments, attributes)
    "QStyle",  # the sidebar's icons come on the turn after the pages
    "QIcon",  # the window icon likewise
    "QAction", "QKeySequence",  # the window's shortcuts, made with the pages
    "QEvent",  # a changeEvent written in Python would bring it (widgets.Retranslating)
    "QListWidget",  # the sidebar is buttons (widgets/sidebar.py)
    "QLibraryInfo",  # Qt's own catalogue loads with the pages (translations.install_qt_catalogue)
)
TYPES_AT_FIRST_PAINT = """
import builtins, sys
from assistant.__main__ import main

_print = builtins.print


def spy(*args, **kwargs):
    if args and args[0] == "init finished":
        import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
        modules = (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets)
        _print("built:", *sorted(name for module in modules for name in vars(module) if name[:1] == "Q"), flush=True)
    _print(*args, **kwargs)


builtins.print = spy
sys.exit(main(["--exit-after", "0"]))
"""


def test_the_first_paint_builds_only_the_qt_types_it_draws_with(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ASSISTANT_DATA_DIR": str(tmp_path),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    out = subprocess.run([sys.executable, "-c", TYPES_AT_FIRST_PAINT], env=env, capture_output=True, text=True,
                         timeout=120, check=True).stdout
    built = out.split("built:", 1)[1].split("\n", 1)[0].split()
    assert {"QMainWindow", "QLabel", "QPushButton"} <= set(built)  # the check sees the window's own types
    assert sorted(set(built) & set(NOT_BUILT_BEFORE_THE_FIRST_PAINT)) == []


def test_fetching_a_report_does_not_load_the_signature_checker():
    # pyhanko and its certificate validation load only to check a report (report_verifier), not with the service.
    code = "import sys, assistant.services.reports; print('pyhanko' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          timeout=120).stdout.strip() == "False"
