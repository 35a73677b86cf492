"""提出异议: the firm says a record is wrong — why, who to call, and evidence. Checked here first (every blank at
once), then saved, queued and sent exactly once like an application."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from assistant.errors import UserFacingError
from assistant.ui.ask import ask
from assistant.ui.ops import Op, message_for
from assistant.ui.repair.slot_box import SlotBox
from assistant.ui.repair.supplement_dialog import ANY_MATERIAL
from assistant.ui.repair.words import name_filters
from assistant.ui.theme import style
from assistant.ui.widgets import Retranslating
from assistant.ui.widgets.files import open_file
from assistant.ui.widgets.screen import fit_to_screen


class ObjectionDialog(Retranslating, QDialog):
    def __init__(self, context, uscc: str, record, profile=None, parent=None):
        super().__init__(parent)
        self.context, self.uscc, self.record, self.profile = context, uscc, record, profile
        self.draft = None  # made at the first attempt to send, kept for the next (no second draft)
        self.evidence: list[Path] = []
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setMinimumHeight(110)
        self.contact_name = QLineEdit(profile.legal_rep.name if profile else "")
        self.contact_name.setMaxLength(20)
        self.contact_phone = QLineEdit()
        self.contact_phone.setMaxLength(20)
        self.captions = [QLabel() for _ in range(3)]
        self.problems = {key: self._problem() for key in ("reason", "contact.name", "contact.phone")}
        form = QFormLayout()
        for caption, edit, key in zip(self.captions, (self.reason, self.contact_name, self.contact_phone),
                                      self.problems, strict=True):
            box = QVBoxLayout()
            box.addWidget(edit)
            box.addWidget(self.problems[key])
            form.addRow(caption, box)
        self.slot = SimpleNamespace(key="evidence", name="", required=True, accepts=ANY_MATERIAL, max_mb=10,
                                    note="", example="")
        self.box = SlotBox(self.slot)
        self.box.add_requested.connect(self.pick)
        self.box.files_dropped.connect(lambda _key, paths: self.add(paths))
        self.box.remove_requested.connect(self.remove)
        self.box.show_files([])
        inner = QWidget()
        area = QVBoxLayout(inner)
        area.addWidget(self.heading)
        area.addLayout(form)
        area.addWidget(self.box)
        area.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.message = QLabel()
        style(self.message, "errorText")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        fit_to_screen(self, 640, 600)

    @staticmethod
    def _problem() -> QLabel:
        label = QLabel()
        style(label, "errorText")
        label.setWordWrap(True)
        label.hide()
        return label

    def retranslate(self) -> None:
        r = self.record
        self.setWindowTitle(self.tr("对失信记录提出异议"))
        self.heading.setText(self.tr("记录：{summary}\n{authority} {document}\n认为这条记录有误（例如不是本企业、金额或日期不对、"
                                     "已撤销）时提出异议。平台在1个工作日内转交认定单位，7个工作日内核查答复。").format(
            summary=r.summary, authority=r.authority, document=r.document_no))
        for caption, text in zip(self.captions, (self.tr("异议理由 *"), self.tr("联系人 *"), self.tr("联系电话 *")),
                                 strict=True):
            caption.setText(text)
        self.reason.setPlaceholderText(self.tr("写明记录哪里有误、应当如何更正"))
        self.slot.name = self.tr("证明材料")
        self.slot.note = self.tr("能证明记录有误的文件，例如撤销决定书、缴款凭证、法院判决。")
        self.box.retranslate()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("提交异议"))

    def pick(self, _key: str = "") -> None:
        self.file_dialog = open_file(self, self.context.settings, title=self.tr("选择证明材料"),
                                     name_filters=name_filters(self.slot.accepts),
                                     chosen=lambda path: self.add([Path(path)]))

    def add(self, paths: list) -> None:
        self.evidence += [Path(p) for p in paths if Path(p) not in self.evidence]
        self._show_files()

    def remove(self, _key: str, path) -> None:
        self.evidence = [p for p in self.evidence if p != path]
        self._show_files()

    def _show_files(self) -> None:
        self.box.show_files([(p.name, p) for p in self.evidence])
        self.box.show_problem("")

    def blanks(self) -> dict[str, str]:
        out = {}
        if not self.reason.toPlainText().strip():
            out["reason"] = self.tr("请写明记录哪里有误、应当如何更正")
        if not self.contact_name.text().strip():
            out["contact.name"] = self.tr("请填写联系人")
        if not self.contact_phone.text().strip():
            out["contact.phone"] = self.tr("请填写联系电话")
        if not self.evidence:
            out["evidence"] = self.tr("请至少附一份证明材料")
        return out

    def send(self) -> None:
        blanks = self.blanks()
        for key, label in self.problems.items():
            label.setText(blanks.get(key, ""))
            label.setVisible(key in blanks)
        self.box.show_problem(blanks.get("evidence", ""))
        if blanks:
            self.message.setText(self.tr("还有 {count} 处需要填写，已用红字标出。").format(count=len(blanks)))
            return
        self.message.clear()
        self.confirm = ask(self, self.tr("提交异议"), self.tr("确定对“{summary}”提出异议吗？提交后不能修改。").format(
            summary=self.record.summary), self._queue)

    def _queue(self) -> None:
        service, uscc, record, profile, draft = (self.context.service("repair"), self.uscc, self.record, self.profile,
                                                 self.draft)
        reason, name, phone = self.reason.toPlainText(), self.contact_name.text(), self.contact_phone.text()
        evidence = list(self.evidence)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)

        def work():
            made = draft or service.new_objection(uscc, record, profile)
            try:
                return made, service.object(made, reason, name, phone, evidence), None
            except UserFacingError as error:  # said beside the form; the draft is kept for the next try
                return made, None, error

        def done(result) -> None:
            self.draft, entry, error = result
            ok.setEnabled(True)
            if error is not None:
                self.message.setText(message_for(error))
                return
            self.context.send_outbox()
            self.accept()

        def failed(error: BaseException) -> None:
            ok.setEnabled(True)
            self.message.setText(message_for(error))

        Op(self, work, done).changes("repair").failure(failed).run()
