"""What report to ask for: the edition (with a line on what it is for), the purpose and an optional note, and for a
专项 report its period — three years back to today unless changed, checked as it is edited, so a wrong period is
said here and never sent. Shared by the reports page and the accountant's batch."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from assistant.domain import reports as domain
from assistant.domain.dates import format_date
from assistant.infra import clock
from assistant.ui.reports.words import (
    EDITIONS,
    PURPOSES,
    edition_explanation,
    edition_name,
    period_problem,
    purpose_name,
)
from assistant.ui.theme import style
from assistant.ui.widgets import Retranslating

NOTE_MAX = 60  # ReportRequest.purpose_note


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class RequestForm(Retranslating, QWidget):
    changed = Signal()  # the choice or its validity changed
    PERIOD_ROW = 2  # 查询期间, shown for a 专项 report only

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.edition = QComboBox()
        self.purpose = QComboBox()
        for code in EDITIONS:
            self.edition.addItem("", code)
        for code in PURPOSES:
            self.purpose.addItem("", code)
        self.explanation = QLabel()
        style(self.explanation, "helpText")
        self.explanation.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.note_caption = QLabel()
        start, end = domain.default_special_period(clock.today())
        self.start, self.end = QDateEdit(_qdate(start)), QDateEdit(_qdate(end))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")  # one unambiguous form in either language (not 11/21/26)
            edit.dateChanged.connect(self._check)
        self.to_label = QLabel()
        self.problem = QLabel()
        style(self.problem, "errorText")
        self.problem.setWordWrap(True)
        self.problem.hide()

        edition_row = QHBoxLayout()
        edition_row.addWidget(self.edition)
        edition_row.addWidget(self.explanation, 1)
        purpose_row = QHBoxLayout()
        purpose_row.addWidget(self.purpose)
        purpose_row.addWidget(self.note_caption)
        purpose_row.addWidget(self.note, 1)
        period_row = QHBoxLayout()
        period_row.addWidget(self.start)
        period_row.addWidget(self.to_label)
        period_row.addWidget(self.end)
        period_row.addStretch(1)
        self.captions = [QLabel() for _ in range(3)]
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.captions[0], edition_row)
        self.form.addRow(self.captions[1], purpose_row)
        self.form.addRow(self.captions[2], period_row)
        self.form.addRow("", self.problem)
        self.edition.currentIndexChanged.connect(self._edition_chosen)
        self.purpose.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.retranslate()
        self._edition_chosen()

    def retranslate(self) -> None:
        self.captions[0].setText(self.tr("报告种类"))
        self.captions[1].setText(self.tr("用途"))
        self.captions[2].setText(self.tr("查询期间"))
        self.note_caption.setText(self.tr("说明"))
        self.note.setPlaceholderText(self.tr("可选，如招标项目名称"))
        self.to_label.setText(self.tr("至"))
        for index in range(self.edition.count()):
            self.edition.setItemText(index, edition_name(self.edition.itemData(index)))
        for index in range(self.purpose.count()):
            self.purpose.setItemText(index, purpose_name(self.purpose.itemData(index)))
        self.explanation.setText(edition_explanation(self.edition_code))
        self._check()

    @property
    def edition_code(self) -> str:
        return self.edition.currentData() or "standard"

    @property
    def special(self) -> bool:
        return self.edition_code == "special"

    def _edition_chosen(self, _index: int = 0) -> None:
        self.explanation.setText(edition_explanation(self.edition_code))
        self.form.setRowVisible(self.PERIOD_ROW, self.special)
        self._check()

    def period(self) -> tuple[dt.date, dt.date]:
        return _date(self.start.date()), _date(self.end.date())

    def problem_text(self, today: dt.date | None = None) -> str:
        """Why the period cannot be asked for (the platform would refuse it), or "" — a standard report has none."""
        if not self.special:
            return ""
        today = today or clock.today()
        code = domain.special_period_problem(*self.period(), today)
        if code is None:
            return ""
        language = self.context.language
        return period_problem(code, format_date(domain.earliest_special_start(today), language),
                              format_date(today, language))

    def _check(self) -> None:
        text = self.problem_text()
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.changed.emit()

    def body(self):
        """The request as the platform takes it, or None (the problem shown) when the period is wrong."""
        from assistant.api.models import ReportPeriod, ReportRequest

        self._check()
        if self.problem_text():
            return None
        period = None
        if self.special:
            start, end = self.period()
            period = ReportPeriod(from_=start, to=end)
        return ReportRequest(edition=self.edition_code, purpose=self.purpose.currentData(),
                             purpose_note=self.note.text().strip(), period=period)

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.edition, self.purpose, self.note, self.start, self.end):
            widget.setEnabled(enabled)
