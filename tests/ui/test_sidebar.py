"""The window's sidebar: a click or an arrow key opens a feature, and its row is reported once per change."""

from __future__ import annotations

from PySide6.QtCore import Qt

from assistant.ui.widgets.sidebar import Sidebar


def test_clicks_and_arrow_keys_choose_one_row(qtbot):
    sidebar = Sidebar(3)
    qtbot.addWidget(sidebar)
    with qtbot.waitActive(sidebar):  # arrow keys move from the button that has the focus
        sidebar.show()
        sidebar.activateWindow()
    rows: list[int] = []
    sidebar.currentRowChanged.connect(rows.append)
    assert sidebar.currentRow() == -1 and sidebar.count() == 3
    sidebar.setCurrentRow(0)
    sidebar.setCurrentRow(0)  # no change, no signal
    qtbot.mouseClick(sidebar.item(2), Qt.MouseButton.LeftButton)
    sidebar.item(2).setFocus()
    qtbot.keyClick(sidebar.item(2), Qt.Key.Key_Up)
    assert rows == [0, 2, 1] and sidebar.currentRow() == 1
    assert [sidebar.item(row).isChecked() for row in range(3)] == [False, True, False]
    qtbot.mouseClick(sidebar.item(1), Qt.MouseButton.LeftButton)  # the open one stays open
    assert rows == [0, 2, 1] and sidebar.item(1).isChecked()


def test_the_window_opens_the_feature_chosen_in_it(qtbot, make_window, sandbox):
    window, _ = make_window(sandbox.url)
    qtbot.waitUntil(lambda: window.pages.count() > 0)
    qtbot.mouseClick(window.sidebar.item(4), Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == 4 and window.sidebar.currentRow() == 4
    assert window.sidebar.width() >= window.sidebar.item(3).sizeHint().width()  # the longest title is not cut
