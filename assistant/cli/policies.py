"""`assistant policies --firm USCC [--json]`: the firm's eligibility as the UI shows it (self-declared facts too)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys

from assistant import paths
from assistant import settings as S


def add_parser(commands) -> None:
    parser = commands.add_parser("policies", help="惠企政策匹配 / policy eligibility")
    parser.add_argument("--firm", required=True, metavar="USCC", help="统一社会信用代码")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出（与平台 /eligibility 相同结构）")
    parser.add_argument("--platform", metavar="URL", help="平台地址（默认：设置中的地址，或内置演示平台）")
    parser.add_argument("--user", metavar="NAME", help="用户名；密码取自环境变量 ASSISTANT_PASSWORD，否则用已保存的登录")


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def signed_in_session(args: argparse.Namespace):
    """A session on the chosen platform (starting the embedded sandbox when none is configured)."""
    from assistant.api.client import Connection, PlatformClient
    from assistant.session import Session
    from assistant.store.db import Database

    settings = S.Settings(paths.config_dir() / "settings.json")
    url, identity, sandbox = args.platform or settings.get(S.PLATFORM_URL), None, None
    if not url:
        from assistant.sandbox.app import SandboxConfig
        from assistant.sandbox.server import SandboxServer

        (paths.data_dir() / "sandbox").mkdir(parents=True, exist_ok=True)
        sandbox = SandboxServer(SandboxConfig(db_path=paths.data_dir() / "sandbox" / "platform.sqlite3")).start()
        url, identity = sandbox.url, "sandbox:embedded"
    client = PlatformClient(Connection(url, proxy=settings.get(S.PROXY) or None,
                                       ca_file=settings.get(S.CA_FILE) or None, identity=identity))
    session = Session(client, Database(paths.data_dir() / "assistant.sqlite3"))
    username = args.user or settings.get(S.LAST_USERNAME)
    password = os.environ.get("ASSISTANT_PASSWORD")
    if not username:
        raise SystemExit(_usage("请用 --user 指定用户名（密码放在环境变量 ASSISTANT_PASSWORD 中）。"))
    if password:
        session.sign_in(username, password, remember=False)
    else:
        session.resume(username)  # the login saved by the GUI, or SessionExpired
    return session, sandbox


def _usage(text: str) -> int:
    _say(text)
    return 2


def run(args: argparse.Namespace) -> int:
    from assistant.api.errors import PlatformError, SessionExpired
    from assistant.api.models import Eligibility
    from assistant.domain.ids import check_uscc
    from assistant.domain.money import format_money
    from assistant.policy_desk import PolicyDesk

    checked = check_uscc(args.firm)
    if not checked.valid:
        return _usage(f"统一社会信用代码有误：{checked.message}")
    sandbox = None
    try:
        session, sandbox = signed_in_session(args)
        if checked.value not in {f.uscc for f in session.me.firms}:
            return _usage("当前账号没有管理这家企业。")
        desk = PolicyDesk(session)
        policies = desk.catalogue().value
        facts = desk.facts(checked.value)
        grants = desk.grants(checked.value)
        rows = desk.evaluate(policies, facts.value, desk.declared.all(checked.value),
                             grants.value if grants else None, dt.date.today())
    except SessionExpired:
        return _usage("没有可用的登录：请设置 ASSISTANT_PASSWORD 环境变量，或先在程序里勾选“记住登录”登录一次。")
    except PlatformError as error:
        _say(error.message)
        return 1
    finally:
        if sandbox is not None:
            sandbox.stop()
    if not facts.live:
        _say(f"离线：数据截至 {facts.synced_at.astimezone():%Y-%m-%d %H:%M}")
    if args.json:
        out = [Eligibility(policy_id=r.result.policy_id, state=r.result.state, amount=r.result.amount,
                           conditions=[c.__dict__ for c in r.result.conditions]).model_dump(mode="json") for r in rows]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    names = {"met": "可享受", "unknown": "待补充", "unmet": "暂不符合"}
    for state in ("met", "unknown", "unmet"):
        group = [r for r in rows if r.result.state == state]
        print(f"{names[state]}（{len(group)}）")
        for r in group:
            amount = format_money(r.result.amount) if r.result.amount else "—"
            mode = "免申即享" if r.policy.mode == "auto" else "需申请"
            flags = "  应享未享" if r.owed else ""
            print(f"  {r.policy.title}  [{mode}]  {amount}  截止 {r.policy.window.end}{flags}")
            if state == "unknown":
                missing = [c.label for c in r.result.conditions if c.state == "unknown"]
                print(f"    待补充：{'；'.join(missing)}")
    return 0
