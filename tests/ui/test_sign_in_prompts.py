"""No dead ends: a cancelled sign-in leaves a way to sign in; pages that need one say so (with a 登录 button) instead
of showing empty, disabled tables; after sign-out nothing of the previous firm is on screen."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QListWidget, QTableWidget, QWidget

from assistant.sandbox.seed import DEMO_PASSWORD
from tests.ui.conftest import view_loaded, wait_for_login_dialog


def visible_texts(window: QWidget) -> list[str]:
    """Everything a user could read in the window: labels, buttons, list and table rows, combo box items."""
    texts = []
    for child in window.findChildren(QWidget):
        if not child.isVisible():
            continue
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QListWidget):
            texts += [child.item(i).text() for i in range(child.count())]
        elif isinstance(child, QTableWidget):
            texts += [child.item(r, c).text() for r in range(child.rowCount()) for c in range(child.columnCount())
                      if child.item(r, c)]
        elif isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
    return [t for t in texts if t]


def test_cancelling_the_sign_in_at_start_leaves_a_sign_in_button(qtbot, make_window, sandbox):
    window, _ = make_window(sandbox.url)
    dialog = wait_for_login_dialog(qtbot, window)
    dialog.reject()
    assert window.sign_in_button.isVisible() and window.sign_in_button.text() == "登录"
    assert not window.sign_out_button.isVisible()
    window.sign_in_button.click()
    assert wait_for_login_dialog(qtbot, window) is not dialog


def test_pages_that_need_a_sign_in_say_so_with_a_sign_in_button(qtbot, make_window, sandbox):
    window, context = make_window(sandbox.url)
    wait_for_login_dialog(qtbot, window).reject()
    for key in ("commitments", "policies"):
        window.open_feature(key)
        prompt = window.prompts[key]
        assert prompt.isVisible() and "需要先登录" in prompt.text.text()
        assert not window.page(key).isVisible()  # no empty, disabled tables
        assert not [t for t in window.page(key).findChildren(QTableWidget) if t.isVisible()]
        assert prompt.button.isVisible() and prompt.button.text() == "登录"
    window.open_feature("home")
    assert window.page("home").isVisible()  # pages with nothing of the firm's need no prompt
    window.open_feature("policies")
    window.prompts["policies"].button.click()
    dialog = wait_for_login_dialog(qtbot, window)
    dialog.username.setText("weizhiyuan")
    dialog.password.setText(DEMO_PASSWORD)
    with view_loaded(qtbot, context, "policies"):
        dialog.submit()
    assert window.page("policies").isVisible() and not window.prompts["policies"].isVisible()


def test_after_sign_out_no_page_shows_the_previous_firms_data(qtbot, make_window, sandbox):
    window, context = make_window(sandbox.url)
    dialog = wait_for_login_dialog(qtbot, window)
    dialog.username.setText("weizhiyuan")
    dialog.password.setText(DEMO_PASSWORD)
    with view_loaded(qtbot, context, "policies", lambda view: bool(view.rows)):
        dialog.submit()
    firm = context.firm_view.profile.value
    policies = [row.policy.title for row in context.views["policies"].rows]
    seen = []
    for key in ("home", "commitments", "policies"):
        window.open_feature(key)
        seen += visible_texts(window)
    assert any(firm.name in t for t in seen) and any(policies[0] in t for t in seen)  # shown while signed in

    with qtbot.waitSignal(context.signed_out, timeout=20_000):
        window.sign_out_button.click()
    wait_for_login_dialog(qtbot, window).reject()
    secrets = [firm.name, firm.uscc, firm.legal_rep.name, *policies]
    for key in ("home", "commitments", "policies", "settings"):
        window.open_feature(key)
        shown = visible_texts(window)
        left = [t for t in shown if any(s in t for s in secrets)]
        assert left == [], (key, left)
        if key in window.prompts:
            assert window.prompts[key].isVisible()
    assert window.sign_in_button.isVisible()
