"""批量申请信用报告 (accountants): one report for each chosen client firm, saved into one folder, one firm after the
other in a worker. Each firm's result shows as it arrives (the worker's progress crosses to the GUI thread as a Qt
signal); a firm that fails does not stop the rest; 取消 stops after the firm under way; 打开文件夹 at the end."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.domain.reports import FREE_PER_YEAR
from assistant.infra import clock
from assistant.ui.ask import ask
from assistant.ui.ops import Op, message_for
from assistant.ui.reports.form import RequestForm
from assistant.ui.reports.words import BAD, GOOD
from assistant.ui.theme import style
from assistant.ui.widgets import Retranslating, read_only_table
from assistant.ui.widgets.screen import fit_to_screen


class _Progress(QObject):
    """Created on the GUI thread; emitted from the worker, delivered here through the event loop (queued)."""

    advanced = Signal(int, object)  # firms done so far, the BatchResult of the last one


def default_folder(today: dt.date, name: str) -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    return base / f"{name}_{today:%Y%m%d}"


class BatchDialog(Retranslating, QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.running = False
        self.results: list = []
        self.rows: dict[str, int] = {}  # USCC → its row in the results table, for this run
        self.cancel_event = threading.Event()
        self.folder_dialog = self.confirm = None
        session = context.session
        self.firms = [(f.uscc, f.name) for f in (session.me.firms if session and session.me else [])]
        self.heading = QLabel()
        style(self.heading, "dialogHeading")
        self.intro = QLabel()
        style(self.intro, "helpText")
        self.intro.setWordWrap(True)
        self.firm_list = QListWidget()
        for uscc, name in self.firms:
            item = QListWidgetItem(f"{name}  {uscc}")
            item.setData(Qt.ItemDataRole.UserRole, uscc)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.firm_list.addItem(item)
        self.firm_list.itemChanged.connect(lambda _: self._enable())
        self.all_button, self.none_button = QPushButton(), QPushButton()
        self.all_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.form = RequestForm(context)
        self.form.changed.connect(self._enable)
        self.folder_caption = QLabel()
        self.folder = QLineEdit(str(default_folder(clock.today(), self.tr("信用报告"))))
        self.folder.textChanged.connect(lambda _: self._enable())
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.choose_folder)
        self.start_button, self.cancel_button, self.open_button = QPushButton(), QPushButton(), QPushButton()
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(self.open_folder)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = read_only_table(2)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 240)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        firms_box = QWidget()
        firms_layout = QVBoxLayout(firms_box)
        firms_layout.setContentsMargins(0, 0, 0, 0)
        self.firms_caption = QLabel()
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.firms_caption, 1)
        choose_row.addWidget(self.all_button)
        choose_row.addWidget(self.none_button)
        firms_layout.addLayout(choose_row)
        firms_layout.addWidget(self.firm_list, 1)
        results_box = QWidget()
        results_layout = QVBoxLayout(results_box)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.progress)
        results_layout.addWidget(self.status)
        results_layout.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(firms_box)
        split.addWidget(results_box)
        split.setSizes([170, 230])
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_caption)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.folder_button)
        run_row = QHBoxLayout()
        run_row.addWidget(self.start_button)
        run_row.addWidget(self.cancel_button)
        run_row.addStretch(1)
        run_row.addWidget(self.open_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        for button in (self.buttons.button(QDialogButtonBox.StandardButton.Close), self.start_button,
                       self.folder_button, self.all_button, self.none_button, self.cancel_button, self.open_button):
            button.setAutoDefault(False)  # Enter in the folder field must neither close nor start anything
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addLayout(folder_row)
        layout.addWidget(split, 1)
        layout.addLayout(run_row)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 820, 700)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("批量申请信用报告"))
        self.heading.setText(self.tr("批量申请信用报告"))
        self.intro.setText(self.tr("为勾选的代理企业各申请一份信用报告，依次保存到所选文件夹。每份报告占用该企业今年的一次免费次数"
                                   "（每年 {free} 份）；某家企业失败不影响其他企业。").format(free=FREE_PER_YEAR))
        self.firms_caption.setText(self.tr("代理企业（{count} 家）").format(count=len(self.firms)))
        self.all_button.setText(self.tr("全选"))
        self.none_button.setText(self.tr("全不选"))
        self.folder_caption.setText(self.tr("保存到"))
        self.folder_button.setText(self.tr("选择文件夹…"))
        self.start_button.setText(self.tr("开始"))
        self.cancel_button.setText(self.tr("取消"))
        self.open_button.setText(self.tr("打开文件夹"))
        self.table.setHorizontalHeaderLabels([self.tr("企业"), self.tr("结果")])

    def chosen(self) -> list[tuple[str, str]]:
        names = dict(self.firms)
        out = []
        for index in range(self.firm_list.count()):
            item = self.firm_list.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                uscc = item.data(Qt.ItemDataRole.UserRole)
                out.append((uscc, names[uscc]))
        return out

    def _check_all(self, state: Qt.CheckState) -> None:
        for index in range(self.firm_list.count()):
            self.firm_list.item(index).setCheckState(state)

    def _enable(self) -> None:
        idle = not self.running
        ready = idle and bool(self.chosen()) and bool(self.folder.text().strip()) and not self.form.problem_text()
        self.start_button.setEnabled(ready and self.context.service("reports") is not None)
        self.cancel_button.setEnabled(self.running and not self.cancel_event.is_set())
        self.open_button.setEnabled(idle and any(r.path is not None for r in self.results))
        for widget in (self.firm_list, self.all_button, self.none_button, self.folder, self.folder_button):
            widget.setEnabled(idle)
        self.form.set_enabled(idle)

    # -- the folder -------------------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("选择保存报告的文件夹"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        start = Path(self.folder.text().strip() or str(Path.home()))
        dialog.setDirectory(str(start if start.is_dir() else start.parent))
        dialog.fileSelected.connect(self.folder.setText)
        fit_to_screen(dialog, 820, 540)
        self.folder_dialog = dialog
        dialog.open()

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text().strip()))

    # -- running ----------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Asked first: the batch spends one free report of every chosen firm."""
        firms, body = self.chosen(), self.form.body()
        if self.running or not firms or body is None:
            return
        self.confirm = ask(self, self.tr("批量申请信用报告"),
                           self.tr("将为 {count} 家企业各申请一份报告，各占用该企业今年的一次免费次数。确定开始吗？").format(
                               count=len(firms)), lambda: self.run(firms, body))

    def run(self, firms: list[tuple[str, str]], body) -> None:
        service = self.context.service("reports")
        if service is None or self.running:
            return
        folder = Path(self.folder.text().strip()).expanduser()
        self.running, self.results = True, []
        self.cancel_event = threading.Event()
        cancelled = self.cancel_event.is_set
        relay = _Progress()  # no parent: it lives as long as the work below holds it, and dies on the GUI thread
        relay.advanced.connect(self._advanced)
        self.table.setRowCount(0)
        self.rows = {}
        for uscc, name in firms:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(self.tr("等待中")))
            self.table.item(row, 0).setToolTip(uscc)
            self.rows[uscc] = row
        self.progress.setRange(0, len(firms))
        self.progress.setValue(0)
        self.status.setText(self.tr("正在申请 {count} 家企业的报告…").format(count=len(firms)))
        self._enable()

        def work():
            return service.request_many(firms, body, folder, lambda done, result: relay.advanced.emit(done, result),
                                        cancelled)

        Op(self, work, self._finished).changes("reports").failure(self._failed).with_progress(
            self.tr("正在批量申请信用报告…")).run()

    def _advanced(self, done: int, result) -> None:
        self.results.append(result)
        self.progress.setValue(done)
        row = self.rows.get(result.uscc)
        if row is None:
            return
        if result.path is not None:
            item = QTableWidgetItem(self.tr("已保存：{name}").format(name=result.path.name))  # the folder is above
            item.setForeground(QBrush(QColor(GOOD)))
            item.setToolTip(str(result.path))
        else:
            item = QTableWidgetItem(result.error)
            item.setForeground(QBrush(QColor(BAD)))
            item.setToolTip(result.error)
        self.table.setItem(row, 1, item)
        self.table.scrollToItem(item)

    def _finished(self, results: list) -> None:
        self.running = False
        self.results = list(results)
        saved = sum(1 for r in results if r.path is not None)
        for uscc, row in self.rows.items():
            if not any(r.uscc == uscc for r in results):
                self.table.setItem(row, 1, QTableWidgetItem(self.tr("未申请（已取消）")))
        text = self.tr("完成：{saved} 家已保存，{failed} 家未成功。").format(saved=saved, failed=len(results) - saved)
        if len(results) < len(self.rows):
            text = self.tr("已取消：{saved} 家已保存，{failed} 家未成功，{left} 家未申请。").format(
                saved=saved, failed=len(results) - saved, left=len(self.rows) - len(results))
        self.status.setText(text)
        self._enable()

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.status.setText(message_for(error))
        self._enable()

    def cancel(self) -> None:
        if self.running:
            self.cancel_event.set()
            self.status.setText(self.tr("正在取消：当前这家企业办完后停止…"))
            self._enable()

    def reject(self) -> None:
        self.cancel()  # closing stops the batch after the firm under way, like 取消
        super().reject()
