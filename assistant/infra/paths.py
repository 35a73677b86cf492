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
# macOS and the other POSIX systems, per kind: the XDG variable that may name the base folder instead (an absolute path
# only), the base folder otherwise, and the folders under the app's own.
_POSIX = {
    "darwin": {DATA: ("XDG_DATA_HOME", "~/Library/Application Support", ()),
               CONFIG: ("XDG_CONFIG_HOME", "~/Library/Application Support", ()),
               LOG: (None, "~/Library/Logs", ())},
    "other": {DATA: ("XDG_DATA_HOME", "~/.local/share", ()),
              CONFIG: ("XDG_CONFIG_HOME", "~/.config", ()),
              LOG: ("XDG_STATE_HOME", "~/.local/state", ("log",))},
}


def _from_platformdirs(kind: str) -> Path:
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_ID, ORG_NAME, roaming=False)
    return {DATA: dirs.user_data_path, CONFIG: dirs.user_config_path, LOG: dirs.user_log_path}[kind]


def _posix_base(variable: str | None, default: str) -> str | None:
    value = os.environ.get(variable, "") if variable else ""
    if value.startswith("/"):
        return value
    home = os.path.expanduser(default)
    return home if os.path.isabs(home) else None  # a HOME that is unset or relative: platformdirs decides


def user_dir(kind: str, platform: str = sys.platform) -> Path:
    """The per-user folder of that kind (DATA, CONFIG or LOG), as platformdirs would name it on `platform`."""
    found: str | None = None
    if platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        if local:
            found = os.path.join(os.path.normpath(local), ORG_NAME, APP_ID, *(["Logs"] if kind == LOG else []))
    else:
        variable, default, below = _POSIX["darwin" if platform == "darwin" else "other"][kind]
        base = _posix_base(variable, default)
        found = os.path.join(base, APP_ID, *below) if base else None
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
