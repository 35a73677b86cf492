"""Windows no larger than the screen they open on: an office PC at 1366×768, or a laptop at 150 % (1280×720
logical), must still show every button. Content scrolls inside; the buttons stay on screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

MARGIN = 16  # left free around a window, so its edges can still be grabbed and the desktop seen
# What the window manager adds around a window that is not shown yet (its real frame is unknown until then):
# Windows' title bar is 31 px at 100 %, its borders a few pixels.
FRAME = QSize(16, 40)


def screen_for(widget: QWidget) -> QScreen:
    """The screen a dialog opens on is its parent window's; a top-level window's is its own (the primary at first)."""
    parent = widget.parentWidget()
    anchor = parent.window() if parent is not None else widget
    return anchor.screen() or QGuiApplication.primaryScreen()


def _frame_extra(widget: QWidget) -> QSize:
    if widget.isVisible():
        extra = widget.frameGeometry().size() - widget.geometry().size()
        return extra.expandedTo(QSize(0, 0))
    return FRAME


def fit_to_screen(widget: QWidget, width: int | None = None, height: int | None = None) -> None:
    """Resize `widget` to width × height (its size hint where None), but never larger than the available area of
    its screen minus a margin, and centre it over its parent window (or the screen), wholly on that screen."""
    screen = screen_for(widget)
    if not widget.isVisible():
        # Created on that screen, so that with two screens of different scaling (100 % and 150 %) the position below
        # is read with the right one.
        widget.setScreen(screen)
    area = screen.availableGeometry()
    # The hint lays the widget out: not for a size given in full (the main window, before its first paint).
    hint = widget.sizeHint() if width is None or height is None else None
    extra = _frame_extra(widget)
    room = QSize(area.width() - 2 * MARGIN - extra.width(), area.height() - 2 * MARGIN - extra.height())
    size = QSize(hint.width() if width is None else width, hint.height() if height is None else height)
    size = size.boundedTo(room).expandedTo(QSize(100, 80))
    widget.resize(size)
    parent = widget.parentWidget()
    centre = parent.window().frameGeometry().center() if parent is not None else area.center()
    frame = QRect(QPoint(0, 0), size + extra)
    frame.moveCenter(centre)
    widget.move(_inside(frame, area).topLeft())


def _inside(frame: QRect, area: QRect) -> QRect:
    """`frame` moved (not resized) so that as much of it as possible lies in `area`, its top-left corner always."""
    x = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
    y = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
    return QRect(QPoint(x, y), frame.size())
