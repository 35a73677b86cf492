"""A case followed to its decision: each step with its time, who took it and their note; the platform's next
deadline in working days (预计 beyond the published holiday calendars); in red, a deadline the platform has missed
and any step it took late."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from assistant.domain.dates import format_datetime
from assistant.ui.repair.words import LATE, case_kind, case_status, due_text, late_text, next_step_text
from assistant.ui.theme import style
from assistant.ui.widgets import Retranslating, read_only_table

WAITING = "#5f6368"


class CaseTimeline(Retranslating, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = QLabel()
        style(self.heading, "dialogHeading")
        self.heading.setWordWrap(True)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.due = QLabel()
        self.due.setWordWrap(True)
        self.late = QLabel()
        style(self.late, "errorText")
        self.late.setWordWrap(True)
        self.late.hide()
        self.steps = read_only_table(4)
        header = self.steps.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.about)
        layout.addWidget(self.due)
        layout.addWidget(self.late)
        layout.addWidget(self.steps, 1)
        self._shown: tuple | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.steps.setHorizontalHeaderLabels([self.tr("时间"), self.tr("环节"), self.tr("办理单位"), self.tr("说明")])
        if self._shown is not None:
            self.show_case(*self._shown)
        else:
            self.clear()

    def clear(self) -> None:
        self._shown = None
        self.heading.setText(self.tr("选择左侧的一件申请或异议，查看办理进度。"))
        for label in (self.about, self.due):
            label.clear()
        self.late.hide()
        self.steps.setRowCount(0)

    def show_entry(self, text: str, status: str) -> None:
        """An application still on this PC, not yet on the platform."""
        self._shown = None
        self.heading.setText(self.tr("信用修复申请 · {status}").format(status=status))
        self.about.setText(text)
        self.due.setText(self.tr("还没有发送到信用平台。联网后会自动发送，只会提交一次；平台收到后开始计算办理期限。"))
        self.due.show()
        self.late.hide()
        self.steps.setRowCount(0)

    def show_case(self, row, records_text: str, language: str, slot_names: dict[str, str]) -> None:
        """`row` is a services.repair.CaseRow; `slot_names` names the slots a 补正 step asks for."""
        self._shown = (row, records_text, language, slot_names)
        case, due = row.case, row.due
        self.heading.setText(self.tr("{kind} {number} · {status}").format(
            kind=case_kind(row.kind), number=case.case_no, status=case_status(row.kind, case.status)))
        self.about.setText(records_text)
        dues = due_text(row.kind, due, language) if row.open else ""
        self.due.setText(dues)
        self.due.setVisible(bool(dues))
        late = late_text(row.kind, due, language) if row.open else ""
        self.late.setText(late)
        self.late.setVisible(bool(late))
        self.steps.setRowCount(0)
        for index, step in enumerate(case.timeline):
            name = case_status(row.kind, step.status)
            if index in due.steps_late:
                name = self.tr("{step}（超过期限）").format(step=name)
            note = step.note
            if step.slots:
                asked = "、".join(slot_names.get(key, key) for key in step.slots)
                note = (note + "\n" if note else "") + self.tr("需补正：{slots}").format(slots=asked)
            self._add([format_datetime(step.at, language), name, step.actor, note],
                      LATE if index in due.steps_late else None)
        waiting = next_step_text(row.kind, due, language) if row.open else ""
        if row.kind == "repair" and case.status == "supplement_requested":
            waiting = self.tr("请点“补正材料…”上传平台要求的材料；补正后重新计算受理期限。")
        if waiting:
            self._add(["", self.tr("下一步"), "", waiting], WAITING)
        self.steps.resizeRowsToContents()

    def _add(self, cells: list[str], colour: str | None) -> None:
        r = self.steps.rowCount()
        self.steps.insertRow(r)
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if colour:
                item.setForeground(QBrush(QColor(colour)))
            self.steps.setItem(r, c, item)
