"""Opaque list cursors: `?limit=&cursor=` → `{items, next_cursor}`.

A cursor is the platform's business, not the client's: base64url of a small versioned JSON document. Anything that
does not decode to exactly that is a 400 `invalid_cursor`, never a crash.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Annotated

from fastapi import Query

from assistant.sandbox.problems import ProblemError

MAX_OFFSET = 1_000_000
_ALPHABET = re.compile(r"[A-Za-z0-9_-]{1,200}")

Limit = Annotated[int, Query(ge=1, le=200, description="page size")]
Cursor = Annotated[str | None, Query(max_length=200, description="opaque: the `next_cursor` of the previous page")]


def encode_cursor(offset: int) -> str:
    raw = json.dumps({"v": 1, "offset": offset}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    """The offset a cursor stands for (0 without one)."""
    if cursor is None:
        return 0
    if not _ALPHABET.fullmatch(cursor):
        raise ProblemError("invalid_cursor")
    try:
        document = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError):
        raise ProblemError("invalid_cursor") from None
    offset = document.get("offset") if isinstance(document, dict) and document.get("v") == 1 else None
    if type(offset) is not int or not 0 <= offset <= MAX_OFFSET:
        raise ProblemError("invalid_cursor")
    return offset


def next_cursor(offset: int, limit: int, more: bool) -> str | None:
    return encode_cursor(offset + limit) if more else None
