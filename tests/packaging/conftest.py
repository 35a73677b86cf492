"""The frozen app, built once per content (tools/build_bundle.py keeps it in the user's cache folder), and a way to
run it as a new user would: a fresh profile, Qt offscreen, nothing of the developer's environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tools import build_bundle

# The first test to ask for the frozen app may build it: minutes on a fresh machine, nothing when cached.
BUILD_TIMEOUT = 1200


@pytest.fixture(scope="session")
def frozen_app() -> Path:
    """The app folder; skipped only where PyInstaller cannot build at all."""
    reason = build_bundle.unsupported_reason()
    if reason:
        pytest.skip(reason)
    said: list[str] = []
    try:
        return build_bundle.build(said.append)
    except build_bundle.BuildFailed as error:
        pytest.fail(f"the frozen build failed: {error}\n" + "\n".join(said), pytrace=False)


def profile(home: Path, *, data_dir: bool = True, **extra: str) -> dict[str, str]:
    """A new user's environment: their own home (and so platformdirs' folders), or ASSISTANT_DATA_DIR inside it."""
    keep = ("PATH", "SYSTEMROOT", "WINDIR", "TEMP", "TMP", "LANG", "LC_ALL", "DISPLAY", "XDG_RUNTIME_DIR")
    env = {name: value for name, value in os.environ.items() if name in keep}
    env.update(HOME=str(home), USERPROFILE=str(home), APPDATA=str(home / "AppData" / "Roaming"),
               LOCALAPPDATA=str(home / "AppData" / "Local"), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"), XDG_CACHE_HOME=str(home / ".cache"),
               XDG_STATE_HOME=str(home / ".local" / "state"), QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")  # no Secret Service on a build machine
    if data_dir:
        env["ASSISTANT_DATA_DIR"] = str(home / "data")
    env.update(extra)
    return env


def executable(app: Path, *, console: bool = False) -> Path:
    """The window's executable, or the command line's (its own console executable on Windows)."""
    if console and (app / build_bundle.executable_name("assistant-cli")).exists():
        return app / build_bundle.executable_name("assistant-cli")
    return app / build_bundle.executable_name()


def run(app: Path, *args: str | Path, env: dict[str, str], cwd: Path, timeout: float = 120
        ) -> subprocess.CompletedProcess:
    return subprocess.run([str(executable(app, console=True)), *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=cwd, timeout=timeout)


def source(*args: str | Path, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    """The same command from the source, for comparison."""
    return subprocess.run([sys.executable, "-m", "assistant", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", env={**os.environ, **env}, cwd=cwd, timeout=120)
