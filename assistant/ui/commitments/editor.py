"""The draft editor: one field per template field, checked as the user types, autosaved within a second."""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from assistant.domain.commitments import CHOICE_SEPARATOR, check_field, split_choices
from assistant.domain.dates import parse_date
from assistant.ui.ops import Op, message_for
from assistant.ui.theme import style
from assistant.ui.widgets import PDF_PREVIEW, Retranslating
from assistant.ui.widgets.screen import fit_to_screen

AUTOSAVE_MS = 800  # a crash loses at most the last second of typing


class ChoiceBoxes(QWidget):
    """A choice where the template allows several answers: one box per option."""

    changed = Signal()

    def __init__(self, options: list[str], chosen: list[str], parent=None):
        super().__init__(parent)
        self.boxes = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for option in options:
            box = QCheckBox(option)
            box.setChecked(option in chosen)
            box.toggled.connect(self.changed)
            layout.addWidget(box)
            self.boxes.append(box)

    def value(self) -> str:
        return CHOICE_SEPARATOR.join(b.text() for b in self.boxes if b.isChecked())

    def choose(self, options: list[str]) -> None:
        for box in self.boxes:
            box.setChecked(box.text() in options)


class DateInput(QWidget):
    """A date typed the way people write it (2026-03-05, 2026年3月5日, 2026/3/5) or picked from a calendar."""

    def __init__(self, value: str, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit(value)
        self.pick = QToolButton()
        self.pick.clicked.connect(self.show_calendar)
        self.calendar: QCalendarWidget | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.pick)

    def value(self) -> str:
        return self.edit.text()

    def show_calendar(self) -> None:
        """A popup calendar under the field, opened at the date already typed (or today)."""
        menu = QMenu(self)
        self.calendar = QCalendarWidget(menu)
        typed = parse_date(self.edit.text())
        if typed is not None:
            self.calendar.setSelectedDate(QDate(typed.year, typed.month, typed.day))
        self.calendar.clicked.connect(lambda day: (self.edit.setText(day.toString("yyyy-MM-dd")), menu.close()))
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.popup(self.pick.mapToGlobal(self.pick.rect().bottomLeft()))


class FieldInput(QWidget):
    """One template field: its input, its help and its inline problem."""

    changed = Signal()

    def __init__(self, spec, value: str, parent=None):
        super().__init__(parent)
        self.spec = spec
        if spec.kind == "textarea":
            self.input = QPlainTextEdit(value)
            self.input.setFixedHeight(90)
            self.input.textChanged.connect(self._edited)
        elif spec.kind == "choice" and spec.multiple:
            self.input = ChoiceBoxes(spec.options, split_choices(value))
            self.input.changed.connect(self._edited)
        elif spec.kind == "date":
            self.input = DateInput(value)
            self.input.edit.textChanged.connect(self._edited)
        elif spec.kind == "choice":
            self.input = QComboBox()
            self.input.addItem("", "")
            for option in spec.options:
                self.input.addItem(option, option)
            self.input.setCurrentIndex(max(0, self.input.findData(value)))
            self.input.currentIndexChanged.connect(self._edited)
        else:
            self.input = QLineEdit(value)
            self.input.setMaxLength((spec.max_length or 200) + 20)  # room to see, and be told, that it is too long
            self.input.textChanged.connect(self._edited)
        self.help = QLabel(spec.help, self)  # a child from the start: shown before its layout, a window of its own
        style(self.help, "helpText")
        self.help.setWordWrap(True)
        self.help.setVisible(bool(spec.help))
        self.problem = QLabel()
        style(self.problem, "errorText")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.input)
        layout.addWidget(self.help)
        layout.addWidget(self.problem)
        self.set_placeholder()

    def set_placeholder(self) -> None:
        hints = {"date": self.tr("例如 2026-11-21"), "money": self.tr("例如 12345.60"),
                 "phone": self.tr("例如 13803731234 或 0373-1234567"), "uscc": self.tr("18位统一社会信用代码"),
                 "id_number": self.tr("18位身份证号码")}
        if isinstance(self.input, DateInput):
            self.input.edit.setPlaceholderText(self.tr("例如 2026-11-21、2026年11月21日"))
            self.input.pick.setText(self.tr("日历…"))
        if isinstance(self.input, QLineEdit):
            self.input.setPlaceholderText(hints.get(self.spec.kind, ""))
        elif isinstance(self.input, QComboBox):
            self.input.setItemText(0, self.tr("请选择…"))

    def value(self) -> str:
        if isinstance(self.input, QPlainTextEdit):
            return self.input.toPlainText()
        if isinstance(self.input, QComboBox):
            return self.input.currentData() or ""
        if isinstance(self.input, ChoiceBoxes | DateInput):
            return self.input.value()
        return self.input.text()

    def _edited(self, *_) -> None:
        self.check()
        self.changed.emit()

    def check(self) -> bool:
        _, problem = check_field(self.spec, self.value())
        self.show_problem(problem)
        return problem is None

    def show_problem(self, problem: str | None) -> None:
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))


