"""The 信用修复 screens' words: a record's state said plainly, case steps, penalty types and material slots — Chinese
source text through Qt's translator (context "RepairWords"), dates through babel in the UI's language."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from assistant.domain.dates import format_date
from assistant.domain.repair import counts_against, rule_for
from assistant.infra import clock

# The wire's penalty type codes (api/models/repair.PENALTY_TYPES_ZH), marked here for the translator.
PENALTY_TYPES = {
    "simplified": QT_TRANSLATE_NOOP("RepairWords", "简易程序处罚"),
    "warning": QT_TRANSLATE_NOOP("RepairWords", "警告"),
    "criticism": QT_TRANSLATE_NOOP("RepairWords", "通报批评"),
    "fine": QT_TRANSLATE_NOOP("RepairWords", "罚款"),
    "confiscation": QT_TRANSLATE_NOOP("RepairWords", "没收违法所得、没收非法财物"),
    "license_suspension": QT_TRANSLATE_NOOP("RepairWords", "暂扣许可证件"),
    "license_revocation": QT_TRANSLATE_NOOP("RepairWords", "吊销许可证件"),
    "qualification_downgrade": QT_TRANSLATE_NOOP("RepairWords", "降低资质等级"),
    "production_suspension": QT_TRANSLATE_NOOP("RepairWords", "责令停产停业"),
    "closure": QT_TRANSLATE_NOOP("RepairWords", "责令关闭"),
    "practice_restriction": QT_TRANSLATE_NOOP("RepairWords", "限制从业"),
    "repeated": QT_TRANSLATE_NOOP("RepairWords", "屡罚不改"),
    "lifetime_ban": QT_TRANSLATE_NOOP("RepairWords", "终身禁入"),
}
KIND_NAMES = {"application/pdf": "PDF", "image/jpeg": "JPG", "image/png": "PNG", "application/ofd": "OFD"}
PATTERNS = {"application/pdf": "*.pdf", "image/jpeg": "*.jpg *.jpeg", "image/png": "*.png", "application/ofd": "*.ofd"}
COLOURS = {"repairable": "#1e7b34", "not_yet": "#8a6100", "not_repairable": "#b3261e", "in_progress": "#1a56a8",
           "repaired": "#5f6368", "expired": "#5f6368"}
LATE = "#b3261e"


def _t(text: str) -> str:
    return QCoreApplication.translate("RepairWords", text)


def record_kind(kind: str) -> str:
    return {"administrative_penalty": QCoreApplication.translate("RepairWords", "行政处罚"),
            "serious_list": QCoreApplication.translate("RepairWords", "列入严重失信主体名单"),
            "abnormal_list": QCoreApplication.translate("RepairWords", "列入经营异常名录"),
            "other": QCoreApplication.translate("RepairWords", "其他失信信息")}.get(kind, kind)


# What the user can do about a record first, then what waits, then what is over.
ORDER = {"repairable": 0, "not_yet": 1, "in_progress": 2, "not_repairable": 3, "repaired": 4, "expired": 5}


def by_urgency(rows: list[Any]) -> list[Any]:
    return sorted(rows, key=lambda r: (ORDER.get(r.assessment.state, 9), -r.record.decided_on.toordinal()))


def penalty_types(codes: list[str]) -> str:
    return "、".join(_t(PENALTY_TYPES[c]) if c in PENALTY_TYPES else c for c in codes)


def class_name(klass: str) -> str:
    return {"minor": QCoreApplication.translate("RepairWords", "轻微"),
            "general": QCoreApplication.translate("RepairWords", "一般"),
            "serious": QCoreApplication.translate("RepairWords", "严重")}.get(klass, klass)


def public(row: Any) -> bool:
    """Still shown to the public and counted against the firm."""
    return counts_against(row.assessment.state)


def headline(row: Any, language: str) -> str:
    """The state of a record in a few words: what the user can do about it now."""
    a = row.assessment
    if a.state == "repairable":
        return QCoreApplication.translate("RepairWords", "可以申请修复")
    if a.state == "not_yet":
        if any(r.code == "expires_first" for r in a.reasons):
            return QCoreApplication.translate("RepairWords", "无需申请，到期自动停止公示")
        if a.earliest_on is None:  # a condition with no date yet, e.g. a fine still unpaid
            return QCoreApplication.translate("RepairWords", "暂不能申请修复")
        return QCoreApplication.translate("RepairWords", "{date}起可以申请").format(
            date=format_date(a.earliest_on, language))
    if a.state == "not_repairable":
        return QCoreApplication.translate("RepairWords", "不可修复")
    if a.state == "in_progress":
        return QCoreApplication.translate("RepairWords", "修复办理中")
    if a.state == "repaired":
        return QCoreApplication.translate("RepairWords", "已修复")
    return QCoreApplication.translate("RepairWords", "已停止公示")


def until_text(row: Any, language: str) -> str:
    """公示至…: when a public record stops being shown by itself, whatever else happens."""
    if not public(row):
        return ""
    return QCoreApplication.translate("RepairWords", "公示至{date}").format(
        date=format_date(row.assessment.period.max_until, language))


def state_text(row: Any, language: str) -> str:
    """The table's 状态 cell: the headline, why not before, and when publication ends."""
    lines = [headline(row, language)]
    if row.assessment.state in ("not_yet", "not_repairable"):
        lines += [r.text for r in row.assessment.reasons]
    if row.objection is not None:
        lines.append(QCoreApplication.translate("RepairWords", "已提出异议，正在核查"))
    until = until_text(row, language)
    if until:
        lines.append(until)
    return "\n".join(lines)


