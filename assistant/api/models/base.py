"""The wire models' common ground: tolerant responses, money as decimal strings, problem details, list pages."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

Money = Annotated[Decimal, PlainSerializer(lambda d: f"{d:.2f}", return_type=str, when_used="json")]


class Wire(BaseModel):
    model_config = ConfigDict(extra="ignore")


class FieldError(Wire):
    field: str
    message: str


class Problem(Wire):
    """RFC 9457 problem details, with a Chinese (or, on request, English) title and detail."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str = ""
    code: str = ""
    errors: list[FieldError] = Field(default_factory=list)
