"""`assistant`: the desktop app, and the command line (sandbox now; headless batch commands as features land)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from assistant.appinfo import APP_NAME, VERSION


def _date(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD / expected YYYY-MM-DD: {text!r}") from None
    if not dt.date(1900, 1, 1) <= day <= dt.date(2199, 12, 31):
        raise argparse.ArgumentTypeError(f"日期应在 1900—2199 年之间 / expected a year 1900–2199: {text!r}")
    return day


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assistant", description=f"{APP_NAME} {VERSION}")
    parser.add_argument("--version", action="version", version=f"%(prog)s {VERSION}")
    parser.add_argument("--platform", metavar="URL",
                        help="信用平台地址（默认使用内置演示平台）/ platform URL (default: the embedded sandbox)")
    parser.add_argument("--exit-after", type=float, metavar="SECONDS",
                        help="显示主窗口后过几秒退出（冒烟测试用）/ quit this many seconds after the window shows")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="界面语言 / UI language")
    commands = parser.add_subparsers(dest="command")
    sandbox = commands.add_parser("sandbox", help="运行演示平台 / run the sandbox platform")
    sandbox.add_argument("--host", default="127.0.0.1")
    sandbox.add_argument("--port", type=int, default=8765)
    sandbox.add_argument("--db", type=Path, help="SQLite 数据库文件 / database file (default: in the data folder)")
    sandbox.add_argument("--today", type=_date, help="演示平台的当前日期 / the sandbox's business date")
    sandbox.add_argument("--admin-token", help="管理接口令牌 / token for the /sandbox endpoints")
    sandbox.add_argument("--demo-logins", action="store_true",
                         help="以 JSON 输出演示账号后退出 / print the demo logins as JSON and exit")
    from assistant.cli import commitment, policies

    commitment.add_parser(commands)
    policies.add_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "sandbox":
        return _sandbox(args)
    if args.command == "commitment":
        from assistant.cli import commitment

        return commitment.run(args)
    if args.command == "policies":
        from assistant.cli import policies

        return policies.run(args)
    from assistant.app import run_gui

    return run_gui(platform=args.platform, exit_after=args.exit_after, language=args.lang)


def _sandbox(args: argparse.Namespace) -> int:
    if args.demo_logins:
        from assistant.sandbox.seed import demo_logins

        json.dump(demo_logins(), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    from assistant.infra import paths
    from assistant.infra.logsetup import configure
    from assistant.sandbox.server import serve
    from assistant.services.platform import STANDALONE_SANDBOX_DATABASE

    configure(paths.log_dir())
    db = args.db or paths.data_dir() / STANDALONE_SANDBOX_DATABASE
    db.parent.mkdir(parents=True, exist_ok=True)
    serve(db, args.host, args.port, today=args.today, admin_token=args.admin_token)
    return 0


if __name__ == "__main__":
    sys.exit(main())
