"""Uploaded files: reading a multipart form within limits. Each file's type is judged by its bytes with the same
check the app runs when a file is attached (`assistant.infra.filetypes`: PDF, JPEG, PNG, OFD; OFD zip bombs refused).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass

from fastapi import Request
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from assistant.infra.filetypes import sniff
from assistant.sandbox.problems import Bilingual, ProblemError

MAX_FILES = 10  # per request: one per deferred material, and no template defers more than a few
MAX_CASE_FILES = 20  # a repair application: several slots, a slot may take several files (the body cap still holds)
MAX_NAME_CHARS = 255  # what file systems allow for a file name
PART_NAME = re.compile(r"[A-Za-z0-9_.-]{1,64}")  # a form part names a material by its key


@dataclass(frozen=True)
class Received:
    key: str
    filename: str
    content: bytes


async def read_files(request: Request, max_bytes: int) -> tuple[list[Received], list[dict]]:
    """Every file part of a multipart/form-data body, each at most `max_bytes` (413 beyond), and the problems of
    the form itself (too many files, overlong names, empty files) as field errors for the route's 422, so the user
    sees them together with the route's own."""
    _, received, errors = await read_form(request, max_bytes)
    if not received and not errors:
        errors.append({"field": "files", "message": Bilingual("请至少选择一个文件。", "Choose at least one file.")})
    return received, errors


async def read_form(request: Request, max_bytes: int, max_files: int = MAX_FILES
                    ) -> tuple[dict[str, str], list[Received], list[dict]]:
    """A multipart form's text fields (the JSON of a repair application) and its files, as `read_files` reads
    them; no file at all is not an error here: the route says which material is missing."""
    content_type = request.headers.get("content-type", "")
    if content_type.split(";")[0].strip().lower() != "multipart/form-data":
        raise ProblemError("unsupported_media_type", {"expected": "multipart/form-data"})
    try:
        # The parser's own caps stop a flood early (400); the friendlier limit below explains itself (422).
        form = await request.form(max_files=4 * max_files, max_fields=4 * max_files)
    except HTTPException as error:
        raise ProblemError("bad_request") from error
    fields = {key: value for key, value in form.multi_items() if isinstance(value, str)}
    files = [(key, value) for key, value in form.multi_items() if isinstance(value, UploadFile)]
    errors: list[dict] = []
    if len(files) > max_files:
        errors.append({"field": "files", "message": Bilingual(f"一次最多上传{max_files}个文件。",
                                                               f"At most {max_files} files per request.")})
    received = []
    for key, upload in files[:max_files]:
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
    return fields, received, errors


MIME_NAMES = {"application/pdf": "PDF", "image/jpeg": "JPG", "image/png": "PNG", "application/ofd": "OFD"}


def judge(upload: Received, accepts: list[str] | None = None, max_mb: int | None = None
          ) -> tuple[str | None, dict | None]:
    """A case file against its material slot: its type by content (a renamed .exe is not a PDF) within what the
    slot accepts, and its size within the slot's own limit. Returns the MIME type, or the field error to list with
    every other problem of the request (一次性告知)."""
    mime = sniff(upload.content)
    kinds = accepts or list(MIME_NAMES)
    if mime is None or mime not in kinds:
        names = "、".join(MIME_NAMES.get(k, k) for k in kinds)
        return None, {"field": upload.key, "message": Bilingual(
            f"“{upload.filename}”不是本项材料接受的文件（接受：{names}；按文件内容判断，不看扩展名）。",
            f"“{upload.filename}” is not a file this material accepts ({', '.join(MIME_NAMES.get(k, k) for k in kinds)};"
            " judged by content, not by name).")}
    if max_mb is not None and len(upload.content) > max_mb * 1024 * 1024:
        return None, {"field": upload.key, "message": Bilingual(
            f"“{upload.filename}”超过本项材料{max_mb}MB的上限，请压缩后再上传。",
            f"“{upload.filename}” exceeds this material's limit of {max_mb} MB; compress it and upload again.")}
    return mime, None


def store(conn: sqlite3.Connection, upload: Received, mime: str) -> dict:
    """Keep the file's content once by its SHA-256; the case lists it as `{slot, name, sha256, size, mime}`."""
    digest = hashlib.sha256(upload.content).hexdigest()
    conn.execute("INSERT OR IGNORE INTO uploads (sha256, mime, size, content) VALUES (?, ?, ?, ?)",
                 (digest, mime, len(upload.content), upload.content))
    return {"slot": upload.key, "name": upload.filename, "sha256": digest, "size": len(upload.content), "mime": mime}
