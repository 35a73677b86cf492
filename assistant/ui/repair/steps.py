"""The application wizard's steps, one widget each: which records, why (and who to call), the materials by slot,
the 信用修复承诺书, and the check before sending. Each writes what the user types into the draft and says `changed`;
the wizard saves it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from assistant.domain.commitments import check_field
from assistant.ui.commitments.editor import DateInput, FieldInput
from assistant.ui.repair.slot_box import SlotBox
from assistant.ui.repair.words import class_name, headline, size_text
from assistant.ui.theme import style
from assistant.ui.widgets import Retranslating

# The commitment's contact fields are the application's contact, typed once on the reason step.
MIRRORED = {"contact_name": "contact_name", "contact_phone": "contact_phone"}


def _help(text: str = "") -> QLabel:
    label = QLabel(text)
    style(label, "helpText")
    label.setWordWrap(True)
    return label


def _problem() -> QLabel:
    label = QLabel()
    style(label, "errorText")
    label.setWordWrap(True)
    label.hide()
    return label


class RecordsStep(Retranslating, QWidget):
    """The records this application covers: the one chosen, and any other of the firm's that can be repaired now."""

    changed = Signal()

    def __init__(self, draft, rows, language: str, parent=None):
        super().__init__(parent)
        self.draft, self.language = draft, language
        chosen = {r.id for r in draft.records}
        self.candidates = [r for r in rows if r.record.id in chosen or
                           (r.assessment.state == "repairable" and r.case is None)]
        self.intro = _help()
        self.boxes: list[tuple[QCheckBox, object]] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for row in self.candidates:
            box = QCheckBox()
            box.setChecked(row.record.id in chosen)
            box.toggled.connect(lambda _=False: self.changed.emit())
            self.boxes.append((box, row))
            layout.addWidget(box)
        known = {r.record.id for r in self.candidates}
        for record in draft.records:  # kept in the draft though no longer listed (e.g. opened offline)
            if record.id not in known:
                box = QCheckBox(f"{record.summary}（{record.document_no}）")
                box.setChecked(True)
                box.toggled.connect(lambda _=False: self.changed.emit())
                self.boxes.append((box, record))
                layout.addWidget(box)
        self.problem = _problem()
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("选择这份申请要修复的失信记录。同一企业现在可以修复的其他记录可以一并申请，"
                                   "材料只需提交一次。"))
        for box, row in self.boxes:
            if hasattr(row, "record"):
                r = row.record
                box.setText(self.tr("{summary}（{document}，{authority}）— {klass} · {state}").format(
                    summary=r.summary, document=r.document_no, authority=r.authority,
                    klass=class_name(row.assessment.period.klass), state=headline(row, self.language)))

    def records(self) -> list:
        out = []
        for box, row in self.boxes:
            if box.isChecked():
                out.append(row.record if hasattr(row, "record") else row)
        return out


class ReasonStep(Retranslating, QWidget):
    """申请理由, the contact, and the agent's name when an accountant applies for a client."""

    changed = Signal()

    def __init__(self, draft, parent=None):
        super().__init__(parent)
        self.draft = draft
        self.reason = QPlainTextEdit(draft.reason)
        self.reason.setMinimumHeight(120)
        self.reason_help = _help()
        self.contact_name = QLineEdit(draft.contact_name)
        self.contact_name.setMaxLength(20)
        self.contact_phone = QLineEdit(draft.contact_phone)
        self.contact_phone.setMaxLength(20)
        self.phone_problem = _problem()
        self.agent_name = QLineEdit(draft.agent_name or "")
        self.agent_name.setMaxLength(20)
        self.agent_help = _help()
        self.captions = [QLabel() for _ in range(4)]
        form = QFormLayout()
        reason_box = QVBoxLayout()
        reason_box.addWidget(self.reason)
        reason_box.addWidget(self.reason_help)
        form.addRow(self.captions[0], reason_box)
        form.addRow(self.captions[1], self.contact_name)
        phone_box = QVBoxLayout()
        phone_box.addWidget(self.contact_phone)
        phone_box.addWidget(self.phone_problem)
        form.addRow(self.captions[2], phone_box)
        if draft.agent:
            agent_box = QVBoxLayout()
            agent_box.addWidget(self.agent_name)
            agent_box.addWidget(self.agent_help)
            form.addRow(self.captions[3], agent_box)
        else:
            self.agent_name.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        for edit in (self.contact_name, self.contact_phone, self.agent_name):
            edit.textChanged.connect(self._edited)
        self.reason.textChanged.connect(self._edited)
        self.phone_spec = next((f for f in draft.template.fields if f.key == "contact_phone"), None)
        self.retranslate()

    def retranslate(self) -> None:
        self.captions[0].setText(self.tr("申请理由 *"))
        self.captions[1].setText(self.tr("联系人 *"))
        self.captions[2].setText(self.tr("联系电话 *"))
        self.captions[3].setText(self.tr("代理人姓名 *"))
        self.reason_help.setText(self.tr("写明失信行为已经如何纠正：罚款何时缴清、整改了什么、今后如何避免。"))
        self.agent_help.setText(self.tr("代理记账人员代为申请时填写，并在“上传材料”中提供授权委托书和经办人身份证。"))
        self.reason.setPlaceholderText(self.tr("例如：已于2026年5月8日缴清罚款，已完成整改并通过复查。"))
        self.contact_phone.setPlaceholderText(self.tr("例如 13803731234 或 0373-1234567"))
        self.agent_name.setPlaceholderText(self.tr("代为办理的代理记账人员姓名"))

    def _edited(self, *_) -> None:
        d = self.draft
        d.reason, d.contact_name, d.contact_phone = (self.reason.toPlainText(), self.contact_name.text(),
                                                     self.contact_phone.text())
        if d.agent:
            d.agent_name = self.agent_name.text()
        problem = check_field(self.phone_spec, d.contact_phone)[1] if self.phone_spec and d.contact_phone else None
        self.phone_problem.setText(problem or "")
        self.phone_problem.setVisible(bool(problem))
        self.changed.emit()


