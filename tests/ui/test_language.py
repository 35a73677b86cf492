"""Every visible text is translatable: catalogues current and complete, English shows no Chinese, Qt's own too."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QWidget

import dev
from tests.ui.conftest import wait_for_login_dialog

TS = {language: dev.TS_DIR / f"{language}.ts" for language in dev.LANGUAGES}
PLACEHOLDER = re.compile(r"\{[a-z_]*(?::[^}]*)?\}")
CJK = re.compile(r"[\u4e00-\u9fff]")


def messages(path: Path):
    for message in ET.parse(path).getroot().iter("message"):
        yield message.find("source").text, message.find("translation")


@pytest.mark.parametrize("language", dev.LANGUAGES)
def test_catalogue_is_current_with_the_sources(language, tmp_path):
    copy = tmp_path / TS[language].name
    shutil.copy(TS[language], copy)
    dev.lupdate([copy])
    assert copy.read_text("utf-8") == TS[language].read_text("utf-8"), (
        f"i18n/{language}.ts is stale: run `python3 dev.py i18n`, translate what is new, commit"
    )


def test_english_is_complete_and_keeps_every_placeholder():
    found = list(messages(TS["en"]))
    assert len(found) > 50
    for source, translation in found:
        assert translation.get("type") is None and translation.text, f"untranslated: {source}"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), source
        assert not CJK.search(translation.text), source


def visible_texts(widget: QWidget) -> list[str]:
    texts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        if isinstance(child, QLabel | QPushButton):
            texts.append(child.text())
        if child.isWindow():
            texts.append(child.windowTitle())
    return [t for t in texts if t]


def test_english_interface_shows_no_chinese(qtbot, make_window, sandbox):
    window, context = make_window(sandbox.url, language="en")
    dialog = wait_for_login_dialog(qtbot, window)
    for page in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(page)
        texts = visible_texts(window)
        chinese = [t for t in texts if CJK.search(t) and t != "中文"]  # the language menu names itself
        assert not chinese, chinese
    assert not [t for t in visible_texts(dialog) if CJK.search(t)]
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Sign in"


def test_switching_language_retranslates_the_open_window(qtbot, make_window, sandbox):
    from assistant.ui.features import position

    window, _ = make_window(sandbox.url)
    row = position("settings")
    assert window.sidebar.item(row).text() == "设置"
    window.sidebar.setCurrentRow(row)
    settings_page = window.page("settings")
    settings_page.language.setCurrentIndex(settings_page.language.findData("en"))
    qtbot.waitUntil(lambda: window.sidebar.item(row).text() == "Settings", timeout=5000)
    assert settings_page.save.text() == "Save and reconnect"
    settings_page.language.setCurrentIndex(settings_page.language.findData("zh_CN"))
    qtbot.waitUntil(lambda: window.sidebar.item(row).text() == "设置", timeout=5000)


def test_qt_standard_buttons_are_chinese(qapp):
    from assistant.ui import translations

    def cancel_text() -> str:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close)
        return box.button(QDialogButtonBox.StandardButton.Cancel).text()

    try:
        translations.install("zh_CN", qt_catalogue=False)  # as at start, until the pages are built
        assert cancel_text() == "Cancel"
        translations.install_qt_catalogue()
        assert cancel_text() == "取消"
        translations.install("en")
        assert cancel_text() == "Cancel"
    finally:
        translations.install("zh_CN")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    assert box.button(QDialogButtonBox.StandardButton.Close).text() == "关闭"


def test_messages_from_the_qt_free_layers_are_translated_too(qapp):
    from assistant.domain.ids import check_uscc
    from assistant.ui import translations

    translations.install("en")
    try:
        assert check_uscc("9141").message == "A unified social credit code has 18 characters; this one has 4."
    finally:
        translations.install("zh_CN")
    assert check_uscc("9141").message == "统一社会信用代码应为18位，现在是4位。"
