"""Attachments copied into the data folder by SHA-256 when attached, so moving the original breaks nothing.

A file is checked before it is accepted: its size (the platform's per-file cap, from the file system before a byte
is read, and again while copying in case it grows) and, unless the caller opts out, its type by content. A refused
file leaves nothing behind. Blobs are shared by content and never deleted here: drafts and queued submissions
refer to them by hash.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from assistant.errors import UserFacingError
from assistant.i18n import translate
from assistant.infra import filetypes
from assistant.store.db import Database
from assistant.store.stamps import stamp

MAX_BYTES = 10 * 1024 * 1024  # what the platform accepts per file; bigger files are refused before copying
BLOCK = 1 << 20  # copy and hash in 1 MiB blocks: memory stays flat whatever the file's size


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}MB"


class TooLarge(UserFacingError):
    """Over the platform's per-file cap: the platform would refuse it, so it is refused here, before copying."""

    def __init__(self, name: str, size: int):
        super().__init__(translate("store", "文件“{name}”有{size}，超过 {limit} 上限，请压缩或拆分后再选择。").format(
            name=name, size=_megabytes(size), limit=f"{MAX_BYTES // (1024 * 1024)}MB"))
        self.name, self.size = name, size


class WrongType(UserFacingError):
    """Not a PDF, JPEG, PNG or OFD by its content (a renamed .txt is caught; the name is never trusted)."""

    def __init__(self, name: str):
        super().__init__(translate("store", "“{name}”不是 PDF、JPG、PNG 或 OFD 文件（按文件内容判断）。").format(name=name))
        self.name = name


class Unreadable(UserFacingError):
    """The chosen file vanished or is locked (a removed USB stick, a document open in another program)."""

    def __init__(self, name: str):
        super().__init__(translate("store", "无法读取“{name}”：文件可能已被移动、删除或正被其他程序占用，请重新选择。")
                         .format(name=name))
        self.name = name


@dataclass(frozen=True)
class Attachment:
    """A stored file: identified by content; `name` is what the user's file was called; `mime` as judged by content
    (None for files stored before types were checked, or added with `any_type=True` and not recognised)."""

    sha256: str
    name: str
    size: int
    mime: str | None = None


class Attachments:
    def __init__(self, db: Database, folder: Path):
        self.db, self.folder = db, folder

    def add(self, source: Path, *, any_type: bool = False) -> Attachment:
        """Check, copy and record `source`. Raises TooLarge, WrongType (unless `any_type`) or Unreadable; a refused
        file leaves nothing in the folder or the database."""
        source = Path(source)
        try:
            size = source.stat().st_size
        except OSError as error:
            raise Unreadable(source.name) from error
        if size > MAX_BYTES:
            raise TooLarge(source.name, size)
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self.folder, prefix=".incoming-")
        tmp = Path(tmp_name)
        try:
            sha256, size = self._copy(source, fd)
            # The copy is judged, not the original: what is stored is exactly what was checked.
            mime = filetypes.sniff(tmp)
            if mime is None and not any_type:
                raise WrongType(source.name)
            target = self._path(sha256)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        with self.db.write() as conn:
            # Same content again: one blob, one row; the type fills in for a file stored before types were checked.
            conn.execute("INSERT INTO attachments (sha256, name, size, stored_at, mime) VALUES (?, ?, ?, ?, ?) "
                         "ON CONFLICT (sha256) DO UPDATE SET mime = COALESCE(attachments.mime, excluded.mime)",
                         (sha256, source.name, size, stamp(), mime))
        return Attachment(sha256, source.name, size, mime)

    @staticmethod
    def _copy(source: Path, fd: int) -> tuple[str, int]:
        """Stream `source` into `fd`, hashing as it goes; stops at the cap in case the file grew since stat()."""
        digest, copied = hashlib.sha256(), 0
        with os.fdopen(fd, "wb") as out:
            # Only the source's errors are the user's to fix; a failing write (disk full) is not "unreadable".
            try:
                src = source.open("rb")
            except OSError as error:
                raise Unreadable(source.name) from error
            with src:
                while True:
                    try:
                        block = src.read(BLOCK)
                    except OSError as error:
                        raise Unreadable(source.name) from error
                    if not block:
                        break
                    copied += len(block)
                    if copied > MAX_BYTES:
                        raise TooLarge(source.name, copied)
                    digest.update(block)
                    out.write(block)
        return digest.hexdigest(), copied

    def get(self, sha256: str) -> Attachment | None:
        with self.db.read() as conn:
            row = conn.execute("SELECT sha256, name, size, mime FROM attachments WHERE sha256 = ?",
                               (sha256,)).fetchone()
        return Attachment(row["sha256"], row["name"], row["size"], row["mime"]) if row else None

    def _path(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / sha256

    def path(self, attachment: Attachment) -> Path:
        """Where the stored copy lives (to preview it, or to stream it into a multipart upload)."""
        return self._path(attachment.sha256)

    def open(self, attachment: Attachment) -> BinaryIO:
        """The stored copy for reading in blocks: uploads need not hold a 10 MB file in memory."""
        return self._path(attachment.sha256).open("rb")

    def read(self, attachment: Attachment) -> bytes:
        return self._path(attachment.sha256).read_bytes()
