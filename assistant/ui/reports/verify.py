"""核验报告: is a credit report someone handed over genuine? A PDF dropped or chosen, or the 报告编号 and 验证码 typed
from a paper copy; checked in a worker (signature, the platform's registered hash, its public verify route); one
verdict in plain words and colour — green genuine, red not, amber could not be checked — with what the platform holds
about the report, to compare with the paper. Needs no sign-in: a tender's reviewer uses it from the login window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from assistant.domain.dates import format_datetime
from assistant.ui.ops import Op, message_for, user_facing
from assistant.ui.reports.words import GOOD, UNSURE, VERDICT_COLOURS, edition_name
from assistant.ui.theme import style
from assistant.ui.widgets import Retranslating
from assistant.ui.widgets.files import open_file
from assistant.ui.widgets.screen import fit_to_screen

ICONS = {GOOD: "SP_DialogApplyButton", UNSURE: "SP_MessageBoxWarning"}  # any other colour: SP_MessageBoxCritical
FACTS = ("firm", "uscc", "issued", "edition", "number", "signer", "sha256")


class DropZone(Retranslating, QFrame):
    """Where a PDF from the file manager or an e-mail is dropped; 选择文件… for those who do not drag."""

    dropped = Signal(object)  # Path
    choose = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        style(self, "firmCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(True)
        self.setMinimumHeight(96)  # a target to aim a dragged file at, not a line
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(self.tr("把收到的信用报告 PDF 文件拖到这里，或者"))
        self.button.setText(self.tr("选择文件…"))

    @staticmethod
    def _path(event) -> Path | None:
        data = event.mimeData()
        urls = [u for u in data.urls() if u.isLocalFile()] if data.hasUrls() else []
        return Path(urls[0].toLocalFile()) if urls else None

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._path(event) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if self._path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        path = self._path(event)
        if path is not None and path.is_file():
            event.acceptProposedAction()
            self.dropped.emit(path)


class VerifyDialog(Retranslating, QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.outcome = None
        self.checking = False
        self.file_dialog = None
        self.heading = QLabel()
        style(self.heading, "dialogHeading")
        self.intro = QLabel()
        style(self.intro, "helpText")
        self.intro.setWordWrap(True)
        self.drop = DropZone()
        self.drop.dropped.connect(self.check_file)
        self.drop.choose.connect(self.choose_file)
        self.drop.button.setAutoDefault(False)
        self.paper_caption = QLabel()
        self.paper_caption.setWordWrap(True)
        self.number = QLineEdit()
        self.number.setMaxLength(40)
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.number_label, self.code_label = QLabel(), QLabel()
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.check_numbers)
        self.check_button.setDefault(True)  # Enter in the number or code checks them, and never closes the dialog
        paper = QHBoxLayout()
        paper.addWidget(self.number_label)
        paper.addWidget(self.number, 3)
        paper.addWidget(self.code_label)
        paper.addWidget(self.code, 2)
        paper.addWidget(self.check_button)
        self.problem = QLabel()
        style(self.problem, "errorText")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()

        # the verdict
        self.icon = QLabel()
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.fact_captions = {key: QLabel() for key in FACTS}
        self.fact_values = {key: QLabel() for key in FACTS if key != "sha256"}
        # 64 hex digits do not wrap: a read-only field keeps them whole for copying, and scrolls inside itself.
        self.fact_values["sha256"] = QLineEdit()
        self.fact_values["sha256"].setReadOnly(True)
        self.fact_values["sha256"].setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.facts_heading = QLabel()
        self.facts = QFormLayout()
        for key in FACTS:
            value = self.fact_values[key]
            if isinstance(value, QLabel):
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                value.setWordWrap(True)
            self.facts.addRow(self.fact_captions[key], value)
        title_row = QHBoxLayout()
        title_row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.headline, 1)
        self.result = QFrame()
        style(self.result, "firmCard")
        result_box = QVBoxLayout(self.result)
        result_box.addLayout(title_row)
        result_box.addWidget(self.explanation)
        result_box.addWidget(self.facts_heading)
        result_box.addLayout(self.facts)
        self.result.hide()

        inner = QWidget()
        body = QVBoxLayout(inner)
        body.addWidget(self.intro)
        body.addWidget(self.drop)
        body.addWidget(self.paper_caption)
        body.addLayout(paper)
        body.addWidget(self.problem)
        body.addWidget(self.result)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 720, 620)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("核验信用报告"))
        self.heading.setText(self.tr("核验信用报告"))
        self._show_intro()
        self.paper_caption.setText(self.tr("只有纸质报告？输入报告上的报告编号和验证码："))
        self.number_label.setText(self.tr("报告编号"))
        self.code_label.setText(self.tr("验证码"))
        self.number.setPlaceholderText(self.tr("22 位，如 2026112110300000001D88"))
        self.check_button.setText(self.tr("正在核验…") if self.checking else self.tr("核验"))
        self.facts_heading.setText(self.tr("平台登记的报告信息（请与报告上的内容核对）："))
        captions = {"firm": self.tr("企业名称"), "uscc": self.tr("统一社会信用代码"), "issued": self.tr("出具时间"),
                    "edition": self.tr("报告种类"), "number": self.tr("报告编号"), "signer": self.tr("电子签章"),
                    "sha256": self.tr("文件 SHA-256")}
        for key, caption in captions.items():
            self.fact_captions[key].setText(caption)
        if self.outcome is not None:
            self.render(self.outcome)

    def _show_intro(self) -> None:
        self.intro.setText(self.tr("检查一份信用报告是不是信用平台出具的、出具后有没有被改动过。不需要登录；"
                                   "电子文件核对平台的电子签章，纸质报告核对报告编号和验证码。"))

    # -- checking ---------------------------------------------------------------------------------------------
    def _session(self):
        session = self.context.session
        if session is None:
            self.show_problem(self.tr("还没有连接到信用平台，请稍候再试。"))
        return session

    def choose_file(self) -> None:
        self.file_dialog = open_file(self, self.context.settings, title=self.tr("选择信用报告"),
                                     name_filters=[self.tr("PDF 文件 (*.pdf)"), self.tr("所有文件 (*)")],
                                     chosen=lambda path: self.check_file(Path(path)))

    def check_file(self, path: Path) -> None:
        session = self._session()
        if session is None or self.checking:
            return

        def work():
            from assistant.services.report_verifier import ReportVerifier

            return ReportVerifier.for_session(session).check_file(path)

        self._run(work, self.tr("正在核验 {name}…").format(name=Path(path).name))

    def check_numbers(self) -> None:
        number, code = self.number.text().strip(), self.code.text().strip()
        if not number or not code:
            self.show_problem(self.tr("请填写报告编号和验证码（都印在报告首页）。"))
            return
        session = self._session()
        if session is None or self.checking:
            return

        def work():
            from assistant.services.report_verifier import ReportVerifier

            return ReportVerifier.for_session(session).check_numbers(number, code)

        self._run(work, self.tr("正在核验报告 {number}…").format(number=number))

    def _run(self, work, label: str) -> None:
        self.checking = True
        self.show_problem("")
        self.result.hide()
        self.intro.setText(label)
        self._enable()
        Op(self, work, self._checked).failure(self._failed).with_progress(label).run()

    def _checked(self, outcome) -> None:
        self.checking = False
        self._show_intro()
        self._enable()
        self.render(outcome)

    def _failed(self, error: BaseException) -> None:
        self.checking = False
        self._show_intro()
        self._enable()
        if user_facing(error):  # not a PDF, a malformed number: what to do instead
            self.show_problem(message_for(error))

    def _enable(self) -> None:
        for widget in (self.check_button, self.drop.button, self.number, self.code):
            widget.setEnabled(not self.checking)
        self.drop.setAcceptDrops(not self.checking)
        self.check_button.setText(self.tr("正在核验…") if self.checking else self.tr("核验"))

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # -- the verdict ------------------------------------------------------------------------------------------
    def render(self, outcome) -> None:
        self.outcome = outcome
        verdict, language = outcome.verdict, self.context.language
        colour = VERDICT_COLOURS.get(verdict.code, UNSURE)
        icon = getattr(QStyle.StandardPixmap, ICONS.get(colour, "SP_MessageBoxCritical"))
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(32, 32))
        self.headline.setText(verdict.headline)
        self.headline.setStyleSheet(f"color: {colour}; font-size: 15pt; font-weight: bold;")
        self.explanation.setText(verdict.explanation)
        values = {"firm": verdict.firm_name or "", "uscc": verdict.uscc or "",
                  "issued": format_datetime(verdict.issued_at, language) if verdict.issued_at else "",
                  "edition": edition_name(verdict.edition) if verdict.edition else "",
                  "number": outcome.report_no or "", "signer": verdict.signer or "",
                  "sha256": outcome.file_sha256 or ""}
        for row, key in enumerate(FACTS):
            self.fact_values[key].setText(values[key])
            if key == "sha256":
                self.fact_values[key].setCursorPosition(0)
            self.facts.setRowVisible(row, bool(values[key]))
        self.facts_heading.setVisible(bool(verdict.firm_name))
        self.result.show()

    def verdict_code(self) -> str | None:
        return self.outcome.verdict.code if self.outcome is not None else None
