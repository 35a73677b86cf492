"""`assistant commitment templates` and `assistant commitment render`: the catalogue and letters with no platform."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.cli.common import BadInput, Failed, data_dir, listing, os_reason, platform_options, say
from assistant.i18n import translate


def add_parser(commands, common: list[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("commitment", parents=common, help="信用承诺书 / commitment letters")
    sub = parser.add_subparsers(dest="action", required=True)
    templates = sub.add_parser("templates", parents=common, help="列出承诺书模板 / list the templates")
    templates.add_argument("--json", action="store_true", help="以 JSON 输出 / print JSON")
    templates.add_argument("--platform", metavar="URL", default=argparse.SUPPRESS,
                           help="先从平台更新目录 / refresh from this platform first")
    render = sub.add_parser("render", parents=common, help="生成承诺书 PDF（无需联网）/ render a letter (works offline)")
    render.add_argument("--template", required=True, metavar="CODE")
    render.add_argument("--data", type=Path, metavar="FILE.json",
                        help='{"firm": {"name", "uscc", "legal_rep", "address", "contact"}, "fields": {…}, '
                             '"signed_by", "signed_on"}; 省略则打印空白表 / omit for a blank form')
    render.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")


def catalogue(platform: str | None, language: str | None):
    """Online when asked, else the app's cached copy, else the bundled one; says which on stderr."""
    from assistant.services.commitments import local_catalogue

    items, source = local_catalogue(platform_options(platform, language), data_dir(), refresh=bool(platform))
    say(source)
    return items


def run(args: argparse.Namespace) -> int:
    items = catalogue(getattr(args, "platform", None), args.lang)
    if args.action == "templates":
        return _list(items, as_json=args.json)
    return _render(args, {t.code: t for t in items})


def _list(items: list, *, as_json: bool) -> int:
    from assistant.domain.commitments import type_name

    if as_json:
        json.dump([t.model_dump(mode="json") for t in items], sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for t in items:
            print(f"{t.code:<18} {type_name(t.type):<6} {t.title}（{t.department}）")
    return 0


def _render(args: argparse.Namespace, templates: dict) -> int:
    from assistant.cli.letterdata import LetterData, letter_data, read_json
    from assistant.services.commitments import render_letter

    template = templates.get(args.template)
    if template is None:
        raise BadInput(translate("cli", "没有编号为“{code}”的承诺书模板。可用的模板：{codes}").format(
            code=args.template, codes=listing(sorted(templates))))
    _check_out(args.out)
    data = letter_data(read_json(args.data), template) if args.data else LetterData()
    # UnprintableCharacters (a character no bundled font has) is a UserFacingError: the guard says which, exit 1.
    letter = render_letter(template, data.firm, data.fields, signed_by=data.signed_by, signed_on=data.signed_on)
    _write(args.out, letter.pdf)
    say(translate("cli", "已生成 {path}（{pages} 页）").format(path=args.out, pages=letter.pages))
    return 0


def _check_out(out: Path) -> None:
    """Before the work: a folder or a path ending in a separator cannot be the PDF."""
    if out.is_dir() or str(out).endswith(("/", "\\")):
        raise BadInput(translate("cli", "--out 应为 PDF 文件的路径，而 {path} 是一个文件夹。").format(path=out))


def _write(out: Path, pdf: bytes) -> None:
    """Atomically (write_atomic leaves no `.part` file behind on failure), creating the folder if needed."""
    from assistant.infra.files import write_atomic

    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(out, pdf)
    except OSError as error:
        raise Failed(translate("cli", "无法写入 {path}：{reason}").format(path=out, reason=os_reason(error))) from None
