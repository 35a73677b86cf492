"""The credit report's identifiers and choices (DOMAIN.md §4): the 22-character 报告编号, the verification code, the
editions and purposes, the 专项 period and the yearly free quota (河南省社会信用条例 Art. 40).

The platform contract defines the number and code (no public standard was found): the number is the issue time
(14 digits), a 5-digit serial, the letter D and two check digits (ISO 7064 MOD 97-10 over the 19 digits before
them), so a number typed from a paper copy is caught when mistyped before anything is asked of the platform.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import unicodedata

EDITIONS = {"standard": "公共信用信息报告", "special": "专项信用报告"}
PURPOSES = {"tender": "招投标", "financing": "融资信贷", "approval": "行政审批", "honour": "评优评先", "other": "其他"}
FREE_PER_YEAR = 2  # 河南省社会信用条例 Art. 40
SPECIAL_YEARS_BACK = 3  # 专项信用报告: a period of up to three years back

_NUMBER = re.compile(r"\d{19}D\d{2}")
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read off paper and typed back
CODE_LENGTH = 8


def _check_digits(digits: str) -> str:
    return f"{98 - int(digits + '00') % 97:02d}"


def report_no(issued_at: dt.datetime, serial: int) -> str:
    digits = f"{issued_at:%Y%m%d%H%M%S}{serial % 100000:05d}"
    return f"{digits}D{_check_digits(digits)}"


def normalise_report_no(text: str) -> str:
    """As typed: full-width digits, spaces, a lower-case d are all forgiven."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).upper()


def valid_report_no(text: str) -> bool:
    return bool(_NUMBER.fullmatch(text)) and _check_digits(text[:19]) == text[20:]


def new_verify_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: str) -> str:
    """As typed from paper: spaces and dashes dropped, case folded, O read as 0's look-alike is not in the alphabet."""
    return re.sub(r"[\s\-]+", "", unicodedata.normalize("NFKC", text)).upper()


def valid_code(text: str) -> bool:
    return len(text) == CODE_LENGTH and all(c in CODE_ALPHABET for c in text)


def special_period_problem(start: dt.date, end: dt.date, today: dt.date) -> str | None:
    """Why a 专项 period cannot be reported on (a code), or None: it must end by today and start no more than three
    years back."""
    if start > end:
        return "period_reversed"
    if end > today:
        return "period_in_future"
    if start < earliest_special_start(today):
        return "period_too_long"
    return None


def earliest_special_start(today: dt.date) -> dt.date:
    """The same day three years back (29 February falls back to the 28th)."""
    try:
        return today.replace(year=today.year - SPECIAL_YEARS_BACK)
    except ValueError:
        return today.replace(year=today.year - SPECIAL_YEARS_BACK, day=28)


def default_special_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """Three years back to today: what a tender usually asks for."""
    return earliest_special_start(today), today


def quota_left(free_per_year: int, used: int) -> int:
    return max(0, free_per_year - used)
