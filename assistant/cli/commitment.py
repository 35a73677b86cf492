"""`assistant commitment templates` and `assistant commitment render`: the catalogue and letters with no platform."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from assistant.cli.common import data_dir, platform_options, say


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


def catalogue(platform: str | None = None):
    """Online when asked, else the app's cached copy, else the bundled one; says which on stderr."""
    from assistant.services.commitments import local_catalogue

    items, source = local_catalogue(platform_options(platform), data_dir(), refresh=bool(platform))
    say(source)
    return items


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
    from assistant.infra.files import write_atomic
    from assistant.pdf.fonts import UnprintableCharacters
    from assistant.services.commitments import render_letter

    template = templates.get(args.template)
    if template is None:
        say(f"没有编号为“{args.template}”的承诺书模板。可用的模板：{'、'.join(sorted(templates))}")
        return 2
    data: dict = {}
    if args.data:
        try:
            data = json.loads(args.data.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            say(f"无法读取数据文件 {args.data}：{error}")
            return 2
    shape = {"firm": dict, "fields": dict, "signed_by": str, "signed_on": str}
    wrong = [key for key, kind in shape.items() if isinstance(data, dict) and data.get(key) is not None
             and not isinstance(data[key], kind)]
    if not isinstance(data, dict) or wrong:
        say("数据文件应为 JSON 对象：{\"firm\": {…}, \"fields\": {…}, \"signed_by\": \"…\", "
            "\"signed_on\": \"YYYY-MM-DD\"}" + (f"；这些项的类型不对：{'、'.join(wrong)}" if wrong else ""))
        return 2
    firm = {k: str(v) for k, v in (data.get("firm") or {}).items() if v not in (None, "")}
    fields = {k: str(v) for k, v in (data.get("fields") or {}).items() if v not in (None, "")}
    _, problems = validate_fields(template, fields)
    for problem in problems:
        if problem.key in fields:  # missing fields print as blank lines by design; wrong ones deserve a word
            say(f"提示：{problem.key}：{problem.message}")
    signed_on = data.get("signed_on")
    try:
        letter = render_letter(template, firm, fields, signed_by=data.get("signed_by") or "",
                               signed_on=dt.date.fromisoformat(signed_on) if signed_on else None)
    except UnprintableCharacters as error:
        say(f"以下字符没有可用的字体，无法打印：{error.describe()}。请改用常用字，或打印后手写。")
        return 1
    except ValueError as error:
        say(f"数据有误：{error}")
        return 2
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(args.out, letter.pdf)
    except OSError as error:
        say(f"无法写入 {args.out}：{error.strerror or error}")
        return 1
    say(f"已生成 {args.out}（{letter.pages} 页）")
    return 0
