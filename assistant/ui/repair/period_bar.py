"""公示期 at a glance: a bar from the day publication began to its maximum end, the minimum period drawn darker and
marked where it ends (repair can be applied for from the day after), and today's position as a red line.
Painted in a table cell by `PeriodBarDelegate`; the cell's tooltip says the same in words."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from assistant.domain.dates import format_date

BAR_ROLE = Qt.ItemDataRole.UserRole + 1
MINIMUM = QColor("#e8a33d")  # the minimum period: no repair yet
REST = QColor("#f6d9a8")  # after it, until the maximum: repair possible, else shown until the end
DONE = QColor("#c4c7c5")  # repaired or expired: no longer shown
TODAY = QColor("#b3261e")


@dataclass(frozen=True)
class PeriodBar:
    start: dt.date
    min_until: dt.date
    max_until: dt.date
    today: dt.date
    public: bool

    def position(self, day: dt.date) -> float:
        """Where `day` falls on the bar, 0…1."""
        span = max((self.max_until - self.start).days, 1)
        return min(max((day - self.start).days / span, 0.0), 1.0)

    def describe(self, language: str) -> str:
        return QCoreApplication.translate("RepairWords", "公示期：{start}起；最短至{min}；最长至{max}。今天：{today}").format(
            start=format_date(self.start, language), min=format_date(self.min_until, language),
            max=format_date(self.max_until, language), today=format_date(self.today, language))


def _month(day: dt.date, language: str) -> str:
    from babel.dates import format_skeleton

    return format_skeleton("yMMM", day, locale="zh_Hans_CN" if language.startswith("zh") else "en_US")


class PeriodBarDelegate(QStyledItemDelegate):
    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.language = language

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(170, 46)

    def paint(self, painter: QPainter, option, index) -> None:
        bar = index.data(BAR_ROLE)
        if not isinstance(bar, PeriodBar):
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(8, 0, -8, 0)
        top = rect.center().y() - 14  # bar and its labels centred in the row, beside the other cells' text
        rect = QRectF(rect.left(), top, rect.width(), 30)
        track = QRectF(rect.left(), rect.top(), rect.width(), 10)
        split = track.left() + track.width() * bar.position(bar.min_until)
        painter.setPen(Qt.PenStyle.NoPen)
        if bar.public:
            painter.setBrush(MINIMUM)
            painter.drawRect(QRectF(track.left(), track.top(), split - track.left(), track.height()))
            painter.setBrush(REST)
            painter.drawRect(QRectF(split, track.top(), track.right() - split, track.height()))
            painter.setPen(QPen(QColor("#5f6368"), 1))
            painter.drawLine(split, track.top() - 2, split, track.bottom() + 2)  # the minimum period ends here
        else:
            painter.setBrush(DONE)
            painter.drawRect(track)
        if bar.start <= bar.today <= bar.max_until:
            x = track.left() + track.width() * bar.position(bar.today)
            painter.setPen(QPen(TODAY, 2))
            painter.drawLine(x, track.top() - 4, x, track.bottom() + 4)
        font = painter.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.8, 7))
        painter.setFont(font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(option.palette.highlightedText().color() if selected else QColor("#5f6368"))
        labels = QRectF(rect.left(), track.bottom() + 3, rect.width(), rect.bottom() - track.bottom() - 3)
        painter.drawText(labels, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         _month(bar.start, self.language))
        painter.drawText(labels, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                         _month(bar.max_until, self.language))
        painter.restore()
