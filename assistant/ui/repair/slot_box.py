"""One material slot (材料) on screen: its name, whether it is required, what it accepts and up to what size, the
note and an example file name; the files in it; 添加文件… and 移除; files dropped onto it from the file manager; and
a refusal said in red right under it. The owner decides what adding and removing mean (attach to a draft at once,
or keep the paths until an upload)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from assistant.ui.repair.words import accepts_text
from assistant.ui.theme import style
from assistant.ui.widgets import Retranslating


class SlotBox(Retranslating, QFrame):
    add_requested = Signal(str)  # slot key: the owner opens a file dialog
    files_dropped = Signal(str, list)  # slot key, [Path]
    remove_requested = Signal(str, object)  # slot key, the id the owner gave the file

    def __init__(self, slot, parent=None, *, required: bool | None = None):
        super().__init__(parent)
        self.slot = slot
        self.required = slot.required if required is None else required
        style(self, "firmCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(True)
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.rules = QLabel()
        style(self.rules, "helpText")
        self.rules.setWordWrap(True)
        self.files = QListWidget()
        self.files.itemSelectionChanged.connect(self._enable)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(lambda: self.add_requested.emit(self.slot.key))
        self.remove_button.clicked.connect(self._remove)
        self.problem = QLabel()
        style(self.problem, "errorText")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        self.drop_hint = QLabel()
        style(self.drop_hint, "helpText")
        buttons.addWidget(self.drop_hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)  # the frame's own padding (style sheet) is room enough
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.rules)
        layout.addWidget(self.files)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        slot = self.slot
        need = self.tr("必需") if self.required else self.tr("可选")
        self.title.setText(self.tr("{name} · {need}").format(name=slot.name, need=need))
        lines = [accepts_text(slot)]
        if slot.note:
            lines.append(slot.note)
        if slot.example:
            lines.append(self.tr("示例：{example}").format(example=slot.example))
        self.rules.setText("\n".join(lines))
        self.add_button.setText(self.tr("添加文件…"))
        self.remove_button.setText(self.tr("移除"))
        self.drop_hint.setText(self.tr("也可以把文件拖到这里"))

    def show_files(self, files: list[tuple[str, object]]) -> None:
        """(what the user sees, the id `remove_requested` carries) for each file in the slot."""
        self.files.clear()
        for text, key in files:
            item = QListWidgetItem(text)
            item.setData(256, key)
            self.files.addItem(item)
        self.files.setVisible(bool(files))
        if files:  # as tall as its files, up to three; more scroll
            row = self.files.sizeHintForRow(0)
            self.files.setFixedHeight(min(len(files), 3) * row + 2 * self.files.frameWidth() + 2)
        self._enable()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _remove(self) -> None:
        item = self.files.currentItem()
        if item is not None:
            self.remove_requested.emit(self.slot.key, item.data(256))

    def _enable(self) -> None:
        self.remove_button.setEnabled(self.files.currentItem() is not None and self.files.count() > 0)

    # -- drag and drop --------------------------------------------------------------------------------------------
    @staticmethod
    def _paths(event) -> list[Path]:
        data = event.mimeData()
        if not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile() and url.toLocalFile()]

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._paths(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if self._paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [p for p in self._paths(event) if p.is_file()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(self.slot.key, paths)
