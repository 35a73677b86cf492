"""Where the app keeps its files, per user: data (SQLite, attachments), settings, logs.

The folders are platformdirs' (tests/unit/test_paths.py compares the two on all three systems), worked out here from
the environment in the usual cases: importing platformdirs costs 10–18 ms of start-up on Linux (tempfile, shutil,
random), ctypes on Windows. platformdirs still answers whatever is unusual (no LOCALAPPDATA, a relative HOME).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from assistant.appinfo import APP_ID, ORG_NAME

DATA, CONFIG, LOG = "data", "config", "log"
_XDG = {DATA: ("XDG_DATA_HOME", "~/.local/share"), CONFIG: ("XDG_CONFIG_HOME", "~/.config")}


def _from_platformdirs(kind: str) -> Path:
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_ID, ORG_NAME, roaming=False)
    return {DATA: dirs.user_data_path, CONFIG: dirs.user_config_path, LOG: dirs.user_log_path}[kind]


def _home(path: str) -> str | None:
    expanded = os.path.expanduser(path)
    return expanded if os.path.isabs(expanded) else None


def user_dir(kind: str, platform: str = sys.platform) -> Path:
    """The per-user folder of that kind (DATA, CONFIG or LOG), as platformdirs would name it on `platform`."""
    found: str | None = None
    if platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        if local:
            found = os.path.join(os.path.normpath(local), ORG_NAME, APP_ID, *(["Logs"] if kind == LOG else []))
    elif platform == "darwin":
        if kind == LOG:
            base = _home("~/Library/Logs")
        else:
            variable = os.environ.get(_XDG[kind][0], "")
            base = variable if variable.startswith("/") else _home("~/Library/Application Support")
        found = os.path.join(base, APP_ID) if base else None
    elif kind == LOG:
        variable = os.environ.get("XDG_STATE_HOME", "")
        base = variable if variable.startswith("/") else _home("~/.local/state")
        found = os.path.join(base, APP_ID, "log") if base else None
    else:
        variable = os.environ.get(_XDG[kind][0], "")
        base = variable if variable.startswith("/") else _home(_XDG[kind][1])
        found = os.path.join(base, APP_ID) if base else None
    return Path(found) if found else _from_platformdirs(kind)


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """`ASSISTANT_DATA_DIR` overrides it (portable installs, tests)."""
    override = os.environ.get("ASSISTANT_DATA_DIR")
    return _ensure(Path(override) if override else user_dir(DATA))


def config_dir() -> Path:
    override = os.environ.get("ASSISTANT_DATA_DIR")
    return _ensure(Path(override) / "config" if override else user_dir(CONFIG))


def log_dir() -> Path:
    override = os.environ.get("ASSISTANT_DATA_DIR")
    return _ensure(Path(override) / "logs" if override else user_dir(LOG))
