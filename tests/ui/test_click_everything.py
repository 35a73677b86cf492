"""Every page of the registry, every enabled button, action and shortcut, for an owner and for the accountant —
with dialogs answered as a cautious user would. Any exception in a slot (pytest-qt fails the test on those), any
"出现意外错误" box and any error logged by the app fails it: this is the test that notices a dead 打印… button."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from assistant.sandbox.seed import LIJI, WEIZHIYUAN
from assistant.ui.features import FEATURES
from assistant.ui.ops import Op
from tests.support.platform import a_commitment
from tests.ui.conftest import a_repairable_record, signed_in, view_loaded

# Buttons that end the session or restart the platform are pressed once, at the very end.
LAST = ("退出登录", "保存并重新连接")
MAX_DEPTH = 3  # e.g. page → new letter → editor → preview; deeper dialogs are only closed


class Clicker:
    def __init__(self, qtbot, caplog):
        self.qtbot, self.caplog = qtbot, caplog
        self.pressed: list[str] = []
        # Each dialog seen, by id and kept alive: an id alone can come back for a later dialog once the earlier one's
        # wrapper is freed, and that dialog would go unanswered (test_geometry missed the help window that way).
        self.seen: dict[int, QDialog] = {}

    def settle(self) -> None:
        """Wait until every background operation has reported back (no fixed sleep)."""
        self.qtbot.waitUntil(lambda: Op.in_flight() == 0, timeout=30_000)
        QApplication.processEvents()

    def new_dialogs(self) -> list[QDialog]:
        out = []
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and id(widget) not in self.seen:
                self.seen[id(widget)] = widget
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
        """Each tab of each tab widget in turn, with the first row of every list chosen, then each enabled button
        once; then the actions and shortcuts of visible widgets."""
        done: set[int] = set()
        tabs = [(tab, i) for tab in root.findChildren(QTabWidget) if tab.isVisible()
                for i in range(tab.count()) if tab.isTabVisible(i)]
        passes = [(None, 0), *tabs]
        for tab, index in passes:
            if not root.isVisible():
                return
            if tab is not None:
                tab.setCurrentIndex(index)
            for button in sorted(root.findChildren(QAbstractButton), key=closes):
                if id(button) in done or not button.text() or (depth == 0 and button.text() in LAST) or \
                        button.window() is not root.window():
                    continue  # a child dialog's buttons are its own business
                if closes(button) and (tab, index) != passes[-1]:
                    continue  # a dialog with tabs (the repair wizard's steps) is closed after its last tab
                choose_first_rows(root)  # again: a reload after the last press may have cleared the choice
                if button.isVisible() and button.isEnabled() and root.isVisible():
                    done.add(id(button))
                    self.press(f"{type(root).__name__}: {button.text()}", button.click, depth)
        for action in root.findChildren(QAction):
            if action.isEnabled() and action.shortcut().toString() and visible_owner(action, root):
                self.press(f"{type(root).__name__}: action {action.shortcut().toString()}", action.trigger, depth)
        for shortcut in root.findChildren(QShortcut):
            if shortcut.isEnabled() and visible_owner(shortcut, root):
                self.press(f"{type(root).__name__}: shortcut {shortcut.key().toString()}", shortcut.activated.emit,
                           depth)


def closes(button: QAbstractButton) -> bool:
    """Buttons that close their dialog are pressed after the others in it."""
    box = button.parent()
    role = box.buttonRole(button) if isinstance(box, QDialogButtonBox) else None
    return button.text() in ("关闭", "取消") or role in (QDialogButtonBox.ButtonRole.AcceptRole,
                                                      QDialogButtonBox.ButtonRole.RejectRole)


def visible_owner(item, root: QWidget) -> bool:
    """An action or shortcut only fires while the widget it belongs to is on screen, in this window."""
    owner = item.parent()
    return isinstance(owner, QWidget) and owner.isVisible() and owner.window() is root.window()


def choose_first_rows(root: QWidget) -> None:
    """So buttons that need a chosen row are enabled too; twice, because choosing a row can fill another list."""
    for _ in range(2):
        for view in root.findChildren(QAbstractItemView):
            if view.isVisible() and view.model() is not None and view.model().rowCount() > 0 and \
                    not view.selectionModel().hasSelection():
                view.setCurrentIndex(view.model().index(0, 0))


def a_draft(qtbot, context) -> None:
    """So the 草稿 list has a draft to open, copy and delete."""
    service = context.service("commitments")
    template = next(t for t in context.views["commitments"].catalogue.value if t.code == "XX-SJ-SPJY-RQ")
    service.new_draft(context.current_firm, template, context.firm_view.profile.value)
    with view_loaded(qtbot, context, "commitments", lambda view: bool(view.drafts)):
        context.reload_changed(frozenset({"drafts"}))


class StrayWindows(QObject):
    """Widgets shown as windows of their own that are not windows: a label or a list made visible before it is put
    in its layout flashes up on the desktop for a moment (the demo banner and the preview's hint did)."""

    WINDOWS = (QDialog, QMainWindow, QMenu)

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow()
                and not isinstance(watched, self.WINDOWS)
                and watched.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)):
            text = watched.text()[:30] if hasattr(watched, "text") else ""
            self.seen.append(f"{type(watched).__name__} {watched.objectName()!r}: {text!r}")
        return False


