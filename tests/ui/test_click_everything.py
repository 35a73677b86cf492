"""Every page of the registry, every enabled button, action and shortcut, for an owner and for the accountant —
with dialogs answered as a cautious user would. Any exception in a slot (pytest-qt fails the test on those), any
"出现意外错误" box and any error logged by the app fails it: this is the test that notices a dead 打印… button."""

from __future__ import annotations

import datetime as dt
import logging
import uuid

import pytest
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from assistant.sandbox.seed import DEMO_PASSWORD, WEIZHIYUAN
from assistant.ui.features import FEATURES
from assistant.ui.ops import Op
from tests.ui.conftest import signed_in

# Buttons that end the session or restart the platform are pressed once, at the very end.
LAST = ("退出登录", "保存并重新连接")
MAX_DEPTH = 2  # a dialog opened from a dialog opened from a page; deeper ones are only closed


class Clicker:
    def __init__(self, qtbot, caplog):
        self.qtbot, self.caplog = qtbot, caplog
        self.pressed: list[str] = []
        self.seen: set[int] = set()

    def settle(self) -> None:
        """Wait until every background operation has reported back (no fixed sleep)."""
        self.qtbot.waitUntil(lambda: Op.in_flight() == 0, timeout=30_000)
        QApplication.processEvents()

    def new_dialogs(self) -> list[QDialog]:
        out = []
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and id(widget) not in self.seen:
                self.seen.add(id(widget))
                out.append(widget)
        return out

    def answer(self, dialog: QDialog, depth: int) -> None:
        """Explore our own dialogs; decline the system's (file, print) and every question."""
        if isinstance(dialog, QMessageBox):
            assert dialog.windowTitle() != "出现意外错误", dialog.text() + "\n" + dialog.detailedText()
            dialog.reject()
        elif isinstance(dialog, QFileDialog | QPrintDialog | QPrintPreviewDialog | QInputDialog) or depth > MAX_DEPTH:
            dialog.reject()
        else:
            self.press_all(dialog, depth)
            if dialog.isVisible():
                dialog.reject()
        self.settle()

    def press(self, what: str, trigger, depth: int) -> None:
        self.pressed.append(what)
        trigger()
        self.settle()
        for dialog in self.new_dialogs():
            self.answer(dialog, depth + 1)
        errors = [r for r in self.caplog.records if r.levelno >= logging.ERROR and r.name.startswith("assistant")]
        assert errors == [], f"after {what}: {errors[0].getMessage()}"

    def press_all(self, root: QWidget, depth: int = 0) -> None:
        for view in root.findChildren(QAbstractItemView):
            if view.isVisible() and view.model() is not None and view.model().rowCount() > 0:
                view.setCurrentIndex(view.model().index(0, 0))  # so row-dependent buttons are enabled too
        buttons = [b for b in root.findChildren(QAbstractButton) if b.isVisible() and b.text()]
        for button in sorted(buttons, key=lambda b: b.text() in LAST):
            if depth == 0 and button.text() in LAST:
                continue
            if button.isVisible() and button.isEnabled() and root.isVisible():
                self.press(f"{type(root).__name__}: {button.text()}", button.click, depth)
        for action in root.findChildren(QAction):
            if action.isEnabled() and action.shortcut().toString() and root.isVisible():
                self.press(f"{type(root).__name__}: action {action.shortcut().toString()}", action.trigger, depth)
        for shortcut in root.findChildren(QShortcut):
            if shortcut.isEnabled() and root.isVisible():
                self.press(f"{type(root).__name__}: shortcut {shortcut.key().toString()}", shortcut.activated.emit,
                           depth)


def a_submitted_letter(sandbox) -> None:
    """So the 已提交 list has a commitment whose buttons (查看承诺书, 补交材料…, 撤回) can be pressed."""
    from assistant.api.client import PlatformClient
    from assistant.api.models import CommitmentRequest

    client = PlatformClient(sandbox.url)
    try:
        client.auth.login("weizhiyuan", DEMO_PASSWORD)
        client.commitments.create(WEIZHIYUAN, CommitmentRequest(
            template_code="XX-SJ-SPJY-RQ", template_version=1, signed_by="陈晓燕", signed_on=dt.date.today(),
            fields={"business_premises": "胜利路88号", "business_items": "热食类食品制售", "contact_name": "陈晓燕",
                    "contact_phone": "13803730001"}), idempotency_key=str(uuid.uuid4()))
    finally:
        client.close()


@pytest.mark.slow
@pytest.mark.parametrize("username", ["weizhiyuan", "kuaiji"])
def test_every_button_of_every_page(qtbot, make_window, sandbox, caplog, username):
    caplog.set_level(logging.INFO)
    a_submitted_letter(sandbox)
    window, context = signed_in(qtbot, make_window, sandbox, username)
    service = context.service("commitments")
    template = next(t for t in context.views["commitments"].catalogue.value if t.code == "XX-SJ-SPJY-RQ")
    service.new_draft(context.current_firm, template, context.firm_view.profile.value)  # a draft to open
    clicker = Clicker(qtbot, caplog)
    for feature in FEATURES:
        window.open_feature(feature.key)
        page = window.page(feature.key)
        if feature.load is not None:
            qtbot.waitUntil(lambda key=feature.key: key in context.views, timeout=20_000)
        clicker.settle()
        clicker.press_all(page)
        assert window.page(feature.key) is page  # still the same page: nothing was rebuilt underneath
    for text in LAST:  # the header's and the settings page's, once everything else has been pressed
        button = next((b for b in window.findChildren(QAbstractButton) if b.text() == text and b.isVisible()
                       and b.isEnabled()), None)
        if button is not None:
            clicker.press(text, button.click, 0)
    assert any("打印" in p for p in clicker.pressed) and len(clicker.pressed) > 20
