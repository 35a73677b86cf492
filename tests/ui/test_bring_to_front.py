"""A second start brings the running app forward without burying the dialog the user must answer first."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

from assistant.ui.single_instance import bring_to_front


def test_an_open_modal_dialog_stays_the_active_window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    window.showMinimized()
    bring_to_front(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert not window.isMinimized()