def press_everything(qtbot, window, context, clicker: Clicker) -> None:
    """Every page's buttons, then the window's own, then those that end the session."""
    for feature in FEATURES:
        window.open_feature(feature.key)
        page = window.page(feature.key)
        if feature.load is not None:
            qtbot.waitUntil(lambda key=feature.key: key in context.views, timeout=20_000)
        clicker.settle()
        clicker.press_all(page)
        assert window.page(feature.key) is page  # still the same page: nothing was rebuilt underneath
    window.open_feature(FEATURES[0].key)
    clicker.press_all(window)  # the header's own buttons (帮助, 关于) and the window's shortcuts (F1, F5)
    for text in LAST:  # the header's and the settings page's, once everything else has been pressed
        button = next((b for b in window.findChildren(QAbstractButton) if b.text() == text and b.isVisible()
                       and b.isEnabled()), None)
        if button is not None:
            clicker.press(text, button.click, 0)


@pytest.mark.slow
@pytest.mark.parametrize("username", ["weizhiyuan", "kuaiji"])
def test_every_button_of_every_page(qtbot, make_window, sandbox, caplog, username):
    caplog.set_level(logging.INFO)
    strays = StrayWindows()
    QApplication.instance().installEventFilter(strays)
    a_commitment(sandbox)  # so 查看承诺书, 补交材料…, 撤回 have something to act on
    for uscc in (WEIZHIYUAN, LIJI):  # so 申请修复… opens the wizard for the owner and the accountant's first firm
        a_repairable_record(sandbox, uscc, f"r-click-{uscc[-4:]}")
    window, context = signed_in(qtbot, make_window, sandbox, username)
    a_draft(qtbot, context)
    clicker = Clicker(qtbot, caplog)
    press_everything(qtbot, window, context, clicker)
    QApplication.instance().removeEventFilter(strays)
    assert strays.seen == [], "\n".join(strays.seen)
    pressed = "\n".join(clicker.pressed)
    for expected in ("PdfPreview: 打印…", "PdfPreview: 打印预览…", "PdfPreview: 另存为 PDF…", "CommitmentsPage: 继续填写",
                     "CommitmentsPage: 删除", "CommitmentsPage: 复制", "SettingsPage: 忘记已保存的登录", "MainWindow: 帮助",
                     "MainWindow: 关于", "AboutDialog: 导出诊断信息…", "MainWindow: action F1", "RepairPage: 申请修复…",
                     "RepairWizard: 添加文件…", "RepairWizard: 提交…", "RepairPage: 提出异议…", "ObjectionDialog: 提交异议",
                     "ReportsPage: 申请报告", "ReportsPage: 预览", "ReportsPage: 打印…", "ReportsPage: 另存为…",
                     "ReportsPage: 查看内容", "ReportsPage: 核验报告…", "VerifyDialog: 选择文件…", "VerifyDialog: 核验"):
        assert expected in pressed, pressed
    if username == "kuaiji":
        assert "PoliciesPage: 计算全部企业" in pressed and "PoliciesPage: 导出 Excel…" in pressed, pressed
        assert "RepairPage: 刷新待办" in pressed and "RepairPage: 导出 Excel…" in pressed, pressed
        assert "ReportsPage: 批量申请…" in pressed and "BatchDialog: 选择文件夹…" in pressed, pressed
    else:
        assert "CommitmentsPage: 查看承诺书" in pressed and "CommitmentsPage: 撤回" in pressed, pressed
