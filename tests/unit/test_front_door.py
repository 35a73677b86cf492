"""The window's options are read without argparse; anything else goes to the full parser (assistant/__main__.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from assistant.__main__ import window_arguments


def test_the_windows_three_options_in_either_form():
    args = window_arguments(["--platform=https://xy.example", "--exit-after", "1.5", "--lang", "en"])
    assert (args.platform, args.exit_after, args.lang) == ("https://xy.example", 1.5, "en")
    assert vars(window_arguments([])) == {"platform": None, "exit_after": None, "lang": None}


@pytest.mark.parametrize("argv", [
    ["report"], ["--lang", "en", "policies", "--help"], ["--help"], ["-h"], ["--version"],
    ["--exit-after", "soon"], ["--exit-after"], ["--lang", "fr"], ["--lang", "en", "--lang", "zh_CN"], ["--plat", "x"],
])
def test_anything_else_is_for_the_full_parser(argv):
    assert window_arguments(argv) is None


def test_a_wrong_window_option_is_explained_by_the_full_parser(tmp_path):
    done = subprocess.run([sys.executable, "-m", "assistant", "--lang", "zh_CN", "--exit-after", "soon"],
                          capture_output=True, text=True, env={"ASSISTANT_DATA_DIR": str(tmp_path), "PATH": ""},
                          timeout=60)
    assert done.returncode == 2 and "--exit-after 不接受 'soon'" in done.stderr
