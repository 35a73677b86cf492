"""`write_atomic`: every file the app writes goes through here (settings, PDFs, Excel, exports).

temp file in the same folder → fsync → `os.replace`: a crash or a full disk leaves the old file or the new one,
never half of one, and no stray `.part` file behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomic(path: Path | str, content: bytes | Callable[[BinaryIO], None]) -> Path:
    """Write `content` (bytes, or a function that writes into the open file) to `path` atomically."""
    target = Path(path)
    if target.is_dir():
        raise IsADirectoryError(21, os.strerror(21), str(target))
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(content, bytes | bytearray):
                handle.write(content)
            else:
                content(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