class DraftEditor(Retranslating, QDialog):
    submitted = Signal()

    def __init__(self, context, draft, parent=None):
        super().__init__(parent)
        self.context = context
        self.draft = draft
        fit_to_screen(self, 760, 760)
        self.heading = QLabel(draft.title)
        style(self.heading, "dialogHeading")
        self.heading.setWordWrap(True)
        self.liability = QLabel()
        style(self.liability, "helpText")
        self.liability.setWordWrap(True)
        self.replaced = QLabel()
        style(self.replaced, "errorText")
        self.replaced.setWordWrap(True)
        self.replaced.hide()
        self.move_button = QPushButton()
        self.move_button.hide()
        self.move_button.clicked.connect(self.move_to_new_version)
        self.inputs: dict[str, FieldInput] = {}
        self.captions: dict[str, QLabel] = {}
        form = QFormLayout()
        for spec in draft.template.fields:
            widget = FieldInput(spec, draft.fields.get(spec.key, ""))
            widget.changed.connect(self._changed)
            caption = QLabel(spec.label + (" *" if spec.required else ""))
            form.addRow(caption, widget)
            self.inputs[spec.key], self.captions[spec.key] = widget, caption
        self.signed_by = QLineEdit(draft.signed_by)
        self.signed_by.setMaxLength(20)
        self.signed_by.textChanged.connect(self._changed)
        self.signed_by_problem = QLabel()
        style(self.signed_by_problem, "errorText")
        self.signed_by_problem.hide()
        self.signed_by_caption = QLabel()
        signer = QVBoxLayout()
        signer.addWidget(self.signed_by)
        signer.addWidget(self.signed_by_problem)
        form.addRow(self.signed_by_caption, signer)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.saved = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.preview_button, self.print_button = QPushButton(), QPushButton()
        self.submit_button, self.close_button = QPushButton(), QPushButton()
        self.preview_button.clicked.connect(lambda: self.show_letter(print_now=False))
        self.print_button.clicked.connect(lambda: self.show_letter(print_now=True))
        self.submit_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Print, self, lambda: self.show_letter(print_now=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved, 1)
        for button in (self.preview_button, self.print_button, self.submit_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.liability)
        replaced_row = QHBoxLayout()
        replaced_row.addWidget(self.replaced, 1)
        replaced_row.addWidget(self.move_button)
        layout.addLayout(replaced_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self._newer = None
        self._problems_shown = False
        self.preview = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("填写信用承诺书"))
        self.liability.setText(self.tr("签署前请知悉违诺责任：{text}").format(text=self.draft.template.breach_liability))
        self.signed_by_caption.setText(self.tr("签字人（法定代表人） *"))
        self.preview_button.setText(self.tr("预览"))
        self.print_button.setText(self.tr("打印…"))
        self.submit_button.setText(self.tr("提交"))
        self.close_button.setText(self.tr("关闭"))
        self.move_button.setText(self.tr("转到新版本"))
        for widget in self.inputs.values():
            widget.set_placeholder()


    # -- template replaced on the platform --------------------------------------------------------------------
    def offer_new_version(self, newer) -> None:
        self._newer = newer
        self.replaced.setText(self.tr("平台已更新这份承诺书（第{old}版 → 第{new}版）。提交前请把内容转到新版本并核对。")
                              .format(old=self.draft.template.version, new=newer.version))
        self.replaced.show()
        self.move_button.show()

    def move_to_new_version(self) -> None:
        service, draft, newer = self.context.service("commitments"), self._snapshot(), self._newer

        def moved(dropped) -> None:
            self.message.setText(
                self.tr("已转到新版本。新版本没有这些项，内容未转入：{fields}").format(fields="、".join(dropped))
                if dropped else self.tr("已转到新版本，请重新打开核对。"))
            self.replaced.hide()
            self.move_button.hide()

        Op(self, lambda: service.move_draft(draft, newer), moved).changes("drafts").run()

    # -- editing and saving -----------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.draft.fields = {key: widget.value() for key, widget in self.inputs.items()}
        self.draft.signed_by = self.signed_by.text()
        if self.draft.signed_by.strip():
            self.signed_by_problem.hide()
        if self._problems_shown:  # the count follows the user's corrections, and goes when none are left
            left = sum(w.problem.isVisible() for w in self.inputs.values()) + self.signed_by_problem.isVisible()
            self.message.setText(self.tr("还有 {count} 处需要修改，已用红字标出。").format(count=left) if left else "")
            self._problems_shown = bool(left)
        self.saved.setText(self.tr("正在保存…"))
        self._autosave.start()

    def _snapshot(self):
        return copy.deepcopy(self.draft)  # the worker gets its own copy; typing goes on meanwhile

    def save_now(self) -> None:
        service = self.context.service("commitments")
        if service is None:
            return
        snapshot = self._snapshot()
        Op(self, lambda: service.save_draft(snapshot), self._saved).failure(
            lambda error: self.saved.setText(self.tr("保存失败：{reason}").format(reason=message_for(error)))
        ).run()

    def _saved(self, when: dt.datetime) -> None:
        self.saved.setText(self.tr("已自动保存 {time}").format(time=when.astimezone().strftime("%H:%M:%S")))

    def done(self, result: int) -> None:
        if self._autosave.isActive():
            self._autosave.stop()
            self.save_now()
        super().done(result)

    # -- letter -----------------------------------------------------------------------------------------------
    def show_letter(self, *, print_now: bool) -> None:
        service = self.context.service("commitments")
        if service is None:
            self.message.setText(self.tr("请先登录。"))
            return
        view = self.context.firm_view
        profile = view.profile.value if view else None
        draft = self._snapshot()
        self.message.setText(self.tr("正在生成预览…"))

        def shown(letter) -> None:
            from assistant.ui.widgets.pdf_preview import PdfPreview

            self.message.clear()
            self.preview = PdfPreview(letter.pdf, draft.title, f"{draft.title}.pdf", self,
                                      hint=self.tr("打印后请法定代表人签字、加盖公章。"), settings=self.context.settings)
            self.preview.open_soon(print_now=print_now)

        Op(self, lambda: service.draft_letter(draft, profile), shown).imports(PDF_PREVIEW).failure(
            self._letter_failed).run()

    def _letter_failed(self, error: BaseException) -> None:
        self.message.setText(message_for(error))

    # -- submitting -------------------------------------------------------------------------------------------
    def submit(self) -> None:
        """Check and show what will be sent; only a confirmation queues it (a commitment cannot be changed after)."""
        service = self.context.service("commitments")
        if service is None:
            self.message.setText(self.tr("请先登录。"))
            return
        self._changed()
        self._autosave.stop()
        draft = self._snapshot()
        profile = self.context.firm_view.profile.value if self.context.firm_view else None
        self._busy(True)
        Op(self, lambda: service.review(draft, profile), lambda review: self._confirm(review, draft)).failure(
            self._refused).run()

    def _confirm(self, review, draft) -> None:
        from assistant.ui.commitments.confirm import SubmitConfirmation

        self.confirmation = SubmitConfirmation(review, self.context.language, self)
        self.confirmation.accepted.connect(lambda: self._queue(draft))
        self.confirmation.rejected.connect(lambda: self._busy(False))
        self.confirmation.open()

    def _queue(self, draft) -> None:
        service = self.context.service("commitments")

        def queued(entry) -> None:
            self.message.setText(self.tr("已放入待发送，联网后会自动提交，只会提交一次。"))
            self.submitted.emit()
            self.context.send_outbox()
            self.accept()

        Op(self, lambda: service.submit(draft), queued).changes("outbox").failure(self._refused).run()

    def _busy(self, busy: bool) -> None:
        """While a submission is being checked, confirmed or queued, it cannot be started again."""
        self.submit_button.setEnabled(not busy)

    def _refused(self, error: BaseException) -> None:
        from assistant.services.commitments import DraftProblems

        self._busy(False)
        if isinstance(error, DraftProblems):  # the draft was saved before it was checked
            self._saved(error.saved_at)
            for problem in error.problems:
                if problem.key == "signed_by":
                    self.signed_by_problem.setText(problem.message)
                    self.signed_by_problem.show()
                elif problem.key in self.inputs:
                    self.inputs[problem.key].show_problem(problem.message)
            self._problems_shown = True
        self.message.setText(message_for(error))
