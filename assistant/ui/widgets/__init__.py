"""Small widgets the feature pages share."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

import shiboken6

PDF_PREVIEW = "assistant.ui.widgets.pdf_preview"  # for Op.imports: loaded on the worker that makes the PDF

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel
    from PySide6.QtWidgets import QTableView, QTableWidget


_retranslating: weakref.WeakSet = weakref.WeakSet()


class Retranslating:
    """Mixin for widgets whose texts are set in `retranslate()`: `translations.install` calls it on every one alive,
    so switching language needs no restart.

    Not from Qt's LanguageChange event: a `changeEvent` written in Python brings every change of every such widget
    (focus, font, style, title…) through Python, once per translator installed, and PySide builds QEvent's type,
    4–5 ms, before the first paint."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        _retranslating.add(self)


def retranslate_all() -> None:
    for widget in list(_retranslating):
        if shiboken6.isValid(widget):  # its Python side can outlive a widget Qt has deleted
            widget.retranslate()


def read_only_table(columns: int) -> QTableWidget:
    """A table of records to look at and pick one row from (not a spreadsheet to edit)."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget  # not on the start-up path

    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    return table


def read_only_view(model: QAbstractItemModel) -> QTableView:
    """`read_only_table` for a model too large for one item per cell (size its columns with `fit_columns`)."""
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(True)
    return view


COLUMNS_PER_TURN = 100  # measuring a column's texts takes ~40 µs on a slow PC: about 4 ms of each event-loop turn


def fit_columns(view: QTableView, headers: list[str], widest: list[str], padding: int = 24) -> None:
    """Each column as wide as its header or its widest text, measured once per column: resizeColumnsToContents
    asks the model for every cell it samples, which for a thousand columns is most of a second. The first columns
    now, the rest a hundred per event-loop turn: measuring a thousand columns' Chinese texts at once held the GUI
    thread for 30–40 ms, and the columns past the first screen are not seen before they are sized."""
    from PySide6.QtCore import QTimer

    fitting = view.fitting = getattr(view, "fitting", 0) + 1  # a newer fit (another portfolio) stops this one
    header = view.horizontalHeader()
    heads, cells = header.fontMetrics(), view.fontMetrics()
    pairs = list(zip(headers, widest, strict=True))

    def fit(start: int) -> None:
        if not shiboken6.isValid(view) or view.fitting != fitting:
            return
        for column in range(start, min(start + COLUMNS_PER_TURN, len(pairs))):
            head, text = pairs[column]
            header.resizeSection(column, max(heads.horizontalAdvance(head), cells.horizontalAdvance(text)) + padding)
        if start + COLUMNS_PER_TURN < len(pairs):
            QTimer.singleShot(0, lambda: fit(start + COLUMNS_PER_TURN))

    fit(0)
