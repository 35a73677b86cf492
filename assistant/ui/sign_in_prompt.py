"""Where the page of a feature that needs a sign-in would be, while nobody is signed in. Built with the pages, after
the first paint: its own module, so that defining it is not part of that paint."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from assistant.ui.features import Feature
from assistant.ui.theme import style
from assistant.ui.widgets import Retranslating


class SignInPrompt(Retranslating, QWidget):
    """Where such a feature's page would be: what it is for, and a way to sign in — not empty, disabled tables."""

    def __init__(self, feature: Feature, sign_in, parent=None):
        super().__init__(parent)
        self.feature = feature
        self.title = QLabel()
        style(self.title, "pageTitle")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(sign_in)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.feature.title())
        self.text.setText(self.tr("“{feature}”需要先登录：这里显示的是信用平台上您的企业的信息。").format(
            feature=self.feature.title()))
        self.button.setText(self.tr("登录"))

    def can_sign_in(self, able: bool) -> None:
        """Before the platform is ready there is nothing to sign in to: the status bar says it is connecting."""
        self.button.setVisible(able)
