"""The window's list of features: a column of checkable buttons, one of them checked, with the few calls of a
QListWidget the window uses (`item`, `count`, `currentRow`, `setCurrentRow`, `currentRowChanged`).

Not a QListWidget: an item view brings its type (5 ms to build in PySide), a model, a selection model, scroll bars
and a delegate, 16 ms of the ~60 ms start-up above a bare window's (bench/startup.py) — for six rows that never
scroll. Buttons are built for the header anyway. Arrow keys move between them as between radio buttons, since they
are auto-exclusive.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget


class Sidebar(QFrame):  # a frame, so the style sheet paints its background and border
    currentRowChanged = Signal(int)  # noqa: N815 (QListWidget's name, which the window and its tests use)

    def __init__(self, rows: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._buttons: list[QPushButton] = []
        self._current = -1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        for row in range(rows):
            button = QPushButton()
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.toggled.connect(partial(self._toggled, row))
            layout.addWidget(button)
            self._buttons.append(button)
        layout.addStretch(1)

    def item(self, row: int) -> QPushButton:
        return self._buttons[row]

    def count(self) -> int:
        return len(self._buttons)

    def currentRow(self) -> int:  # noqa: N802
        return self._current

    def setCurrentRow(self, row: int) -> None:  # noqa: N802
        self._buttons[row].setChecked(True)

    def _toggled(self, row: int, checked: bool) -> None:
        if checked and row != self._current:
            self._current = row
            self.currentRowChanged.emit(row)
