"""补交材料 (践诺): one file per deferred material still owed, uploaded together."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QPushButton, QVBoxLayout

from assistant.domain.dates import format_date
from assistant.ui.ops import Op, message_for
from assistant.ui.theme import style
from assistant.ui.widgets import Retranslating
from assistant.ui.widgets.files import open_file
from assistant.ui.widgets.screen import fit_to_screen


class FulfilDialog(Retranslating, QDialog):
    def __init__(self, context, commitment, parent=None):
        super().__init__(parent)
        self.context = context
        self.commitment = commitment
        self.chosen: dict[str, Path] = {}
        self.pending = [item for item in commitment.due_items if item.fulfilled_at is None]
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        grid = QGridLayout()
        self.file_labels: dict[str, QLabel] = {}
        self.pick_buttons: dict[str, QPushButton] = {}
        for row, item in enumerate(self.pending):
            due = format_date(item.due_on, context.language) + (self.tr("（预计）") if item.estimated else "")
            grid.addWidget(QLabel(item.name), row, 0)
            grid.addWidget(QLabel(due), row, 1)
            label = QLabel()
            button = QPushButton()
            button.clicked.connect(lambda _=False, key=item.key: self.pick(key))
            grid.addWidget(label, row, 2)
            grid.addWidget(button, row, 3)
            self.file_labels[item.key], self.pick_buttons[item.key] = label, button
        self.message = QLabel()
        style(self.message, "errorText")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.upload)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        fit_to_screen(self, 640)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("补交材料"))
        self.heading.setText(self.tr("{title}（承诺编码 {code}）：请为每项材料选择 PDF、JPG、PNG 或 OFD 文件，每个不超过10MB。")
                             .format(title=self.commitment.title, code=self.commitment.code))
        for key, button in self.pick_buttons.items():
            button.setText(self.tr("选择文件…"))
            if key not in self.chosen:
                self.file_labels[key].setText(self.tr("未选择"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("上传"))


    def pick(self, key: str) -> None:
        self.file_dialog = open_file(
            self, self.context.settings, title=self.tr("选择材料文件"),
            name_filters=[self.tr("材料文件 (*.pdf *.jpg *.jpeg *.png *.ofd)"), self.tr("所有文件 (*)")],
            chosen=lambda path: self.choose(key, Path(path)))

    def choose(self, key: str, path: Path) -> None:
        self.chosen[key] = path
        self.file_labels[key].setText(path.name)
        self.message.clear()  # an earlier refusal was about another file

    def upload(self) -> None:
        if not self.chosen:
            self.message.setText(self.tr("请至少选择一个文件。"))
            return
        service, uscc, files = self.context.service("commitments"), self.commitment.uscc, dict(self.chosen)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.message.setText(self.tr("正在上传…"))

        def done(commitment) -> None:
            self.result_commitment = commitment
            self.accept()

        def failed(error: BaseException) -> None:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
            self.message.setText(message_for(error))

        Op(self, lambda: service.fulfil(uscc, self.commitment.id, files), done).changes("commitments").failure(
            failed).run()
