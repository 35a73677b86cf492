"""`assistant records --firm USCC`, `assistant repair status --firm USCC` and `assistant repair rules`: the firm's
adverse records with when each can be repaired, its repair applications and objections, and the rule table.
`--json` prints the platform's own shapes."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from assistant.cli.common import add_sign_in_options, say, signed_in_for_firm
from assistant.i18n import translate


def add_parser(commands, common: list[argparse.ArgumentParser]) -> None:
    records = commands.add_parser("records", parents=common, help="失信记录及可否修复 / adverse records")
    records.add_argument("--json", action="store_true", help="以 JSON 输出（与平台 /records 相同结构）")
    add_sign_in_options(records)
    repair = commands.add_parser("repair", parents=common, help="信用修复 / credit repair")
    sub = repair.add_subparsers(dest="action", required=True)
    status = sub.add_parser("status", parents=common, help="修复申请和异议的办理进度 / applications and objections")
    status.add_argument("--json", action="store_true", help="以 JSON 输出 / print JSON")
    add_sign_in_options(status)
    rules = sub.add_parser("rules", parents=common, help="信用修复规则（公示期、材料、时限）/ the repair rules")
    rules.add_argument("--json", action="store_true", help="以 JSON 输出（与平台 /repair-rules 相同结构）")
    add_sign_in_options(rules, firm=False)


def _dump(items: list) -> None:
    json.dump([i.model_dump(mode="json", by_alias=True) for i in items], sys.stdout, ensure_ascii=False, indent=2)
    print()


def _offline(live: bool, synced_at: dt.datetime | None) -> None:
    if not live and synced_at is not None:
        say(translate("cli", "离线：数据截至 {time}").format(time=f"{synced_at.astimezone():%Y-%m-%d %H:%M}"))


def run(args: argparse.Namespace) -> int:
    if args.command == "repair" and args.action == "rules":
        return _rules(args)
    from assistant.services.account import Account
    from assistant.services.repair import RepairService

    with signed_in_for_firm(args) as (platform, uscc):
        view = RepairService(Account.open(platform.session, platform.data_dir)).view(uscc)
    _offline(view.live, view.synced_at)
    if args.command == "records":
        return _records(view, as_json=args.json)
    return _status(view, as_json=args.json)


def _records(view, *, as_json: bool) -> int:
    """Each record with its repair block as judged today (on the platform's rules: the same as the platform says
    when online, and still right offline as days pass)."""
    from assistant.api.models import RepairBlock, RepairReason

    judged = []
    for row in view.rows:
        a = row.assessment
        block = RepairBlock(state=a.state, earliest_on=a.earliest_on, rule_id=a.rule_id, legal_basis=a.legal_basis,
                            reasons=[RepairReason(**r.__dict__) for r in a.reasons])
        judged.append(row.record.model_copy(update={"repair": block}))
    if as_json:
        _dump(judged)
        return 0
    from assistant.domain.repair import class_name

    if not judged:
        print(translate("cli", "没有失信记录。"))
    for record in judged:
        print(f"{record.id}  {record.decided_on}  {class_name(record.klass)}  {record.authority}  {record.document_no}")
        print(f"    {record.summary}")
        print(f"    {_state_line(record)}")
        for reason in record.repair.reasons:
            print(f"    · {reason.text}（{reason.legal_basis}）")
    return 0


def _state_line(record) -> str:
    block = record.repair
    if block.state == "repairable":
        return translate("cli", "可以申请修复")
    if block.state == "not_yet" and block.earliest_on:
        return translate("cli", "{date}起可以申请修复").format(date=block.earliest_on)
    if block.state == "not_yet":
        return translate("cli", "暂不能申请修复")
    return {"not_repairable": translate("cli", "不可修复"), "in_progress": translate("cli", "修复办理中"),
            "repaired": translate("cli", "已修复"), "expired": translate("cli", "已停止公示")}[block.state]


def _status(view, *, as_json: bool) -> int:
    from assistant.services.repair import status_names

    names = status_names()
    if as_json:
        _dump([row.case for row in view.cases])
        return 0
    if not view.cases:
        print(translate("cli", "没有信用修复申请或异议。"))
    for row in view.cases:
        case, due = row.case, row.due
        print(f"{case.case_no}  {names.get(case.status, case.status)}")
        for step in case.timeline:
            print(f"    {step.at.astimezone():%Y-%m-%d %H:%M}  {names.get(step.status, step.status)}  {step.actor}  {step.note}")
        for label, day in ((translate("cli", "受理期限"), due.acceptance_on),
                           (translate("cli", "办结期限"), due.decision_on)):
            if day:
                estimated = translate("cli", "（预计）") if due.estimated else ""
                print(f"    {label}：{day}{estimated}")
        if due.late:
            print("    " + translate("cli", "平台已超过办理期限"))
    return 0


def _rules(args: argparse.Namespace) -> int:
    from assistant.cli.common import signed_in_platform
    from assistant.services.account import Account
    from assistant.services.repair import RepairService

    platform = signed_in_platform(args)
    try:
        table = RepairService(Account.open(platform.session, platform.data_dir)).rules()
    finally:
        platform.close()
    _offline(table.live, table.synced_at)
    if args.json:
        _dump(table.value)
        return 0
    names = {"minor": translate("cli", "轻微"), "general": translate("cli", "一般"), "serious": translate("cli", "严重")}
    for rule in table.value:
        until = rule.effective_to or translate("cli", "至今")
        print(f"{rule.id}  {rule.effective_from} — {until}  {rule.source}")
        for klass, period in rule.classes.items():
            print("    " + translate("cli", "{klass}：最短公示 {min} 个月，最长 {max} 个月").format(
                klass=names[klass], min=period.min_months, max=period.max_months))
        limits = rule.time_limits
        print("    " + translate("cli", "受理 {a} 个工作日，决定 {d} 个工作日（复杂 +{c}），异议核查 {o} 个工作日").format(
            a=limits.acceptance, d=limits.decision, c=limits.complex_extension, o=limits.objection_check))
    return 0
