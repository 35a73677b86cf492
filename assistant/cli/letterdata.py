"""The `--data` file of `assistant commitment render`: read, type-checked and checked against the template, so that
only a letter the editor would accept gets printed, and every mistake in the file is named at once (exit 2)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.cli.common import BadInput, listing, os_reason
from assistant.i18n import translate

MAX_BYTES = 1_000_000  # a letter is a few hundred characters; anything near this size is the wrong file
FIRM_KEYS = ("name", "uscc", "legal_rep", "address", "contact")
FIRM_MAX_LENGTH = 200
SHAPE = '{"firm": {"name", "uscc", "legal_rep", "address", "contact"}, "fields": {…}, "signed_by", "signed_on"}'


@dataclass(frozen=True)
class LetterData:
    firm: dict[str, str] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=dict)
    signed_by: str = ""
    signed_on: dt.date | None = None


def read_json(path: Path) -> Any:
    """The file's JSON value; UTF-8 with or without the BOM Windows Notepad adds."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise BadInput(translate("cli", "数据文件 {path} 太大（超过 1 MB），请检查是否选错了文件。").format(path=path))
        raw = path.read_bytes()
    except OSError as error:
        raise BadInput(translate("cli", "无法读取数据文件 {path}：{reason}").format(path=path, reason=os_reason(error))
                       ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        message = translate("cli", "数据文件 {path} 不是 UTF-8 编码：请另存为 UTF-8 后再试（记事本：另存为 → 编码）。")
        raise BadInput(message.format(path=path)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise BadInput(translate("cli", "数据文件 {path} 不是有效的 JSON：第 {line} 行第 {column} 列附近有误。").format(
            path=path, line=error.lineno, column=error.colno)) from None
    except RecursionError:
        raise BadInput(translate("cli", "数据文件 {path} 不是有效的 JSON：嵌套层次太深。").format(path=path)) from None


class Problems(list):
    """What is wrong with the file, each item as `key：what`, the key written as in the file (`firm.name`)."""

    def add(self, key: str, text: str) -> None:
        self.append(translate("cli", "{key}：{problem}").format(key=key, problem=text))


def letter_data(raw: Any, template: Any) -> LetterData:
    """Every problem of the file at once: wrong JSON types, unknown keys, values the template does not accept."""
    if not isinstance(raw, dict):
        raise BadInput(translate("cli", "数据文件应为一个 JSON 对象：{shape}").format(shape=SHAPE))
    problems = Problems()
    for key in raw:
        if key not in ("firm", "fields", "signed_by", "signed_on"):
            problems.add(key, translate("cli", "没有这一项"))
    firm = _texts(raw.get("firm"), "firm", problems)
    fields = _texts(raw.get("fields"), "fields", problems)
    _check_firm(firm, problems)
    clean = _check_fields(template, fields, problems)
    signed_by = _text(raw.get("signed_by"), "signed_by", problems)
    signed_on = _date(raw.get("signed_on"), problems)
    if problems:
        raise BadInput("\n".join([translate("cli", "数据文件有误，没有生成承诺书："), *(f"  {p}" for p in problems)]))
    return LetterData(firm, clean, signed_by, signed_on)


def _texts(value: Any, name: str, problems: Problems) -> dict[str, str]:
    """An object of texts (numbers are taken as written); anything else is named, as `firm.name` or `fields.x`."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.add(name, translate("cli", "应为 JSON 对象"))
        return {}
    texts = {}
    for key, item in value.items():
        text = _text(item, f"{name}.{key}", problems)
        if text:
            texts[key] = text
    return texts


def _text(value: Any, name: str, problems: Problems) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    problems.add(name, translate("cli", "应为文字或数字，不能是 {kind}").format(kind=_kind(value)))
    return ""


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    return "[…]" if isinstance(value, list) else "{…}"


def _check_firm(firm: dict[str, str], problems: Problems) -> None:
    from assistant.domain.ids import check_uscc

    for key, value in firm.items():
        if key not in FIRM_KEYS:
            problems.add(f"firm.{key}", translate("cli", "没有这一项（可用：{keys}）").format(keys=listing(FIRM_KEYS)))
        elif len(value) > FIRM_MAX_LENGTH:
            problems.add(f"firm.{key}", translate("cli", "最多 {limit} 个字").format(limit=FIRM_MAX_LENGTH))
    checked = check_uscc(firm["uscc"]) if firm.get("uscc") else None
    if checked is not None and not checked.valid:
        problems.add("firm.uscc", checked.message)


def _check_fields(template: Any, fields: dict[str, str], problems: Problems) -> dict[str, str]:
    """The template's checks on the values given (a missing one prints as a blank line to fill by hand, by design);
    returns the values as the editor would keep them (dates and amounts normalised)."""
    from assistant.domain.commitments import validate_fields

    labels = {spec.key: spec.label for spec in template.fields}
    clean, found = validate_fields(template, fields)
    for problem in found:
        if problem.key in fields:
            key = f"fields.{problem.key}"
            if problem.key in labels:
                key = translate("cli", "{label}（{key}）").format(label=labels[problem.key], key=key)
            problems.add(key, problem.message)
    return {key: str(clean.get(key, value)) for key, value in fields.items() if key in labels}


def _date(value: Any, problems: Problems) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        day = dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        day = None
    if day is None or not dt.date(1900, 1, 1) <= day <= dt.date(2199, 12, 31):
        problems.add("signed_on", translate("cli", "应为 YYYY-MM-DD 格式的日期文字，例如 2026-11-21"))
    return day
