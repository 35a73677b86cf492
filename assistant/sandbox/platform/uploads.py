"""Uploaded files: reading a multipart form within limits, and judging each file's type by its bytes.

Only PDF, JPEG, PNG and OFD are accepted (DESIGN.md §8). An OFD is a zip container, so it is also checked as one:
a handful of entries and a plausible expanded size, because a small upload that unpacks to gigabytes (a zip
bomb) would be passed on to whoever opens it next.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

import filetype
from fastapi import Request
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from assistant.sandbox.problems import Bilingual, ProblemError

ALLOWED_TYPES = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png", "application/ofd": "ofd"}
MAX_FILES = 10  # per request: one per deferred material, and no template defers more than a few
MAX_NAME_CHARS = 255  # what file systems allow for a file name
PART_NAME = re.compile(r"[A-Za-z0-9_.-]{1,64}")  # a form part names a material by its key
# An OFD invoice or certificate holds tens of entries and expands to a few MB; these leave room for large documents.
MAX_OFD_ENTRIES = 1000
MAX_OFD_EXPANDED = 256 * 1024 * 1024
MAX_OFD_RATIO = 100  # expanded size over stored size: XML compresses ~10×, scans not at all
MAX_OFD_ROOT = 1024 * 1024  # OFD.xml, the entry point, is a short XML document


@dataclass(frozen=True)
class Received:
    key: str
    filename: str
    content: bytes


def _ofd_is_sound(content: bytes) -> bool:
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        entries = archive.infolist()
        if len(entries) > MAX_OFD_ENTRIES or "OFD.xml" not in {e.filename for e in entries}:
            return False
        expanded = sum(e.file_size for e in entries)
        if expanded > MAX_OFD_EXPANDED or expanded > MAX_OFD_RATIO * max(len(content), 1):
            return False
        # The sizes above are the archive's own claims; the entry point is actually read, but never beyond its cap.
        with archive.open("OFD.xml") as root:
            head = root.read(MAX_OFD_ROOT + 1)
        return len(head) <= MAX_OFD_ROOT and head.lstrip().startswith(b"<")
    except Exception:  # noqa: BLE001 - zipfile raises many kinds (BadZipFile, zlib.error, NotImplementedError, …)
        return False


def sniff(content: bytes) -> str | None:
    """The file's real type from its bytes (never the name), or None when it is not one the platform accepts."""
    kind = filetype.guess(content[:8192])
    if kind is None:
        return None
    if kind.mime == "application/zip":
        return "application/ofd" if _ofd_is_sound(content) else None
    return kind.mime if kind.mime in ALLOWED_TYPES else None


async def read_files(request: Request, max_bytes: int) -> tuple[list[Received], list[dict]]:
    """Every file part of a multipart/form-data body, each at most `max_bytes` (413 beyond), and the problems of
    the form itself (too many files, overlong names, empty files) as field errors for the route's 422, so the user
    sees them together with the route's own."""
    content_type = request.headers.get("content-type", "")
    if content_type.split(";")[0].strip().lower() != "multipart/form-data":
        raise ProblemError("unsupported_media_type", {"expected": "multipart/form-data"})
    try:
        # The parser's own caps stop a flood early (400); the friendlier limit below explains itself (422).
        form = await request.form(max_files=4 * MAX_FILES, max_fields=4 * MAX_FILES)
    except HTTPException as error:
        raise ProblemError("bad_request") from error
    files = [(key, value) for key, value in form.multi_items() if isinstance(value, UploadFile)]
    errors: list[dict] = []
    if len(files) > MAX_FILES:
        errors.append({"field": "files", "message": Bilingual(f"一次最多上传{MAX_FILES}个文件。",
                                                               f"At most {MAX_FILES} files per request.")})
    received = []
    for key, upload in files[:MAX_FILES]:
        name = upload.filename or key
        if not PART_NAME.fullmatch(key):
            errors.append({"field": "files", "message": Bilingual("材料名称格式不正确。", "Invalid material key.")})
            continue
        if len(name) > MAX_NAME_CHARS:
            errors.append({"field": key, "message": Bilingual(
                f"文件名过长，最多{MAX_NAME_CHARS}个字符。", f"File name too long: at most {MAX_NAME_CHARS} characters.")})
            continue
        content = await upload.read(max_bytes + 1)
        if len(content) > max_bytes:
            raise ProblemError("file_too_large", {"limit_mb": max_bytes // (1024 * 1024)})
        if not content:
            errors.append({"field": key, "message": Bilingual("文件是空的。", "The file is empty.")})
            continue
        received.append(Received(key, name, content))
    if not files:
        errors.append({"field": "files", "message": Bilingual("请至少选择一个文件。", "Choose at least one file.")})
    return received, errors
