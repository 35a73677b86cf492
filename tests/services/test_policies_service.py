"""惠企政策 on the PC: self-declared facts, 应享未享, new matches, offline, the accountant's exports."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from types import SimpleNamespace

import openpyxl
import pypdf
import pytest

from assistant.api.client import Connection, PlatformClient, RetryPolicy
from assistant.domain.policies import MET, UNKNOWN
from assistant.sandbox.seed import DEMO_PASSWORD, HENGDA, HONGSHENG, ZHISUAN
from assistant.services.account import Account
from assistant.services.policies import PoliciesService, parse_declared
from assistant.services.session import Session
from assistant.store.db import Database
from tests.support.servers import dead_port

TODAY = dt.date(2026, 11, 21)


def desk_for(url: str, db: Database, username: str | None = None) -> PoliciesService:
    client = PlatformClient(Connection(url, identity="platform", connect_timeout=1), retry=RetryPolicy(attempts=1))
    session = Session(client, db)
    if username:
        session.sign_in(username, DEMO_PASSWORD, remember=True)
    return PoliciesService(Account.open(session, db.path.parent))


def row(view, policy_id):
    return next(r for r in view.rows if r.policy.id == policy_id)


def test_a_self_declared_fact_moves_a_policy_from_unknown_to_met_and_back(sandbox, tmp_path):
    db = Database(tmp_path / "l.sqlite3")
    desk = desk_for(sandbox.url, db, "zhisuan")
    before = row(desk.view(ZHISUAN, TODAY), "xx-rd-subsidy")
    assert before.result.state == UNKNOWN
    assert next(c for c in before.result.conditions if c.fact == "rd_expense_last_year").state == UNKNOWN

    assert desk.declare(ZHISUAN, "rd_expense_last_year", "3,800,000元", "1000000") == "3800000"
    after = row(desk.view(ZHISUAN, TODAY), "xx-rd-subsidy")
    assert after.result.state == MET and after.result.amount == Decimal("380000.00")
    assert after.declared_keys == {"rd_expense_last_year"}
    # Only local: the platform's facts (and our cached copy of them) do not have it.
    assert "rd_expense_last_year" not in desk.session.client.firms.facts(ZHISUAN)
    assert "rd_expense_last_year" not in desk.session.cache.get("facts", ZHISUAN).body

    desk.clear_declared(ZHISUAN, "rd_expense_last_year")
    assert row(desk.view(ZHISUAN, TODAY), "xx-rd-subsidy").result.state == UNKNOWN


def test_platform_facts_win_over_declared_ones(sandbox, tmp_path):
    desk = desk_for(sandbox.url, Database(tmp_path / "l.sqlite3"), "hengda")
    desk.declare(HENGDA, "tax_credit_level", "D", "A")
    view = desk.view(HENGDA, TODAY)
    assert row(view, "hn-xyd-subsidy").result.state == MET and not row(view, "hn-xyd-subsidy").declared_keys


def test_owed_auto_payouts_and_payouts_received(sandbox, tmp_path):
    desk = desk_for(sandbox.url, Database(tmp_path / "l.sqlite3"), "hengda")
    view = desk.view(HENGDA, TODAY)
    assert row(view, "hn-wengang-sme").owed  # 免申即享, qualifies, nothing announced
    assert not row(view, "hn-full-load-10").owed  # already paid
    assert not row(view, "hn-zjtx-award").owed  # needs an application
    assert {g.status for g in view.grants.value} == {"已拨付", "公示中"}
    assert view.total() == sum((r.result.amount for r in view.group(MET)), Decimal(0))


def test_new_matches_since_the_last_visit(sandbox, tmp_path):
    db = Database(tmp_path / "l.sqlite3")
    desk = desk_for(sandbox.url, db, "hongsheng")
    assert desk.view(HONGSHENG, TODAY).new_matches == []  # the first visit sets the baseline
    with sqlite3.connect(sandbox.config.db_path) as platform:
        platform.execute("UPDATE records SET state = 'repaired' WHERE uscc = ? AND kind = 'serious_list'", (HONGSHENG,))
    assert desk.view(HONGSHENG, TODAY).new_matches == ["hn-wengang-sme"]
    assert desk.view(HONGSHENG, TODAY).new_matches == []


def test_offline_from_the_cache_saying_how_old(sandbox, tmp_path):
    db = Database(tmp_path / "l.sqlite3")
    online = desk_for(sandbox.url, db, "hengda").view(HENGDA, TODAY)
    offline_desk = desk_for(f"http://127.0.0.1:{dead_port()}", db)
    offline_desk.session.resume("hengda")  # the remembered login, as at an offline start
    offline = offline_desk.view(HENGDA, TODAY)
    assert not offline.live and offline.synced_at <= dt.datetime.now(dt.timezone.utc)
    assert [(r.policy.id, r.result.state) for r in offline.rows] == [(r.policy.id, r.result.state) for r in online.rows]


def test_parse_declared_values():
    assert parse_declared("12.5%", "5.5") == "12.5"
    assert parse_declared("是", False) is True and parse_declared("否", True) is False
    assert parse_declared("2025-03-01", "2025-01-01") == "2025-03-01"
    with pytest.raises(ValueError):
        parse_declared("很多", "1000000")
    with pytest.raises(ValueError):
        parse_declared("1e40", "1000000")  # no amount that large is real; it would overflow the exports


def test_the_portfolio_agrees_with_one_firm_at_a_time(sandbox, tmp_path):
    """The accountant's matrix (evaluate_many) and the per-firm page give the same states and amounts."""
    desk = desk_for(sandbox.url, Database(tmp_path / "l.sqlite3"), "kuaiji")
    for firm, rows in desk.portfolio(TODAY):
        single = {r.policy.id: (r.result.state, r.result.amount, r.owed) for r in desk.view(firm.uscc, TODAY).rows}
        assert {r.policy.id: (r.result.state, r.result.amount, r.owed) for r in rows} == single


