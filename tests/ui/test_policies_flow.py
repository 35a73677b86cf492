"""惠企政策 as an owner and an accountant use it."""

from __future__ import annotations

import sqlite3

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from assistant.domain.policies import MET, UNKNOWN
from assistant.sandbox.seed import HONGSHENG
from tests.ui.conftest import signed_in as signed_in_window
from tests.ui.conftest import view_loaded


def signed_in(qtbot, make_window, sandbox, username):
    return signed_in_window(qtbot, make_window, sandbox, username, "policies")


def titles(page, state):
    widget = page.lists[state]
    return [widget.item(i).data(256).policy.id for i in range(widget.count())]


def test_groups_detail_and_a_self_declared_fact(qtbot, make_window, sandbox):
    window, context = signed_in(qtbot, make_window, sandbox, "zhisuan")
    window.sidebar.setCurrentRow(2)
    page = window.page("policies")
    assert "xx-hightech-award" in titles(page, MET) and "xx-rd-subsidy" in titles(page, UNKNOWN)
    award = page.lists[MET].item(titles(page, MET).index("xx-hightech-award")).text()
    assert "需申请" in award and "20万" in award and "截止 2026年12月20日" in award

    page.select_policy("xx-rd-subsidy")
    labels = [page.conditions.item(r, 0).text() for r in range(page.conditions.rowCount())]
    assert "是高新技术企业（情形1，几种情形满足一种即可）" in labels
    rows = {page.conditions.item(r, 0).text(): r for r in range(page.conditions.rowCount())}
    rd = rows["上年研发费用不少于100万元"]
    assert page.conditions.item(rd, 1).text() == "? 待补充"
    assert page.conditions.item(rd, 2).text() == "平台暂无此信息"
    page.conditions.selectRow(rd)
    assert page.declare_button.isEnabled()
    page.declare()
    assert "单位是“元”" in page.declare_dialog.labelText() and "例如 1000000" in page.declare_dialog.labelText()
    with view_loaded(qtbot, context, "policies"):
        page.declare_dialog.textValueSelected.emit("3,800,000")
    assert "xx-rd-subsidy" in titles(page, MET)
    card = page.lists[MET].item(titles(page, MET).index("xx-rd-subsidy")).text()
    assert "38万" in card and "自行填报" in card
    rows = {page.conditions.item(r, 0).text(): r for r in range(page.conditions.rowCount())}
    assert page.conditions.item(rows["上年研发费用不少于100万元"], 2).text().startswith("380万元（自行填报")
    assert page.conditions.item(rows["上年研发费用不少于100万元"], 3).text() == "≥ 100万元"
    page.conditions.selectRow(rows["上年研发费用不少于100万元"])
    with view_loaded(qtbot, context, "policies"):
        page.clear_declared()
    assert "xx-rd-subsidy" in titles(page, UNKNOWN)


def test_payouts_confirm_and_owed_highlight(qtbot, make_window, sandbox):
    window, context = signed_in(qtbot, make_window, sandbox, "hengda")
    window.sidebar.setCurrentRow(2)
    page = window.page("policies")
    owed_card = page.lists[MET].item(titles(page, MET).index("hn-wengang-sme"))
    assert "应享未享" in owed_card.text() and owed_card.background().color().name() == "#fdecea"
    page.tabs.setCurrentIndex(1)
    assert page.owed.isVisible() and "失业保险稳岗返还（中小微企业）" in page.owed.text()
    statuses = {page.grants.item(r, 0).text(): r for r in range(page.grants.rowCount())}
    paid = statuses["规上工业企业满负荷生产奖励"]
    assert page.grants.item(paid, 1).text() == "¥100,000.00"
    page.grants.selectRow(statuses["纳税信用A级企业“信易贷”贴息"])
    assert not page.confirm_button.isEnabled()  # still 公示中
    page.grants.selectRow(paid)
    page.confirm()
    assert "100,000.00" in page.confirm_box.text()  # says what is being confirmed
    with view_loaded(qtbot, context, "policies"):
        page.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    statuses = {page.grants.item(r, 0).text(): r for r in range(page.grants.rowCount())}
    assert page.grants.item(statuses["规上工业企业满负荷生产奖励"], 2).text() == "已确认"
    assert not page.tabs.isTabVisible(2)  # the portfolio is for accountants


def test_accountant_portfolio_and_excel(qtbot, make_window, sandbox, tmp_path):
    window, context = signed_in(qtbot, make_window, sandbox, "kuaiji")
    window.sidebar.setCurrentRow(2)
    page = window.page("policies")
    assert page.tabs.isTabVisible(2)
    page.compute_portfolio()
    qtbot.waitUntil(lambda: page.portfolio is not None, timeout=20_000)
    model = page.matrix.model()
    assert model.rowCount() == 4 + 1 and model.columnCount() == 2 + 13 + 3
    last = model.columnCount() - 1
    assert model.index(4, 0).data() == "合计" and model.index(4, last).data().startswith("¥")
    met = next(model.index(r, c) for r in range(4) for c in range(2, last - 2)
               if model.index(r, c).data().startswith("可享受"))
    assert met.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#e6f4ea"  # the state's colour, as in Excel
    assert model.index(4, 0).data(Qt.ItemDataRole.FontRole).bold() and not model.index(0, 0).data(Qt.ItemDataRole.FontRole)
    assert not page.matrix.horizontalHeader().stretchLastSection()  # 预计金额 is sized to fit, not squeezed
    target = tmp_path / "汇总.xlsx"
    page.write_export("xlsx", target)
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    sheet = openpyxl.load_workbook(target).active
    assert sorted(sheet.cell(r, 2).value for r in range(2, 6)) == sorted(f.uscc for f in context.session.me.firms)


def test_home_shows_new_matches_since_the_last_visit(qtbot, make_window, sandbox):
    window, context = signed_in(qtbot, make_window, sandbox, "hongsheng")
    assert not window.page("home").matches.isVisible()
    with sqlite3.connect(sandbox.config.db_path) as db:
        db.execute("UPDATE records SET state = 'repaired' WHERE uscc = ? AND kind = 'serious_list'", (HONGSHENG,))
    with view_loaded(qtbot, context, "policies"):
        context.load("policies")
    assert window.page("home").matches.isVisible()
    assert "新发现 1 项" in window.page("home").matches.text() and "稳岗返还" in window.page("home").matches.text()


def test_every_met_or_unmet_condition_shows_the_firms_value_with_its_unit(qtbot, make_window, sandbox):
    window, context = signed_in(qtbot, make_window, sandbox, "hengda")
    window.sidebar.setCurrentRow(2)
    page = window.page("policies")
    for row in page.view.rows:
        page.select_policy(row.policy.id)
        for r in range(page.conditions.rowCount()):
            state, actual = page.conditions.item(r, 1).text(), page.conditions.item(r, 2).text()
            assert actual if "待补充" not in state else actual == "平台暂无此信息", (row.policy.title, r)
    page.select_policy("hn-full-load-10")
    cells = [page.conditions.item(r, 3).text() for r in range(page.conditions.rowCount())]
    assert "≥ 80%" in cells and "是" in cells
