"""Attachments copied into the data folder by SHA-256 when attached, so moving the original breaks nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from assistant.store.db import Database

MAX_BYTES = 10 * 1024 * 1024  # what the platform accepts per file; bigger files are refused before copying


class TooLarge(Exception):
    def __init__(self, size: int):
        super().__init__(size)
        self.size = size


@dataclass(frozen=True)
class Attachment:
    sha256: str
    name: str
    size: int
    path: Path


class Attachments:
    def __init__(self, db: Database, folder: Path):
        self.db, self.folder = db, folder

    def add(self, source: Path) -> Attachment:
        size = source.stat().st_size
        if size > MAX_BYTES:
            raise TooLarge(size)
        digest = hashlib.sha256()
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                for block in iter(lambda: src.read(1 << 20), b""):
                    digest.update(block)
                    out.write(block)
            target = self._path(digest.hexdigest())
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        with self.db.write() as conn:
            conn.execute("INSERT OR IGNORE INTO attachments (sha256, name, size, stored_at) VALUES (?, ?, ?, ?)",
                         (digest.hexdigest(), source.name, size, dt.datetime.now(dt.timezone.utc).isoformat()))
        return Attachment(digest.hexdigest(), source.name, size, target)

    def _path(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / sha256

    def read(self, attachment: Attachment) -> bytes:
        return self._path(attachment.sha256).read_bytes()


