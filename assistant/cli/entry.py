"""The command line as argparse reads it: the commands, `--lang` before or after them, and argparse's complaints in
the user's language. The window alone never comes here (assistant/__main__.py reads its three options itself)."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from typing import NoReturn

from assistant.appinfo import APP_NAME, LANGUAGES, VERSION

BAD_INPUT = 2


class UsageError(Exception):
    """argparse found the command line wrong; main() reports it in the user's language."""

    def __init__(self, usage: str, detail: str, prog: str):
        super().__init__(detail)
        self.usage, self.detail, self.prog = usage, detail, prog


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # Raised, not printed: the language is known only once main() has looked at the whole command line.
        raise UsageError(self.format_usage(), message, self.prog)


def language_option(default: object = argparse.SUPPRESS) -> argparse.ArgumentParser:
    """--lang for every (sub)command; SUPPRESS below the top so a subcommand's default never overwrites
    `assistant --lang en commitment …`."""
    option = argparse.ArgumentParser(add_help=False)
    option.add_argument("--lang", choices=LANGUAGES, default=default,
                        help="界面和命令行输出的语言 / language of the window and of the output")
    return option


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="assistant", description=f"{APP_NAME} {VERSION}", parents=[language_option(None)])
    parser.add_argument("--version", action="version", version=f"%(prog)s {VERSION}")
    parser.add_argument("--platform", metavar="URL",
                        help="信用平台地址（默认使用内置演示平台）/ platform URL (default: the embedded sandbox)")
    parser.add_argument("--exit-after", type=float, metavar="SECONDS",
                        help="显示主窗口后过几秒退出（冒烟测试用）/ quit this many seconds after the window shows")
    commands = parser.add_subparsers(dest="command")
    from assistant.cli import commitment, policies, repair, report, sandbox

    common = [language_option()]
    sandbox.add_parser(commands, common)
    commitment.add_parser(commands, common)
    policies.add_parser(commands, common)
    repair.add_parser(commands, common)
    report.add_parser(commands, common)
    return parser


def main(argv: list[str], *, open_window: Callable[[argparse.Namespace], int],
         use_language: Callable[[str], None]) -> int:
    """`open_window` and `use_language` (Qt's translator for these messages) come from the front door: nothing in
    the command line's layer imports Qt."""
    from assistant.cli.common import language

    # Before parsing, so that argparse's complaints (and our option checks) are in the language asked for.
    use_language(language(_explicit_language(argv)))
    try:
        args = build_parser().parse_args(argv)
    except UsageError as error:
        return _usage_error(error)
    if args.command is None:
        return open_window(args)
    from assistant.cli.guard import guarded

    return guarded(lambda: _command(args))


def _command(args: argparse.Namespace) -> int:
    from assistant.cli import commitment, policies, repair, report, sandbox
    from assistant.cli.guard import start_logging

    if args.command == "sandbox":
        return sandbox.run(args)  # logs to the terminal too, and only when it serves
    start_logging()
    return {"commitment": commitment.run, "policies": policies.run, "records": repair.run,
            "repair": repair.run, "report": report.run}[args.command](args)


def _explicit_language(argv: list[str]) -> str | None:
    """--lang wherever it is on the command line (argparse has not run yet, and may refuse the rest)."""
    for index, word in enumerate(argv):
        value = word.split("=", 1)[1] if word.startswith("--lang=") else None
        if word == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        if value in LANGUAGES:
            return value
    return None


def _usage_error(error: UsageError) -> int:
    from assistant.cli.common import say
    from assistant.i18n import translate

    sys.stderr.write(error.usage)
    say(translate("cli", "命令行有误：{detail}").format(detail=_argparse_detail(error.detail)))
    say(translate("cli", "用 {command} --help 查看用法。").format(command=error.prog))
    return BAD_INPUT


def _argparse_detail(detail: str) -> str:
    """argparse's own sentences (English whatever the language) in ours; anything unforeseen stays as it is."""
    from assistant.i18n import translate

    if found := re.fullmatch(r"the following arguments are required: (.+)", detail):
        return translate("cli", "缺少必需的参数 {names}").format(names=found[1])
    if found := re.fullmatch(r"unrecognized arguments: (.+)", detail):
        return translate("cli", "无法识别的参数 {words}").format(words=found[1])
    if found := re.fullmatch(r"argument (\S+): expected one argument", detail):
        return translate("cli", "{option} 后面缺少值").format(option=found[1])
    if found := re.fullmatch(r"argument (\S+): invalid choice: (.+?) \(choose from (.+)\)", detail):
        return translate("cli", "{option} 不接受 {value}，可选：{choices}").format(
            option=found[1], value=found[2], choices=found[3])
    if found := re.fullmatch(r"argument (\S+): invalid \w+ value: (.+)", detail):
        return translate("cli", "{option} 不接受 {value}").format(option=found[1], value=found[2])
    if found := re.fullmatch(r"argument (\S+): (.+)", detail):
        return translate("cli", "{key}：{problem}").format(key=found[1], problem=found[2])
    return detail
