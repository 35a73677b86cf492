"""A lock that lasts exactly as long as the process holding it, and a note saying who holds it and where.

The operating system's own file lock (flock on Linux and macOS, a byte-range lock on Windows) is released when the
process ends, however it ends: a crash or a kill never leaves a stale lock behind, unlike a lock that is merely a
file being there. The note (`<lock>.json`: the holder's PID and whatever it publishes, such as its address) is read
only while the lock is held, so a note left by a crash means nothing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO, Any

from assistant.infra.files import write_atomic

if os.name == "nt":
    import msvcrt

    def _lock(handle: IO[bytes]) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class ProcessLock:
    def __init__(self, path: Path):
        self.path = path
        self.note_path = path.with_name(path.name + ".json")
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def try_acquire(self) -> bool:
        """Take the lock if nobody holds it; never waits."""
        if self._handle is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+b")  # noqa: SIM115 (held open for as long as the lock is)
        if not _lock(handle):
            handle.close()
            return False
        self._handle = handle
        self.note_path.unlink(missing_ok=True)  # a crashed holder's note
        return True

    def publish(self, **note: Any) -> None:
        """Tell the processes that find the lock taken who holds it (this PID) and anything else they need."""
        write_atomic(self.note_path, json.dumps({"pid": os.getpid(), **note}).encode("utf-8"))

    def published(self) -> dict[str, Any]:
        """The holder's note as it stands, without probing the lock (a probe holds it for a moment, and a process
        trying to take it just then would find it taken)."""
        try:
            note = json.loads(self.note_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return note if isinstance(note, dict) else {}

    def holder(self) -> dict[str, Any] | None:
        """The holder's note while another process holds the lock ({} while it has published nothing yet); None
        when nobody does."""
        if self._handle is not None:
            return None
        probe = ProcessLock(self.path)
        try:
            note = json.loads(self.note_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            note = {}
        if probe.try_acquire():
            probe.release()
            return None
        return note if isinstance(note, dict) else {}

    def release(self) -> None:
        if self._handle is None:
            return
        # The lock file stays: removing it while another process waits on the open file would let a third one
        # lock a new file of the same name, and two would hold "the" lock.
        self.note_path.unlink(missing_ok=True)
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None
