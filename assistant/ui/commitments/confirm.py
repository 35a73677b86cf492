"""确认提交: what a commitment will send and promise, shown before it is queued, because it cannot be changed after."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from assistant.domain.dates import format_date
from assistant.ui.widgets import Retranslating
from assistant.ui.widgets.screen import fit_to_screen


class SubmitConfirmation(Retranslating, QDialog):
    def __init__(self, review, language: str, parent=None):
        super().__init__(parent)
        self.review, self.language = review, language
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("confirmSummary")
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.addWidget(self.summary)
        box.addStretch(1)
        scroll = QScrollArea()  # a long liability clause scrolls; the buttons stay on screen
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.back_button.setDefault(True)  # Enter does not send by accident
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 560, 420)
        self.retranslate()

    def retranslate(self) -> None:
        r = self.review
        self.setWindowTitle(self.tr("确认提交"))
        self.send_button.setText(self.tr("确认提交"))
        self.back_button.setText(self.tr("返回修改"))
        lines = [self.tr("承诺人：{firm}（{uscc}）").format(firm=r.firm_name, uscc=r.uscc),
                 self.tr("承诺书：{title}").format(title=r.title),
                 self.tr("承诺事由：{matter}").format(matter=r.matter),
                 self.tr("受理单位：{department}").format(department=r.department),
                 self.tr("签字人：{name}").format(name=r.signed_by)]
        if r.due:
            lines.append(self.tr("容缺材料须按期补交："))
            for item in r.due:
                date = format_date(item.due_on, self.language) + (self.tr("（预计）") if item.estimated else "")
                lines.append(self.tr("　• {name}：{date}前").format(name=item.name, date=date))
        lines.append(self.tr("违诺责任：{text}").format(text=r.breach_liability))
        lines.append(self.tr("提交后不能修改；如需更正，只能在受理前撤回后重新提交。"))
        self.summary.setText("\n".join(lines))
