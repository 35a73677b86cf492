"""Catalogue ETags: a strong validator over the JSON a catalogue route serves, and `If-None-Match` handling."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Annotated

from fastapi import Header, Response
from pydantic import BaseModel

# What clients send back; a header of thousands of tags is an attack, not a cache.
IfNoneMatch = Annotated[str | None, Header(max_length=2000, description="ETag of the copy the client holds")]

NOT_MODIFIED_DOC = {304: {"description": "Not Modified: the copy named by If-None-Match is current"}}


def etag_of(items: Sequence[BaseModel]) -> str:
    """The same items give the same tag on every run and machine (sorted keys, no timestamps)."""
    body = json.dumps([item.model_dump(mode="json") for item in items], sort_keys=True, ensure_ascii=False)
    return f'"{hashlib.sha256(body.encode()).hexdigest()[:32]}"'


def matches(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    tags = [tag.strip() for tag in if_none_match.split(",")]
    return "*" in tags or etag in tags or f"W/{etag}" in tags


def not_modified_or_tag(response: Response, if_none_match: str | None, etag: str) -> Response | None:
    """A 304 when the client's copy is current; otherwise tags the coming 200 and returns None."""
    if matches(if_none_match, etag):
        return Response(status_code=304, headers={"ETag": etag})
    response.headers["ETag"] = etag
    return None
