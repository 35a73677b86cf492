"""`assistant sandbox`: the demo platform as a server in the foreground (until Ctrl+C), or its demo logins."""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import json
import sys
from pathlib import Path

from assistant.cli.common import BadInput, Failed, os_reason
from assistant.i18n import translate

EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2199, 12, 31)  # the platform's date bounds (api/models/base.py)


def business_date(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        day = None
    if day is None or not EARLIEST <= day <= LATEST:
        raise argparse.ArgumentTypeError(translate("cli", "应为 1900—2199 年间的日期，格式 YYYY-MM-DD，而不是 {text}")
                                         .format(text=repr(text)))
    return day


def port(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = -1
    if not 0 <= number <= 65535:
        raise argparse.ArgumentTypeError(translate("cli", "应为 0—65535 的端口号，而不是 {text}").format(text=repr(text)))
    return number


def add_parser(commands, common: list[argparse.ArgumentParser]) -> None:
    sandbox = commands.add_parser("sandbox", parents=common, help="运行演示平台 / run the sandbox platform")
    sandbox.add_argument("--host", default="127.0.0.1")
    sandbox.add_argument("--port", type=port, default=8765, help="0：任选一个空闲端口 / 0: any free port")
    sandbox.add_argument("--db", type=Path, help="SQLite 数据库文件 / database file (default: in the data folder)")
    sandbox.add_argument("--today", type=business_date, help="演示平台的当前日期 / the sandbox's business date")
    sandbox.add_argument("--admin-token", help="管理接口令牌 / token for the /sandbox endpoints")
    sandbox.add_argument("--demo-logins", action="store_true",
                         help="以 JSON 输出演示账号后退出 / print the demo logins as JSON and exit")
    # The window's embedded platform runs so (services/sandbox_process.py): silent, and gone with the window.
    sandbox.add_argument("--until-stdin-closes", action="store_true", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    if args.demo_logins:
        from assistant.sandbox.seed import demo_logins

        json.dump(demo_logins(), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    from assistant.cli.guard import start_logging

    if args.until_stdin_closes:
        start_logging(console=False)  # the window's log; the child has no terminal
        _server(args, _database(args.db)).serve_until_stdin_closes()
        return 0
    start_logging(console=True)  # the server's warnings belong on the terminal it runs in
    server = _server(args, _database(args.db))
    print(translate("cli", "演示平台: {url}/api/v1  数据库: {path}").format(url=server.url, path=server.config.db_path),
          flush=True)
    print(translate("cli", "管理令牌 (X-Sandbox-Admin): {token}").format(token=server.config.admin_token), flush=True)
    server.serve_forever()
    return 0


def _database(chosen: Path | None) -> Path:
    """--db, or the standalone sandbox's file in the data folder; its folder is created when missing."""
    from assistant.infra import paths
    from assistant.services.platform import STANDALONE_SANDBOX_DATABASE

    db = chosen or paths.data_dir() / STANDALONE_SANDBOX_DATABASE
    if db.is_dir():
        raise BadInput(translate("cli", "--db 应为数据库文件的路径，而 {path} 是一个文件夹。").format(path=db))
    try:
        db.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise Failed(translate("cli", "无法创建数据库所在的文件夹 {path}：{reason}").format(
            path=db.parent, reason=os_reason(error))) from None
    return db


def _server(args: argparse.Namespace, db: Path):
    """The server bound to its port with its database opened, or a sentence saying which of the two failed."""
    import sqlite3

    from assistant.sandbox.app import SandboxConfig
    from assistant.sandbox.db import NewerDatabase
    from assistant.sandbox.server import SandboxBusy, SandboxServer

    config = SandboxConfig(db_path=db, today=args.today)
    if args.admin_token:
        config.admin_token = args.admin_token
    try:
        return SandboxServer(config, args.host, args.port)
    except SandboxBusy as busy:
        message = translate("cli", "数据库 {path} 正由另一个演示平台使用（进程 {pid}，{url}）：请换一个 --db 文件，或使用那个平台。")
        raise Failed(message.format(path=db, pid=busy.pid or "?", url=busy.url or "…")) from None
    except (sqlite3.Error, NewerDatabase) as error:
        message = translate("cli", "无法打开演示平台的数据库 {path}（{reason}）：请换一个 --db 文件。")
        raise Failed(message.format(path=db, reason=error)) from None
    except OSError as error:
        raise Failed(_bind_failure(error, args.host, args.port)) from None


def _bind_failure(error: OSError, host: str, port: int) -> str:
    if error.errno == errno.EADDRINUSE:
        message = translate("cli", "端口 {port} 已被占用：请换一个端口，或用 --port 0 任选一个空闲端口。")
    elif error.errno in (errno.EACCES, errno.EPERM):
        message = translate("cli", "没有权限使用端口 {port}（1024 以下的端口需要管理员权限）：请换一个端口。")
    else:
        # e.g. a --host that is no name or address of this PC; create_server appends the address to the OS's text.
        message = translate("cli", "无法在 {host}:{port} 上启动演示平台（{reason}）：请检查 --host 和 --port。")
    reason = os_reason(error).split(" (while attempting", 1)[0]
    return message.format(host=host, port=port, reason=reason)
