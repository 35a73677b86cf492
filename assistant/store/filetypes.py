"""What a file really is, judged by its bytes (never its name): the platform accepts only PDF, JPEG, PNG and OFD.

Checking on this PC, before a file is accepted into a draft, tells the user at once instead of after a queued
submission is refused. Only the head of the file and a zip's directory are read, so a large file is never loaded.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import filetype

ALLOWED_TYPES = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png", "application/ofd": "ofd"}
HEAD_BYTES = 8192  # filetype's matchers look at the first few hundred bytes; 8 KiB leaves room
# An OFD (GB/T 33190) is a zip whose entry point is OFD.xml. The platform refuses archives that claim to unpack far
# beyond their size (zip bombs); the same limits here make such a file fail on this PC rather than after sending.
MAX_OFD_ENTRIES = 1000
MAX_OFD_EXPANDED = 256 * 1024 * 1024
MAX_OFD_RATIO = 100
MAX_OFD_ROOT = 1024 * 1024


def sniff(path: Path) -> str | None:
    """The file's MIME type when it is one the platform accepts, else None (also for an empty file)."""
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    kind = filetype.guess(head) if head else None
    if kind is None:
        return None
    if kind.mime == "application/zip":
        return "application/ofd" if is_ofd(path) else None
    return kind.mime if kind.mime in ALLOWED_TYPES else None


def is_ofd(path: Path) -> bool:
    """A zip with OFD.xml whose sizes are plausible; only the directory and OFD.xml's first bytes are read."""
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_OFD_ENTRIES or "OFD.xml" not in {e.filename for e in entries}:
                return False
            expanded = sum(e.file_size for e in entries)
            if expanded > MAX_OFD_EXPANDED or expanded > MAX_OFD_RATIO * max(path.stat().st_size, 1):
                return False
            with archive.open("OFD.xml") as root:
                head = root.read(MAX_OFD_ROOT + 1)
        return len(head) <= MAX_OFD_ROOT and head.lstrip().startswith(b"<")
    except Exception:  # noqa: BLE001 - zipfile raises many kinds (BadZipFile, zlib.error, NotImplementedError, …)
        return False
