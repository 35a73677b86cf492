"""惠企政策: what the firm can enjoy (可享受), what needs one more fact (待补充), what it does not meet (暂不符合),
condition by condition; payouts received; and, for accountants, every client firm at once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.domain.dates import format_date, format_datetime
from assistant.domain.display import format_requirement, format_value
from assistant.domain.money import format_money, format_wan
from assistant.domain.policies import MET, UNKNOWN, UNMET
from assistant.infra import collection
from assistant.services.policies import DERIVED
from assistant.ui.ask import ask
from assistant.ui.ops import Op, message_for
from assistant.ui.policies.portfolio_model import PortfolioGrid, PortfolioModel, portfolio_grid
from assistant.ui.theme import style
from assistant.ui.widgets import Retranslating, fit_columns, read_only_table, read_only_view
from assistant.ui.widgets.files import save_file

KEY = "policies"
MARKS = {MET: "✓", UNMET: "✗", UNKNOWN: "?"}
COLOURS = {MET: "#1e7b34", UNMET: "#b3261e", UNKNOWN: "#8a6100"}


class PoliciesPage(Retranslating, QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.view = None
        self.portfolio = None
        self.title = QLabel()
        style(self.title, "pageTitle")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.lists = {state: QListWidget() for state in (MET, UNKNOWN, UNMET)}
        self.captions = {state: QLabel() for state in self.lists}
        groups = QVBoxLayout()
        for state, widget in self.lists.items():
            widget.setWordWrap(True)
            widget.currentItemChanged.connect(lambda current, _prev, s=state: self._chosen(s, current))
            groups.addWidget(self.captions[state])
            groups.addWidget(widget, 1)
        left = QWidget()
        left.setLayout(groups)
        self.detail_title = QLabel()
        style(self.detail_title, "dialogHeading")
        self.detail_title.setWordWrap(True)
        self.detail_text = QLabel()
        self.detail_text.setWordWrap(True)
        self.conditions = read_only_table(5)
        # 条件 and 依据 take the width that is left and wrap; nothing scrolls sideways out of the splitter.
        header = self.conditions.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.conditions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.sectionResized.connect(lambda *_: self.conditions.resizeRowsToContents())
        self.declare_button, self.clear_button = QPushButton(), QPushButton()
        self.declare_button.clicked.connect(self.declare)
        self.clear_button.clicked.connect(self.clear_declared)
        self.conditions.itemSelectionChanged.connect(self._enable)
        detail = QVBoxLayout()
        detail.addWidget(self.detail_title)
        detail.addWidget(self.detail_text)
        detail.addWidget(self.conditions, 1)
        row = QHBoxLayout()
        row.addWidget(self.declare_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        detail.addLayout(row)
        right = QWidget()
        right.setLayout(detail)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([380, 520])

        self.grants = read_only_table(6)
        self.confirm_button = QPushButton()
        self.confirm_button.clicked.connect(self.confirm)
        self.grants.itemSelectionChanged.connect(self._enable)
        self.owed = QLabel()
        style(self.owed, "errorText")
        self.owed.setWordWrap(True)
        grants_box = QWidget()
        grants_layout = QVBoxLayout(grants_box)
        grants_layout.addWidget(self.owed)
        grants_layout.addWidget(self.grants, 1)
        grants_layout.addWidget(self.confirm_button)

        self.matrix_model = PortfolioModel(self)
        self.matrix = read_only_view(self.matrix_model)
        self.compute_button, self.excel_button, self.pdf_button = QPushButton(), QPushButton(), QPushButton()
        self.compute_button.clicked.connect(self.compute_portfolio)
        self.excel_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.portfolio_status = QLabel()
        self.portfolio_status.setWordWrap(True)
        portfolio_box = QWidget()
        portfolio_layout = QVBoxLayout(portfolio_box)
        buttons = QHBoxLayout()
        for button in (self.compute_button, self.excel_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        portfolio_layout.addLayout(buttons)
        portfolio_layout.addWidget(self.portfolio_status)
        portfolio_layout.addWidget(self.matrix, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(split, "")
        self.tabs.addTab(grants_box, "")
        self.tabs.addTab(portfolio_box, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        context.view_loaded.connect(lambda key, view: key == KEY and self.show_view(view))
        context.signed_out.connect(self.clear)
        self.retranslate()
        if KEY in context.views:
            self.show_view(context.views[KEY])
        self._enable()

    @property
    def service(self):
        return self.context.service(KEY)

    # -- texts ------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("惠企政策"))
        self.tabs.setTabText(0, self.tr("政策匹配"))
        self.tabs.setTabText(1, self.tr("到账记录"))
        self.tabs.setTabText(2, self.tr("代理企业汇总"))
        self.declare_button.setText(self.tr("填写这项信息…"))
        self.clear_button.setText(self.tr("清除自行填报"))
        self.confirm_button.setText(self.tr("确认已到账"))
        self.compute_button.setText(self.tr("计算全部企业"))
        self.excel_button.setText(self.tr("导出 Excel…"))
        self.pdf_button.setText(self.tr("导出 PDF…"))
        self.conditions.setHorizontalHeaderLabels([self.tr("条件"), self.tr("结果"), self.tr("企业情况"),
                                                   self.tr("要求"), self.tr("依据")])
        self.grants.setHorizontalHeaderLabels([self.tr("政策"), self.tr("金额"), self.tr("状态"), self.tr("公示日期"),
                                               self.tr("拨付日期"), self.tr("收款账户")])
        self.tabs.setTabVisible(2, self.context.is_agent)
        if self.view is not None:
            self.show_view(self.view)


    def state_name(self, state: str) -> str:
        return {MET: self.tr("可享受"), UNKNOWN: self.tr("待补充"), UNMET: self.tr("暂不符合")}[state]

    def condition_state(self, state: str) -> str:
        return {MET: self.tr("满足"), UNMET: self.tr("不满足"), UNKNOWN: self.tr("待补充")}[state]

    # -- showing ----------------------------------------------------------------------------------------------
    def show_view(self, view) -> None:
        keep = self._current_policy_id()  # a reload keeps the policy the user is looking at
        self.view = view
        language = self.context.language
        for state, widget in self.lists.items():
            rows = view.group(state)
            self.captions[state].setText(self.tr("{group}（{count}）").format(group=self.state_name(state),
                                                                         count=len(rows)))
            widget.clear()
            for row in rows:
                item = QListWidgetItem(self.card_text(row, language))
                item.setData(256, row)
                if row.owed:
                    item.setBackground(QBrush(QColor("#fdecea")))
                widget.addItem(item)
        met_total = view.total(MET)
        self.summary.setText(self.tr("可享受 {met} 项，预计 {amount}；待补充 {unknown} 项，补充信息后可能符合。").format(
            met=len(view.group(MET)), amount=format_money(met_total, language), unknown=len(view.group(UNKNOWN))))
        if view.live:
            self.status.clear()
        else:
            self.status.setText(self.tr("离线：显示的是 {time} 的数据。").format(
                time=format_datetime(view.synced_at, language)))
        self._show_grants(view, language)
        if keep:
            self.select_policy(keep)
        self._show_detail(self._current_row())
        self.tabs.setTabVisible(2, self.context.is_agent)
        self._enable()

    def card_text(self, row, language: str) -> str:
        mode = self.tr("免申即享") if row.policy.mode == "auto" else self.tr("需申请")
        amount = row.result.amount if row.result.state != UNMET else None  # no estimate for what it does not meet
        worth = self.tr("预计 {amount}").format(amount=format_wan(amount, language)) if amount else \
            (row.policy.benefit.description or self.tr("金额待定"))
        closing = self.tr("已截止") if row.closed else self.tr("截止 {date}").format(
            date=format_date(row.policy.window.end, language))
        lines = [row.policy.title, f"[{mode}] {worth} · {closing}"]
        if row.owed:
            lines.append(self.tr("应享未享：符合条件，但还没有公示或到账记录"))
        if row.declared_keys:
            lines.append(self.tr("含自行填报的信息，仅供参考"))
        return "\n".join(lines)

    def _show_grants(self, view, language: str) -> None:
        items = self.grants.selectedItems()
        chosen = items[0].data(256).id if items else None  # a reload keeps the payout the user had chosen
        self.grants.setRowCount(0)
        for grant in view.grants.value if view.grants else []:
            r = self.grants.rowCount()
            self.grants.insertRow(r)
            cells = [grant.policy_title, format_money(grant.amount, language), grant.status,
                     format_date(grant.announced_on, language),
                     format_date(grant.paid_on, language) if grant.paid_on else "", grant.account_masked or ""]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(256, grant)
                self.grants.setItem(r, c, item)
            if grant.id == chosen:
                self.grants.selectRow(r)
        owed = [r.policy.title for r in view.rows if r.owed]
        self.owed.setText(self.tr("应享未享：{titles}。这些政策免申即享、企业符合条件，但还没有公示或拨付记录，可向发布部门咨询。")
                          .format(titles="、".join(owed)) if owed else "")
        self.owed.setVisible(bool(owed))

    def _current_row(self):
        for widget in self.lists.values():
            item = widget.currentItem()
            if item is not None and item.isSelected():
                return item.data(256)
        return None

    def _chosen(self, state: str, item) -> None:
        if item is None:
            return
        for other, widget in self.lists.items():
            if other != state:
                widget.blockSignals(True)
                widget.clearSelection()
                widget.setCurrentItem(None)
                widget.blockSignals(False)
        self._show_detail(item.data(256))

    def select_policy(self, policy_id: str) -> None:
        for widget in self.lists.values():
            for index in range(widget.count()):
                if widget.item(index).data(256).policy.id == policy_id:
                    widget.setCurrentRow(index)
                    return

    def _show_detail(self, row) -> None:
        self.conditions.setRowCount(0)
        if row is None:
            self.detail_title.setText(self.tr("选择左侧的一项政策，查看每个条件。"))
            self.detail_text.clear()
            self._enable()
            return
        policy = row.policy
        self.detail_title.setText(f"{policy.title} · {self.state_name(row.result.state)}")
        self.detail_text.setText(self.tr("{summary}\n发布部门：{issuer}　依据：{basis}").format(
            summary=policy.summary, issuer=policy.issuer, basis=policy.legal_basis))
        declared = self.view.declared if self.view else {}
        language = self.context.language
        for condition in row.result.conditions:
            r = self.conditions.rowCount()
            self.conditions.insertRow(r)
            actual = format_value(condition.actual, condition.unit, language)
            if condition.fact in row.declared_keys:
                when = format_date(declared[condition.fact].declared_at.astimezone().date(), self.context.language)
                actual = self.tr("{value}（自行填报，{date}）").format(value=actual, date=when)
            elif condition.state == UNKNOWN:
                actual = self.tr("平台暂无此信息")
            expected = format_requirement(condition.op, condition.expected, condition.unit, language)
            own_basis = condition.legal_basis if condition.legal_basis != policy.legal_basis else ""
            label = condition.label
            if condition.alternative:
                label = self.tr("{label}（情形{number}，几种情形满足一种即可）").format(
                    label=label, number=condition.alternative)
            cells = [label, f"{MARKS[condition.state]} {self.condition_state(condition.state)}", actual, expected,
                     own_basis]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(256, (row, condition))
                if c == 1:
                    item.setForeground(QBrush(QColor(COLOURS[condition.state])))
                self.conditions.setItem(r, c, item)
        self.conditions.resizeRowsToContents()
        self._enable()

    def clear(self) -> None:
        """After sign-out nothing of the previous firm stays, not even a count."""
        self.view, self.portfolio = None, None
        for state, widget in self.lists.items():
            widget.clear()
            self.captions[state].setText(self.state_name(state))
        for label in (self.summary, self.status, self.owed, self.portfolio_status):
            label.clear()
        self.owed.hide()
        self.grants.setRowCount(0)
        self.matrix_model.show(PortfolioGrid())
        self._show_detail(None)

    def _selected_condition(self):
        items = self.conditions.selectedItems()
        return items[0].data(256) if items else (None, None)

    def _enable(self) -> None:
        row, condition = self._selected_condition()
        self.declare_button.setEnabled(condition is not None and condition.state == UNKNOWN
                                       and condition.fact not in DERIVED)
        self.clear_button.setEnabled(condition is not None and row is not None and condition.fact in row.declared_keys)
        items = self.grants.selectedItems()
        self.confirm_button.setEnabled(bool(items) and items[0].data(256).status == "已拨付")
        self.excel_button.setEnabled(self.portfolio is not None)
        self.pdf_button.setEnabled(self.portfolio is not None)

    # -- self-declared facts ----------------------------------------------------------------------------------
    def declare(self) -> None:
        row, condition = self._selected_condition()
        if condition is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("自行填报"))
        requirement = format_requirement(condition.op, condition.expected, condition.unit, self.context.language)
        dialog.setLabelText(self.tr("{label}\n要求：{requirement}\n{how}\n只用于本机估算，不会报送平台。").format(
            label=condition.label, requirement=requirement, how=self.how_to_declare(condition)))
        if isinstance(condition.expected, bool):
            dialog.setComboBoxItems([self.tr("是"), self.tr("否")])
        self.declare_dialog = dialog
        dialog.textValueSelected.connect(lambda text: self.save_declared(condition, text))
        dialog.open()

    def how_to_declare(self, condition) -> str:
        """The unit and an example in the form the check expects: `12` for 12%, never `12%` or `0.12`."""
        example = condition.expected[0] if isinstance(condition.expected, list) and condition.expected else \
            condition.expected
        if isinstance(example, bool):
            return self.tr("请选择“是”或“否”。")
        if isinstance(example, str) and len(example) == 10 and example[4] == "-":
            return self.tr("请填写日期，例如 {example}。").format(example=example)
        if condition.unit == "%":
            return self.tr("请填写百分数的数值，单位是 %，例如 {example}（表示 {example}%，不要写成 {example}% 或小数）。").format(
                example=example)
        if condition.unit:
            return self.tr("请填写数值，单位是“{unit}”，例如 {example}。").format(unit=condition.unit, example=example)
        return self.tr("例如：{example}").format(example=example)

    def save_declared(self, condition, text: str) -> None:
        if isinstance(condition.expected, bool):
            text = {self.tr("是"): "是", self.tr("否"): "否"}.get(text, text)
        self._after_declaring(lambda service, uscc: service.declare(uscc, condition.fact, text, condition.expected))

    def clear_declared(self) -> None:
        row, condition = self._selected_condition()
        if condition is not None:
            self._after_declaring(lambda service, uscc: service.clear_declared(uscc, condition.fact))

    def _after_declaring(self, change) -> None:
        service, uscc = self.service, self.context.current_firm
        Op(self, lambda: change(service, uscc), lambda _: self.status.clear()).changes("declared").failure(
            lambda error: self.status.setText(message_for(error))).run()

    def _current_policy_id(self) -> str | None:
        row = self._current_row()
        return row.policy.id if row else None

    # -- payouts ----------------------------------------------------------------------------------------------
    def confirm(self) -> None:
        items = self.grants.selectedItems()
        if not items:
            return
        grant = items[0].data(256)
        self.confirm_box = ask(self, self.tr("确认已到账"), self.tr(
            "确认“{title}”的 {amount} 已到账（收款账户 {account}）吗？确认后不能撤销。").format(
            title=grant.policy_title, amount=format_money(grant.amount, self.context.language),
            account=grant.account_masked or self.tr("未登记")), lambda: self._confirm(grant))

    def _confirm(self, grant) -> None:
        self.confirm_button.setEnabled(False)  # once: the answer reloads the list
        service, uscc = self.service, self.context.current_firm
        Op(self, lambda: service.confirm(uscc, grant.id)).changes("grants").failure(
            lambda error: self.status.setText(message_for(error))).with_progress(self.tr("正在确认…")).run()

    # -- accountant -------------------------------------------------------------------------------------------
    def compute_portfolio(self) -> None:
        service, language = self.service, self.context.language

        def work():
            # Hundreds of thousands of temporaries (per-cell tuples, formatted amounts) that are gone by the end:
            # freed as they go, never scanned by the GUI thread's collector (infra/collection.py); and the results,
            # which stay, frozen rather than scanned all at once by the next collection.
            with collection.paused(then_freeze=True):
                portfolio = service.portfolio()
                return portfolio, portfolio_grid(portfolio, language)  # the cells' texts too, off the GUI thread

        self.portfolio_status.setText(self.tr("正在计算全部代理企业…"))
        Op(self, work, self.show_portfolio).failure(
            lambda error: self.portfolio_status.setText(message_for(error))).with_progress(
            self.tr("正在计算全部代理企业…")).run()

    def show_portfolio(self, computed) -> None:
        """Every column readable (the table scrolls sideways, nothing is cut off), a 合计 row at the bottom."""
        self.portfolio, grid = computed
        self.matrix_model.show(grid)
        self.matrix.horizontalHeader().setStretchLastSection(False)
        fit_columns(self.matrix, grid.header, grid.widest)
        self.portfolio_status.setText(self.tr(
            "共 {count} 户企业，预计可享受合计 {total}。“待补充”表示平台缺少信息；金额为预计数。").format(
            count=grid.firms, total=grid.total))
        self._enable()

    def export(self, kind: str) -> None:
        self.export_dialog = save_file(
            self, self.context.settings, title=self.tr("导出"),
            name_filter=self.tr("Excel 工作簿 (*.xlsx)") if kind == "xlsx" else self.tr("PDF 文件 (*.pdf)"),
            suggested_name=self.tr("惠企政策匹配汇总") + f".{kind}", suffix=kind,
            chosen=lambda path: self.write_export(kind, Path(path)))

    def write_export(self, kind: str, path: Path) -> None:
        portfolio, service = self.portfolio, self.service
        session = self.context.session
        preparer = session.me.display_name if session and session.me else ""
        now = dt.datetime.now(dt.timezone.utc)
        Op(self, lambda: service.export(portfolio, path, preparer=preparer, as_of=now),
           lambda p: self.portfolio_status.setText(self.tr("已导出到 {path}").format(path=p))).failure(
            lambda error: self.portfolio_status.setText(message_for(error))).run()
