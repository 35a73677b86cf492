"""`assistant policies --firm USCC [--json]`: the firm's eligibility as the UI shows it (self-declared facts too)."""

from __future__ import annotations

import argparse
import json
import sys

from assistant.cli.common import add_sign_in_options, say, signed_in_for_firm
from assistant.i18n import translate
from assistant.infra import clock


def add_parser(commands, common: list[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("policies", parents=common, help="惠企政策匹配 / policy eligibility")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出（与平台 /eligibility 相同结构）")
    add_sign_in_options(parser)


def run(args: argparse.Namespace) -> int:
    from assistant.services.account import Account
    from assistant.services.policies import PoliciesService, evaluate

    with signed_in_for_firm(args) as (platform, uscc):
        service = PoliciesService(Account.open(platform.session, platform.data_dir))
        policies = service.catalogue().value
        facts = service.facts(uscc)
        grants = service.grants(uscc)
        rows = evaluate(policies, facts.value, service.declared(uscc), grants.value if grants else None,
                        clock.today())
    if not facts.live:
        say(translate("cli", "离线：数据截至 {time}").format(time=f"{facts.synced_at.astimezone():%Y-%m-%d %H:%M}"))
    if args.json:
        _print_json(rows)
    else:
        _print_text(rows)
    return 0


def _print_json(rows: list) -> None:
    from assistant.api.models import Eligibility

    out = [Eligibility(policy_id=r.result.policy_id, state=r.result.state, amount=r.result.amount,
                       conditions=[c.__dict__ for c in r.result.conditions]).model_dump(mode="json") for r in rows]
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    print()


def _print_text(rows: list) -> None:
    from assistant.domain.money import format_money

    names = {"met": translate("cli", "可享受"), "unknown": translate("cli", "待补充"),
             "unmet": translate("cli", "暂不符合")}
    for state in ("met", "unknown", "unmet"):
        group = [r for r in rows if r.result.state == state]
        print(translate("cli", "{group}（{count}）").format(group=names[state], count=len(group)))
        for r in group:
            amount = format_money(r.result.amount) if r.result.amount else "—"
            mode = translate("cli", "免申即享") if r.policy.mode == "auto" else translate("cli", "需申请")
            flags = "  " + translate("cli", "应享未享") if r.owed else ""
            deadline = translate("cli", "截止 {date}").format(date=r.policy.window.end)
            print(f"  {r.policy.title}  [{mode}]  {amount}  {deadline}{flags}")
            if state == "unknown":
                missing = [c.label for c in r.result.conditions if c.state == "unknown"]
                print("    " + translate("cli", "待补充：{items}").format(items=translate("cli", "；").join(missing)))
