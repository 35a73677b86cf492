"""The wire models' common ground: tolerant responses, money as decimal strings, problem details, list pages, and
the bounds every request value is held to at the edge (text, dates, integers).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer
from pydantic_core import PydanticCustomError

from assistant.domain.dates import EARLIEST_DATE, LATEST_DATE

Money = Annotated[Decimal, PlainSerializer(lambda d: f"{d:.2f}", return_type=str, when_used="json")]

# The span of dates a request may carry (EARLIEST_DATE, LATEST_DATE, shared with the forms' checks): wide enough for
# any founding date or deadline, narrow enough that date arithmetic can never run off the calendar.
# Versions, counts and the like: SQLite stores 64-bit integers, so anything at the edge must fit well inside.
MAX_INT = 2**31 - 1


def clean_text(value: str, *, multiline: bool = False) -> str:
    """NFC-normalised text without control characters (\\n and \\t allowed in multi-line text) or lone surrogates.

    Lone surrogates cannot be stored or sent as UTF-8, and control characters (NUL, ESC, …) print as nothing or
    garble a document, so both are refused rather than silently dropped: the user sees what to fix.
    """
    if any("\ud800" <= c <= "\udfff" for c in value):
        raise PydanticCustomError("unpaired_surrogate", "contains an invalid character (an unpaired surrogate)")
    if multiline:
        value = value.replace("\r\n", "\n")
    allowed = "\n\t" if multiline else ""
    if any(unicodedata.category(c) == "Cc" and c not in allowed for c in value):
        raise PydanticCustomError("control_character", "contains a control character")
    return unicodedata.normalize("NFC", value)


def _single_line(value: str) -> str:
    return clean_text(value)


def _multi_line(value: str) -> str:
    return clean_text(value, multiline=True)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _date_as_written(value: object) -> object:
    """Only `YYYY-MM-DD` (or a date object): pydantic would also read 0 or "1700000000" as a Unix time."""
    if isinstance(value, str) and _ISO_DATE.fullmatch(value) or isinstance(value, dt.date):
        return value
    raise PydanticCustomError("date_parsing", "use the date format YYYY-MM-DD")


def _date_in_range(value: dt.date) -> dt.date:
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise PydanticCustomError(
            "date_out_of_range", "date must lie between {earliest} and {latest}",
            {"earliest": EARLIEST_DATE.isoformat(), "latest": LATEST_DATE.isoformat()},
        )
    return value


Text = Annotated[str, AfterValidator(_single_line)]
"""A single line of request text: NFC, no control characters, no lone surrogates."""
MultilineText = Annotated[str, AfterValidator(_multi_line)]
"""Request text that may span lines (\\n, \\t kept; \\r\\n becomes \\n)."""
WireDate = Annotated[dt.date, BeforeValidator(_date_as_written), AfterValidator(_date_in_range)]
"""A request date between 1900-01-01 and 2199-12-31."""


class Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


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
    # Extension members of particular problems (RFC 9457 §3.2), for programs rather than people.
    earliest_on: dt.date | None = Field(default=None, description="repair_not_yet: the first day an application "
                                        "can be made, when it is known")
    record_id: str | None = Field(default=None, description="the record a repair or objection problem is about")
    case_no: str | None = Field(default=None, description="the open case a repair_in_progress or "
                                "objection_in_progress problem refers to")
