"""Logging to the per-user log folder, UTC, file mode 0600, with secrets and ID numbers redacted."""

from __future__ import annotations

import functools
import logging
import os
import re
import time
from pathlib import Path

_SECRETS = (
    (r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+", r"\1[已隐藏]"),
    (r'(?i)("?(?:access_token|refresh_token|password|passwd|token)"?\s*[:=]\s*"?)[^"\s,&}]+', r"\1[已隐藏]"),
)
# Each secret above follows one of these words, in any case; casefold() folds as the patterns' (?i) does (the Kelvin
# sign, the long s). A line without them — nearly every line — needs no pattern, and the app's first log lines no
# compiled one: compiling the two costs half a millisecond before the first paint.
_SECRET_WORDS = ("bearer", "token", "pass")
_DIGITS_OF_AN_ID = re.compile(r"\d{17}")  # every ID number has them: a line without is left as it is


@functools.cache
def _secret_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), replacement) for pattern, replacement in _SECRETS)


def redact(text: str) -> str:
    folded = text.casefold()
    if any(word in folded for word in _SECRET_WORDS):
        for pattern, replacement in _secret_patterns():
            text = pattern.sub(replacement, text)
    if _DIGITS_OF_AN_ID.search(text) is None:
        return text
    from assistant.domain.ids import redact_id_numbers  # the identifier rules: only for a line that may hold one

    return redact_id_numbers(text)


class RedactingFormatter(logging.Formatter):
    converter = time.gmtime

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


FORMAT = "%(asctime)sZ %(levelname)s %(name)s [%(threadName)s] %(message)s"


def rotate(path: Path, *, max_bytes: int = 2_000_000, keep: int = 3) -> None:
    """Rotate once at start-up (assistant.log → .1 → .2 …). logging.handlers would do it continuously, but importing
    it costs ~14 ms of start-up (socket, pickle, queue), and one session's log stays far below the limit."""
    try:
        if path.stat().st_size < max_bytes:
            return
    except FileNotFoundError:
        return
    for number in range(keep - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
    os.replace(path, path.with_name(f"{path.name}.1"))


def configure(log_dir: Path, *, level: int = logging.INFO, console: bool = True) -> Path:
    path = log_dir / "assistant.log"
    rotate(path)
    handler = logging.FileHandler(path, encoding="utf-8")
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass
    handler.setFormatter(RedactingFormatter(FORMAT))
    root = logging.getLogger()
    root.setLevel(level)
    for old in [h for h in root.handlers if getattr(h, "_assistant", False)]:
        root.removeHandler(old)
        old.close()
    handler._assistant = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream.setFormatter(RedactingFormatter(FORMAT))
        stream._assistant = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    for noisy in ("httpx", "httpcore", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # A report sealed by someone else is an expected verdict, not an error: pyhanko would log a traceback for it.
    logging.getLogger("pyhanko").setLevel(logging.ERROR)
    return path
