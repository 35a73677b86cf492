"""What every CLI command shares: messages and exit codes, the settings, the platform (through services/platform.py)
and signing in."""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.errors import UserFacingError
from assistant.i18n import translate
from assistant.infra import paths
from assistant.infra import settings as S
from assistant.services.platform import Platform, PlatformOptions, open_platform

BAD_INPUT, FAILED = 2, 1


class BadInput(UserFacingError):
    """The command line or a file it names is wrong: the user must change what they typed (exit 2)."""


class Failed(UserFacingError):
    """The input was fine but the work could not be done (a file not written, a port taken): exit 1."""


def exit_code(error: UserFacingError) -> int:
    return BAD_INPUT if isinstance(error, BadInput) else FAILED


def say(text: str) -> None:
    """Messages go to stderr, so stdout stays clean for --json."""
    print(text, file=sys.stderr, flush=True)


def listing(items) -> str:
    """Items in a sentence: 甲、乙、丙 / a, b, c."""
    return translate("cli", "、").join(items)


def os_reason(error: OSError) -> str:
    """What went wrong with a file, folder or port, in words (the OS's own text is English and terse)."""
    reasons = {
        errno.ENOENT: translate("cli", "文件或文件夹不存在"),
        errno.EACCES: translate("cli", "没有权限"),
        errno.EPERM: translate("cli", "没有权限"),
        errno.EISDIR: translate("cli", "这是一个文件夹，不是文件"),
        errno.ENOTDIR: translate("cli", "路径中有一段不是文件夹"),
        errno.EEXIST: translate("cli", "已有同名的文件"),
        errno.ENOSPC: translate("cli", "磁盘已满"),
        getattr(errno, "EDQUOT", -1): translate("cli", "超出了磁盘配额"),  # not on every OS
        errno.EFBIG: translate("cli", "文件超出了系统允许的大小"),
        errno.EROFS: translate("cli", "只读的磁盘"),
        errno.ENAMETOOLONG: translate("cli", "文件名太长"),
        errno.EADDRINUSE: translate("cli", "端口已被占用"),
        errno.EADDRNOTAVAIL: translate("cli", "本机没有这个地址"),
    }
    return reasons.get(error.errno) or error.strerror or type(error).__name__


def settings() -> S.Settings:
    return S.Settings(paths.config_dir() / "settings.json")


def platform_options(url: str | None, language: str | None = None) -> PlatformOptions:
    """Like the app: --platform, else ASSISTANT_PLATFORM_URL, else the URL in the settings (else the sandbox); the
    platform answers in the language of our output."""
    saved = settings()
    return PlatformOptions(url or os.environ.get("ASSISTANT_PLATFORM_URL") or saved.get(S.PLATFORM_URL),
                           language or saved.get(S.LANGUAGE), saved.get(S.PROXY), saved.get(S.CA_FILE))


def language(explicit: str | None) -> str:
    """--lang, else the language chosen in the app's settings (one choice for the window and the command line)."""
    if explicit in S.LANGUAGES:
        return explicit
    try:
        chosen = settings().get(S.LANGUAGE)
    except OSError:  # no settings folder to be had: the source language needs none
        return "zh_CN"
    return chosen if chosen in S.LANGUAGES else "zh_CN"


def data_dir() -> Path:
    return paths.data_dir()


def signed_in_platform(args: argparse.Namespace) -> Platform:
    """The chosen platform (the embedded sandbox when none is configured), signed in with `--user` and the
    password from ASSISTANT_PASSWORD, or with the login the GUI saved. Raises SessionExpired when neither works."""
    username = args.user or settings().get(S.LAST_USERNAME)
    if not username:
        raise BadInput(translate("cli", "请用 --user 指定用户名（密码放在环境变量 ASSISTANT_PASSWORD 中）。"))
    options = platform_options(args.platform, args.lang)
    platform = open_platform(options, data_dir(), check_reachable=False)
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


def add_sign_in_options(parser: argparse.ArgumentParser, *, firm: bool = True) -> None:
    """--firm, --platform and --user, the same on every command that signs in."""
    if firm:
        parser.add_argument("--firm", required=True, metavar="USCC", help="统一社会信用代码")
    parser.add_argument("--platform", metavar="URL", default=argparse.SUPPRESS,
                        help="平台地址（默认：设置中的地址，或内置演示平台）/ platform URL")
    parser.add_argument("--user", metavar="NAME", help="用户名；密码取自环境变量 ASSISTANT_PASSWORD，否则用已保存的登录")


@contextmanager
def signed_in_for_firm(args: argparse.Namespace) -> Iterator[tuple[Platform, str]]:
    """The signed-in platform and the checked code of `--firm`, a firm the user manages; closed afterwards."""
    from assistant.api.errors import SessionExpired
    from assistant.domain.ids import check_uscc

    checked = check_uscc(args.firm)
    if not checked.valid:
        raise BadInput(translate("cli", "统一社会信用代码有误：{reason}").format(reason=checked.message))
    platform = None
    try:
        platform = signed_in_platform(args)
        if checked.value not in {f.uscc for f in platform.session.firms}:
            raise BadInput(translate("cli", "当前账号没有管理这家企业。"))
        yield platform, checked.value
    except SessionExpired:
        # Other platform errors (a wrong password, an unreachable platform) reach the guard: message, exit 1.
        message = translate("cli", "没有可用的登录：请设置 ASSISTANT_PASSWORD 环境变量，或先在程序里勾选“记住登录”登录一次。")
        raise BadInput(message) from None
    finally:
        if platform is not None:
            platform.close()
