"""`assistant`: the desktop app, and the command line (`sandbox`, `commitment`, `policies`, `records`, `repair`, `report`).

The window is what most starts ask for, and it is judged by how fast it appears: its three options (`--platform`,
`--exit-after`, `--lang`) are read here by hand, without argparse or the commands' modules. Anything else — a
command, `--help`, a mistake — goes to the full parser (assistant/cli/entry.py), which says what is wrong in the
user's language.

Every command runs under one guard (assistant/cli/guard.py): a mistake in the input is one line and exit 2, a failure
one line and exit 1, a bug one line naming the log — never a traceback. `--lang` is accepted before the command and
after it, and applies to the command line's output as to the window.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace

from assistant.appinfo import LANGUAGES

WINDOW_OPTIONS = ("--platform", "--exit-after", "--lang")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    window = window_arguments(argv)
    if window is not None:
        return open_window(window)  # the window installs its own translators
    from assistant.cli.entry import main as command_line

    return command_line(argv, open_window=open_window, use_language=use_language)


def window_arguments(argv: list[str]) -> SimpleNamespace | None:
    """The window's options when that is all the command line holds, each given once and well formed; else None."""
    given: dict[str, str] = {}
    words = iter(argv)
    for word in words:
        name, equals, value = word.partition("=")
        if name not in WINDOW_OPTIONS or name in given:
            return None
        value = value if equals else next(words, None)
        if value is None:
            return None
        given[name] = value
    try:
        exit_after = float(given["--exit-after"]) if "--exit-after" in given else None
    except ValueError:
        return None
    language = given.get("--lang")
    if language is not None and language not in LANGUAGES:
        return None
    return SimpleNamespace(platform=given.get("--platform"), exit_after=exit_after, lang=language)


def open_window(args) -> int:
    from assistant.app import run_gui

    try:
        return run_gui(platform=args.platform, exit_after=args.exit_after, language=args.lang)
    except Exception as error:  # noqa: BLE001 (before Qt's own hook is in place: one line, not a traceback)
        from assistant.cli.guard import unexpected

        return unexpected(error)


def use_language(language: str) -> None:
    """The app's compiled catalogue for the command line's messages: QTranslator alone, as there is no window and no
    QCoreApplication. Chinese is the source language and needs none."""
    if language == "zh_CN":
        return
    try:
        from PySide6.QtCore import QTranslator
    except ImportError:  # Qt unusable on this PC: the command still works, in the source language
        return
    translator = QTranslator()
    if translator.load(str(Path(__file__).resolve().parent / "i18n" / f"{language}.qm")):
        from assistant import i18n

        i18n.set_translator(lambda context, text: translator.translate(context, text) or text)


if __name__ == "__main__":
    sys.exit(main())
