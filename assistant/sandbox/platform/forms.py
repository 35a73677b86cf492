"""Multipart requests that carry a JSON document next to their files (a repair application, a 补正, an objection):
reading the JSON part with the wire model, the request's idempotency digest, and how the contract describes it.
"""

from __future__ import annotations

import hashlib
import json
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from assistant.sandbox.platform.uploads import Received
from assistant.sandbox.problems import Bilingual, field_errors

M = TypeVar("M", bound=BaseModel)


def parse_part(fields: dict[str, str], name: str, model: type[M], *, required: bool = True
               ) -> tuple[M | None, list[dict]]:
    """The form field `name` read as JSON into `model`, or the field errors to list (at once with the rest)."""
    raw = fields.get(name)
    if raw is None:
        if not required:
            return model(), []
        return None, [{"field": name, "message": Bilingual("此项必填。", "This field is required.")}]
    try:
        return model.model_validate_json(raw), []
    except ValidationError as error:
        return None, field_errors(error.errors())


def digest(fields: dict[str, str], files: list[Received]) -> str:
    """What makes two submissions the same: the JSON (as data, not as spelled) and each file by slot, name and
    content hash."""
    def canonical(text: str) -> object:
        try:
            return json.loads(text)
        except ValueError:
            return text

    document = {"fields": {k: canonical(v) for k, v in sorted(fields.items())},
                "files": [[f.key, f.filename, hashlib.sha256(f.content).hexdigest()] for f in files]}
    return hashlib.sha256(json.dumps(document, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def multipart_doc(part: str, schema_name: str, files: str, *, required: bool = True) -> dict:
    """The request body as the contract states it: the JSON part plus files named by material slot."""
    return {"requestBody": {"required": True, "content": {"multipart/form-data": {
        "schema": {
            "type": "object", "required": [part] if required else [],
            "properties": {part: {"type": "string", "contentMediaType": "application/json",
                                  "description": f"JSON: {schema_name}"}},
            "additionalProperties": {"type": "string", "format": "binary"},
            "description": files,
        },
        "encoding": {part: {"contentType": "application/json"}},
    }}}}
