"""A wide table's columns are sized to their texts a hundred per event-loop turn (ui/widgets.fit_columns): the first
screen at once, every column in the end."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel

from assistant.ui.widgets import COLUMNS_PER_TURN, fit_columns, read_only_view

COLUMNS = 2 * COLUMNS_PER_TURN + 50


def expected(view, headers, widest, padding=24):
    heads, cells = view.horizontalHeader().fontMetrics(), view.fontMetrics()
    return [max(heads.horizontalAdvance(h), cells.horizontalAdvance(t)) + padding for h, t in zip(headers, widest, strict=True)]


def widths(view):
    return [view.columnWidth(c) for c in range(COLUMNS)]


def test_every_column_is_fitted_the_first_at_once(qtbot):
    view = read_only_view(QStandardItemModel(2, COLUMNS))
    qtbot.addWidget(view)
    headers = ["规上工业企业满负荷生产奖励" * (1 + c % 3) for c in range(COLUMNS)]
    widest = ["¥1,234,567.00" if c % 2 else "待补充" for c in range(COLUMNS)]
    fit_columns(view, headers, widest)
    want = expected(view, headers, widest)
    assert widths(view)[:COLUMNS_PER_TURN] == want[:COLUMNS_PER_TURN]  # what the first screen shows, at once
    assert widths(view)[-1] != want[-1]  # the rest on later turns
    qtbot.waitUntil(lambda: widths(view) == want, timeout=5_000)

