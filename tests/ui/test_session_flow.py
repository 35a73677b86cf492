"""A user's first minutes: the demo platform, signing in, the firm on 首页, switching firms, signing out."""

from __future__ import annotations

import os
import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox

from assistant.infra import paths
from assistant.infra import settings as S
from assistant.sandbox.seed import DEMO_PASSWORD, HENGDA
from tests.ui.conftest import wait_for_login_dialog

OK = QDialogButtonBox.StandardButton.Ok


def choose_demo_account(dialog, username: str) -> None:
    index = next(i for i in range(dialog.demo_accounts.count()) if dialog.demo_accounts.itemText(i).endswith(username))
    dialog.demo_accounts.setCurrentIndex(index)


def sign_in_remembered(qtbot, window, context, username: str) -> None:
    dialog = wait_for_login_dialog(qtbot, window)
    dialog.username.setText(username)
    dialog.password.setText(DEMO_PASSWORD)
    dialog.remember.setChecked(True)
    with qtbot.waitSignal(context.firm_loaded, timeout=20_000):
        dialog.submit()


def text_colour(label) -> str:
    """The colour the label's text is painted in once polished (a style sheet's `color` sets its palette)."""
    label.ensurePolished()
    return label.palette().color(label.foregroundRole()).name()


def test_demo_sign_in_home_switch_firm_and_sign_out(qtbot, make_window, memory_keyring):
    window, context = make_window(sandbox_process=True)  # as the app runs its demo platform
    dialog = wait_for_login_dialog(qtbot, window)
    assert context.platform.sandbox.process.pid != os.getpid()  # not a thread that competes with the window
    assert window.banner.isVisible() and "演示环境" in window.banner.text()
    assert window.link_label.text() == "演示环境"
    assert text_colour(window.link_label) == "#1e7b34"  # online (to the demo platform): green

    choose_demo_account(dialog, "kuaiji")
    assert dialog.username.text() == "kuaiji" and dialog.password.text() == DEMO_PASSWORD
    dialog.remember.setChecked(True)
    with qtbot.waitSignal(context.firm_loaded, timeout=20_000):
        qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    card = window.page("home").card
    qtbot.waitUntil(card.isVisible)  # shown on the turn after the firm's answer
    first = window.firm_switcher.currentText()
    assert first.startswith(card.name.text()) and first.endswith(context.current_firm)
    assert window.firm_switcher.isVisible() and window.firm_switcher.count() >= 3
    assert "代理记账" in window.user_label.text()
    assert re.fullmatch(r".+（身份证 \d{4}\*{10}[\dX]{4}）", card.values["legal_rep"].text())
    assert list(memory_keyring.entries.values()), "remember login keeps the refresh token in the keyring"

    index = window.firm_switcher.findData(HENGDA)
    with qtbot.waitSignal(context.firm_loaded, timeout=20_000):
        window.firm_switcher.setCurrentIndex(index)
        window.firm_switcher.activated.emit(index)
    assert card.name.text() == "新乡市恒达机械制造有限公司"
    assert card.values["uscc"].text() == HENGDA
    assert card.values["size"].text() == "小型企业"
    assert "4107**********031X" in card.values["legal_rep"].text()

    with qtbot.waitSignal(context.login_needed, timeout=20_000):
        qtbot.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)
    assert memory_keyring.entries == {}
    assert S.Settings(paths.config_dir() / "settings.json").get(S.LAST_USERNAME) == ""
    assert not card.isVisible()
    assert window.user_label.text() == "未登录"
    wait_for_login_dialog(qtbot, window)


def test_the_remembered_login_is_resumed_at_the_next_start(qtbot, make_window, sandbox):
    window, context = make_window(sandbox.url)
    sign_in_remembered(qtbot, window, context, "hengda")
    context.shutdown()
    window.close()

    again, context2 = make_window(sandbox.url, last_username="hengda")
    with qtbot.waitSignal(context2.firm_loaded, timeout=20_000):
        pass
    assert again.page("home").card.name.text() == "新乡市恒达机械制造有限公司"
    assert again.login_dialog is None
    assert not again.firm_switcher.isEnabled()  # an owner with one firm has nothing to switch to


