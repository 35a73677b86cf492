"""What a file really is, judged by its bytes (never its name): the platform accepts only PDF, JPEG, PNG and OFD.

One check for both sides: the app refuses a wrong file the moment it is attached (instead of after a queued
submission is refused), and the sandbox platform refuses it on upload. Only the head of a file and a zip's directory
are read, so a large file is never loaded whole.

An OFD (GB/T 33190) is a zip whose entry point is OFD.xml, so it is also checked as a container: a plausible number
of entries and expanded size, because a small upload that unpacks to gigabytes (a zip bomb) would be passed on to
whoever opens it next.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import filetype

ALLOWED_TYPES = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png", "application/ofd": "ofd"}
HEAD_BYTES = 8192  # filetype's matchers look at the first few hundred bytes; 8 KiB leaves room
# An OFD invoice or certificate holds tens of entries and expands to a few MB; these leave room for large documents.
MAX_OFD_ENTRIES = 1000
MAX_OFD_EXPANDED = 256 * 1024 * 1024
MAX_OFD_RATIO = 100  # expanded size over stored size: XML compresses ~10×, scans not at all
MAX_OFD_ROOT = 1024 * 1024  # OFD.xml, the entry point, is a short XML document


def sniff(source: Path | bytes) -> str | None:
    """The MIME type of a file (a path, or its bytes) when it is one the platform accepts, else None (also when
    empty)."""
    if isinstance(source, bytes | bytearray):
        head = bytes(source[:HEAD_BYTES])
    else:
        with source.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    kind = filetype.guess(head) if head else None
    if kind is None:
        return None
    if kind.mime == "application/zip":
        return "application/ofd" if is_ofd(source) else None
    return kind.mime if kind.mime in ALLOWED_TYPES else None


def is_ofd(source: Path | bytes) -> bool:
    """A zip with OFD.xml whose sizes are plausible; only the directory and OFD.xml's first bytes are read."""
    stored = len(source) if isinstance(source, bytes | bytearray) else source.stat().st_size
    try:
        with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes | bytearray) else source) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_OFD_ENTRIES or "OFD.xml" not in {e.filename for e in entries}:
                return False
            expanded = sum(e.file_size for e in entries)
            if expanded > MAX_OFD_EXPANDED or expanded > MAX_OFD_RATIO * max(stored, 1):
                return False
            # The sizes above are the archive's own claims; the entry point is read, but never beyond its cap.
            with archive.open("OFD.xml") as root:
                head = root.read(MAX_OFD_ROOT + 1)
        return len(head) <= MAX_OFD_ROOT and head.lstrip().startswith(b"<")
    except Exception:  # noqa: BLE001 - zipfile raises many kinds (BadZipFile, zlib.error, NotImplementedError, …)
        return False
