"""Where the app keeps its files, per user (platformdirs): data (SQLite, attachments), settings, logs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from assistant.appinfo import APP_ID, ORG_NAME


def _dirs() -> platformdirs.PlatformDirs:
    return platformdirs.PlatformDirs(APP_ID, ORG_NAME, roaming=False)


def data_dir() -> Path:
    """`ASSISTANT_DATA_DIR` overrides it (portable installs, tests)."""
    override = os.environ.get("ASSISTANT_DATA_DIR")
    path = Path(override) if override else _dirs().user_data_path
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    override = os.environ.get("ASSISTANT_DATA_DIR")
    path = Path(override) / "config" if override else _dirs().user_config_path
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    override = os.environ.get("ASSISTANT_DATA_DIR")
    path = Path(override) / "logs" if override else _dirs().user_log_path
    path.mkdir(parents=True, exist_ok=True)
    return path
