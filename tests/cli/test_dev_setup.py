"""dev.py's set-up prints only its own `[dev]` lines (a tool's output only when it fails), and `dev.py run` names the
missing Linux libraries instead of starting a Qt that cannot open a window. The real pip never runs here."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

import dev

NOISE = """#!/bin/sh
# pip as it talks during an editable install: index warnings on stdout, setuptools' banner on stderr
echo "WARNING: Location 'file:///opt/pypi-more/simple/pip/' is ignored: it is neither a file nor a directory."
echo "  !!" >&2
echo "          ********************************************************************************" >&2
echo "          Please be careful with folders in your working directory with the same" >&2
echo "    with strategy, WheelFile(wheel_path, \\"w\\") as wheel_obj:" >&2
echo "$@" >> "$(dirname "$0")/calls"
exit ${FAKE_EXIT:-0}
"""


@pytest.fixture
def fake_python(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    python = tmp_path / "python"
    python.write_text(NOISE)
    python.chmod(0o755)
    monkeypatch.setattr(dev, "PYTHON", python)
    monkeypatch.setattr(dev, "STAMP", tmp_path / ".installed-pyproject")
    monkeypatch.setattr(dev, "build_translations", lambda: None)
    return python


pytestmark = pytest.mark.skipif(os.name == "nt", reason="the fake pip is a shell script")


def test_installing_prints_only_dev_lines(fake_python, capfd):
    dev.ensure_environment()
    out, err = capfd.readouterr()
    assert err == ""
    assert out.splitlines() and all(line.startswith("[dev] ") for line in out.splitlines()), out
    calls = (fake_python.parent / "calls").read_text().splitlines()
    assert len(calls) == 2 and all("--quiet --quiet" in call for call in calls)
    assert calls[1].endswith(f"-e {dev.ROOT}[test]")
    assert dev.STAMP.exists()


def test_a_failing_install_shows_what_the_tool_said(fake_python, capfd, monkeypatch):
    monkeypatch.setenv("FAKE_EXIT", "3")
    with pytest.raises(SystemExit) as stopped:
        dev.ensure_environment()
    assert stopped.value.code == 3
    out = capfd.readouterr().out
    assert "WheelFile" in out and "[dev] failed (exit 3)" in out
    assert not dev.STAMP.exists()  # so the next run tries again


def fake_ldd(listing: str):
    def run(command, **kwargs):
        assert command[0] == "ldd"
        return subprocess.CompletedProcess(command, 0, stdout=listing, stderr="")

    return run


def test_missing_qt_libraries_become_one_apt_line(tmp_path, monkeypatch, capfd):
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    listing = ("\tlinux-vdso.so.1 (0x00007ffd)\n\tlibxcb-cursor.so.0 => not found\n"
               "\tlibEGL.so.1 => not found\n\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)\n")
    monkeypatch.setattr(dev.sys, "platform", "linux")
    monkeypatch.setattr(dev, "plugin_file", lambda name: plugin if name == "xcb" else None)
    monkeypatch.setattr(dev.subprocess, "run", fake_ldd(listing))
    monkeypatch.setattr(dev.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(dev, "ensure_environment", lambda: None)
    started = []
    monkeypatch.setattr(dev.subprocess, "call", lambda *a, **k: started.append(a) or 0)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")

    assert dev.main(["run"]) == 1 and started == []
    out = capfd.readouterr().out
    assert "    sudo apt-get install libegl1 libxcb-cursor0\n" in out
    assert "Reinstalling" not in out

    assert dev.main(["run", "commitment", "templates"]) == 0 and started  # the command line needs no window


def test_no_display_is_said_plainly(monkeypatch):
    monkeypatch.setattr(dev.sys, "platform", "linux")
    monkeypatch.setattr(dev, "plugin_file", lambda name: None)
    assert "DISPLAY" in dev.qt_platform_problem({})[0]
    assert dev.qt_platform_problem({"DISPLAY": ":0"}) == []
    assert dev.qt_platform_problem({"QT_QPA_PLATFORM": "offscreen"}) == []
    assert dev.qt_platform_plugin({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}) == "wayland"
    assert dev.qt_platform_plugin({"QT_QPA_PLATFORM": "wayland;xcb"}) == "wayland"


def test_without_apt_the_libraries_are_named():
    lines = dev.install_advice(["libfoo.so.1"])
    assert "libfoo.so.1" in lines[0] and not any("apt-get" in line for line in lines)
