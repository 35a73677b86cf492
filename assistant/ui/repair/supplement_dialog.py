"""补正材料: the platform asked for more; one box per requested slot (files picked or dropped), a note, one upload."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from assistant.ui.ops import Op, message_for
from assistant.ui.repair.slot_box import SlotBox
from assistant.ui.repair.words import name_filters, slot_named
from assistant.ui.theme import style
from assistant.ui.widgets import Retranslating
from assistant.ui.widgets.files import open_file
from assistant.ui.widgets.screen import fit_to_screen

ANY_MATERIAL = ["application/pdf", "image/jpeg", "image/png", "application/ofd"]


def requested_slots(case) -> list[str]:
    """What the platform asked for: the 补正 step's own slots, else the case's list."""
    asked = next((step.slots for step in reversed(case.timeline) if step.status == "supplement_requested"
                  and step.slots), None)
    return list(asked or case.requested_slots)


class SupplementDialog(Retranslating, QDialog):
    def __init__(self, context, case, rules: list, parent=None):
        super().__init__(parent)
        self.context, self.case = context, case
        self.chosen: dict[str, list[Path]] = {}
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.asked = QLabel()
        self.asked.setWordWrap(True)
        self.boxes: dict[str, SlotBox] = {}
        inner = QWidget()
        area = QVBoxLayout(inner)
        area.addWidget(self.asked)
        for key in requested_slots(case):
            slot = slot_named(rules, key) or SimpleNamespace(key=key, name=key, required=True, accepts=ANY_MATERIAL,
                                                             max_mb=10, note="", example="")
            box = SlotBox(slot, required=True)
            box.add_requested.connect(self.pick)
            box.files_dropped.connect(self.add)
            box.remove_requested.connect(self.remove)
            box.show_files([])
            self.boxes[key] = box
            area.addWidget(box)
        self.note_caption = QLabel()
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(70)
        area.addWidget(self.note_caption)
        area.addWidget(self.note)
        area.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.message = QLabel()
        style(self.message, "errorText")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.upload)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        fit_to_screen(self, 680, 620)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("补正材料"))
        self.heading.setText(self.tr("申请 {number}：平台要求补正以下材料。每项至少选择一个文件，然后点“上传”。").format(
            number=self.case.case_no))
        last = next((s for s in reversed(self.case.timeline) if s.status == "supplement_requested"), None)
        self.asked.setText(self.tr("平台的说明：{note}").format(note=last.note) if last and last.note else "")
        self.asked.setVisible(bool(last and last.note))
        self.note_caption.setText(self.tr("补充说明（可选）"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("上传"))

    def pick(self, key: str) -> None:
        box = self.boxes[key]
        self.file_dialog = open_file(self, self.context.settings, title=self.tr("选择“{name}”的文件").format(
            name=box.slot.name), name_filters=name_filters(box.slot.accepts),
            chosen=lambda path: self.add(key, [Path(path)]))

    def add(self, key: str, paths: list) -> None:
        files = self.chosen.setdefault(key, [])
        files += [Path(p) for p in paths if Path(p) not in files]
        self._show(key)

    def remove(self, key: str, path) -> None:
        self.chosen[key] = [p for p in self.chosen.get(key, []) if p != path]
        self._show(key)

    def _show(self, key: str) -> None:
        self.boxes[key].show_files([(p.name, p) for p in self.chosen.get(key, [])])
        self.boxes[key].show_problem("")
        self.message.clear()

    def upload(self) -> None:
        empty = [key for key in self.boxes if not self.chosen.get(key)]
        for key in empty:
            self.boxes[key].show_problem(self.tr("请为这一项选择文件。"))
        if empty:
            self.message.setText(self.tr("还有 {count} 项没有选择文件。").format(count=len(empty)))
            return
        service, uscc, case_id = self.context.service("repair"), self.case.uscc, self.case.id
        files, note = {k: list(v) for k, v in self.chosen.items() if v}, self.note.toPlainText().strip()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.message.setText(self.tr("正在上传…"))

        def failed(error: BaseException) -> None:
            ok.setEnabled(True)
            self.message.setText(message_for(error))

        Op(self, lambda: service.supplement(uscc, case_id, files, note), lambda _: self.accept()).changes(
            "repair").failure(failed).with_progress(self.tr("正在上传补正材料…")).run()
