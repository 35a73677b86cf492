"""Running `assistant …` as a user would: a fresh process, Qt offscreen, the test's own data folder."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

CJK = re.compile(r"[\u4e00-\u9fff]")


def assistant(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None,
              **kwargs) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND":
                   "keyring.backends.fail.Keyring", **(env or {})}
    return subprocess.run([sys.executable, "-m", "assistant", *map(str, args)], capture_output=True, text=True,
                          env=environment, cwd=cwd, timeout=120, **kwargs)


def refused(done: subprocess.CompletedProcess, code: int, *words: str) -> bool:
    """Exit `code`, each of `words` in the message, and no traceback."""
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == code, (done.returncode, done.stderr)
    for word in words:
        assert word in done.stderr, (word, done.stderr)
    return True