def test_portfolio_exports_keep_every_digit(sandbox, tmp_path):
    desk = desk_for(sandbox.url, Database(tmp_path / "l.sqlite3"), "kuaiji")
    portfolio = desk.portfolio(TODAY)
    assert len(portfolio) == 4 and all(len(rows) == 13 for _, rows in portfolio)
    zero_led = SimpleNamespace(name="测试用企业（代码以0开头）", uscc="012345678901234567")
    portfolio.append((zero_led, portfolio[0][1]))
    path = tmp_path / "政策匹配.xlsx"
    desk.export(portfolio, path, preparer="王会计", as_of=dt.datetime.now(dt.timezone.utc))
    sheet = openpyxl.load_workbook(path).active
    codes = [sheet.cell(r, 2).value for r in range(2, 2 + len(portfolio))]
    assert codes == [firm.uscc for firm, _ in portfolio]
    assert all(isinstance(c, str) and len(c) == 18 for c in codes)
    assert sheet.cell(2, 2).number_format == "@"
    totals = [sheet.cell(r, sheet.max_column).value for r in range(2, 2 + len(portfolio))]
    assert totals[0] == float(sum((r.result.amount for r in portfolio[0][1] if r.result.state == MET), Decimal(0)))
    grand = 2 + len(portfolio)
    assert sheet.cell(grand, 1).value == "合计" and sheet.cell(grand, sheet.max_column).value == sum(totals)
    amounts = [sheet.cell(r, c).value for r in range(2, grand) for c in range(3, 3 + 13)]
    assert any(isinstance(a, int | float) and a > 0 for a in amounts)  # an amount is a number Excel can add up
    assert {a for a in amounts if isinstance(a, str)} <= {"可享受", "待补充", "暂不符合"}

    from assistant import i18n

    i18n.set_translator(lambda context, text: "ENGLISH")  # as if the UI were in English
    try:
        pdf = desk.export(portfolio, tmp_path / "汇总.pdf", preparer="王会计", as_of=dt.datetime.now(dt.timezone.utc))
    finally:
        i18n.set_translator(lambda context, text: text)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)
    assert not list(tmp_path.glob("*.part"))
    assert "惠企政策匹配汇总" in text and "012345678901234567" in text and "可享受" in text and "待补充" in text
    assert "合计" in text and "ENGLISH" not in text  # a Chinese document whatever the UI language
    assert f"{len(portfolio)} 户企业" in text and f"{len(portfolio) + 1} 户企业" not in text  # the 合计 row is no firm
