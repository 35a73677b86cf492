"""关于 says what runs where and exports a diagnostics zip with nothing secret in it; 帮助 (F1) opens the current
page's help, in Chinese and in English."""

from __future__ import annotations

import json
import re
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from assistant.appinfo import VERSION
from assistant.infra import paths
from assistant.infra import settings as S
from assistant.ui.features import FEATURES
from assistant.ui.ops import Op

CJK = re.compile(r"[\u4e00-\u9fff]")
SECRETS = ("hunter2", "eyJhbGciOi.secret.part", "tok-123456", "s3cret", "41071119780312031X")


def test_about_shows_version_platform_and_folders(qtbot, make_window):
    window, context = make_window(start=False)  # no platform configured: the embedded demo
    assert window.about_button.isVisible() and window.about_button.text() == "关于"
    assert window.about_button.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable with the keyboard
    window.about_button.click()
    about = window.about_dialog
    assert about.isVisible()
    assert about.values["version"].text() == VERSION
    assert "内置演示平台" in about.values["platform"].text()
    assert str(paths.data_dir()) in about.values["data"].text()
    assert str(paths.log_dir()) in about.values["logs"].text()
    assert about.export_button.text() == "导出诊断信息…"


def test_about_shows_the_platform_address_without_credentials(qtbot, make_window):
    window, _ = make_window("https://alice:s3cret@xyxy.example.gov.cn", start=False)
    window.show_about()
    shown = window.about_dialog.values["platform"].text()
    assert "xyxy.example.gov.cn" in shown and "s3cret" not in shown and "alice" not in shown


def test_diagnostics_zip_has_the_logs_and_settings_without_secrets(qtbot, make_window, tmp_path):
    window, context = make_window(start=False)
    context.settings.set(S.PROXY, "http://alice:s3cret@proxy.example.com:8080")
    raw = json.loads(context.settings.path.read_text("utf-8"))
    raw["refresh_token"] = "tok-123456"  # were a secret ever to land in the settings file, it would not leave the PC
    context.settings.path.write_text(json.dumps(raw), "utf-8")
    log = paths.log_dir() / "assistant.log"
    log.write_text("2026-11-21 INFO assistant.app credit-assistant starting\n"
                   "2026-11-21 INFO x login password=hunter2 Authorization: Bearer eyJhbGciOi.secret.part\n"
                   "2026-11-21 INFO x legal rep 41071119780312031X\n", "utf-8")
    (paths.log_dir() / "assistant.log.1").write_text("an older session\n", "utf-8")

    window.show_about()
    about = window.about_dialog
    about.export_button.click()
    dialog = about.export_dialog
    assert dialog.isVisible() and dialog.selectedFiles()[0].endswith(".zip")
    target = tmp_path / "diagnostics.zip"
    dialog.fileSelected.emit(str(target))  # what choosing a file in the dialog does
    dialog.reject()
    qtbot.waitUntil(lambda: Op.in_flight() == 0 and target.exists(), timeout=10_000)
    assert "已导出到" in about.message.text()

    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        assert {"system.json", "settings.json", "logs/assistant.log", "logs/assistant.log.1"} <= names
        everything = "\n".join(archive.read(name).decode("utf-8") for name in names)
        logged = archive.read("logs/assistant.log").decode("utf-8")
        settings = json.loads(archive.read("settings.json"))
        system = json.loads(archive.read("system.json"))
    assert "credit-assistant starting" in logged
    for secret in SECRETS:
        assert secret not in everything, secret
    assert "refresh_token" not in settings and "token" not in json.dumps(settings).lower()
    assert settings["proxy"] == "http://***@proxy.example.com:8080"
    assert settings["language"] == "zh_CN"
    assert system["version"] == VERSION and system["os"] and system["qt"]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_f1_on_each_page_opens_its_help(qtbot, make_window, language):
    window, _ = make_window(language=language, start=False)
    assert window.help_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    for feature in FEATURES:
        window.open_feature(feature.key)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)  # shortcuts need it active
        qtbot.keyClick(window.sidebar, Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: window.help_dialog is not None and window.help_dialog.isVisible(), timeout=5000)
        help_dialog = window.help_dialog
        assert help_dialog.shown_page().name == f"{feature.key}.{language}.html"
        text = help_dialog.browser.toPlainText()
        assert feature.title() in text, (feature.key, text[:80])
        assert bool(CJK.search(text)) == (language == "zh_CN"), feature.key
        assert help_dialog.topics.currentItem().text() == feature.title()
        help_dialog.close()  # F1 on the next page opens it again, at that page


def test_the_help_follows_a_language_switch(qtbot, make_window):
    from assistant.ui import translations

    window, context = make_window(start=False)
    window.open_feature("settings")
    window.show_help()
    assert window.help_dialog.shown_page().name == "settings.zh_CN.html"
    context.settings.set(S.LANGUAGE, "en")
    translations.install("en")
    qtbot.waitUntil(lambda: window.help_dialog.shown_page().name == "settings.en.html", timeout=5000)
    assert window.help_dialog.windowTitle() == "Help"