class MaterialsStep(Retranslating, QWidget):
    """A box per material slot; what adding and removing do is the wizard's (it attaches in a worker)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.intro = _help()
        self.boxes: dict[str, SlotBox] = {}
        self.area = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.area)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("按项目上传材料：每项写明接受的文件类型和大小。可以点“添加文件…”，也可以把文件"
                                   "直接拖到对应的框里。标“必需”的每项至少一个文件。"))

    def show_slots(self, slots: list, attached: dict) -> list[SlotBox]:
        """Boxes for these slots (kept when the slots are the same), each showing its files; returns new boxes."""
        made = []
        if [s.key for s in slots] != list(self.boxes):
            for box in self.boxes.values():
                box.setParent(None)
                box.deleteLater()
            self.boxes = {}
            for slot in slots:
                box = SlotBox(slot)
                self.boxes[slot.key] = box
                self.area.addWidget(box)
                made.append(box)
        for key, box in self.boxes.items():
            box.show_files([(f"{f.name}（{size_text(f.size)}）", f.sha256) for f in attached.get(key, [])])
        return made


class CommitmentStep(Retranslating, QWidget):
    """The 信用修复承诺书, already filled from the record; every field editable; the signer."""

    changed = Signal()

    def __init__(self, draft, parent=None):
        super().__init__(parent)
        self.draft = draft
        self.intro = _help()
        self.liability = _help()
        self.inputs: dict[str, FieldInput] = {}
        form = QFormLayout()
        for spec in draft.template.fields:
            if spec.key in MIRRORED:
                continue
            widget = FieldInput(spec, draft.fields.get(spec.key, ""))
            widget.changed.connect(self._edited)
            form.addRow(QLabel(spec.label + (" *" if spec.required else "")), widget)
            self.inputs[spec.key] = widget
        self.signed_by = QLineEdit(draft.signed_by)
        self.signed_by.setMaxLength(20)
        self.signed_by.textChanged.connect(self._edited)
        self.signer_caption = QLabel()
        form.addRow(self.signer_caption, self.signed_by)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.liability)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("承诺书“{title}”已按失信记录填好，请核对；内容可以修改。联系人和电话取自“申请理由”一步。"
                                   "点“预览申请表”可打印申请表和承诺书，签字盖章后扫描，在“上传材料”中作为"
                                   "“信用修复承诺书”上传。").format(title=self.draft.template.title))
        self.liability.setText(self.tr("签署前请知悉：{text}").format(text=self.draft.template.breach_liability))
        self.signer_caption.setText(self.tr("签署人（法定代表人） *"))

    def _edited(self, *_) -> None:
        for key, widget in self.inputs.items():
            self.draft.fields[key] = widget.value()
        self.draft.signed_by = self.signed_by.text()
        self.changed.emit()

    def set_values(self, fields: dict[str, str]) -> None:
        """Fields filled again from another record (only those the user had not changed)."""
        for key, widget in self.inputs.items():
            value = fields.get(key, "")
            box = widget.input
            box.blockSignals(True)
            if isinstance(box, QPlainTextEdit):
                box.setPlainText(value)
            elif isinstance(box, DateInput):
                box.edit.blockSignals(True)
                box.edit.setText(value)
                box.edit.blockSignals(False)
            elif isinstance(box, QLineEdit):
                box.setText(value)
            box.blockSignals(False)
            widget.check()


class CheckStep(Retranslating, QWidget):
    """Everything still missing, all at once, before anything is sent."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.missing = QLabel()
        style(self.missing, "errorText")
        self.missing.setWordWrap(True)
        self.ready = QLabel()
        self.ready.setWordWrap(True)
        self.hint = _help()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.missing)
        layout.addWidget(self.ready)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("提交后进入本机待发送队列，联网时自动发送，只会提交一次；离线时也可以提交。"))

    def show_checking(self) -> None:
        self.ready.setText(self.tr("正在检查…"))
        self.missing.hide()

    def show_result(self, summary: str, missing: list) -> None:
        self.summary.setText(summary)
        if missing:
            self.missing.setText(self.tr("还缺 {count} 项，补齐后才能提交：").format(count=len(missing)) + "\n" +
                                 "\n".join(f"· {m.text}" for m in missing))
            self.ready.setText(self.tr("可以先关闭窗口，草稿已自动保存，以后在“草稿”中继续填写。"))
        else:
            self.ready.setText(self.tr("申请内容和材料已经齐全，可以提交。"))
        self.missing.setVisible(bool(missing))
