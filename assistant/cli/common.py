"""What every CLI command shares: the settings, the platform (through services/platform.py) and signing in."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from assistant.infra import paths
from assistant.infra import settings as S
from assistant.services.platform import Platform, PlatformOptions, open_platform


def say(text: str) -> None:
    """Messages go to stderr, so stdout stays clean for --json."""
    print(text, file=sys.stderr)


def platform_options(url: str | None) -> PlatformOptions:
    settings = S.Settings(paths.config_dir() / "settings.json")
    return PlatformOptions(url or settings.get(S.PLATFORM_URL), settings.get(S.LANGUAGE), settings.get(S.PROXY),
                           settings.get(S.CA_FILE))


def data_dir() -> Path:
    return paths.data_dir()


def signed_in_platform(args: argparse.Namespace) -> Platform:
    """The chosen platform (the embedded sandbox when none is configured), signed in with `--user` and the
    password from ASSISTANT_PASSWORD, or with the login the GUI saved. Raises SessionExpired when neither works."""
    settings = S.Settings(paths.config_dir() / "settings.json")
    username = args.user or settings.get(S.LAST_USERNAME)
    if not username:
        raise SystemExit(usage("请用 --user 指定用户名（密码放在环境变量 ASSISTANT_PASSWORD 中）。"))
    platform = open_platform(platform_options(args.platform), data_dir(), check_reachable=False)
    try:
        password = os.environ.get("ASSISTANT_PASSWORD")
        if password:
            platform.session.sign_in(username, password, remember=False)
        else:
            platform.session.resume(username)
    except BaseException:
        platform.close()
        raise
    return platform


def usage(text: str) -> int:
    say(text)
    return 2
