"""信用报告: ask the platform for the firm's credit report (公共信用信息报告, or a 专项信用报告 instead of a 无违法违规记录
证明), within the year's free quota; every report the firm has, opened, printed and saved from the copy kept on this
PC; its content as tables, with what became of each record since; 核验报告 for anyone's report; and, for
accountants, a report for every client firm at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.domain.dates import format_datetime
from assistant.ui.ops import Op, message_for
from assistant.ui.reports.form import RequestForm
from assistant.ui.reports.words import edition_name, purpose_name
from assistant.ui.theme import style
from assistant.ui.widgets import PDF_PREVIEW, Retranslating, read_only_table

KEY = "reports"
DATA = 256  # the item role holding ("report", Report) or ("entry", outbox Entry)


class ReportsPage(Retranslating, QWidget):
    open_feature = Signal(str)  # "repair": a record the report lists can be repaired now

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.view = None
        self.running = False
        self.preview = self.content_dialog = self.verify_dialog = self.batch_dialog = self.save_dialog = None
        self.title = QLabel()
        style(self.title, "pageTitle")
        self.batch_button = QPushButton()
        self.batch_button.clicked.connect(self.open_batch)
        self.batch_button.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        self.demo = QLabel()
        style(self.demo, "demoBanner")
        self.demo.setWordWrap(True)
        self.demo.hide()

        # 申请新报告
        self.form = RequestForm(context)
        self.form.changed.connect(self._enable)
        self.quota = QLabel()
        self.quota.setWordWrap(True)
        self.request_button = QPushButton()
        self.request_button.clicked.connect(self.request)
        self.reason = QLabel()
        style(self.reason, "errorText")
        self.reason.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        request_row = QHBoxLayout()
        request_row.addWidget(self.request_button)
        request_row.addWidget(self.reason, 1)
        self.request_box = QGroupBox()
        box = QVBoxLayout(self.request_box)
        box.addWidget(self.form)
        box.addWidget(self.quota)
        box.addLayout(request_row)
        box.addWidget(self.message)

        # 本企业的报告
        self.reports = read_only_table(5)
        header = self.reports.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(5):  # the number and time keep their width; the words share the rest and wrap
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents if column < 2
                                        else QHeaderView.ResizeMode.Stretch)
        self.reports.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_rows = QTimer(self, singleShot=True, interval=0)
        self._fit_rows.timeout.connect(self.reports.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._fit_rows.start())
        self.reports.itemSelectionChanged.connect(self._enable)
        self.reports.itemDoubleClicked.connect(lambda _: self.open_preview())
        self.list_caption = QLabel()
        self.preview_button, self.print_button, self.save_button = QPushButton(), QPushButton(), QPushButton()
        self.content_button, self.verify_button = QPushButton(), QPushButton()
        self.preview_button.clicked.connect(self.open_preview)
        self.print_button.clicked.connect(lambda: self.open_preview(print_now=True))
        self.save_button.clicked.connect(self.save_as)
        self.content_button.clicked.connect(self.show_content)
        self.verify_button.clicked.connect(self.open_verify)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button, self.content_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        top = QHBoxLayout()  # 核验 and 批量 are about any report or every firm, not the report chosen below
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.verify_button)
        top.addWidget(self.batch_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.demo)
        layout.addWidget(self.request_box)
        layout.addWidget(self.list_caption)
        layout.addWidget(self.reports, 1)
        layout.addLayout(buttons)
        context.view_loaded.connect(lambda key, view: key == KEY and self.show_view(view))
        context.signed_out.connect(self.clear)
        context.signed_in.connect(self._show_agent)
        self.retranslate()
        if KEY in context.views:
            self.show_view(context.views[KEY])
        self._show_agent()
        self._enable()

    @property
    def service(self):
        return self.context.service(KEY)

    def _show_agent(self) -> None:
        self.batch_button.setVisible(self.context.is_agent)

    # -- texts ------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("信用报告"))
        self.batch_button.setText(self.tr("批量申请…"))
        self.batch_button.setToolTip(self.tr("为全部代理企业各申请一份报告，保存到一个文件夹"))
        self.request_box.setTitle(self.tr("申请新报告"))
        self.request_button.setText(self.tr("正在申请…") if self.running else self.tr("申请报告"))
        self.list_caption.setText(self.tr("本企业的信用报告（双击打开）"))
        self.preview_button.setText(self.tr("预览"))
        self.print_button.setText(self.tr("打印…"))
        self.save_button.setText(self.tr("另存为…"))
        self.content_button.setText(self.tr("查看内容"))
        self.verify_button.setText(self.tr("核验报告…"))
        self.verify_button.setToolTip(self.tr("检查一份信用报告是否由平台出具、是否被改动过"))
        self.reports.setHorizontalHeaderLabels([self.tr("报告编号"), self.tr("取得时间"), self.tr("报告种类"),
                                                self.tr("用途"), self.tr("本机")])
        self.demo.setText(self.tr("演示环境 · 非正式报告：演示平台出具的报告带有“演示”字样，不能用于招投标、融资等正式用途。"))
        if self.view is not None:
            self.show_view(self.view)
        else:
            self.quota.setText(self.tr("正在读取本企业的报告…") if self.context.current_firm else "")
        self._enable()

    # -- showing ----------------------------------------------------------------------------------------------
    def show_view(self, view) -> None:
        self.view = view
        language = self.context.language
        quota = view.quota
        self.quota.setText(self.tr("今年免费报告剩余 {left} 份（每年 {free} 份，《河南省社会信用条例》第四十条）").format(
            left=quota.left, free=quota.free_per_year) if quota is not None else
            self.tr("今年免费报告的剩余份数联网后显示。离线时申请的报告会在联网后自动取得。"))
        if view.live:
            self.status.clear()
        elif view.synced_at is not None:
            self.status.setText(self.tr("离线 · 数据截至 {time}").format(time=format_datetime(view.synced_at, language)))
        else:
            self.status.setText(self.tr("离线"))
        self.status.setVisible(bool(self.status.text()))
        self.demo.setVisible(self.context.demo or any(r.demo for r in view.reports))
        self._fill(view, language)
        self._enable()

    def _fill(self, view, language: str) -> None:
        chosen = self._identity(self.selected())
        self.reports.setRowCount(0)
        rows = []
        for entry in view.waiting:  # asked for offline: made once the platform answers
            body = entry.body
            rows.append(([self.tr("（待取得）"), format_datetime(entry.created_at, language),
                          edition_name(body.get("edition")), purpose_name(body.get("purpose", ""),
                                                                          body.get("purpose_note", "")),
                          self.tr("待取得：联网后自动取得")], ("entry", entry)))
        for entry in view.refused:  # a request made offline that the platform later turned down: say why
            body = entry.body
            rows.append(([self.tr("（未能取得）"), format_datetime(entry.created_at, language),
                          edition_name(body.get("edition")), purpose_name(body.get("purpose", ""),
                                                                          body.get("purpose_note", "")),
                          self.tr("未能取得：{reason}").format(reason=entry.last_error or "")], ("entry", entry)))
        for report in view.reports:
            stored = self.tr("本机已保存") if report.report_no in view.stored else self.tr("未保存（打开时下载）")
            rows.append(([report.report_no, format_datetime(report.issued_at, language), edition_name(report.edition),
                          purpose_name(report.purpose, report.purpose_note), stored], ("report", report)))
        for texts, data in rows:
            r = self.reports.rowCount()
            self.reports.insertRow(r)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(DATA, data)
                self.reports.setItem(r, column, item)
            if chosen is not None and self._identity(data) == chosen:
                self.reports.selectRow(r)
        if self.reports.rowCount() and not self.reports.selectedItems():
            self.reports.selectRow(0)
        self._fit_rows.start()

    @staticmethod
    def _identity(data) -> tuple[str, str] | None:
        if not data or data[0] is None:
            return None
        kind, value = data
        return kind, value.report_no if kind == "report" else value.id

    def selected(self):
        items = self.reports.selectedItems()
        return items[0].data(DATA) if items else (None, None)

    def selected_report(self):
        kind, value = self.selected()
        return value if kind == "report" else None

    def _enable(self) -> None:
        ready = self.service is not None and self.view is not None and self.view.uscc == self.context.current_firm
        quota = self.view.quota if self.view is not None else None
        left = quota.left if quota is not None else (1 if self.view is not None else 0)  # unknown offline: may ask
        self.request_button.setEnabled(ready and not self.running and left > 0)
        self.request_button.setText(self.tr("正在申请…") if self.running else self.tr("申请报告"))
        self.form.set_enabled(not self.running)
        if ready and left == 0:
            self.reason.setText(self.tr("今年的 {free} 份免费报告已经用完，明年1月1日起可以再申请。").format(
                free=self.view.quota.free_per_year))
        else:
            self.reason.clear()
        chosen = ready and self.selected_report() is not None
        for button in (self.preview_button, self.print_button, self.save_button, self.content_button):
            button.setEnabled(chosen)

    def show_message(self, text: str, *, problem: bool = False) -> None:
        style(self.message, "errorText" if problem else None)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def clear(self) -> None:
        """After sign-out nothing of the previous firm stays."""
        self.view = None
        self.running = False
        self.reports.setRowCount(0)
        for label in (self.status, self.demo):
            label.hide()
        self.show_message("")
        self._show_agent()
        self.retranslate()

    # -- requesting -------------------------------------------------------------------------------------------
    def request(self) -> None:
        service, view = self.service, self.view
        if service is None or view is None or self.running or view.quota is not None and view.quota.left == 0:
            return
        body = self.form.body()
        if body is None:
            return  # the period's problem is shown beside it; nothing is sent
        uscc = view.uscc
        self.running = True
        self.show_message(self.tr("正在向信用平台申请报告，通常需要几秒钟…"))
        self._enable()
        Op(self, lambda: service.request(uscc, body), self._issued).changes(KEY).failure(
            self._not_issued).with_progress(self.tr("正在申请信用报告…")).run()

    def _issued(self, report) -> None:
        self.running = False
        self.show_message(self.tr("已取得报告 {number}，已保存在本机。").format(number=report.report_no))
        self._enable()
        self.open_preview(report=report)

    def _not_issued(self, error: BaseException) -> None:
        """Queued offline, refused (quota used up, a wrong period) or failed: said under the button, and the list
        reloaded — a queued request shows as 待取得, a refusal may have changed the quota."""
        from assistant.services.reports import ReportQueued

        self.running = False
        self.show_message(message_for(error), problem=not isinstance(error, ReportQueued))
        self._enable()
        self.context.reload_changed(frozenset({KEY}))

    # -- one report -------------------------------------------------------------------------------------------
    def _with_pdf(self, report, then) -> None:
        """The signed PDF's bytes, read (and fetched the first time) in a worker."""
        service = self.service
        if service is None or report is None:
            return

        def work() -> bytes:
            return service.pdf(report).read_bytes()

        op = Op(self, work, then).imports(PDF_PREVIEW).failure(lambda error: self.show_message(message_for(error), problem=True))
        if not self._stored(report):
            op.changes(KEY)  # fetched now: the list says 本机已保存 from here on
        op.with_progress(self.tr("正在打开报告…")).run()

    def _stored(self, report) -> bool:
        return self.view is not None and report.report_no in self.view.stored

    def open_preview(self, *, print_now: bool = False, report=None) -> None:
        report = report or self.selected_report()
        if report is None:
            return

        def shown(pdf: bytes) -> None:
            from assistant.services.reports import filename_for
            from assistant.ui.widgets.pdf_preview import PdfPreview

            hint = self.tr("报告上的报告编号和验证码可在信用平台核验真伪。")
            if report.demo:
                hint = self.tr("演示环境 · 非正式报告。") + hint
            title = self.tr("{edition} {number}").format(edition=edition_name(report.edition),
                                                          number=report.report_no)
            self.preview = PdfPreview(pdf, title, filename_for(report.firm_name, report), self, hint=hint,
                                      settings=self.context.settings)
            self.preview.open_soon(print_now=print_now)

        self._with_pdf(report, shown)

    def save_as(self) -> None:
        report = self.selected_report()
        if report is None:
            return
        from assistant.services.reports import filename_for
        from assistant.ui.widgets.files import save_file

        self.save_dialog = save_file(self, self.context.settings, title=self.tr("另存为"),
                                     name_filter=self.tr("PDF 文件 (*.pdf)"),
                                     suggested_name=filename_for(report.firm_name, report), suffix="pdf",
                                     chosen=lambda path: self.save_to(report, path))

    def save_to(self, report, path: str) -> None:
        from pathlib import Path

        service = self.service
        if service is None:
            return
        op = Op(self, lambda: service.save_as(report, Path(path)),
                lambda saved: self.show_message(self.tr("已保存到 {path}").format(path=saved))).failure(
            lambda error: self.show_message(message_for(error), problem=True))
        if not self._stored(report):
            op.changes(KEY)
        op.run()

    def show_content(self) -> None:
        """The report's content as tables, each record it lists with what became of it since (from the repair
        view already loaded for this firm, else read now)."""
        report, service = self.selected_report(), self.service
        if report is None or service is None:
            return
        uscc = report.uscc
        repair_view = self.context.views.get("repair")
        repair_service = self.context.service("repair")

        def work():
            from assistant.errors import UserFacingError
            from assistant.services.reports import record_notes

            full = service.report(uscc, report.report_no).value
            rows = repair_view.rows if repair_view is not None and repair_view.uscc == uscc else []
            if repair_view is None or repair_view.uscc != uscc:
                try:
                    rows = repair_service.view(uscc).rows if repair_service is not None else []
                except UserFacingError:  # offline without a copy: the content alone, without the notes
                    rows = []
            return full, record_notes(full, rows)

        def shown(result) -> None:
            from assistant.ui.reports.content import ReportContentDialog

            full, notes = result
            self.content_dialog = ReportContentDialog(self.context, full, notes, self)
            self.content_dialog.repair_requested.connect(self._go_repair)
            self.content_dialog.open()

        Op(self, work, shown).failure(lambda error: self.show_message(message_for(error), problem=True)) \
            .with_progress(self.tr("正在读取报告内容…")).run()

    def _go_repair(self, uscc: str) -> None:
        if self.content_dialog is not None:
            self.content_dialog.accept()
        if uscc != self.context.current_firm:
            self.context.select_firm(uscc)
        self.open_feature.emit("repair")

    # -- anyone's report; every client's report ---------------------------------------------------------------
    def open_verify(self) -> None:
        from assistant.ui.reports.verify import VerifyDialog

        self.verify_dialog = VerifyDialog(self.context, self)
        self.verify_dialog.open()

    def open_batch(self) -> None:
        if not self.context.is_agent or self.service is None:
            return
        from assistant.ui.reports.batch import BatchDialog

        self.batch_dialog = BatchDialog(self.context, self)
        self.batch_dialog.open()
