"""No window is larger than the screen it opens on, and every button of it is on that screen: on an office PC at
1366×768 and on a 1920×1080 laptop at 150 % (1280×720 logical) — the screens tests/ui/conftest.py gives the offscreen
platform. Every dialog reachable by a button is opened (the click-everything walk) and measured."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QDialog, QWidget

from assistant.sandbox.seed import DEMO_PASSWORD, WEIZHIYUAN
from assistant.ui.widgets.screen import fit_to_screen
from tests.ui.conftest import SCREENS, a_repairable_record, view_loaded, wait_for_login_dialog
from tests.ui.test_click_everything import Clicker, a_commitment, a_draft, press_everything


def screen_named(name: str):
    return next(s for s in QApplication.screens() if s.name() == name)


def scrolled(widget: QWidget) -> bool:
    """Inside a scroll area's contents, which may lie beyond the window: they scroll, the window's buttons do not."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def assert_fits(window: QWidget, screen) -> None:
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    name = f"{type(window).__name__} «{window.windowTitle()}»"
    assert area.contains(frame), f"{name}: {frame} is not inside {screen.name()}'s {area}"
    inside = window.geometry()
    for button in window.findChildren(QAbstractButton):
        if button.window() is not window or not button.isVisible() or scrolled(button):
            continue
        rect = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        assert inside.contains(rect), f"{name}: button «{button.text()}» at {rect} is outside the window {inside}"


class FitChecker(Clicker):
    """The click-everything walk, measuring each dialog as it opens."""

    def __init__(self, qtbot, caplog, screen):
        super().__init__(qtbot, caplog)
        self.screen = screen
        self.measured: set[str] = set()

    def answer(self, dialog: QDialog, depth: int) -> None:
        assert_fits(dialog, self.screen)
        self.measured.add(type(dialog).__name__)
        super().answer(dialog, depth)


def test_the_test_screens_are_the_small_ones(qapp):
    for name, (width, height) in SCREENS.items():
        size = screen_named(name).availableGeometry().size()
        assert (size.width(), size.height()) == (width, height)


def test_fit_to_screen_clamps_and_centres_on_the_parents_screen(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    laptop = screen_named("laptop")
    parent.move(laptop.availableGeometry().topLeft() + QPoint(100, 50))
    parent.resize(600, 400)
    parent.show()
    dialog = QDialog(parent)
    fit_to_screen(dialog, 820, 900)  # the preview's size before
    dialog.show()
    assert dialog.screen() is laptop
    assert laptop.availableGeometry().contains(dialog.frameGeometry())
    assert dialog.height() < 768 - 40 and dialog.width() == 820
    small = QDialog(parent)
    fit_to_screen(small, 300, 200)
    small.show()
    # over its parent (give or take the title bar it assumed before the window manager drew one)
    assert (small.frameGeometry().center() - parent.frameGeometry().center()).manhattanLength() <= 30


@pytest.mark.slow
@pytest.mark.parametrize("name", list(SCREENS))
def test_every_window_fits_the_screen(qtbot, make_window, sandbox, caplog, name):
    caplog.set_level(logging.INFO)
    screen = screen_named(name)
    a_commitment(sandbox)  # so 补交材料… opens its dialog
    a_repairable_record(sandbox, WEIZHIYUAN, "r-geometry")  # so 申请修复… opens the wizard
    window, context = make_window(sandbox.url)
    window.move(screen.availableGeometry().center())  # as on a PC with only this screen (before the login opens)
    qtbot.waitUntil(lambda: window.screen() is screen)
    fit_to_screen(window, 1000, 680)
    login = wait_for_login_dialog(qtbot, window)
    assert window.screen() is screen
    assert_fits(window, screen)
    assert_fits(login, screen)
    login.username.setText("weizhiyuan")
    login.password.setText(DEMO_PASSWORD)
    with view_loaded(qtbot, context, "commitments"):
        login.submit()
    a_draft(qtbot, context)
    checker = FitChecker(qtbot, caplog, screen)
    for feature in ("commitments", "policies"):  # the pages with the most in them
        window.open_feature(feature)
        qtbot.waitUntil(lambda key=feature: key in context.views, timeout=20_000)
        assert_fits(window, screen)
    press_everything(qtbot, window, context, checker)
    expected = {"NewLetterDialog", "DraftEditor", "PdfPreview", "QPrintDialog", "QPrintPreviewDialog", "QFileDialog",
                "FulfilDialog", "AboutDialog", "HelpDialog", "RepairWizard", "ObjectionDialog", "VerifyDialog",
                "ReportContentDialog"}
    assert expected <= checker.measured, checker.measured
