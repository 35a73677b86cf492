"""帮助 (F1): a short local page per feature, in the interface's language, beside the app (not modal: one reads it
while doing what it says). Pages are `resources/help/<feature key>.<language>.html`, Qt's rich-text subset."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QListWidget, QTextBrowser, QVBoxLayout

from assistant.ui.features import FEATURES, position
from assistant.ui.widgets import Retranslating
from assistant.ui.widgets.screen import fit_to_screen

HELP_DIR = Path(__file__).resolve().parents[2] / "resources" / "help"
FALLBACK_LANGUAGE = "zh_CN"  # every page exists in Chinese first


def help_page(key: str, language: str) -> Path:
    page = HELP_DIR / f"{key}.{language}.html"
    return page if page.is_file() else HELP_DIR / f"{key}.{FALLBACK_LANGUAGE}.html"


class HelpDialog(Retranslating, QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.key = FEATURES[0].key
        self.topics = QListWidget()
        self.topics.setFixedWidth(150)
        for _ in FEATURES:
            self.topics.addItem("")
        self.topics.currentRowChanged.connect(lambda row: row >= 0 and self.show_topic(FEATURES[row].key))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.topics)
        body.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 720, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("帮助"))
        for row, feature in enumerate(FEATURES):
            self.topics.item(row).setText(feature.title())
        self.show_topic(self.key)  # the page in the new language

    def show_topic(self, key: str) -> None:
        self.key = key
        row = position(key)
        if self.topics.currentRow() != row:
            self.topics.blockSignals(True)
            self.topics.setCurrentRow(row)
            self.topics.blockSignals(False)
        self.browser.setSource(QUrl.fromLocalFile(str(help_page(key, self.context.language))))

    def shown_page(self) -> Path:
        return Path(self.browser.source().toLocalFile())
