"""The accountant's portfolio (firms × policies) as a table model.

Every cell's text and state is worked out by `portfolio_grid` on the worker that computed the portfolio; the view
then asks only for the cells it paints. A QTableWidget made one item per cell on the GUI thread: 200 firms × 1,000
policies were 200,000 items and a stall of a tenth of a second (bench/responsiveness.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from assistant.domain.money import format_money, format_wan
from assistant.domain.policies import MET, UNKNOWN, UNMET
from assistant.i18n import translate
from assistant.services.policy_exports import FILLS, portfolio_table

SIZED_ROWS = 50  # columns are as wide as their header or their longest text in these rows (and 合计)


@dataclass(frozen=True)
class PortfolioGrid:
    header: list[str] = field(default_factory=list)
    texts: list[list[str]] = field(default_factory=list)  # one row per firm, then 合计
    states: list[list[str | None]] = field(default_factory=list)  # a cell's state (its colour), None for plain
    firms: int = 0
    total: str = ""
    widest: list[str] = field(default_factory=list)  # per column, its longest text among the first rows and 合计


def portfolio_grid(portfolio: list[tuple[Any, list[Any]]], language: str) -> PortfolioGrid:
    """Texts in the current language (the page's own translations; Qt's translate is thread-safe), money through
    babel; pure otherwise."""
    table = portfolio_table(portfolio)
    names = {MET: translate("PoliciesPage", "可享受"), UNKNOWN: translate("PoliciesPage", "待补充"),
             UNMET: translate("PoliciesPage", "暂不符合")}
    texts: list[list[str]] = []
    states: list[list[str | None]] = []
    for firm, cells, met, unknown, total in table.rows:
        texts.append([firm.name, firm.uscc,
                      *[names[s] + (f" {format_wan(a, language)}" if a else "") for s, a in cells],
                      str(met), str(unknown), format_money(total, language)])
        states.append([None, None, *[s for s, _ in cells], None, None, None])
    per_policy, met, unknown, total = table.totals
    served = translate("PoliciesPage", "{count} 户可享受")
    texts.append([translate("PoliciesPage", "合计"), "", *[served.format(count=n) for n in per_policy],
                  str(met), str(unknown), format_money(total, language)])
    states.append([None] * len(texts[-1]))
    widest = [max(column, key=len) for column in zip(*texts[:SIZED_ROWS], texts[-1], strict=True)]
    return PortfolioGrid(table.header, texts, states, len(table.rows), format_money(total, language), widest)


class PortfolioModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grid = PortfolioGrid()
        self._fills = {state: QBrush(QColor("#" + fill)) for state, fill in FILLS.items()}
        self._bold = QFont()
        self._bold.setBold(True)

    def show(self, grid: PortfolioGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        return 0 if parent.isValid() else len(self.grid.texts)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.grid.header)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.grid.texts[row][column]
        if role == Qt.ItemDataRole.BackgroundRole:
            state = self.grid.states[row][column]
            return self._fills[state] if state else None
        if role == Qt.ItemDataRole.FontRole and row == len(self.grid.texts) - 1:
            return self._bold  # the 合计 row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.grid.header[section]
        return None
