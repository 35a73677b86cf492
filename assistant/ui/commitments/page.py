"""信用承诺: drafts, submissions (queued or on the platform) with their deferred materials, and new letters."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.domain.commitments import firm_bars
from assistant.domain.dates import format_date, format_datetime
from assistant.ui.ask import ask
from assistant.ui.commitments.editor import DraftEditor
from assistant.ui.commitments.fulfil_dialog import FulfilDialog
from assistant.ui.commitments.new_dialog import NewLetterDialog
from assistant.ui.ops import Op, message_for
from assistant.ui.theme import style
from assistant.ui.widgets import PDF_PREVIEW, Retranslating, read_only_table

KEY = "commitments"


class CommitmentsPage(Retranslating, QWidget):
    open_feature = Signal(str)  # "repair": the barred warning leads to where the bar can be lifted

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.view = None
        self.editor: DraftEditor | None = None
        self.title = QLabel()
        style(self.title, "pageTitle")
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_letter)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.barred = QLabel()
        style(self.barred, "errorText")
        self.barred.setWordWrap(True)
        self.barred.hide()
        self.repair_button = QPushButton()
        self.repair_button.hide()
        self.repair_button.clicked.connect(lambda: self.open_feature.emit("repair"))
        self.tabs = QTabWidget()
        self.drafts = read_only_table(3)
        self.submitted = read_only_table(4)
        self.open_button, self.copy_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.fulfil_button, self.letter_button = QPushButton(), QPushButton()
        self.withdraw_button, self.retry_button = QPushButton(), QPushButton()
        self.open_button.clicked.connect(self.open_draft)
        self.drafts.itemDoubleClicked.connect(lambda _: self.open_draft())
        self.copy_button.clicked.connect(self.copy_draft)
        self.delete_button.clicked.connect(self.delete_draft)
        self.fulfil_button.clicked.connect(self.fulfil)
        self.letter_button.clicked.connect(self.show_letter)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.retry_button.clicked.connect(self.retry)
        self.tabs.addTab(self._with_buttons(self.drafts, self.open_button, self.copy_button, self.delete_button), "")
        self.tabs.addTab(self._with_buttons(self.submitted, self.fulfil_button, self.letter_button,
                                            self.withdraw_button, self.retry_button), "")
        self.submitted.itemSelectionChanged.connect(self._enable)
        self.drafts.itemSelectionChanged.connect(self._enable)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        barred_row = QHBoxLayout()
        barred_row.addWidget(self.barred, 1)
        barred_row.addWidget(self.repair_button)
        layout.addLayout(barred_row)
        layout.addWidget(self.status)
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

    @staticmethod
    def _with_buttons(table: QTableWidget, *buttons: QPushButton) -> QWidget:
        box = QWidget()
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        return box

    def retranslate(self) -> None:
        self.title.setText(self.tr("信用承诺"))
        self.new_button.setText(self.tr("新建承诺书…"))
        self.repair_button.setText(self.tr("去信用修复"))
        self.open_button.setText(self.tr("继续填写"))
        self.copy_button.setText(self.tr("复制"))
        self.delete_button.setText(self.tr("删除"))
        self.fulfil_button.setText(self.tr("补交材料…"))
        self.letter_button.setText(self.tr("查看承诺书"))
        self.withdraw_button.setText(self.tr("撤回"))
        self.retry_button.setText(self.tr("重新发送"))
        self.drafts.setHorizontalHeaderLabels([self.tr("承诺书"), self.tr("承诺事由"), self.tr("最后保存")])
        self.submitted.setHorizontalHeaderLabels([self.tr("承诺编码"), self.tr("承诺书"), self.tr("状态"),
                                                  self.tr("待补交材料及期限")])
        if self.view is not None:
            self.show_view(self.view)
        else:
            self.tabs.setTabText(0, self.tr("草稿"))
            self.tabs.setTabText(1, self.tr("已提交"))


    # -- showing ----------------------------------------------------------------------------------------------
    def status_text(self, state: str, error: str | None = None) -> str:
        texts = {"pending": self.tr("待发送"), "sending": self.tr("发送中"), "submitted": self.tr("已提交"),
                 "published": self.tr("已公示"), "withdrawn": self.tr("已撤回"), "fulfilled": self.tr("全部履行"),
                 "breached": self.tr("违诺（已记入信用记录）")}
        if state == "failed":
            return self.tr("失败：{reason}").format(reason=error or "")
        text = texts.get(state, state)
        if state == "pending" and error:
            text += self.tr("（{reason}）").format(reason=error)
        return text

    def show_view(self, view) -> None:
        self.view = view
        language = self.context.language
        self._refill(self.drafts, [
            ([draft.title, draft.template.matter, format_datetime(draft.updated_at, language)], ("draft", draft))
            for draft in view.drafts])
        rows = []
        for entry in view.outbox:
            if entry.state != "sent":
                title = view.title_of(entry.body.get("template_code", ""))
                rows.append((["—", title, self.status_text(entry.state, entry.last_error), ""], ("entry", entry)))
        for commitment in (view.commitments.value if view.commitments else []):
            owed = []
            for item in commitment.due_items:
                when = format_date(item.due_on, language) + (self.tr("（预计）") if item.estimated else "")
                done = self.tr("已补交") if item.fulfilled_at else self.tr("{date}前").format(date=when)
                owed.append(f"{item.name}：{done}")
            rows.append(([commitment.code, commitment.title, self.status_text(commitment.status), "\n".join(owed)],
                         ("commitment", commitment)))
        self._refill(self.submitted, rows)
        self.submitted.resizeRowsToContents()
        self.tabs.setTabText(0, self.tr("草稿（{count}）").format(count=len(view.drafts)))
        self.tabs.setTabText(1, self.tr("已提交（{count}）").format(count=self.submitted.rowCount()))
        if view.commitments is None:
            self.status.setText(self.tr("现在无法连接信用平台，已提交的承诺暂时无法显示；草稿可以照常填写。"))
        elif not view.commitments.live:
            self.status.setText(self.tr("离线：已提交的承诺显示的是 {time} 的数据。").format(
                time=format_datetime(view.commitments.synced_at, language)))
        else:
            self.status.clear()
        reasons = firm_bars(view.facts)
        self.barred.setVisible(bool(reasons))
        self.repair_button.setVisible(bool(reasons))
        self.barred.setText(self.tr("注意：本企业{reasons}，不能适用告知承诺和容缺受理，只能办理其他类型的承诺。")
                            .format(reasons="、".join(reasons)))
        self._enable()

    @staticmethod
    def _refill(table: QTableWidget, rows: list[tuple[list[str], tuple[str, object]]]) -> None:
        """New contents; the row the user had chosen (by identity, not position) and the scroll position stay, so
        a background reload never takes the choice away from under an open dialog."""
        items = table.selectedItems()
        chosen = _identity(items[0].data(256)) if items else None
        scrolled = table.verticalScrollBar().value()
        table.setRowCount(0)
        for texts, data in rows:
            row = table.rowCount()
            table.insertRow(row)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(256, data)
                table.setItem(row, column, item)
            if chosen is not None and _identity(data) == chosen:
                table.selectRow(row)
        table.verticalScrollBar().setValue(scrolled)

    def clear(self) -> None:
        self.view = None
        self.drafts.setRowCount(0)
        self.submitted.setRowCount(0)
        self.barred.hide()
        self.repair_button.hide()
        self.retranslate()

    def _selected(self, table: QTableWidget):
        items = table.selectedItems()
        return items[0].data(256) if items else (None, None)

    def _enable(self) -> None:
        kind, value = self._selected(self.drafts)
        for button in (self.open_button, self.copy_button, self.delete_button):
            button.setEnabled(kind == "draft")
        kind, value = self._selected(self.submitted)
        pending = kind == "commitment" and any(i.fulfilled_at is None for i in value.due_items) and \
            value.status in ("submitted", "published", "breached")
        self.fulfil_button.setEnabled(pending)
        self.letter_button.setEnabled(kind == "commitment")
        self.withdraw_button.setEnabled(kind == "commitment" and value.status == "submitted")
        self.retry_button.setEnabled(kind == "entry" and value.state in ("pending", "failed"))
        self.new_button.setEnabled(self.service is not None and self.context.current_firm is not None)

    # -- actions ----------------------------------------------------------------------------------------------
    def new_letter(self) -> None:
        view, firm = self.view, self.context.firm_view
        if view is None:
            return
        category = firm.profile.value.subject_category if firm else None
        self.chooser = NewLetterDialog(view.catalogue.value, view.facts, category, self)
        self.chooser.accepted.connect(lambda: self._create(self.chooser.chosen))
        self.chooser.open()

    def _create(self, template) -> None:
        service, uscc = self.service, self.context.current_firm
        profile = self.context.firm_view.profile.value if self.context.firm_view else None
        Op(self, lambda: service.new_draft(uscc, template, profile), self.edit).changes("drafts").run()

    def edit(self, draft) -> None:
        self.editor = DraftEditor(self.context, draft, self)
        newer = self.service.replaced(draft, self.view.catalogue.value) if self.view else None
        if newer is not None:
            self.editor.offer_new_version(newer)
        self.editor.finished.connect(lambda _: self.context.reload_changed(frozenset({"drafts"})))
        self.editor.open()

    def open_draft(self) -> None:
        kind, draft = self._selected(self.drafts)
        if kind == "draft":
            self.edit(draft)

    def copy_draft(self) -> None:
        kind, draft = self._selected(self.drafts)
        if kind == "draft":
            service = self.service
            Op(self, lambda: service.duplicate_draft(draft.id)).changes("drafts").run()

    def delete_draft(self) -> None:
        kind, draft = self._selected(self.drafts)
        if kind != "draft":
            return
        self.confirm = ask(self, self.tr("删除草稿"), self.tr("确定删除草稿“{title}”吗？删除后无法恢复。").format(
            title=draft.title), lambda: self._delete(draft))

    def _delete(self, draft) -> None:
        service = self.service
        Op(self, lambda: service.delete_draft(draft.id)).changes("drafts").run()

    def fulfil(self) -> None:
        kind, commitment = self._selected(self.submitted)
        if kind == "commitment":
            self.fulfil_dialog = FulfilDialog(self.context, commitment, self)
            self.fulfil_dialog.open()

    def withdraw(self) -> None:
        kind, commitment = self._selected(self.submitted)
        if kind != "commitment":
            return
        self.confirm = ask(self, self.tr("撤回承诺"), self.tr(
            "确定撤回“{title}”（{code}）吗？撤回后这份承诺作废，不能恢复；如仍需办理，要重新填写提交。").format(
            title=commitment.title, code=commitment.code), lambda: self._withdraw(commitment))

    def _withdraw(self, commitment) -> None:
        self.withdraw_button.setEnabled(False)  # once: the answer reloads the list
        service = self.service
        Op(self, lambda: service.withdraw(commitment)).changes("commitments").failure(
            lambda error: self.status.setText(message_for(error))).run()

    def retry(self) -> None:
        kind, entry = self._selected(self.submitted)
        if kind == "entry":
            account = self.context.account
            Op(self, lambda: account.retry(entry.id), lambda _: self.context.send_outbox()).changes("outbox").run()

    def show_letter(self) -> None:
        kind, commitment = self._selected(self.submitted)
        if kind != "commitment" or self.view is None:
            return
        template = self.view.template_of(commitment)
        if template is None:
            self.status.setText(self.tr("本机没有这份承诺书的模板，请联网后再试。"))
            return
        service = self.service
        profile = self.context.firm_view.profile.value if self.context.firm_view else None

        def shown(letter) -> None:
            from assistant.ui.widgets.pdf_preview import PdfPreview

            self.preview = PdfPreview(letter.pdf, commitment.title, f"{commitment.code}.pdf", self,
                                      hint=self.tr("打印后请法定代表人签字、加盖公章。"), settings=self.context.settings)
            self.preview.open_soon()

        Op(self, lambda: service.commitment_letter(commitment, template, profile), shown).imports(
            PDF_PREVIEW).failure(
            lambda error: self.status.setText(message_for(error))).run()


def _identity(data: tuple[str, object]) -> tuple[str, str]:
    kind, value = data
    return kind, getattr(value, "id", "")
