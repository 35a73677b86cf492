"""Sign-in dialog. Wrong input keeps the username; the password is never kept anywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from assistant.ui.context import AppContext
from assistant.ui.ops import message_for
from assistant.ui.theme import style
from assistant.ui.widgets import Retranslating
from assistant.ui.widgets.screen import fit_to_screen


class LoginDialog(Retranslating, QDialog):
    def __init__(self, context: AppContext, parent=None, *, username: str = "", notice: str = ""):
        super().__init__(parent)
        self.context = context
        self.setModal(True)
        self.setMinimumWidth(420)
        self.heading = QLabel()
        style(self.heading, "dialogHeading")
        self.heading.setWordWrap(True)  # the English heading is longer than the dialog is wide
        self.notice = QLabel(notice)
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        self.demo_label = QLabel()
        self.demo_accounts = QComboBox()
        # As wide as the dialog, not as its longest entry: the captions beside it stay whole in English too.
        self.demo_accounts.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.demo_accounts.setMinimumContentsLength(16)
        self.username = QLineEdit(username)
        self.username.setMaxLength(64)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(256)
        self.remember = QCheckBox()
        self.error = QLabel()
        style(self.error, "errorText")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        for field in (self.username, self.password):  # the user is fixing it: the old complaint goes
            field.textEdited.connect(self.error.hide)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        # Whoever was handed a credit report (a tender's reviewer, a bank) checks it here without an account.
        self.verify_button = QPushButton()
        self.verify_button.setFlat(True)
        self.verify_button.setAutoDefault(False)  # Enter still signs in
        self.verify_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.verify_button.setStyleSheet("color: #1a56a8; text-decoration: underline; text-align: left;")
        self.verify_button.clicked.connect(self.open_verify)
        self.verify_dialog = None

        form = QFormLayout()
        self.username_label, self.password_label = QLabel(), QLabel()
        form.addRow(self.demo_label, self.demo_accounts)
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        layout.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignLeft)

        logins = context.platform.demo_logins if context.platform else ()
        self._logins = list(logins)
        self.demo_label.setVisible(bool(logins))
        self.demo_accounts.setVisible(bool(logins))
        self.demo_accounts.currentIndexChanged.connect(self._fill_demo)
        self.retranslate()
        fit_to_screen(self, 460)
        (self.password if username else self.username).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("登录信用平台"))
        self.heading.setText(
            self.tr("登录演示平台（数据均为虚构）") if self.context.demo else self.tr("登录信用平台")
        )
        self.demo_label.setText(self.tr("演示账号"))
        self.username_label.setText(self.tr("用户名"))
        self.password_label.setText(self.tr("密码"))
        self.remember.setText(self.tr("记住登录（保存在系统密码库中）"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        self.verify_button.setText(self.tr("核验收到的信用报告（无需登录）"))
        current = self.demo_accounts.currentIndex()
        self.demo_accounts.blockSignals(True)
        self.demo_accounts.clear()
        self.demo_accounts.addItem(self.tr("选择一个演示账号…"))
        for login in self._logins:
            role = self.tr("代理记账") if login["role"] == "agent" else self.tr("企业")
            self.demo_accounts.addItem(f"{login['display_name']} · {role} · {login['username']}")
        self.demo_accounts.setCurrentIndex(max(current, 0))
        self.demo_accounts.blockSignals(False)

    def open_verify(self) -> None:
        from assistant.ui.reports.verify import VerifyDialog

        self.verify_dialog = VerifyDialog(self.context, self)
        self.verify_dialog.open()

    def _fill_demo(self, index: int) -> None:
        if index <= 0:
            return
        login = self._logins[index - 1]
        self.username.setText(login["username"])
        self.password.setText(login["password"])

    def submit(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.show_error(self.tr("请填写用户名和密码。"))
            return
        if self.context.session is None:
            self.show_error(self.tr("还没有连接到信用平台，请稍候再试。"))
            return
        self.error.hide()
        self._busy(True)
        self.context.sign_in(username, password, self.remember.isChecked(), self._signed_in, self._failed)

    def _busy(self, busy: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("正在登录…") if busy else self.tr("登录")
        )

    def _signed_in(self, result) -> None:
        self._busy(False)
        self.password.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.password.clear()
        self.password.setFocus()
        self.show_error(message_for(error))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
