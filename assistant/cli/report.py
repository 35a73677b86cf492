"""`assistant report --firm USCC --edition standard|special --purpose … --out FILE.pdf` obtains the firm's credit
report; `assistant report verify FILE.pdf` (or `--report-no … --code …` from a paper copy) checks one, with the
app's verdicts and exit codes: 0 genuine, 1 not genuine, 2 could not check."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from assistant.cli.common import (
    BadInput,
    Failed,
    add_sign_in_options,
    data_dir,
    os_reason,
    platform_options,
    say,
    signed_in_for_firm,
)
from assistant.domain.dates import parse_date
from assistant.domain.reports import EDITIONS, PURPOSES, default_special_period, special_period_problem
from assistant.i18n import translate
from assistant.infra import clock

CHECKED, NOT_GENUINE, UNCHECKED = 0, 1, 2


def add_parser(commands, common: list[argparse.ArgumentParser]) -> None:
    report = commands.add_parser("report", parents=common, help="信用报告：取得、核验 / the credit report")
    report.add_argument("--edition", choices=sorted(EDITIONS), default="standard",
                        help="standard 公共信用信息报告（默认）；special 专项信用报告（替代无违法违规记录证明）")
    report.add_argument("--purpose", choices=list(PURPOSES), default="other",
                        help="用途：tender 招投标, financing 融资信贷, approval 行政审批, honour 评优评先, other 其他")
    report.add_argument("--note", default="", help="用途说明，例如招标项目名称 / what the report is for")
    report.add_argument("--from", dest="start", metavar="DATE", help="专项报告的查询起始日（默认三年前的今天）")
    report.add_argument("--to", dest="end", metavar="DATE", help="专项报告的查询截止日（默认今天）")
    report.add_argument("--out", metavar="FILE.pdf", help="保存报告 PDF 的位置 / where to save the PDF")
    report.add_argument("--json", action="store_true", help="以 JSON 输出（与平台的报告结构相同）")
    add_sign_in_options(report, firm=False)
    report.add_argument("--firm", metavar="USCC", help="统一社会信用代码")
    sub = report.add_subparsers(dest="action")
    verify = sub.add_parser("verify", parents=common, help="核验收到的信用报告 / verify a report you received")
    verify.add_argument("file", nargs="?", metavar="FILE.pdf", help="报告 PDF 文件")
    verify.add_argument("--report-no", metavar="NO", help="纸质报告上的报告编号（不带文件时）")
    verify.add_argument("--code", metavar="CODE", help="纸质报告上的验证码（不带文件时）")
    verify.add_argument("--json", action="store_true", help="以 JSON 输出 / print JSON")
    verify.add_argument("--platform", metavar="URL", default=argparse.SUPPRESS,
                        help="平台地址（默认：设置中的地址，或内置演示平台）/ platform URL")


def run(args: argparse.Namespace) -> int:
    return _verify(args) if args.action == "verify" else _obtain(args)


# -- obtaining ----------------------------------------------------------------------------------------------------------
def _date(text: str | None, option: str) -> dt.date | None:
    if text is None:
        return None
    day = parse_date(text)
    if day is None:
        raise BadInput(translate("cli", "{option} 不是有效的日期：{value}（例如 2026-03-05）").format(option=option,
                                                                                                value=text))
    return day


def request_of(args: argparse.Namespace, today: dt.date):
    from assistant.api.models import ReportPeriod, ReportRequest

    start, end = _date(args.start, "--from"), _date(args.end, "--to")
    if args.edition != "special":
        if start or end:
            raise BadInput(translate("cli", "--from 和 --to 只用于专项信用报告（--edition special）。"))
        return ReportRequest(edition=args.edition, purpose=args.purpose, purpose_note=args.note)
    default_start, default_end = default_special_period(today)
    start, end = start or default_start, end or default_end
    problem = special_period_problem(start, end, today)
    if problem:
        raise BadInput({
            "period_reversed": translate("cli", "查询期间的起始日晚于截止日。"),
            "period_in_future": translate("cli", "查询期间不能晚于今天。"),
            "period_too_long": translate("cli", "专项信用报告最多查询三年，起始日不能早于 {day}。").format(
                day=default_start.isoformat()),
        }[problem])
    return ReportRequest(edition="special", purpose=args.purpose, purpose_note=args.note,
                         period=ReportPeriod(**{"from": start, "to": end}))


def _obtain(args: argparse.Namespace) -> int:
    if not args.firm:
        raise BadInput(translate("cli", "请用 --firm 指定企业的统一社会信用代码。"))
    if not args.out and not args.json:
        raise BadInput(translate("cli", "请用 --out 指定保存报告的文件，例如 --out 信用报告.pdf。"))
    from pydantic import ValidationError

    from assistant.infra.files import write_atomic
    from assistant.services.account import Account
    from assistant.services.reports import ReportService

    try:
        body = request_of(args, clock.today())
    except ValidationError:
        raise BadInput(translate("cli", "用途说明过长或含有无效字符（最多 60 个字）。")) from None
    with signed_in_for_firm(args) as (platform, uscc):
        service = ReportService(Account.open(platform.session, platform.data_dir))
        report = service.request(uscc, body)
        content = service.pdf(report).read_bytes()
    if args.out:
        try:
            write_atomic(Path(args.out), content)
        except OSError as error:
            raise Failed(translate("cli", "无法保存到 {path}：{reason}").format(path=args.out,
                                                                          reason=os_reason(error))) from None
    if args.json:
        json.dump(report.model_dump(mode="json", by_alias=True), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(translate("cli", "已取得{edition}，报告编号 {no}，验证码 {code}").format(
            edition=EDITIONS[report.edition], no=report.report_no, code=report.verify_code))
        print(translate("cli", "已保存到 {path}").format(path=args.out))
        print(translate("cli", "今年免费报告还剩 {left} 份（每年 {total} 份）").format(
            left=report.quota.left, total=report.quota.free_per_year))
    if report.demo:
        say(translate("cli", "注意：这是演示平台签发的报告，不是正式报告。"))
    return 0


# -- verifying ----------------------------------------------------------------------------------------------------------
def _verify(args: argparse.Namespace) -> int:
    from assistant.services.platform import open_platform
    from assistant.services.report_verifier import NotAReport, ReportVerifier

    paper = args.report_no is not None or args.code is not None
    if bool(args.file) == paper or paper and not (args.report_no and args.code):
        raise BadInput(translate("cli", "请给出报告 PDF 文件，或者同时给出 --report-no 和 --code（纸质报告）。"))
    with open_platform(platform_options(getattr(args, "platform", None), args.lang), data_dir(),
                       check_reachable=False) as platform:
        verifier = ReportVerifier(platform.session.client, platform.session.cache)
        try:
            outcome = (verifier.check_numbers(args.report_no, args.code) if paper
                       else verifier.check_file(Path(args.file)))
        except NotAReport as error:
            say(error.message)
            return UNCHECKED
    return _print_outcome(outcome, as_json=args.json)


def _print_outcome(outcome, *, as_json: bool) -> int:
    verdict, platform = outcome.verdict, outcome.platform
    if as_json:
        json.dump({"verdict": verdict.code, "headline": verdict.headline, "explanation": verdict.explanation,
                   "report_no": outcome.report_no, "sha256": outcome.file_sha256,
                   "signature": outcome.signature.state if outcome.signature else None,
                   "platform": platform.model_dump(mode="json") if platform else None},
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
        return verdict.exit_code
    print(verdict.headline)
    print(verdict.explanation)
    if platform is not None and platform.valid:
        print(translate("cli", "企业：{name}（{uscc}）").format(name=platform.firm_name, uscc=platform.uscc))
        print(translate("cli", "报告：{edition}，编号 {no}，签发于 {time}").format(
            edition=EDITIONS.get(platform.edition or "", ""), no=outcome.report_no,
            time=f"{platform.issued_at.astimezone():%Y-%m-%d %H:%M}" if platform.issued_at else "—"))
    return verdict.exit_code
