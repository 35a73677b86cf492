"""The installed entry points work as a new user would run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import httpx

from assistant.domain.ids import is_valid_uscc


def run(*args: str, env_extra: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, env=env,
                          timeout=120, **kwargs)


def test_app_shows_the_main_window_and_exits_cleanly(data_dir):
    done = run("--exit-after", "0.5")
    assert done.returncode == 0, done.stderr
    assert "init finished" in done.stdout
    log = (data_dir / "logs" / "assistant.log").read_text("utf-8")
    assert "exiting with 0" in log


def test_demo_logins_as_json():
    done = run("sandbox", "--demo-logins")
    assert done.returncode == 0, done.stderr
    logins = json.loads(done.stdout)
    assert {"username", "password", "role", "firms"} <= set(logins[0])
    assert any(login["role"] == "agent" and len(login["firms"]) >= 3 for login in logins)
    assert all(is_valid_uscc(uscc) for login in logins for uscc in login["firms"])


def test_sandbox_command_serves_the_platform(tmp_path):
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant", "sandbox", "--port", "0", "--db", str(tmp_path / "p.sqlite3"),
         "--today", "2026-11-21", "--admin-token", "t0ken"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        first = process.stdout.readline()
        url = first.split(": ", 1)[1].split("/api/v1")[0]
        assert httpx.get(f"{url}/api/v1/calendar/2026", timeout=10).json()["year"] == 2026
        clock = httpx.get(f"{url}/api/v1/sandbox/clock", headers={"X-Sandbox-Admin": "t0ken"}, timeout=10)
        assert clock.json() == {"today": "2026-11-21"}
        assert httpx.get(f"{url}/api/v1/sandbox/clock", timeout=10).status_code == 403
    finally:
        process.terminate()
        process.wait(10)
