"""The app's folders are platformdirs' on Windows, macOS and Linux, though platformdirs is not imported to find them."""

from __future__ import annotations

import pytest
from platformdirs import macos, unix, windows

from assistant.appinfo import APP_ID, ORG_NAME
from assistant.infra import paths

KINDS = {paths.DATA: "user_data_path", paths.CONFIG: "user_config_path", paths.LOG: "user_log_path"}
XDG = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")
SETTINGS = [{}, dict.fromkeys(XDG, "/srv/x"), dict.fromkeys(XDG, ""), dict.fromkeys(XDG, "relative/dir"),
            {"XDG_DATA_HOME": "/d", "XDG_CONFIG_HOME": "/c", "XDG_STATE_HOME": "/s"}]


def expected(cls, kind: str):
    return getattr(cls(APP_ID, ORG_NAME, roaming=False), KINDS[kind])


@pytest.mark.parametrize("environment", SETTINGS)
@pytest.mark.parametrize(("platform", "cls"), [("linux", unix.Unix), ("darwin", macos.MacOS)])
def test_posix_folders_are_platformdirs(monkeypatch, tmp_path, platform, cls, environment):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name in XDG:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    for kind in KINDS:
        assert paths.user_dir(kind, platform) == expected(cls, kind), (platform, kind, environment)


def test_windows_folders_are_platformdirs(monkeypatch):
    # platformdirs asks Windows for the folder; off Windows it can only read the variable Windows sets for it.
    monkeypatch.setattr(windows, "get_win_folder", windows.get_win_folder_from_env_vars)
    monkeypatch.setenv("LOCALAPPDATA", r"C:\Users\张三\AppData\Local")
    for kind in KINDS:
        assert str(paths.user_dir(kind, "win32")) == str(expected(windows.Windows, kind))


def test_unusual_homes_are_left_to_platformdirs(monkeypatch):
    monkeypatch.setenv("HOME", "not/absolute")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    called = []
    monkeypatch.setattr(paths, "_from_platformdirs", lambda kind: called.append(kind) or "asked")
    assert paths.user_dir(paths.DATA, "linux") == "asked"
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    assert paths.user_dir(paths.LOG, "win32") == "asked"
    assert called == [paths.DATA, paths.LOG]
