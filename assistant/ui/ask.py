"""`ask`: a yes/no question before an act that cannot be undone (delete, withdraw, confirm a payout)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, title: str, text: str, then: Callable[[], None]) -> QMessageBox:
    """Window-modal and non-blocking; `then` runs only on 是 (the default is 否, so Enter does nothing rash)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.accepted.connect(then)
    box.open()
    return box
