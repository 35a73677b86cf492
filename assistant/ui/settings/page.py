"""设置: where the platform is, how to reach it, the language, the data folder, the saved login."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from assistant.infra import settings as S
from assistant.ui.context import AppContext
from assistant.ui.theme import style
from assistant.ui.widgets import Retranslating
from assistant.ui.widgets.files import open_file

LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}  # each in its own language, so anyone can find theirs


def valid_url(text: str) -> bool:
    parts = urlparse(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


class SettingsPage(Retranslating, QWidget):
    language_chosen = Signal(str)

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.title = QLabel()
        style(self.title, "pageTitle")
        self.use_sandbox = QRadioButton()
        self.use_platform = QRadioButton()
        group = QButtonGroup(self)
        group.addButton(self.use_sandbox)
        group.addButton(self.use_platform)
        self.platform_url = QLineEdit()
        self.platform_url.setPlaceholderText("https://xyxy.xinxiang.gov.cn")
        self.proxy = QLineEdit()
        self.proxy.setPlaceholderText("http://proxy.example.com:8080")
        self.ca_file = QLineEdit()
        self.browse_ca = QPushButton()
        self.browse_ca.clicked.connect(self._browse_ca)
        self.language = QComboBox()
        for code in S.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.data_folder = QLabel(str(context.data_dir))
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.data_dir)))
        )
        self.forget_login = QPushButton()
        self.forget_login.clicked.connect(self._forget)
        self.save = QPushButton()
        self.save.setDefault(True)
        self.save.clicked.connect(self._save)
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.captions = {key: QLabel() for key in ("platform", "proxy", "ca", "language", "data", "login")}
        form = QFormLayout()
        platform_box = QVBoxLayout()
        platform_box.addWidget(self.use_sandbox)
        row = QHBoxLayout()
        row.addWidget(self.use_platform)
        row.addWidget(self.platform_url, 1)
        platform_box.addLayout(row)
        form.addRow(self.captions["platform"], platform_box)
        form.addRow(self.captions["proxy"], self.proxy)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.browse_ca)
        form.addRow(self.captions["ca"], ca_row)
        form.addRow(self.captions["language"], self.language)
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_folder, 1)
        data_row.addWidget(self.open_folder)
        form.addRow(self.captions["data"], data_row)
        login_row = QHBoxLayout()
        login_row.addWidget(self.forget_login)
        login_row.addStretch(1)
        form.addRow(self.captions["login"], login_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)

        self.use_platform.toggled.connect(self.platform_url.setEnabled)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.load()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("设置"))
        self.use_sandbox.setText(self.tr("内置演示平台（无需网络，数据为虚构）"))
        self.use_platform.setText(self.tr("连接信用平台："))
        self.browse_ca.setText(self.tr("选择文件…"))
        self.open_folder.setText(self.tr("打开文件夹"))
        self.forget_login.setText(self.tr("忘记已保存的登录"))
        self.save.setText(self.tr("保存并重新连接"))
        self.ca_file.setPlaceholderText(self.tr("单位网络要求时才需要，例如 company-ca.pem"))
        captions = {
            "platform": self.tr("信用平台"), "proxy": self.tr("代理服务器"), "ca": self.tr("附加根证书"),
            "language": self.tr("界面语言"), "data": self.tr("数据文件夹"), "login": self.tr("已保存的登录"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)


    def load(self) -> None:
        settings = self.context.settings
        url = settings.get(S.PLATFORM_URL)
        self.use_platform.setChecked(bool(url))
        self.use_sandbox.setChecked(not url)
        self.platform_url.setText(url)
        self.platform_url.setEnabled(bool(url))
        self.proxy.setText(settings.get(S.PROXY))
        self.ca_file.setText(settings.get(S.CA_FILE))
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(S.LANGUAGE))))
        self.language.blockSignals(False)

    def _language_changed(self) -> None:
        code = self.language.currentData()
        self.context.settings.set(S.LANGUAGE, code)
        self.language_chosen.emit(code)

    def _browse_ca(self) -> None:
        self.ca_dialog = open_file(self, self.context.settings, title=self.tr("选择根证书文件"),
                                   name_filters=[self.tr("证书文件 (*.pem *.crt *.cer)"), self.tr("所有文件 (*)")],
                                   chosen=self.ca_file.setText)

    def _save(self) -> None:
        url = self.platform_url.text().strip() if self.use_platform.isChecked() else ""
        proxy = self.proxy.text().strip()
        if self.use_platform.isChecked() and not valid_url(url):
            self.message.setText(self.tr("平台地址应以 https:// 或 http:// 开头，例如 https://xyxy.xinxiang.gov.cn"))
            return
        if proxy and not valid_url(proxy):
            self.message.setText(self.tr("代理服务器地址应以 http:// 或 https:// 开头，例如 http://proxy:8080"))
            return
        ca_file = self.ca_file.text().strip()
        if ca_file and not Path(ca_file).is_file():
            self.message.setText(self.tr("找不到证书文件：{path}").format(path=ca_file))
            return
        settings = self.context.settings
        settings.set(S.PLATFORM_URL, url.rstrip("/"))
        settings.set(S.PROXY, proxy)
        settings.set(S.CA_FILE, ca_file)
        self.message.setText(self.tr("已保存，正在重新连接…"))
        self.context.reconnect()

    def _forget(self) -> None:
        self.context.forget_saved_login(
            lambda: self.message.setText(self.tr("已忘记保存的登录，下次启动时需要重新登录。"))
        )
