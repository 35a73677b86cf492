"""The 信用报告 screens' words: editions, purposes, the 专项 period's problems, a verdict's colour — Chinese source
text through Qt's translator (context "ReportWords"). The domain keeps its own Chinese names for the PDF and the
wire; these are the ones a user reads in the window, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

EDITIONS = {
    "standard": QT_TRANSLATE_NOOP("ReportWords", "公共信用信息报告"),
    "special": QT_TRANSLATE_NOOP("ReportWords", "专项信用报告"),
}
PURPOSES = {
    "tender": QT_TRANSLATE_NOOP("ReportWords", "招投标"),
    "financing": QT_TRANSLATE_NOOP("ReportWords", "融资信贷"),
    "approval": QT_TRANSLATE_NOOP("ReportWords", "行政审批"),
    "honour": QT_TRANSLATE_NOOP("ReportWords", "评优评先"),
    "other": QT_TRANSLATE_NOOP("ReportWords", "其他"),
}
# Green genuine, red not genuine, amber could not be checked (the exit codes 0 / 1 / 2 of `assistant report verify`).
GOOD, BAD, UNSURE = "#1e7b34", "#b3261e", "#8a6100"
VERDICT_COLOURS = {"valid": GOOD, "modified": BAD, "not_platform": BAD, "not_found": BAD, "signature_only": UNSURE,
                   "unchecked": UNSURE}
# What became of a record since the report was issued (services.reports.RecordNote.code).
NOTE_COLOURS = {"repairable": GOOD, "repaired": "#5f6368", "expired": "#5f6368", "removed": "#5f6368"}


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportWords", text)


def edition_name(code: str | None) -> str:
    return _t(EDITIONS[code]) if code in EDITIONS else (code or "")


def purpose_name(code: str, note: str = "") -> str:
    name = _t(PURPOSES[code]) if code in PURPOSES else code
    return QCoreApplication.translate("ReportWords", "{purpose}（{note}）").format(purpose=name, note=note) \
        if note else name


def edition_explanation(code: str) -> str:
    if code == "special":
        return QCoreApplication.translate(
            "ReportWords", "专项信用报告代替“无违法违规记录证明”，用于招投标、融资、评优等：只列所选期间内的失信信息。")
    return QCoreApplication.translate(
        "ReportWords", "公共信用信息报告列出平台公示的本企业全部信用信息：登记、许可、处罚、名单、承诺等。")


def period_problem(code: str, earliest: str, today: str) -> str:
    """`domain.reports.special_period_problem`'s codes, said with the dates that settle them."""
    if code == "period_reversed":
        return QCoreApplication.translate("ReportWords", "查询期间的开始日期不能晚于结束日期。")
    if code == "period_in_future":
        return QCoreApplication.translate("ReportWords", "查询期间的结束日期不能晚于今天（{today}）。").format(today=today)
    if code == "period_too_long":
        return QCoreApplication.translate("ReportWords", "查询期间最长三年，开始日期不能早于{earliest}。").format(
            earliest=earliest)
    return QCoreApplication.translate("ReportWords", "请检查查询期间。")
