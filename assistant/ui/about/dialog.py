"""关于: what runs (version, operating system, platform), where its files are, and a zip for the helpdesk."""

from __future__ import annotations

import datetime as dt
import html
import platform
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout

from assistant.appinfo import VERSION
from assistant.infra import paths
from assistant.ui.about.diagnostics import mask_credentials, write_diagnostics
from assistant.ui.ops import Op, message_for
from assistant.ui.theme import style
from assistant.ui.widgets import Retranslating
from assistant.ui.widgets.files import save_file
from assistant.ui.widgets.screen import fit_to_screen


def folder_link(path: Path, text: str | None = None) -> str:
    """A folder (or file) as a link the system opens (a label with open-external-links)."""
    return f'<a href="{QUrl.fromLocalFile(str(path)).toString()}">{html.escape(text or str(path))}</a>'


def notices_file() -> Path | None:
    """The third-party licences the packaged app carries (build.spec writes them); a run from source has none."""
    bundle = getattr(sys, "_MEIPASS", None)
    path = Path(bundle) / "THIRD-PARTY-NOTICES.txt" if bundle else None
    return path if path is not None and path.exists() else None


class AboutDialog(Retranslating, QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.heading = QLabel()
        style(self.heading, "dialogHeading")
        self.captions = {key: QLabel() for key in ("version", "system", "platform", "data", "logs", "notices")}
        self.values = {key: QLabel() for key in self.captions}
        form = QFormLayout()
        for key, value in self.values.items():
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            form.addRow(self.captions[key], value)
        for key in ("data", "logs", "notices"):
            self.values[key].setOpenExternalLinks(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.export_dialog = None
        self.retranslate()
        fit_to_screen(self, 620)

    def platform_text(self) -> str:
        if self.context.demo:
            return self.tr("内置演示平台（数据均为虚构）")
        return mask_credentials(self.context.platform_url)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("关于"))
        self.heading.setText(self.tr("企业信用自助助手"))
        captions = {"version": self.tr("版本"), "system": self.tr("运行环境"), "platform": self.tr("信用平台"),
                    "data": self.tr("数据文件夹"), "logs": self.tr("日志文件夹"), "notices": self.tr("第三方软件")}
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.values["version"].setText(VERSION)
        self.values["system"].setText(f"{platform.system()} {platform.release()} · Qt {qVersion()}")
        self.values["platform"].setText(html.escape(self.platform_text()))
        self.values["data"].setText(folder_link(self.context.data_dir))
        self.values["logs"].setText(folder_link(paths.log_dir()))
        notices = notices_file()
        self.values["notices"].setText(
            folder_link(notices, self.tr("本程序使用的第三方软件及其许可证")) if notices is not None
            else html.escape(self.tr("从源码运行：各软件包的许可证随软件包安装")))
        self.export_button.setText(self.tr("导出诊断信息…"))

    # -- diagnostics ------------------------------------------------------------------------------------------
    def export(self) -> None:
        name = self.tr("诊断信息") + dt.datetime.now().strftime("-%Y%m%d-%H%M%S") + ".zip"
        self.export_dialog = save_file(self, self.context.settings, title=self.tr("导出诊断信息"),
                                       name_filter=self.tr("ZIP 压缩文件 (*.zip)"), suggested_name=name, suffix="zip",
                                       chosen=lambda path: self.export_to(Path(path)))

    def export_to(self, target: Path) -> None:
        """The logs, the versions and the settings, without secrets, zipped in a worker."""
        log_dir, settings_path = paths.log_dir(), self.context.settings.path
        extra = {"qt": qVersion(), "platform": "sandbox" if self.context.demo else self.context.platform_url,
                 "language": self.context.language}
        self.message.setText(self.tr("正在导出…"))
        Op(self, lambda: write_diagnostics(target, log_dir=log_dir, settings_path=settings_path, extra=extra),
           self._exported).failure(lambda error: self.message.setText(message_for(error))).run()

    def _exported(self, path: Path) -> None:
        self.message.setText(self.tr("已导出到 {path}。其中没有密码和登录凭证，可以发给技术支持。").format(path=path))
