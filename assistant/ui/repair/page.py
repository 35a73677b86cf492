"""信用记录与修复: every adverse record the platform publishes about the firm, with its publication period and, in
plain words, what can be done about it; the applications and objections followed to their decisions; the drafts;
and, for accountants, the queue across all client firms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.domain.dates import format_date, format_datetime
from assistant.domain.money import format_money
from assistant.errors import UserFacingError
from assistant.ui.ask import ask
from assistant.ui.ops import Op, message_for
from assistant.ui.repair.period_bar import BAR_ROLE, PeriodBar, PeriodBarDelegate
from assistant.ui.repair.queue import RepairQueueView
from assistant.ui.repair.timeline import CaseTimeline
from assistant.ui.repair.words import (
    COLOURS,
    LATE,
    by_urgency,
    case_kind,
    case_status,
    class_name,
    entry_status,
    headline,
    penalty_types,
    public,
    record_kind,
    slot_named,
    state_text,
)
from assistant.ui.theme import style
from assistant.ui.widgets import Retranslating, read_only_table

KEY = "repair"
RECORDS_TAB, CASES_TAB, DRAFTS_TAB, QUEUE_TAB = range(4)
BAR_COLUMN, STATE_COLUMN = 3, 4  # after 失信记录, 认定单位 / 文书号, 类别


class RepairPage(Retranslating, QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.view = None
        self.wizard = None
        self._pending: tuple[str, str, str] | None = None  # (uscc, "record" | "case", id) to show once loaded
        self.title = QLabel()
        style(self.title, "pageTitle")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.standing = QLabel()
        self.standing.setWordWrap(True)
        self.serious = QLabel()
        style(self.serious, "errorText")
        self.serious.setWordWrap(True)
        self.serious.hide()

        # 失信记录
        self.records = read_only_table(5)
        self.bar_delegate = PeriodBarDelegate(context.language, self.records)
        self.records.setItemDelegateForColumn(BAR_COLUMN, self.bar_delegate)
        header = self.records.horizontalHeader()
        header.setStretchLastSection(False)
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Interactive,
                                       QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Fixed,
                                       QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(1, 180)
        header.resizeSection(BAR_COLUMN, 170)
        # Rows as tall as their wrapped text at the width the table has now (stretched columns change with the
        # window without always saying so): measured again shortly after any resize.
        self._fit_rows = QTimer(self, singleShot=True, interval=0)
        self._fit_rows.timeout.connect(self._resize_rows)
        header.sectionResized.connect(lambda *_: self._fit_rows.start())
        self.records.viewport().installEventFilter(self)
        self.records.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.records.itemSelectionChanged.connect(self._record_chosen)
        self.records.itemDoubleClicked.connect(lambda _: self.apply())
        self.apply_button, self.object_button = QPushButton(), QPushButton()
        self.apply_button.clicked.connect(self.apply)
        self.object_button.clicked.connect(self.object)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(self.detail)
        records_box = QWidget()
        records_layout = QVBoxLayout(records_box)
        records_layout.setContentsMargins(0, 0, 0, 0)
        records_layout.addWidget(self.records, 1)
        self.legend = QLabel()
        style(self.legend, "helpText")
        self.legend.setWordWrap(True)
        buttons = self._row(self.apply_button, self.object_button)
        buttons.addWidget(self.legend, 1)
        records_layout.addLayout(buttons)
        records_split = QSplitter(Qt.Orientation.Vertical)
        records_split.addWidget(records_box)
        records_split.addWidget(detail_scroll)
        records_split.setSizes([420, 130])

        # 申请与异议
        self.cases = read_only_table(4)
        self.cases.viewport().installEventFilter(self)
        self.cases.itemSelectionChanged.connect(self._case_chosen)
        self.timeline = CaseTimeline()
        self.supplement_button, self.retry_button = QPushButton(), QPushButton()
        self.supplement_button.clicked.connect(self.supplement)
        self.retry_button.clicked.connect(self.retry)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.timeline, 1)
        right_layout.addLayout(self._row(self.supplement_button, self.retry_button))
        header = self.cases.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        header.setStretchLastSection(False)
        self.cases.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        cases_split = QSplitter(Qt.Orientation.Vertical)  # the list above, the chosen case's steps below
        cases_split.addWidget(self.cases)
        cases_split.addWidget(right)
        cases_split.setSizes([170, 380])

        # 草稿
        self.drafts = read_only_table(3)
        self.drafts.itemSelectionChanged.connect(self._enable)
        self.drafts.itemDoubleClicked.connect(lambda _: self.open_draft())
        self.open_button, self.delete_button = QPushButton(), QPushButton()
        self.open_button.clicked.connect(self.open_draft)
        self.delete_button.clicked.connect(self.delete_draft)
        drafts_box = QWidget()
        drafts_layout = QVBoxLayout(drafts_box)
        drafts_layout.addWidget(self.drafts, 1)
        drafts_layout.addLayout(self._row(self.open_button, self.delete_button))

        # 代理企业待办
        self.queue = RepairQueueView(context)
        self.queue.open_item.connect(self.open_queue_item)
        self.queue.apply_for.connect(self.apply_for_client)

        self.tabs = QTabWidget()
        for widget in (records_split, cases_split, drafts_box, self.queue):
            self.tabs.addTab(widget, "")
        self.tabs.currentChanged.connect(self._tab_chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.serious)
        layout.addWidget(self.standing)
        layout.addWidget(self.tabs, 1)
        context.view_loaded.connect(lambda key, view: key == KEY and self.show_view(view))
        context.signed_out.connect(self.clear)
        context.signed_in.connect(self._show_queue_tab)
        self.retranslate()
        if KEY in context.views:
            self.show_view(context.views[KEY])
        self._enable()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit_rows.start()
        return super().eventFilter(watched, event)

    def _resize_rows(self) -> None:
        self.records.resizeRowsToContents()
        self.cases.resizeRowsToContents()

    @staticmethod
    def _row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    @property
    def service(self):
        return self.context.service(KEY)

    # -- texts ------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("信用记录与修复"))
        self.apply_button.setText(self.tr("申请修复…"))
        self.object_button.setText(self.tr("提出异议…"))
        self.supplement_button.setText(self.tr("补正材料…"))
        self.retry_button.setText(self.tr("重新发送"))
        self.open_button.setText(self.tr("继续填写"))
        self.delete_button.setText(self.tr("删除"))
        self.records.setHorizontalHeaderLabels([self.tr("失信记录"), self.tr("认定单位 / 文书号"), self.tr("类别"),
                                                self.tr("公示期"), self.tr("状态")])
        self.legend.setText(self.tr("公示期条：深色为最短公示期（期满后才能申请修复），浅色至最长公示期，红线为今天。"))
        self.cases.setHorizontalHeaderLabels([self.tr("编号"), self.tr("事项"), self.tr("状态"), self.tr("下一期限")])
        self.drafts.setHorizontalHeaderLabels([self.tr("申请"), self.tr("失信记录"), self.tr("最后保存")])
        self.tabs.setTabText(QUEUE_TAB, self.tr("代理企业待办"))
        if self.view is not None:
            self.show_view(self.view)
        else:
            self.tabs.setTabText(RECORDS_TAB, self.tr("失信记录"))
            self.tabs.setTabText(CASES_TAB, self.tr("申请与异议"))
            self.tabs.setTabText(DRAFTS_TAB, self.tr("草稿"))
            self.detail.setText(self.tr("正在读取本企业的失信记录…") if self.context.current_firm else "")
        self._show_queue_tab()

    def _show_queue_tab(self) -> None:
        self.tabs.setTabVisible(QUEUE_TAB, self.context.is_agent)

    # -- showing ----------------------------------------------------------------------------------------------
    def show_view(self, view) -> None:
        self.view = view
        language = self.context.language
        self.bar_delegate.language = language
        self._fill_records(view, language)
        self._fill_cases(view, language)
        self._fill_drafts(view, language)
        standing = view.standing
        self.standing.setText(self.tr("公示中的失信记录 {public} 条 · 现在可以申请修复 {now} 条 · 修复办理中 {busy} 条").format(
            public=standing.public, now=standing.repairable_now, busy=standing.in_repair))
        self.serious.setText(self.tr("本企业已列入严重失信主体名单：不能适用告知承诺和容缺受理，也不能享受部分惠企政策。"
                                     "相关记录修复后解除。"))
        self.serious.setVisible(standing.on_serious_list)
        if view.live:
            self.status.clear()
        elif view.synced_at is not None:
            self.status.setText(self.tr("离线 · 数据截至 {time}").format(time=format_datetime(view.synced_at, language)))
        else:
            self.status.setText(self.tr("离线"))
        self.status.setVisible(bool(self.status.text()))
        self.tabs.setTabText(RECORDS_TAB, self.tr("失信记录（{count}）").format(count=len(view.rows)))
        self.tabs.setTabText(CASES_TAB, self.tr("申请与异议（{count}）").format(count=self.cases.rowCount()))
        self.tabs.setTabText(DRAFTS_TAB, self.tr("草稿（{count}）").format(count=len(view.drafts)))
        self._show_pending()
        self._record_chosen()
        self._case_chosen()
        if self.isVisible():
            self._acknowledge()

    def _fill_records(self, view, language: str) -> None:
        chosen = self._chosen_id(self.records)
        self.records.setRowCount(0)
        for row in by_urgency(view.rows):
            r = self.records.rowCount()
            self.records.insertRow(r)
            record, assessment = row.record, row.assessment
            kind = penalty_types(record.penalty.types) if record.kind == "administrative_penalty" and \
                record.penalty.types else record_kind(record.kind)
            what = self.tr("{summary}\n{date} · {kind}").format(
                summary=record.summary, date=format_date(record.decided_on, language), kind=kind)
            bar = PeriodBar(record.publication.from_, assessment.period.min_until, assessment.period.max_until,
                            view.today, public(row))
            cells = [what, f"{record.authority}\n{record.document_no}", class_name(assessment.period.klass), "",
                     state_text(row, language)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(256, ("record", row))
                if column == BAR_COLUMN:
                    item.setData(BAR_ROLE, bar)
                    item.setToolTip(bar.describe(language))
                if column == STATE_COLUMN:
                    item.setForeground(QBrush(QColor(COLOURS.get(assessment.state, "#000000"))))
                self.records.setItem(r, column, item)
            if chosen == record.id:
                self.records.selectRow(r)
        self.records.resizeRowsToContents()
        if self.records.rowCount() and not self.records.selectedItems():
            self.records.selectRow(0)

    def _fill_cases(self, view, language: str) -> None:
        chosen = self._chosen_id(self.cases)
        self.cases.setRowCount(0)
        rows = []
        for entry in view.outbox:
            if entry.state != "sent":
                ids = entry.body.get("record_ids") or [entry.body.get("record_id", "")]  # an objection names one
                what = self._records_text(ids)
                rows.append(([self.tr("（待发送）"), what, entry_status(entry.state, entry.last_error), ""],
                             ("entry", entry), None))
        for case_row in sorted(view.cases, key=lambda c: (not c.open, -c.case.submitted_at.timestamp())):
            case = case_row.case
            ids = case.record_ids if case_row.kind == "repair" else [case.record_id]
            what = self.tr("{kind}：{records}").format(kind=case_kind(case_row.kind), records=self._records_text(ids))
            next_due = case_row.next_due if case_row.open else None
            due = format_date(next_due, language) + (self.tr("（预计）") if case_row.due.estimated else "") \
                if next_due else ""
            late = bool(case_row.due.late) and case_row.open
            if late:
                due = self.tr("{date} 平台已逾期").format(date=due)
            rows.append(([case.case_no, what, case_status(case_row.kind, case.status), due], ("case", case_row),
                         LATE if late else None))
        for texts, data, colour in rows:
            r = self.cases.rowCount()
            self.cases.insertRow(r)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(256, data)
                if colour and column == 3:
                    item.setForeground(QBrush(QColor(colour)))
                self.cases.setItem(r, column, item)
            if chosen is not None and _identity(data) == chosen:
                self.cases.selectRow(r)
        if self.cases.rowCount() and not self.cases.selectedItems():
            self.cases.selectRow(0)  # the newest open case's steps, rather than an empty pane
        self.cases.resizeRowsToContents()

    def _fill_drafts(self, view, language: str) -> None:
        chosen = self._chosen_id(self.drafts)
        self.drafts.setRowCount(0)
        for draft in view.drafts:
            r = self.drafts.rowCount()
            self.drafts.insertRow(r)
            for column, text in enumerate([draft.title, "、".join(rec.summary for rec in draft.records),
                                           format_datetime(draft.updated_at, language)]):
                item = QTableWidgetItem(text)
                item.setData(256, ("draft", draft))
                self.drafts.setItem(r, column, item)
            if chosen == draft.id:
                self.drafts.selectRow(r)

    def _records_text(self, ids: list[str]) -> str:
        view = self.view
        names = []
        for record_id in ids:
            row = view.row(record_id) if view is not None else None
            names.append(row.record.summary if row is not None else record_id)
        return "、".join(names)

    @staticmethod
    def _chosen_id(table: QTableWidget):
        items = table.selectedItems()
        return _identity(items[0].data(256)) if items else None

    @staticmethod
    def _selected(table: QTableWidget):
        items = table.selectedItems()
        return items[0].data(256) if items else (None, None)

    def _record_chosen(self) -> None:
        kind, row = self._selected(self.records)
        if kind != "record":
            if self.view is not None and not self.view.rows:
                self.detail.setText(self.tr("信用平台上没有本企业的失信记录。"))
            elif self.view is not None:
                self.detail.setText(self.tr("选择一条记录，查看可以修复的时间、原因和依据。"))
        else:
            self.detail.setText(self.detail_text(row))
        self._enable()

    def detail_text(self, row) -> str:
        """Everything known about a record and every reason, each with its legal basis."""
        language = self.context.language
        record, a = row.record, row.assessment
        period = a.period
        lines = [record.summary, record_kind(record.kind),
                 self.tr("认定单位：{authority}　文书号：{document}　决定日期：{date}").format(
                     authority=record.authority, document=record.document_no,
                     date=format_date(record.decided_on, language))]
        penalty = penalty_types(record.penalty.types)
        if record.penalty.fine:
            penalty += self.tr("　罚款 {amount}").format(amount=format_money(record.penalty.fine, language))
        if record.penalty.term_months:
            penalty += self.tr("　期限 {months} 个月").format(months=record.penalty.term_months)
        if penalty:
            lines.append(self.tr("处罚：{penalty}").format(penalty=penalty.strip()))
        klass = class_name(period.klass)
        if period.overridden_by:
            klass = self.tr("{klass}（按{sector}领域标准）").format(klass=klass, sector=period.overridden_by)
        lines.append(self.tr("类别：{klass}失信信息").format(klass=klass))
        lines.append(self.tr("公示期：{start}起，最短至{min}，最长至{max}").format(
            start=format_date(record.publication.from_, language), min=format_date(period.min_until, language),
            max=format_date(period.max_until, language)))
        lines.append(self.tr("现在：{state}").format(state=headline(row, language)))
        if a.reasons:
            lines.append(self.tr("原因："))
            for reason in a.reasons:
                basis = self.tr("（依据：{basis}）").format(basis=reason.legal_basis) if reason.legal_basis else ""
                lines.append(f"　• {reason.text}{basis}")
        if row.case is not None:
            lines.append(self.tr("办理中的申请：{number}（{status}）").format(
                number=row.case.case_no, status=case_status("repair", row.case.status)))
        if row.objection is not None:
            lines.append(self.tr("异议：{number}（{status}）").format(
                number=row.objection.case_no, status=case_status("objection", row.objection.status)))
        if record.corrected:
            lines.append(self.tr("这条记录已根据异议更正。"))
        lines.append(self.tr("适用规则：{basis}").format(basis=a.legal_basis))
        return "\n".join(lines)

    def _case_chosen(self) -> None:
        kind, value = self._selected(self.cases)
        if kind == "case":
            names = {}
            for step in value.case.timeline:
                for key in step.slots:
                    slot = slot_named(self.view.rules, key) if self.view else None
                    names[key] = slot.name if slot is not None else key
            for key in getattr(value.case, "requested_slots", []):
                slot = slot_named(self.view.rules, key) if self.view else None
                names[key] = slot.name if slot is not None else key
            ids = value.case.record_ids if value.kind == "repair" else [value.case.record_id]
            self.timeline.show_case(value, self.tr("失信记录：{records}").format(records=self._records_text(ids)),
                                    self.context.language, names)
        elif kind == "entry":
            self.timeline.show_entry(self.tr("失信记录：{records}").format(
                records=self._records_text(value.body.get("record_ids", []))),
                entry_status(value.state, value.last_error))
        else:
            self.timeline.clear()
        self._enable()

    def _enable(self) -> None:
        ready = self.service is not None and self.context.current_firm is not None and self.view is not None
        kind, row = self._selected(self.records)
        self.apply_button.setEnabled(ready and kind == "record" and row.assessment.state == "repairable"
                                     and row.case is None)
        self.object_button.setEnabled(ready and kind == "record" and public(row) and row.objection is None)
        kind, value = self._selected(self.cases)
        self.supplement_button.setEnabled(ready and kind == "case" and value.kind == "repair"
                                          and value.case.status == "supplement_requested")
        self.retry_button.setEnabled(kind == "entry" and value.state in ("pending", "failed"))
        kind, _ = self._selected(self.drafts)
        self.open_button.setEnabled(ready and kind == "draft")
        self.delete_button.setEnabled(ready and kind == "draft")

    def clear(self) -> None:
        """After sign-out nothing of the previous firm stays."""
        self.view = None
        self._pending = None
        for table in (self.records, self.cases, self.drafts):
            table.setRowCount(0)
        for label in (self.status, self.standing, self.serious, self.detail):
            label.clear()
        self.serious.hide()
        self.timeline.clear()
        self.queue.clear()
        self.retranslate()
        self._enable()

    # -- 首页 stops announcing what the user has now seen -----------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._acknowledge()

    def _tab_chosen(self, index: int) -> None:
        if index == QUEUE_TAB and self.queue.queue is None and self.context.is_agent:
            self.queue.compute()

    def _acknowledge(self) -> None:
        view, service = self.view, self.service
        if view is None or service is None or not view.notices:
            return
        changed = any(not n.supplement for n in view.notices)
        op = Op(self, lambda: service.acknowledge(view))
        if changed:  # reloaded, so 首页 stops announcing them (补正 stays until supplied)
            op.changes(KEY)
        view.notices = [n for n in view.notices if n.supplement]
        op.run()

    # -- records ----------------------------------------------------------------------------------------------
    def _profile(self):
        firm = self.context.firm_view
        return firm.profile.value if firm is not None else None

    def _firm_name(self, uscc: str) -> str:
        session = self.context.session
        firms = session.me.firms if session and session.me else []
        return next((f.name for f in firms if f.uscc == uscc), uscc)

    def apply(self) -> None:
        kind, row = self._selected(self.records)
        if kind != "record" or self.view is None or not self.apply_button.isEnabled():
            return
        existing = next((d for d in self.view.drafts if row.record.id in {r.id for r in d.records}), None)
        if existing is not None:  # a draft for it already: carry on with that one
            self.open_wizard(existing, self.view.rows, self.view.uscc, self._profile())
            return
        service, uscc, profile, rows = self.service, self.view.uscc, self._profile(), self.view.rows
        record = row.record
        Op(self, lambda: service.new_application(uscc, record, profile),
           lambda draft: self.open_wizard(draft, rows, uscc, profile)).changes("drafts").failure(
            lambda error: self.detail.setText(message_for(error))).run()

    def open_wizard(self, draft, rows, uscc: str, profile, after=None) -> None:
        from assistant.ui.repair.wizard import RepairWizard

        self.wizard = RepairWizard(self.context, draft, rows, self._firm_name(uscc), profile, self)
        self.wizard.finished.connect(lambda _: self.context.reload_changed(frozenset({"drafts"})))
        self.wizard.submitted.connect(lambda: self.tabs.setCurrentIndex(CASES_TAB) if after is None else after())
        self.wizard.open()

    def object(self) -> None:
        kind, row = self._selected(self.records)
        if kind != "record" or self.view is None:
            return
        from assistant.ui.repair.objection_dialog import ObjectionDialog

        self.objection_dialog = ObjectionDialog(self.context, self.view.uscc, row.record, self._profile(), self)
        self.objection_dialog.accepted.connect(lambda: self.tabs.setCurrentIndex(CASES_TAB))
        self.objection_dialog.open()

    # -- cases ------------------------------------------------------------------------------------------------
    def supplement(self) -> None:
        kind, value = self._selected(self.cases)
        if kind != "case" or self.view is None:
            return
        from assistant.ui.repair.supplement_dialog import SupplementDialog

        self.supplement_dialog = SupplementDialog(self.context, value.case, self.view.rules, self)
        self.supplement_dialog.open()

    def retry(self) -> None:
        kind, entry = self._selected(self.cases)
        if kind == "entry":
            account = self.context.account
            Op(self, lambda: account.retry(entry.id), lambda _: self.context.send_outbox()).changes("outbox").run()

    # -- drafts -----------------------------------------------------------------------------------------------
    def open_draft(self) -> None:
        kind, draft = self._selected(self.drafts)
        if kind == "draft" and self.view is not None:
            self.open_wizard(draft, self.view.rows, self.view.uscc, self._profile())

    def delete_draft(self) -> None:
        kind, draft = self._selected(self.drafts)
        if kind != "draft":
            return
        self.confirm = ask(self, self.tr("删除草稿"), self.tr("确定删除草稿“{title}”吗？已添加的材料也会从草稿中移除，删除后无法恢复。")
                           .format(title=draft.title), lambda: self._delete(draft))

    def _delete(self, draft) -> None:
        service = self.service
        Op(self, lambda: service.delete_draft(draft.id)).changes("drafts").run()

    # -- the accountant's queue -------------------------------------------------------------------------------
    def open_queue_item(self, item) -> None:
        """That firm's page, at the record or case: the firm is switched like from the header's switcher."""
        target = ("record", item.record_id) if item.record_id else ("case", item.case_id)
        self._pending = (item.uscc, *target)
        if item.uscc == self.context.current_firm and self.view is not None:
            self._show_pending()
            return
        self.context.select_firm(item.uscc)

    def _show_pending(self) -> None:
        if self._pending is None or self.view is None or self._pending[0] != self.view.uscc:
            return
        _, kind, wanted = self._pending
        self._pending = None
        table, tab = (self.records, RECORDS_TAB) if kind == "record" else (self.cases, CASES_TAB)
        for r in range(table.rowCount()):
            data = table.item(r, 0).data(256)
            if _identity(data) == (kind, wanted):
                table.selectRow(r)
                break
        self.tabs.setCurrentIndex(tab)

    def apply_for_client(self, item) -> None:
        """Prepare a client's application without leaving the queue (several firms in a row)."""
        service, session = self.service, self.context.session
        if service is None or session is None:
            return

        def work():
            view = service.view(item.uscc)
            row = view.row(item.record_id)
            if row is None:
                raise UserFacingError(QCoreApplication.translate(
                    "RepairPage", "这条记录已不在平台上（可能已修复或已更正），请刷新待办。"))
            profile = session.firm(item.uscc).profile.value
            existing = next((d for d in view.drafts if item.record_id in {r.id for r in d.records}), None)
            return existing or service.new_application(item.uscc, row.record, profile), view.rows, profile

        def ready(result) -> None:
            if self.context.session is not session or self.service is not service:
                return  # signed out (or in as someone else) meanwhile
            draft, rows, profile = result
            self.open_wizard(draft, rows, item.uscc, profile, after=self.queue.compute)

        Op(self, work, ready).changes("drafts").failure(
            lambda error: self.queue.status.setText(message_for(error))).run()


def _identity(data) -> tuple[str, str] | None:
    if not data:
        return None
    kind, value = data
    if kind == "record":
        return kind, value.record.id
    if kind == "case":
        return kind, value.case.id
    return kind, getattr(value, "id", "")
