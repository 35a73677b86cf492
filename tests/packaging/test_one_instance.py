"""One window per user: a second start hands its command line to the running app and exits 0; a lock left by a
killed app does not stop the next start. Real processes, as a user double-clicking the shortcut twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def start(*args: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.Popen([sys.executable, "-m", "assistant", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=env)


def window_shown(process: subprocess.Popen) -> bool:
    return any("init finished" in line for line in process.stdout)


def test_a_second_start_hands_over_and_exits(data_dir: Path):
    first = start("--exit-after", "8")
    try:
        assert window_shown(first)
        started = time.monotonic()
        second = start("--lang", "en")
        output = second.communicate(timeout=60)[0]
        assert second.returncode == 0, output
        assert time.monotonic() - started < 8 and "init finished" not in output  # no second window
        assert first.wait(60) == 0
    finally:
        if first.poll() is None:
            first.kill()
    log = (data_dir / "logs" / "assistant.log").read_text("utf-8")
    assert "a second start handed over its command line: ['--lang', 'en']" in log
    assert "the app is open already" in log
    settings = data_dir / "config" / "settings.json"
    assert not settings.exists() or '"en"' not in settings.read_text("utf-8")  # the running app's language stays


def test_a_killed_apps_lock_does_not_block_the_next_start(data_dir: Path):
    crashed = start("--exit-after", "60")
    assert window_shown(crashed)
    crashed.send_signal(signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
    crashed.wait(30)
    assert (data_dir / "instance.lock").exists()  # left behind, with the dead process's PID in it
    next_start = start("--exit-after", "0")
    output = next_start.communicate(timeout=120)[0]
    assert next_start.returncode == 0 and "init finished" in output, output
    assert "the app is open already" not in (data_dir / "logs" / "assistant.log").read_text("utf-8")
