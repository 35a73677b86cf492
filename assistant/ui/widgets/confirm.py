"""确认提交: a summary of what will be sent, shown before it is queued, because a submission cannot be changed after.

The summary scrolls (a long liability clause or many files) while the buttons stay on screen, and Enter goes back
rather than sending by accident. A feature's dialog says what to list in `retranslate`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from assistant.ui.widgets import Retranslating
from assistant.ui.widgets.screen import fit_to_screen


class Confirmation(Retranslating, QDialog):
    def __init__(self, parent=None, *, width: int = 560, height: int = 420):
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("confirmSummary")
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.addWidget(self.summary)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.back_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, width, height)

    def show_summary(self, title: str, lines: list[str]) -> None:
        self.setWindowTitle(title)
        # Its own context: self.tr() would look these up under each subclass's name, where lupdate never puts them.
        self.send_button.setText(QCoreApplication.translate("Confirmation", "确认提交"))
        self.back_button.setText(QCoreApplication.translate("Confirmation", "返回修改"))
        self.summary.setText("\n".join(lines))
