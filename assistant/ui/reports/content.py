"""查看内容: a report's content as the platform issued it — the header, 信用信息概要, each section as a table (or 无),
报告说明 — read on screen instead of in the PDF. A record the report lists carries what became of it since (repaired,
expired, removed, or repairable now, with 去信用修复): a report is a snapshot, and the user decides from it whether
to repair first and ask for a new one.

The content is Chinese as issued whatever the window's language (it is the platform's document); the captions
around it are the window's. Everything scrolls inside one area, so the dialog fits a 1366×768 screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.domain.dates import format_date, format_datetime
from assistant.ui.reports.words import NOTE_COLOURS, edition_name, purpose_name
from assistant.ui.theme import style
from assistant.ui.widgets import Retranslating
from assistant.ui.widgets.screen import fit_to_screen

SHORT = 12  # a column whose longest cell is this short (dates, numbers) takes its own width; the others share the rest


class FittedTable(QTableWidget):
    """A table as tall as its rows (the dialog scrolls, not each table), rows as tall as their wrapped text at the
    width the table has now."""

    def __init__(self, rows: int, columns: int, parent=None):
        super().__init__(rows, columns, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Stretched columns settle after the resize that caused them: rows are measured again once they have.
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self.fit_height)
        self.horizontalHeader().sectionResized.connect(lambda *_: self._refit.start())

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        lengths = []
        for column in range(self.columnCount()):
            cells = [self.item(r, column).text() for r in range(self.rowCount()) if self.item(r, column) is not None]
            title = self.horizontalHeaderItem(column)
            lengths.append(max([len(text) for text in cells] + [len(title.text()) if title else 0]))
        widgets = {c for c in range(self.columnCount()) if any(self.cellWidget(r, c) for r in range(self.rowCount()))}
        long = {c for c, n in enumerate(lengths) if n > SHORT and c not in widgets}
        if not long and lengths:  # all short: the longest takes the rest of the width, so the table is not ragged
            long = {max(range(len(lengths)), key=lambda c: (c not in widgets, lengths[c]))}
        for column in range(self.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in long
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.fit_height()

    def fit_height(self) -> None:
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._refit.start()


class ReportContentDialog(Retranslating, QDialog):
    repair_requested = Signal(str)  # the firm's USCC: open 信用记录与修复 for it

    def __init__(self, context, report, notes: dict, parent=None):
        """`notes`: record id → services.reports.RecordNote, what is true of each listed record now."""
        super().__init__(parent)
        self.context, self.report, self.notes = context, report, notes
        self.repair_buttons: list[QPushButton] = []
        self.tables: dict[str, FittedTable] = {}  # section key → its table (sections with rows)
        self.heading = QLabel()
        style(self.heading, "dialogHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo = QLabel(self)  # a child from the start: shown before its layout, a window of its own
        style(self.demo, "demoBanner")
        self.demo.setWordWrap(True)
        self.demo.setVisible(report.demo)
        self.header_frame = QFrame()
        style(self.header_frame, "firmCard")
        self.header_form = QFormLayout(self.header_frame)
        self.header_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("uscc", "number", "code", "issued", "edition", "purpose", "period"):
            caption, value = QLabel(), QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.header_labels[key] = (caption, value)
            self.header_form.addRow(caption, value)
        self.header_form.setRowVisible(6, report.period is not None)
        self.summary_caption = self._caption()
        self.summary = FittedTable(0, 2)
        self.notes_caption = QLabel(self)  # a child from the start, like self.demo
        style(self.notes_caption, "helpText")
        self.notes_caption.setWordWrap(True)
        self.notes_caption.setVisible(bool(notes))
        self.explanation_caption = self._caption()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.addWidget(self.demo)
        self.body.addWidget(self.header_frame)
        self.body.addWidget(self.notes_caption)
        self.body.addWidget(self.summary_caption)
        self.body.addWidget(self.summary)
        self.section_captions: list[tuple[QLabel, object]] = []
        self.status_captions: list[tuple[FittedTable, int]] = []  # tables with a 现状 column, and where it is
        data = report.data
        for section in (data.sections if data else []):
            self._add_section(section)
        self.body.addWidget(self.explanation_caption)
        self.body.addWidget(self.explanation)
        self.body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 960, 720)
        self.retranslate()

    @staticmethod
    def _caption() -> QLabel:
        label = QLabel()
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setWordWrap(True)
        return label

    def _add_section(self, section) -> None:
        caption = self._caption()
        caption.setText(f"{section.number}、{section.title}")  # the platform's own words, as issued
        self.body.addWidget(caption)
        self.section_captions.append((caption, section))
        if section.note:
            note = QLabel(section.note)
            style(note, "helpText")
            note.setWordWrap(True)
            self.body.addWidget(note)
        if not section.rows:
            empty = QLabel(section.empty_text or "无")
            empty.setIndent(12)
            self.body.addWidget(empty)
            return
        noted = any(row.record_id in self.notes for row in section.rows if row.record_id)
        columns = len(section.columns) + (1 if noted else 0)
        table = FittedTable(len(section.rows), columns)
        table.setHorizontalHeaderLabels([*section.columns, ""] if noted else section.columns)
        for r, row in enumerate(section.rows):
            for c, text in enumerate(row.cells[:len(section.columns)]):
                table.setItem(r, c, QTableWidgetItem(text))
            note = self.notes.get(row.record_id) if row.record_id else None
            if noted and note is not None:
                table.setCellWidget(r, columns - 1, self._note_cell(note))
        if noted:
            self.status_captions.append((table, columns - 1))
        table.fit_columns()
        self.tables[section.key] = table
        self.body.addWidget(table)

    def _note_cell(self, note) -> QWidget:
        """现状: the note in its colour and, for a record repairable now, the way to repair it."""
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(4, 2, 4, 2)
        box.setSpacing(2)
        label = QLabel(note.text)
        label.setStyleSheet(f"color: {NOTE_COLOURS.get(note.code, '#000000')};")
        box.addWidget(label)
        if note.code == "repairable":
            button = QPushButton()
            button.clicked.connect(lambda: self.repair_requested.emit(self.report.uscc))
            self.repair_buttons.append(button)
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            box.addLayout(row)
        return cell

    def retranslate(self) -> None:
        report, language = self.report, self.context.language
        self.setWindowTitle(self.tr("报告内容：{firm}").format(firm=report.firm_name))
        self.heading.setText(self.tr("{edition} · {firm}").format(edition=edition_name(report.edition),
                                                                   firm=report.firm_name))
        self.demo.setText(self.tr("演示环境 · 非正式报告：内容为虚构的演示数据。"))
        captions = {"uscc": self.tr("统一社会信用代码"), "number": self.tr("报告编号"), "code": self.tr("验证码"),
                    "issued": self.tr("出具时间"), "edition": self.tr("报告种类"), "purpose": self.tr("用途"),
                    "period": self.tr("查询期间")}
        values = {"uscc": report.uscc, "number": report.report_no, "code": report.verify_code,
                  "issued": format_datetime(report.issued_at, language), "edition": edition_name(report.edition),
                  "purpose": purpose_name(report.purpose, report.purpose_note), "period": ""}
        if report.period is not None:
            values["period"] = self.tr("{start} 至 {end}").format(start=format_date(report.period.from_, language),
                                                                 end=format_date(report.period.to, language))
        for key, (caption, value) in self.header_labels.items():
            caption.setText(captions[key])
            value.setText(values[key])
        self.notes_caption.setText(self.tr("报告反映的是出具时的情况。“现状”一列说明报告所列记录此后的变化：已修复或已停止公示的记录"
                                           "不会出现在新取得的报告中。"))
        self.summary_caption.setText(self.tr("信用信息概要"))
        self.summary.setHorizontalHeaderLabels([self.tr("信息类别"), self.tr("条数")])
        data = report.data
        summary = data.summary if data else []
        self.summary.setRowCount(len(summary))
        for r, count in enumerate(summary):
            self.summary.setItem(r, 0, QTableWidgetItem(count.title))
            number = QTableWidgetItem(str(count.count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.summary.setItem(r, 1, number)
        self.summary.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.summary.fit_height()
        for table, column in self.status_captions:
            table.setHorizontalHeaderItem(column, QTableWidgetItem(self.tr("现状")))
        for button in self.repair_buttons:
            button.setText(self.tr("去信用修复"))
        self.explanation_caption.setText(self.tr("报告说明"))
        self.explanation.setText("\n".join(data.explanation) if data else "")
        self.explanation_caption.setVisible(bool(data and data.explanation))

    def note_texts(self) -> list[str]:
        """What the 现状 column says, row by row (for a test or a screen reader)."""
        texts = []
        for table, column in self.status_captions:
            for r in range(table.rowCount()):
                cell = table.cellWidget(r, column)
                if cell is not None:
                    texts.append(cell.findChild(QLabel).text())
        return texts