def test_wrong_password_shows_the_message_and_keeps_the_username(qtbot, make_window, sandbox):
    window, context = make_window(sandbox.url)
    dialog = wait_for_login_dialog(qtbot, window)
    assert not window.banner.isVisible()  # a configured platform is not the demo
    dialog.username.setText("hengda")
    dialog.password.setText("not-the-password")
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert dialog.error.text() == "用户名或密码不正确。"
    assert dialog.username.text() == "hengda"
    assert dialog.password.text() == ""
    assert dialog.isVisible()


def test_empty_fields_are_explained_without_calling_the_platform(qtbot, make_window, sandbox):
    window, _ = make_window(sandbox.url)
    dialog = wait_for_login_dialog(qtbot, window)
    dialog.username.setText("hengda")
    dialog.submit()
    assert dialog.error.text() == "请填写用户名和密码。"


def test_without_a_keyring_the_user_is_told_the_login_is_not_remembered(qtbot, make_window, sandbox):
    import keyring
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())
    window, context = make_window(sandbox.url)
    dialog = wait_for_login_dialog(qtbot, window)
    dialog.username.setText("hengda")
    dialog.password.setText(DEMO_PASSWORD)
    dialog.remember.setChecked(True)
    with qtbot.waitSignal(context.notice, timeout=20_000) as notice:
        dialog.submit()
    assert "密码库" in notice.args[0]
    assert "密码库" in window.statusBar().currentMessage()


def test_offline_start_shows_cached_data_and_the_offline_status(qtbot, make_window, make_sandbox):
    server = make_sandbox()
    window, context = make_window(server.url)
    sign_in_remembered(qtbot, window, context, "kuaiji")
    shown_name = window.page("home").card.name.text()
    context.shutdown()
    window.close()
    server.stop()  # the platform is now unreachable at the same address

    offline, context2 = make_window(server.url, last_username="kuaiji")
    with qtbot.waitSignal(context2.firm_loaded, timeout=30_000):
        pass
    assert offline.page("home").card.name.text() == shown_name
    assert offline.link_label.text().startswith("离线 · 数据截至 ")
    assert text_colour(offline.link_label) == "#b3261e"  # red, as the window tells an offline start at a glance
    assert "离线" in offline.page("home").card.values["as_of"].text()
    assert offline.login_dialog is None


def test_the_gui_keeps_running_while_the_platform_is_slow(qtbot, make_window, make_sandbox):
    server = make_sandbox()
    window, context = make_window(server.url)
    dialog = wait_for_login_dialog(qtbot, window)
    server.config.latency = 1.0  # every call now takes a second
    ticks = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    dialog.username.setText("hengda")
    dialog.password.setText(DEMO_PASSWORD)
    dialog.submit()
    assert not dialog.buttons.button(OK).isEnabled()  # busy, and says so
    with qtbot.waitSignal(context.firm_loaded, timeout=30_000):
        pass
    timer.stop()
    assert len(ticks) >= 20, "the event loop must keep turning while the platform is slow"


def test_the_accountant_finds_a_client_by_part_of_its_name_or_code(qtbot, make_window, sandbox):
    from assistant.sandbox.seed import HONGSHENG
    from tests.ui.conftest import signed_in

    window, context = signed_in(qtbot, make_window, sandbox, "kuaiji")
    switcher = window.firm_switcher
    assert all(switcher.itemData(i) in switcher.itemText(i) for i in range(switcher.count()))  # the code is shown
    completer = switcher.completer()
    completer.setCompletionPrefix("宏盛")
    assert completer.completionCount() == 1
    completer.setCompletionPrefix(HONGSHENG[-6:].lower())  # the end of the code, in lower case
    assert completer.completionCount() == 1
    with qtbot.waitSignal(context.firm_loaded, timeout=20_000):
        completer.activated.emit(completer.currentCompletion())
    assert context.current_firm == HONGSHENG


def test_a_sign_in_error_goes_when_the_user_corrects_the_password(qtbot, make_window, sandbox):
    from tests.ui.conftest import wait_for_login_dialog

    window, context = make_window(sandbox.url)
    dialog = wait_for_login_dialog(qtbot, window)
    dialog.username.setText("hengda")
    dialog.password.setText("wrong")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    qtbot.keyClicks(dialog.password, "x")
    assert not dialog.error.isVisible()
