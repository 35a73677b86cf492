"""The last line of every command: a user's mistake is one clear line and exit 2, a failure one line and exit 1, and
a bug one line pointing at the log (which has the traceback) — never a traceback on the terminal."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from assistant.cli.common import FAILED, exit_code, say
from assistant.errors import UserFacingError
from assistant.i18n import translate

log = logging.getLogger("assistant.cli")
INTERRUPTED = 130  # what shells report for Ctrl+C


def start_logging(*, console: bool = False) -> Path | None:
    """The app's log file (secrets redacted); None when the log folder cannot be had, as the command can still run."""
    from assistant.infra import paths
    from assistant.infra.logsetup import configure

    try:
        return configure(paths.log_dir(), console=console)
    except OSError:
        return None


def log_handler() -> logging.FileHandler | None:
    """The handler writing the app's log file: the one already set up, else a fresh one."""
    for _attempt in range(2):
        for handler in logging.getLogger().handlers:
            if getattr(handler, "_assistant", False) and isinstance(handler, logging.FileHandler):
                return handler
        if start_logging() is None:
            return None
    return None


def guarded(command: Callable[[], int]) -> int:
    try:
        return command()
    except UserFacingError as error:
        log.info("refused: %s", error.message)
        say(error.message)
        return exit_code(error)
    except KeyboardInterrupt:
        say(translate("cli", "已取消。"))
        return INTERRUPTED
    except BrokenPipeError:
        # `assistant … | head` closed our stdout: nothing left to tell anyone. Point stdout at devnull so that
        # Python's final flush does not raise the same error again on the way out.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return FAILED
    except Exception as error:  # noqa: BLE001 (the last resort: anything else is a bug, reported in one line)
        return unexpected(error)


def unexpected(error: Exception) -> int:
    handler = log_handler()
    detail = " ".join((str(error) or type(error).__name__).split())  # one line, whatever the exception says
    if handler is None:
        say(translate("cli", "出现意外错误：{error}（无法写入日志）").format(error=detail))
        return FAILED
    # To the file only: the console handler (`sandbox` has one) would print the very traceback we keep off screen.
    handler.handle(log.makeRecord(log.name, logging.ERROR, __file__, 0, "unexpected error in the command line", (),
                                  (type(error), error, error.__traceback__)))
    say(translate("cli", "出现意外错误：{error} 详细信息见日志 {path}").format(error=detail, path=handler.baseFilename))
    return FAILED
