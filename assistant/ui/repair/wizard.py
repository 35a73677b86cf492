"""The repair application, step by step: records → reason → materials → 承诺书 → check (→ preview/print) → submit.
The draft is saved as the user types (0.8 s after the last key) and on every step; files are attached in a worker
as soon as they are chosen or dropped, and a refused one is explained beside its slot with nothing else lost."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
)

from assistant.errors import UserFacingError
from assistant.ui.ops import Op, message_for
from assistant.ui.repair.steps import MIRRORED, CheckStep, CommitmentStep, MaterialsStep, ReasonStep, RecordsStep
from assistant.ui.repair.words import name_filters
from assistant.ui.theme import style
from assistant.ui.widgets import PDF_PREVIEW, Retranslating
from assistant.ui.widgets.files import open_file
from assistant.ui.widgets.screen import fit_to_screen

AUTOSAVE_MS = 800
RECORDS, REASON, MATERIALS, COMMITMENT, CHECK = range(5)


class RepairWizard(Retranslating, QDialog):
    submitted = Signal()

    def __init__(self, context, draft, rows, firm_name: str, profile=None, parent=None):
        """`rows` are the firm's records as judged now (to add others to the application); `profile` fills the
        printable form."""
        super().__init__(parent)
        self.context, self.draft, self.firm_name, self.profile = context, draft, firm_name, profile
        self.slots: list = []
        self.attached: dict = {}
        self.preview = None
        self.confirmation = None
        fit_to_screen(self, 920, 720)
        self.heading = QLabel()
        style(self.heading, "dialogHeading")
        self.heading.setWordWrap(True)
        self.covering = QLabel()  # the records this application is for, whichever step is shown
        self.covering.setWordWrap(True)
        language = context.language
        self.records_step = RecordsStep(draft, rows, language)
        self.reason_step = ReasonStep(draft)
        self.materials_step = MaterialsStep()
        self.commitment_step = CommitmentStep(draft)
        self.check_step = CheckStep()
        self.steps = QTabWidget()  # the steps as tabs: any step can be reached directly, in any order
        for step in (self.records_step, self.reason_step, self.materials_step, self.commitment_step,
                     self.check_step):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(step)
            self.steps.addTab(scroll, "")
        self.records_step.changed.connect(self._records_changed)
        self.reason_step.changed.connect(self._changed)
        self.commitment_step.changed.connect(self._changed)
        self.steps.currentChanged.connect(self._step_shown)
        self.saved = QLabel()
        style(self.saved, "helpText")
        self.message = QLabel()
        style(self.message, "errorText")
        self.message.setWordWrap(True)
        self.back_button, self.next_button = QPushButton(), QPushButton()
        self.preview_button, self.print_button = QPushButton(), QPushButton()
        self.submit_button, self.close_button = QPushButton(), QPushButton()
        self.back_button.clicked.connect(lambda: self.go(self.steps.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go(self.steps.currentIndex() + 1))
        self.preview_button.clicked.connect(lambda: self.show_form(print_now=False))
        self.print_button.clicked.connect(lambda: self.show_form(print_now=True))
        self.submit_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.accept)
        self.printable = hasattr(self.service, "application_pdf")  # the signable form, where the service has it
        if self.printable:
            QShortcut(QKeySequence.StandardKey.Print, self, lambda: self.show_form(print_now=True))
        for button in (self.back_button, self.preview_button, self.print_button, self.submit_button,
                       self.close_button):
            button.setAutoDefault(False)
        self.next_button.setDefault(True)  # Enter moves on; it never sends (提交… asks first anyway)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved, 1)
        for button in (self.back_button, self.next_button, self.preview_button, self.print_button,
                       self.submit_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.covering)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self.retranslate()
        self.go(RECORDS if len(self.records_step.candidates) > 1 else REASON)
        self.load_materials()

    @property
    def service(self):
        return self.context.service("repair")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("信用修复申请"))
        self.heading.setText(self.tr("信用修复申请 — {firm}").format(firm=self.firm_name))
        for row, text in enumerate((self.tr("1 选择记录"), self.tr("2 申请理由"), self.tr("3 上传材料"),
                                    self.tr("4 承诺书"), self.tr("5 检查并提交"))):
            self.steps.setTabText(row, text)
        self.back_button.setText(self.tr("上一步"))
        self.next_button.setText(self.tr("下一步"))
        self.preview_button.setText(self.tr("预览申请表"))
        self.print_button.setText(self.tr("打印…"))
        self.submit_button.setText(self.tr("提交…"))
        self.close_button.setText(self.tr("关闭"))
        self._show_covering()
        self._show_buttons()

    def _show_covering(self) -> None:
        records = self.draft.records
        self.covering.setText(self.tr("申请修复：{records}").format(records="；".join(
            f"{r.summary}（{r.document_no}）" for r in records)) if records else self.tr("还没有选择要修复的记录。"))

    # -- moving between steps ---------------------------------------------------------------------------------
    def go(self, index: int) -> None:
        if not 0 <= index < self.steps.count():
            return
        if self.steps.currentIndex() != index:
            self.steps.setCurrentIndex(index)  # comes back to _step_shown
        else:
            self._step_shown(index)

    def _step_shown(self, index: int) -> None:
        if self._autosave.isActive():  # every step is saved
            self._autosave.stop()
            self.save_now()
        if index == CHECK:
            self.check()
        self._show_buttons()

    def _show_buttons(self) -> None:
        index = self.steps.currentIndex()
        last = index == self.steps.count() - 1
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(not last)
        self.submit_button.setVisible(last)
        printing = index in (COMMITMENT, CHECK) and self.printable  # print, sign, scan, upload as 承诺书
        self.preview_button.setVisible(printing)
        self.print_button.setVisible(printing)

    # -- editing and saving -----------------------------------------------------------------------------------
    def _snapshot(self):
        return copy.deepcopy(self.draft)  # the worker gets its own copy; typing goes on meanwhile

    def _changed(self) -> None:
        for key, source in MIRRORED.items():  # contact typed once, for the application and its 承诺书
            if any(f.key == key for f in self.draft.template.fields):
                self.draft.fields[key] = getattr(self.draft, source)
        self.message.clear()
        self.saved.setText(self.tr("正在保存…"))
        self._autosave.start()

    def _records_changed(self) -> None:
        from assistant.services.repair import commitment_fields

        before = self.draft.records[0] if self.draft.records else None
        self.draft.records = self.records_step.records()
        self._show_covering()
        after = self.draft.records[0] if self.draft.records else None
        if after is not None and (before is None or before.id != after.id):
            old = commitment_fields(before) if before is not None else {}
            for key, value in commitment_fields(after).items():
                if self.draft.fields.get(key, "") in ("", old.get(key)):  # what the user typed stays
                    self.draft.fields[key] = value
            self.commitment_step.set_values(self.draft.fields)
        self._changed()
        self._autosave.stop()
        self.save_now(then=self.load_materials)  # the records' kinds decide the slots

    def save_now(self, then=None, *, last: bool = False) -> None:
        """`last`: the wizard is closing — the drafts list is reloaded once this save has landed."""
        service = self.service
        if service is None:
            return
        snapshot = self._snapshot()

        def saved(when: dt.datetime) -> None:
            self._saved(when)
            if then is not None:
                then()

        op = Op(self, lambda: service.save_draft(snapshot), saved).failure(
            lambda error: self.saved.setText(self.tr("保存失败：{reason}").format(reason=message_for(error))))
        if last:
            op.changes("drafts")
        op.run()

    def _saved(self, when: dt.datetime) -> None:
        self.saved.setText(self.tr("已自动保存 {time}").format(time=when.astimezone().strftime("%H:%M:%S")))

    def done(self, result: int) -> None:
        if self._autosave.isActive():
            self._autosave.stop()
            self.save_now(last=True)
        super().done(result)

    # -- materials --------------------------------------------------------------------------------------------
    def load_materials(self) -> None:
        service, draft = self.service, self._snapshot()
        if service is None:
            return
        Op(self, lambda: (service.slots(draft), service.attached(draft)), self._show_materials).failure(
            lambda error: self.message.setText(message_for(error))).run()

    def _show_materials(self, loaded) -> None:
        self.slots, self.attached = loaded
        for box in self.materials_step.show_slots(self.slots, self.attached):
            box.add_requested.connect(self.pick)
            box.files_dropped.connect(self.attach)
            box.remove_requested.connect(self.detach)

    def pick(self, key: str) -> None:
        slot = next((s for s in self.slots if s.key == key), None)
        if slot is None:
            return
        self.file_dialog = open_file(self, self.context.settings, title=self.tr("选择“{name}”的文件").format(
            name=slot.name), name_filters=name_filters(slot.accepts), chosen=lambda path: self.attach(key, [Path(path)]))

    def attach(self, key: str, paths: list) -> None:
        """Each file checked and copied in a worker; those refused are named beside the slot, the others kept."""
        service, draft = self.service, self._snapshot()
        box = self.materials_step.boxes.get(key)
        if box is not None:
            box.show_problem(self.tr("正在添加…"))

        def work():
            refused = []
            for path in paths:
                try:
                    service.attach(draft, key, Path(path))
                except UserFacingError as error:
                    refused.append(error.message)
            return service.attached(draft), refused

        def done(result) -> None:
            self.attached, refused = result
            self.materials_step.show_slots(self.slots, self.attached)
            if key in self.materials_step.boxes:
                self.materials_step.boxes[key].show_problem("\n".join(refused))

        def failed(error: BaseException) -> None:
            if key in self.materials_step.boxes:
                self.materials_step.boxes[key].show_problem(message_for(error))

        Op(self, work, done).failure(failed).run()

    def detach(self, key: str, sha256: str) -> None:
        service, draft = self.service, self._snapshot()

        def work():
            service.detach(draft, key, sha256)
            return service.attached(draft)

        def done(attached) -> None:
            self.attached = attached
            self.materials_step.show_slots(self.slots, attached)
            if key in self.materials_step.boxes:
                self.materials_step.boxes[key].show_problem("")

        Op(self, work, done).failure(lambda error: self.message.setText(message_for(error))).run()

    # -- checking and submitting ------------------------------------------------------------------------------
    def _summary(self) -> str:
        d = self.draft
        lines = [self.tr("申请修复 {count} 条失信记录：{records}").format(
            count=len(d.records), records="、".join(r.summary for r in d.records) or self.tr("（未选择）"))]
        filled = [s.name for s in self.slots if self.attached.get(s.key)]
        lines.append(self.tr("已上传材料：{names}").format(names="、".join(filled) or self.tr("无")))
        return "\n".join(lines)

    def check(self) -> None:
        """Save, then list everything still missing at once."""
        service, draft = self.service, self._snapshot()
        if service is None:
            return
        self.check_step.show_checking()

        def work():
            service.save_draft(draft)
            return service.missing(draft), service.slots(draft), service.attached(draft)

        def done(result) -> None:
            missing, self.slots, self.attached = result
            self.check_step.show_result(self._summary(), missing)

        Op(self, work, done).failure(lambda error: self.message.setText(message_for(error))).run()

    def submit(self) -> None:
        """Check first; only a confirmation queues it."""
        service, draft = self.service, self._snapshot()
        if service is None:
            self.message.setText(self.tr("请先登录。"))
            return
        self._autosave.stop()
        self.submit_button.setEnabled(False)

        def work():
            service.save_draft(draft)
            return service.missing(draft), service.slots(draft), service.attached(draft)

        def checked(result) -> None:
            missing, self.slots, self.attached = result
            if missing:
                self.submit_button.setEnabled(True)
                self.go(CHECK)
                self.check_step.show_result(self._summary(), missing)
                self.message.setText(self.tr("还缺 {count} 项，见“检查并提交”。").format(count=len(missing)))
                return
            self._confirm(draft)

        Op(self, work, checked).failure(self._refused).run()

    def _confirm(self, draft) -> None:
        from assistant.ui.repair.confirm import RepairConfirmation

        self.confirmation = RepairConfirmation(draft, self.firm_name, self.slots, self.attached, self)
        self.confirmation.accepted.connect(lambda: self._queue(draft))
        self.confirmation.rejected.connect(lambda: self.submit_button.setEnabled(True))
        self.confirmation.open()

    def _queue(self, draft) -> None:
        service = self.service

        def queued(_entry) -> None:
            self.submitted.emit()
            self.context.send_outbox()
            self.accept()

        Op(self, lambda: service.submit(draft), queued).changes("outbox", "drafts").failure(self._refused).run()

    def _refused(self, error: BaseException) -> None:
        from assistant.services.repair import ApplicationIncomplete

        self.submit_button.setEnabled(True)
        if isinstance(error, ApplicationIncomplete):
            self._saved(error.saved_at)
            self.go(CHECK)
            self.check_step.show_result(self._summary(), error.missing)
        self.message.setText(message_for(error))

    # -- the printable form -----------------------------------------------------------------------------------
    def show_form(self, *, print_now: bool) -> None:
        """信用信息修复申请表 + 信用修复承诺书 as one signable PDF (when the service can make it)."""
        service, draft, profile = self.service, self._snapshot(), self.profile
        if service is None or not self.printable:
            return
        self.message.setText(self.tr("正在生成预览…"))

        def shown(pdf: bytes) -> None:
            from assistant.ui.widgets.pdf_preview import PdfPreview

            self.message.clear()
            self.preview = PdfPreview(pdf, draft.title, f"{draft.title}.pdf", self, settings=self.context.settings,
                                      hint=self.tr("打印后请签字、加盖公章，扫描后作为“信用修复承诺书”材料上传。"))
            self.preview.open_soon(print_now=print_now)

        Op(self, lambda: service.application_pdf(draft, profile), shown).imports(PDF_PREVIEW).failure(
            lambda error: self.message.setText(message_for(error))).run()