def case_status(kind: str, status: str) -> str:
    if kind == "objection":
        names = {"submitted": QCoreApplication.translate("RepairWords", "已提交"),
                 "forwarded": QCoreApplication.translate("RepairWords", "已转交认定单位"),
                 "upheld": QCoreApplication.translate("RepairWords", "异议成立"),
                 "dismissed": QCoreApplication.translate("RepairWords", "异议不成立")}
    else:
        names = {"submitted": QCoreApplication.translate("RepairWords", "已提交"),
                 "accepted": QCoreApplication.translate("RepairWords", "已受理"),
                 "supplement_requested": QCoreApplication.translate("RepairWords", "需补正材料"),
                 "supplemented": QCoreApplication.translate("RepairWords", "已补正"),
                 "repaired": QCoreApplication.translate("RepairWords", "已修复"),
                 "rejected": QCoreApplication.translate("RepairWords", "不予修复")}
    return names.get(status, status)


def case_kind(kind: str) -> str:
    return QCoreApplication.translate("RepairWords", "异议") if kind == "objection" else \
        QCoreApplication.translate("RepairWords", "信用修复")


def entry_status(state: str, error: str | None) -> str:
    """An application still in this PC's outbox."""
    if state == "failed":
        return QCoreApplication.translate("RepairWords", "发送失败：{reason}").format(reason=error or "")
    if state == "sending":
        return QCoreApplication.translate("RepairWords", "发送中")
    text = QCoreApplication.translate("RepairWords", "待发送")
    if error:
        text += QCoreApplication.translate("RepairWords", "（{reason}）").format(reason=error)
    return text


def due_text(kind: str, due: Any, language: str) -> str:
    """The platform's next deadline, counted in working days; 预计 beyond the published holiday calendars."""
    estimated = QCoreApplication.translate("RepairWords", "（预计）") if due.estimated else ""
    parts = []
    if due.acceptance_on is not None:
        text = QCoreApplication.translate("RepairWords", "转交期限：{date}{estimated}") if kind == "objection" else \
            QCoreApplication.translate("RepairWords", "受理期限：{date}{estimated}")
        parts.append(text.format(date=format_date(due.acceptance_on, language), estimated=estimated))
    if due.decision_on is not None:
        text = QCoreApplication.translate("RepairWords", "核查期限：{date}{estimated}") if kind == "objection" else \
            QCoreApplication.translate("RepairWords", "决定期限：{date}{estimated}")
        parts.append(text.format(date=format_date(due.decision_on, language), estimated=estimated))
    return "；".join(parts)


def late_text(kind: str, due: Any, language: str) -> str:
    """Said in red when the platform is past its own deadline."""
    if due.late == "acceptance" and due.acceptance_on is not None:
        text = QCoreApplication.translate("RepairWords", "平台已超过转交期限（应于{date}前转交）") if kind == "objection" \
            else QCoreApplication.translate("RepairWords", "平台已超过受理期限（应于{date}前受理）")
        return text.format(date=format_date(due.acceptance_on, language))
    if due.late == "decision" and due.decision_on is not None:
        text = QCoreApplication.translate("RepairWords", "平台已超过核查期限（应于{date}前答复）") if kind == "objection" \
            else QCoreApplication.translate("RepairWords", "平台已超过决定期限（应于{date}前作出决定）")
        return text.format(date=format_date(due.decision_on, language))
    return ""


def next_step_text(kind: str, due: Any, language: str) -> str:
    """The step the platform owes next, as a grey last line of the timeline."""
    estimated = QCoreApplication.translate("RepairWords", "（预计）") if due.estimated else ""
    if due.acceptance_on is not None:
        text = QCoreApplication.translate("RepairWords", "等待转交，应于{date}{estimated}前") if kind == "objection" \
            else QCoreApplication.translate("RepairWords", "等待受理，应于{date}{estimated}前")
        return text.format(date=format_date(due.acceptance_on, language), estimated=estimated)
    if due.decision_on is not None:
        text = QCoreApplication.translate("RepairWords", "等待核查结果，应于{date}{estimated}前") if kind == "objection" \
            else QCoreApplication.translate("RepairWords", "等待修复决定，应于{date}{estimated}前")
        return text.format(date=format_date(due.decision_on, language), estimated=estimated)
    return ""


def accepts_text(slot: Any) -> str:
    kinds = "、".join(KIND_NAMES.get(m, m) for m in slot.accepts)
    return QCoreApplication.translate("RepairWords", "接受 {kinds}，每个不超过 {limit}MB").format(
        kinds=kinds, limit=slot.max_mb)


def name_filters(accepts: list[str]) -> list[str]:
    patterns = " ".join(PATTERNS.get(m, "") for m in accepts).strip() or "*"
    return [QCoreApplication.translate("RepairWords", "材料文件 ({patterns})").format(patterns=patterns),
            QCoreApplication.translate("RepairWords", "所有文件 (*)")]


def slot_named(rules: list[Any], key: str, today: dt.date | None = None) -> Any | None:
    """A material slot of the rule in force by its key (补正 names slots by key)."""
    if not rules:
        return None
    rule = rule_for(rules, today or clock.today())
    for slots in rule.slots.values():
        for slot in slots:
            if slot.key == key:
                return slot
    return None


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f}MB"
    return f"{max(1, round(size / 1024))}KB"
