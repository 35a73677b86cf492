"""Which language a caller wants, from `Accept-Language` with its q-values (RFC 9110 §12.5.4)."""

from __future__ import annotations

from typing import Literal

Language = Literal["zh", "en"]


def _quality(parameters: list[str]) -> float:
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "q":
            try:
                q = float(value.strip())
            except ValueError:
                return 0.0  # a malformed weight is not a preference
            return q if 0.0 <= q <= 1.0 else 0.0
    return 1.0


def negotiate(header: str | None) -> Language:
    """"en" when English is preferred over Chinese, else "zh" (the platform's language, also for `*` or nothing).

    `zh;q=0.1, en;q=0.9` is English; `en;q=0.5, zh` is Chinese; equal weights go to the one listed first.
    """
    best: dict[Language, float] = {}
    order: dict[Language, int] = {}
    for position, item in enumerate((header or "")[:1000].split(",")):
        tag, *parameters = item.split(";")
        primary = tag.strip().lower().split("-")[0]
        if primary not in ("zh", "en"):
            continue
        q = _quality(parameters)
        if q > best.get(primary, -1.0):
            best[primary] = q
            order.setdefault(primary, position)
    english, chinese = best.get("en", 0.0), best.get("zh", 0.0)
    if english <= 0.0:
        return "zh"
    if english > chinese:
        return "en"
    return "en" if english == chinese and order["en"] < order["zh"] else "zh"
