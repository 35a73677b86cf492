"""Uploaded files: reading a multipart form within limits. Each file's type is judged by its bytes with the same
check the app runs when a file is attached (`assistant.infra.filetypes`: PDF, JPEG, PNG, OFD; OFD zip bombs refused).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fastapi import Request
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from assistant.infra.filetypes import sniff  # noqa: F401 (the routes judge each file with it)
from assistant.sandbox.problems import Bilingual, ProblemError

MAX_FILES = 10  # per request: one per deferred material, and no template defers more than a few
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
