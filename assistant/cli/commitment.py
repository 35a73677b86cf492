"""`assistant commitment templates` and `assistant commitment render`: the catalogue and letters with no platform."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from assistant import paths
from assistant import settings as S


def add_parser(commands) -> None:
    parser = commands.add_parser("commitment", help="信用承诺书 / commitment letters")
    sub = parser.add_subparsers(dest="action", required=True)
    templates = sub.add_parser("templates", help="列出承诺书模板 / list the templates")
    templates.add_argument("--json", action="store_true", help="以 JSON 输出 / print JSON")
    templates.add_argument("--platform", metavar="URL", help="先从平台更新目录 / refresh from this platform first")
    render = sub.add_parser("render", help="生成承诺书 PDF（无需联网）/ render a letter (works offline)")
    render.add_argument("--template", required=True, metavar="CODE")
    render.add_argument("--data", type=Path, metavar="FILE.json",
                        help='{"firm": {"name", "uscc", "legal_rep", "address", "contact"}, "fields": {…}}; '
                             "省略则打印空白表 / omit for a blank form")
    render.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def catalogue(platform: str | None = None):
    """Online when asked, else the app's cached copy, else the bundled one; says which on stderr."""
    from assistant.commitment_desk import bundled_catalogue
    from assistant.store.catalogue import CatalogueCache
    from assistant.store.db import Database

    settings = S.Settings(paths.config_dir() / "settings.json")
    name = (platform or settings.get(S.PLATFORM_URL) or "sandbox:embedded").rstrip("/")
    db_path = paths.data_dir() / "assistant.sqlite3"
    if platform:
        from assistant.api.client import PlatformClient
        from assistant.api.errors import PlatformError

        try:
            fetched = PlatformClient(platform).commitments.templates()
        except PlatformError as error:
            _say(f"无法从平台更新目录：{error.message}")
        else:
            CatalogueCache(Database(db_path), name).put("templates", "all", fetched.items, etag=fetched.etag)
            _say(f"目录来源：{platform}（刚刚更新）")
            return fetched.items
    if db_path.exists():
        from assistant.api.models import CommitmentTemplate

        cached = CatalogueCache(Database(db_path), name).get("templates", "all")
        if cached is not None:
            _say(f"目录来源：本机缓存（{cached.synced_at.astimezone():%Y-%m-%d %H:%M} 更新）")
            return [CommitmentTemplate.model_validate(t) for t in cached.body]
    _say("目录来源：程序内置目录")
    return bundled_catalogue()


def run(args: argparse.Namespace) -> int:
    from assistant.domain.commitments import type_name

    items = catalogue(getattr(args, "platform", None))
    if args.action == "templates":
        if args.json:
            json.dump([t.model_dump(mode="json") for t in items], sys.stdout, ensure_ascii=False, indent=2)
            print()
        else:
            for t in items:
                print(f"{t.code:<18} {type_name(t.type):<6} {t.title}（{t.department}）")
        return 0
    return _render(args, {t.code: t for t in items})


def _render(args: argparse.Namespace, templates: dict) -> int:
    from assistant.domain.commitments import validate_fields
    from assistant.pdf.fonts import UnprintableCharacters
    from assistant.pdf.letter import build_letter, write

    template = templates.get(args.template)
    if template is None:
        _say(f"没有编号为“{args.template}”的承诺书模板。可用的模板：{'、'.join(sorted(templates))}")
        return 2
    data: dict = {}
    if args.data:
        try:
            data = json.loads(args.data.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            _say(f"无法读取数据文件 {args.data}：{error}")
            return 2
        if not isinstance(data, dict):
            _say("数据文件应为 JSON 对象：{\"firm\": {…}, \"fields\": {…}}")
            return 2
    firm = {k: str(v) for k, v in (data.get("firm") or {}).items() if v not in (None, "")}
    fields = {k: str(v) for k, v in (data.get("fields") or {}).items() if v not in (None, "")}
    _, problems = validate_fields(template, fields)
    for problem in problems:
        if problem.key in fields:  # missing fields print as blank lines by design; wrong ones deserve a word
            _say(f"提示：{problem.key}：{problem.message}")
    signed_on = data.get("signed_on")
    try:
        letter = build_letter(template, firm, fields, signed_by=str(data.get("signed_by") or ""),
                              signed_on=dt.date.fromisoformat(signed_on) if signed_on else None)
    except UnprintableCharacters as error:
        _say(f"以下字符没有可用的字体，无法打印：{error.describe()}。请改用常用字，或打印后手写。")
        return 1
    except ValueError as error:
        _say(f"数据有误：{error}")
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write(letter, args.out)
    _say(f"已生成 {args.out}（{letter.pages} 页）")
    return 0
