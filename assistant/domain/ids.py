"""Identifiers: 统一社会信用代码 (GB 32100-2015) and 居民身份证号码 (GB 11643-1999).

The check characters come from python-stdnum; the rest is ours because stdnum's validators reject codes that the
standards allow: USCCs whose first characters are letters (e.g. 农村集体经济组织, `N…`) and ID numbers from region
codes newer than its bundled list (DOMAIN.md §1). The tests check this wrapper against the standards themselves.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from assistant.i18n import translate

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_LENGTH = 18
# 登记管理部门码: 1–9 (机构编制, 外交, 司法行政, 文化, 民政, 旅游, 宗教, 工会, 工商), A 中央军委改革和编制办公室,
# N 农业, Y 其他.
USCC_REGISTRATION_AUTHORITIES = frozenset("123456789ANY")
ID_LENGTH = 18
_PROVINCE_PREFIXES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82".split()
)
_SPACES = re.compile(r"[\s\-]+")


@dataclass(frozen=True)
class Checked:
    """Outcome of checking an identifier: the normalised value, whether it is valid, and why not."""

    value: str
    valid: bool
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        return "；".join(self.problems or self.warnings)


def normalise(text: str) -> str:
    """What users type with a Chinese IME: full-width characters, spaces, lower case → the canonical form."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text or "")).upper()


def _uscc_check_char(first17: str) -> str:
    from stdnum.cn import uscc  # imported on first use: stdnum pulls in urllib, which start-up does not need

    return uscc.calc_check_digit(first17)


def _id_check_char(number: str) -> str:
    from stdnum.cn import ric

    return ric.calc_check_digit(number)  # stdnum wants the whole number, check char included


def check_uscc(text: str) -> Checked:
    code = normalise(text)
    if not code:
        return Checked(code, False, (translate("ids", "请填写统一社会信用代码。"),))
    if len(code) != USCC_LENGTH:
        return Checked(
            code,
            False,
            (translate("ids", "统一社会信用代码应为18位，现在是{count}位。").format(count=len(code)),),
        )
    problems = []
    bad = [(i + 1, c) for i, c in enumerate(code) if c not in USCC_ALPHABET]
    if bad:
        position, char = bad[0]
        problems.append(
            translate("ids", "第{position}位的“{char}”不能出现在统一社会信用代码中（代码不使用字母 I、O、S、V、Z）。").format(
                position=position, char=char
            )
        )
    elif code[0] not in USCC_REGISTRATION_AUTHORITIES:
        problems.append(translate("ids", "第1位（登记管理部门代码）应为数字1–9或字母A、N、Y。"))
    elif not code[2:8].isdigit():
        problems.append(translate("ids", "第3–8位应为6位数字的行政区划代码。"))
    elif _uscc_check_char(code[:17]) != code[17]:
        problems.append(translate("ids", "最后一位校验码不符，可能有字符输入错误，请逐位核对。"))
    return Checked(code, not problems, tuple(problems))


def is_valid_uscc(text: str) -> bool:
    return check_uscc(text).valid


def check_resident_id(text: str, *, today: dt.date | None = None) -> Checked:
    """Check a 18-digit 居民身份证号码. An unknown region code is only a warning: codes change over time."""
    number = normalise(text)
    today = today or dt.date.today()
    if not number:
        return Checked(number, False, (translate("ids", "请填写身份证号码。"),))
    if len(number) == 15 and number.isdigit():
        return Checked(number, False, (translate("ids", "这是旧版15位身份证号码，请填写18位的新号码。"),))
    if len(number) != ID_LENGTH:
        return Checked(
            number, False, (translate("ids", "身份证号码应为18位，现在是{count}位。").format(count=len(number)),)
        )
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        return Checked(number, False, (translate("ids", "身份证号码前17位应为数字，最后一位为数字或X。"),))
    try:
        born = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return Checked(number, False, (translate("ids", "第7–14位的出生日期不存在。"),))
    if born > today or born.year < 1900:
        return Checked(number, False, (translate("ids", "第7–14位的出生日期不合理。"),))
    if _id_check_char(number) != number[17]:
        return Checked(number, False, (translate("ids", "最后一位校验码不符，可能有数字输入错误，请逐位核对。"),))
    warnings = ()
    if number[:2] not in _PROVINCE_PREFIXES:
        warnings = (translate("ids", "前6位地址码不在已知省份范围内，请核对。"),)
    return Checked(number, True, (), warnings)


def is_valid_resident_id(text: str) -> bool:
    return check_resident_id(text).valid


def mask_id(number: str) -> str:
    """`410702199001011234` → `4107**********1234`: enough to recognise, not enough to misuse."""
    number = normalise(number)
    if len(number) <= 8:
        return "*" * len(number)
    return number[:4] + "*" * (len(number) - 8) + number[-4:]


_ID_LIKE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")


def redact_id_numbers(text: str) -> str:
    """Mask every valid resident ID number in free text (log lines); USCCs that are not ID numbers stay as they are."""

    def repl(match: re.Match[str]) -> str:
        value = match.group(0)
        return mask_id(value) if check_resident_id(value).valid else value

    return _ID_LIKE.sub(repl, text)
