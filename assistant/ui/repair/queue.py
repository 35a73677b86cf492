"""代理企业待办 (accountants): every client firm's repair work in one list, worked through group by group — 需补正材料,
现在可以申请修复, 30天内可以申请, 办理中 (by next due date, the platform's missed deadlines in red). Double-click opens
the firm's own page at that record or case; 申请修复… prepares the application without leaving the list; 导出 Excel…
writes the same list (codes as text) in a worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.domain.dates import format_date, format_datetime
from assistant.ui.ops import Op, message_for
from assistant.ui.repair.words import LATE
from assistant.ui.widgets import Retranslating
from assistant.ui.widgets.files import save_file


class RepairQueueView(Retranslating, QWidget):
    open_item = Signal(object)  # a QueueItem: go to its firm's page, at its record or case
    apply_for = Signal(object)  # a QueueItem of a repairable record: prepare its application

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.queue = None
        self._computing = False
        self._generation = 0  # a queue computed for a user who has signed out since is dropped
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.itemDoubleClicked.connect(lambda item, _col: self._open(item))
        self.tree.itemSelectionChanged.connect(self._enable)
        self.refresh_button, self.apply_button = QPushButton(), QPushButton()
        self.open_button, self.excel_button = QPushButton(), QPushButton()
        self.refresh_button.clicked.connect(self.compute)
        self.apply_button.clicked.connect(lambda: self._apply(self.tree.currentItem()))
        self.open_button.clicked.connect(lambda: self._open(self.tree.currentItem()))
        self.excel_button.clicked.connect(self.export)
        buttons = QHBoxLayout()
        for button in (self.refresh_button, self.apply_button, self.open_button, self.excel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        self.retranslate()
        self._enable()

    @property
    def service(self):
        return self.context.service("repair")

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("企业"), self.tr("失信记录或申请"), self.tr("日期"), self.tr("提示")])
        self.refresh_button.setText(self.tr("刷新待办"))
        self.apply_button.setText(self.tr("申请修复…"))
        self.open_button.setText(self.tr("打开该企业"))
        self.excel_button.setText(self.tr("导出 Excel…"))
        if self.queue is not None:
            self.show_queue(self.queue)
        else:
            self.status.setText(self.tr("全部代理企业的信用修复待办：需补正材料、现在可以申请、30天内可以申请、办理中。"))

    def clear(self) -> None:
        self.queue = None
        self._generation += 1
        self.tree.clear()
        self.retranslate()
        self._enable()

    # -- computing and showing --------------------------------------------------------------------------------
    def compute(self) -> None:
        from assistant.services.repair_queue import build_queue

        service, session = self.service, self.context.session
        if service is None or session is None or session.me is None:
            return
        if self._computing:
            return  # the answer under way is as fresh
        firms = list(session.me.firms)
        self.status.setText(self.tr("正在读取全部代理企业的失信记录…"))
        self._computing = True
        generation = self._generation

        def done(queue) -> None:
            self._computing = False
            if generation == self._generation:  # not signed out meanwhile
                self.show_queue(queue)

        def failed(error: BaseException) -> None:
            self._computing = False
            if generation == self._generation:
                self.status.setText(message_for(error))

        Op(self, lambda: build_queue(service, firms), done).failure(failed).with_progress(
            self.tr("正在读取全部代理企业的失信记录…")).run()

    def show_queue(self, queue) -> None:
        from assistant.services.repair_queue import GROUPS, group_names

        chosen = self._item_key(self.tree.currentItem())
        self.queue = queue
        language = self.context.language
        names = group_names()
        self.tree.clear()
        for group in GROUPS:
            items = queue.group(group)
            top = QTreeWidgetItem([self.tr("{group}（{count}）").format(group=names[group], count=len(items))])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for item in items:
                when = format_date(item.on, language) if item.on else ""
                hint = {"supplement": self.tr("请尽快补正"), "repairable": self.tr("可以准备申请"),
                        "soon": self.tr("届时可以申请"), "open": self.tr("等待平台办理")}[group]
                if item.late:
                    hint = self.tr("平台已逾期")
                child = QTreeWidgetItem([item.firm_name, item.what, when, hint])
                child.setData(0, Qt.ItemDataRole.UserRole, item)
                child.setToolTip(0, item.uscc)
                child.setToolTip(1, item.what)
                if item.late:
                    for column in range(4):
                        child.setForeground(column, QBrush(QColor(LATE)))
                top.addChild(child)
                if chosen is not None and self._item_key(child) == chosen:
                    self.tree.setCurrentItem(child)
            top.setExpanded(True)
        text = self.tr("共 {count} 项待办 · 数据截至 {time}").format(
            count=len(queue.items), time=format_datetime(queue.as_of, language))
        if queue.unreachable:
            text += "\n" + self.tr("未能读取（离线且本机没有缓存）：{firms}").format(firms="、".join(queue.unreachable))
        self.status.setText(text)
        self._enable()

    @staticmethod
    def _item_key(widget) -> tuple | None:
        item = widget.data(0, Qt.ItemDataRole.UserRole) if widget is not None else None
        return (item.uscc, item.record_id, item.case_id) if item is not None else None

    def current(self):
        widget = self.tree.currentItem()
        return widget.data(0, Qt.ItemDataRole.UserRole) if widget is not None else None

    def _enable(self) -> None:
        item = self.current()
        self.apply_button.setEnabled(item is not None and item.group == "repairable" and item.record_id is not None)
        self.open_button.setEnabled(item is not None)
        self.excel_button.setEnabled(self.queue is not None)

    def _open(self, widget) -> None:
        item = widget.data(0, Qt.ItemDataRole.UserRole) if widget is not None else None
        if item is not None:
            self.open_item.emit(item)

    def _apply(self, widget) -> None:
        item = widget.data(0, Qt.ItemDataRole.UserRole) if widget is not None else None
        if item is not None and item.record_id is not None:
            self.apply_for.emit(item)

    # -- Excel ------------------------------------------------------------------------------------------------
    def export(self) -> None:
        self.export_dialog = save_file(self, self.context.settings, title=self.tr("导出"),
                                       name_filter=self.tr("Excel 工作簿 (*.xlsx)"),
                                       suggested_name=self.tr("信用修复待办") + ".xlsx", suffix="xlsx",
                                       chosen=lambda path: self.write_excel(Path(path)))

    def write_excel(self, path: Path) -> None:
        from assistant.services.repair_queue import write_excel

        queue = self.queue
        if queue is None:
            return
        Op(self, lambda: write_excel(queue, path),
           lambda p: self.status.setText(self.tr("已导出到 {path}").format(path=p))).failure(
            lambda error: self.status.setText(message_for(error))).run()
