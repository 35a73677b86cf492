"""The main window: demo banner, sidebar of features, firm switcher, connection status, sign-in and sign-out, help
(F1) and about. A feature that needs a sign-in shows a prompt to sign in, not its page, while nobody is signed in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.ui.features import FEATURES, Feature, position
from assistant.ui.theme import style
from assistant.ui.widgets import Retranslating
from assistant.ui.widgets.screen import fit_to_screen
from assistant.ui.widgets.sidebar import Sidebar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox

    from assistant.ui.context import AppContext
    from assistant.ui.sign_in_prompt import SignInPrompt

SIDEBAR_WIDTH = 150  # at least; wider when a title in the current language needs it
BUSY_DOTS = ("●○○", "○●○", "○○●")  # GB 2312 symbols: every Chinese font has them
BUSY_STEP_MS = 300


def needs_sign_in(feature: Feature) -> bool:
    """A feature with a per-user service shows nothing of use before a sign-in (its data is the firm's)."""
    return feature.service is not None


class MainWindow(Retranslating, QMainWindow):
    """Painted first without its context (the app's machinery: ops, services, the platform), which the app attaches
    on the turn after (`attach`); its pages are built a turn after that."""

    shown = Signal()  # the event loop's first turn after the window appeared
    pages_built = Signal()  # a turn later: its pages are built; only now does slower work start
    language_chosen = Signal(str)

    def __init__(self, context: AppContext | None = None, *, demo: bool = False):
        super().__init__()
        self.context: AppContext | None = None
        self.login_dialog = None
        self.help_dialog = None
        self.about_dialog = None
        self._shown_once = False
        self._signed = False  # signed in, with the user's services ready
        fit_to_screen(self, 1000, 680)

        self.banner = QLabel()
        style(self.banner, "demoBanner")
        self.banner.setWordWrap(True)

        self.firm_caption: QLabel | None = None  # both made at the first sign-in (`_firm_widgets`)
        self.firm_switcher: QComboBox | None = None
        self.user_label = QLabel()
        self.sign_out_button = QPushButton()
        self.sign_out_button.clicked.connect(self.sign_out)
        self.sign_in_button = QPushButton()
        self.sign_in_button.clicked.connect(lambda: self.ask_login(""))
        self.help_button = QPushButton()
        self.help_button.clicked.connect(self.show_help)
        self.about_button = QPushButton()
        self.about_button.clicked.connect(self.show_about)
        header = self.header = QHBoxLayout()
        header.addStretch(1)
        header.addWidget(self.user_label)
        header.addWidget(self.sign_in_button)
        header.addWidget(self.sign_out_button)
        header.addWidget(self.help_button)
        header.addWidget(self.about_button)

        self.sidebar = Sidebar(len(FEATURES))
        style(self.sidebar, "sidebar")
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        self.pages = QStackedWidget()  # one slot per feature: a stack of its page (or a placeholder) and its prompt
        self.built: dict[str, QWidget] = {}  # feature key → its page, once built
        self.prompts: dict[str, SignInPrompt] = {}  # feature key → its sign-in prompt, for those that need one
        self.sidebar.currentRowChanged.connect(self._page_chosen)

        body = QHBoxLayout()
        body.addWidget(self.sidebar)
        body.addWidget(self.pages, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        # Once in the window (shown before, it would be a window of its own), and before the first paint: appearing a
        # turn later, it would push everything down.
        self.banner.setVisible(demo)

        self.link_label = QLabel()
        # Busy: the latest operation's label behind three dots that turn a few times a second. Not an indeterminate
        # QProgressBar, whose 60 Hz animation was a third of all the window's painting while anything ran.
        self.busy_label = QLabel()
        self._busy_text, self._busy_step = "", 0
        self._busy_timer = QTimer(self, interval=BUSY_STEP_MS)
        self._busy_timer.timeout.connect(self._busy_turn)
        self.statusBar().addWidget(self.busy_label, 1)
        self.statusBar().addPermanentWidget(self.link_label)
        self.shown.connect(lambda: QTimer.singleShot(0, self.build_pages))
        self._signed_out()
        self.retranslate()
        if context is not None:
            self.attach(context)

    def attach(self, context: AppContext) -> None:
        """Follow the context: its platform, sign-ins, firm, link and the operations it runs."""
        from assistant.ui.ops import tracker

        self.context = context
        tracker().busy_changed.connect(self._busy)
        context.platform_ready.connect(self._platform_ready)
        context.platform_failed.connect(self._platform_failed)
        context.login_needed.connect(self.ask_login)
        context.signed_in.connect(self._signed_in)
        context.signed_out.connect(self._signed_out)
        context.firm_loaded.connect(self._firm_shown)
        context.link_changed.connect(self._show_link)
        context.notice.connect(self.show_notice)
        self._platform_ready()
        self._show_user()

    # -- texts --------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("企业信用自助助手"))
        self.banner.setText(
            self.tr("演示环境：当前连接的是内置演示平台，企业和数据均为虚构，提交的内容不会发送给真实的信用平台。")
        )
        if self.firm_caption is not None:
            self.firm_caption.setText(self.tr("当前企业："))
        self.sign_out_button.setText(self.tr("退出登录"))
        self.sign_in_button.setText(self.tr("登录"))
        self.help_button.setText(self.tr("帮助"))
        self.help_button.setToolTip(self.tr("当前页面的帮助（F1）"))
        self.about_button.setText(self.tr("关于"))
        for row, feature in enumerate(FEATURES):
            self.sidebar.item(row).setText(feature.title())
        self._fit_sidebar()
        self._show_user()
        self._show_link()

    def build_pages(self) -> None:
        """The pages, built on the event loop's second turn after the window is on screen: the window appears at
        once, and its contents a few milliseconds later, long before anyone can click (see bench/startup.py). Only
        the first page is built now; the others when first opened. Whatever needs Qt's enums waits until here too:
        PySide builds each enum namespace on first use, and Qt's own (shortcuts, alignments) costs as much as all
        the rest of the window."""
        if self.pages.count() or self.context is None:  # a window without the app's machinery has nothing to show
            return
        from PySide6.QtGui import QAction, QKeySequence

        from assistant.ui.sign_in_prompt import SignInPrompt

        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.context.refresh)
        self.addAction(self.refresh_action)
        self.help_action = QAction(self)
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        self.help_action.triggered.connect(self.show_help)
        self.addAction(self.help_action)
        for feature in FEATURES:
            slot = QStackedWidget()
            slot.addWidget(QWidget())  # the page's placeholder
            if needs_sign_in(feature):
                self.prompts[feature.key] = SignInPrompt(feature, lambda: self.ask_login(""))
                slot.addWidget(self.prompts[feature.key])
            self.pages.addWidget(slot)
        self._show_account()
        self.sidebar.setCurrentRow(0)
        self._page_chosen(0)
        QTimer.singleShot(0, self._show_icons)
        self.pages_built.emit()

    def _show_icons(self) -> None:
        from PySide6.QtWidgets import QStyle

        for row, feature in enumerate(FEATURES):
            self.sidebar.item(row).setIcon(self.style().standardIcon(getattr(QStyle.StandardPixmap, feature.icon)))
        self._fit_sidebar()

    def _fit_sidebar(self) -> None:
        """Wide enough for the longest title in the current language (English ones are longer), never scrolling."""
        self.sidebar.setFixedWidth(max(SIDEBAR_WIDTH, self.sidebar.sizeHint().width()))

    def page(self, key: str) -> QWidget:
        """The feature's page, built now if it has not been yet."""
        if key not in self.built:
            index = position(key)
            page = FEATURES[index].page(self.context)
            if hasattr(page, "open_feature"):
                page.open_feature.connect(self.open_feature)
            if hasattr(page, "language_chosen"):
                page.language_chosen.connect(self.language_chosen)
            slot = self.pages.widget(index)
            placeholder = slot.widget(0)
            slot.insertWidget(0, page)
            slot.removeWidget(placeholder)
            placeholder.deleteLater()
            self.built[key] = page
            self._show_slot(FEATURES[index])
        return self.built[key]

    def _show_slot(self, feature: Feature) -> None:
        slot = self.pages.widget(FEATURES.index(feature))
        prompt = self.prompts.get(feature.key)
        slot.setCurrentWidget(prompt if prompt is not None and not self._signed else slot.widget(0))

    def open_feature(self, key: str) -> None:
        self.sidebar.setCurrentRow(position(key))

    def _page_chosen(self, row: int) -> None:
        if row < 0 or not self.pages.count():
            return
        self.page(FEATURES[row].key)
        self._show_slot(FEATURES[row])
        self.pages.setCurrentIndex(row)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt's name; not showEvent: see Retranslating)
        super().setVisible(visible)
        if visible and not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self.shown.emit)

    # -- reacting to the context ----------------------------------------------------------------------------
    def _platform_ready(self) -> None:
        self.banner.setVisible(self.context.demo)
        self._show_account()  # a sign-in the user cancels at start must leave a way to sign in later
        self._show_link()

    def show_notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 20_000)

    def _platform_failed(self, message: str) -> None:
        self.link_label.setText(self.tr("无法启动：{reason}").format(reason=message))

    def ask_login(self, username: str) -> None:
        if self.login_dialog is not None and self.login_dialog.isVisible():
            return
        from assistant.ui.context import Link

        notice = ""
        if self.context.link is Link.OFFLINE:
            notice = self.tr("现在无法连接信用平台。网络恢复后请再登录。")
        elif username:
            notice = self.tr("登录已过期，请重新登录。")
        from assistant.ui.login import LoginDialog  # not needed to paint the first window

        self.login_dialog = LoginDialog(self.context, self, username=username, notice=notice)
        self.login_dialog.open()

    def _firm_widgets(self) -> None:
        """The firm switcher and its caption, made at the first sign-in: hidden until then, and a combo box is the
        header's dearest widget to build and polish, a few milliseconds the first paint does without.

        An accountant types part of a client's name or code: it matches anywhere in "name  code", either case."""
        if self.firm_switcher is not None:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QComboBox, QCompleter

        self.firm_caption = QLabel(self.tr("当前企业："))
        self.firm_switcher = QComboBox()
        self.firm_switcher.setMinimumWidth(420)
        self.firm_switcher.activated.connect(self._firm_chosen)
        self.header.insertWidget(0, self.firm_caption)
        self.header.insertWidget(1, self.firm_switcher)
        self.firm_switcher.setEditable(True)
        self.firm_switcher.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.firm_switcher.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.activated.connect(lambda text: self._firm_chosen(self.firm_switcher.findText(text)))

    def _signed_in(self) -> None:
        session = self.context.session
        me = session.me
        self._firm_widgets()
        self.firm_switcher.clear()
        for firm in me.firms:
            self.firm_switcher.addItem(f"{firm.name}  {firm.uscc}", firm.uscc)
        current = session.last_firm()
        if current:
            self.firm_switcher.setCurrentIndex(self.firm_switcher.findData(current))
        several = len(me.firms) > 1
        self.firm_switcher.setEnabled(several)
        self.firm_caption.setVisible(bool(me.firms))
        self.firm_switcher.setVisible(bool(me.firms))
        self._signed = True
        self._show_account()
        self._show_user()

    def _signed_out(self) -> None:
        if self.firm_switcher is not None:
            self.firm_switcher.clear()
            self.firm_switcher.hide()
            self.firm_caption.hide()
        self._signed = False
        self._show_account()
        self._show_user()

    def _show_account(self) -> None:
        """登录 or 退出登录 in the header, and each feature's page or its sign-in prompt."""
        can_sign_in = not self._signed and self._session() is not None
        self.sign_out_button.setVisible(self._signed)
        self.sign_in_button.setVisible(can_sign_in)
        for prompt in self.prompts.values():
            prompt.can_sign_in(can_sign_in)
        if self.pages.count():
            # The page on screen only: the others are switched when opened (`_page_chosen`). Switching all six
            # hid and showed every page's widgets, 14 ms of a sign-out on the GUI thread.
            self._show_slot(self.current_feature())

    def _firm_shown(self, firm) -> None:
        """The header names the firm whose pages are shown, whoever switched it (a page may: the repair queue)."""
        if self.firm_switcher is None:
            return
        index = self.firm_switcher.findData(firm.profile.value.uscc)
        if index >= 0 and index != self.firm_switcher.currentIndex():
            self.firm_switcher.setCurrentIndex(index)

    def _firm_chosen(self, index: int) -> None:
        uscc = self.firm_switcher.itemData(index)
        if uscc and uscc != self.context.current_firm:
            self.context.select_firm(uscc)

    def sign_out(self) -> None:
        self.context.sign_out()

    def _session(self):
        return self.context.session if self.context is not None else None

    def _show_user(self) -> None:
        session = self._session()
        me = session.me if session else None
        if me is None:
            self.user_label.setText(self.tr("未登录"))
        elif me.role == "agent":
            self.user_label.setText(self.tr("{name} · 代理记账").format(name=me.display_name))
        else:
            self.user_label.setText(me.display_name)

    def _show_link(self) -> None:
        context = self.context
        if context is None:  # before the first paint, which the context's module would only delay
            self.link_label.setText(self.tr("正在连接…"))
            return
        from assistant.ui.context import Link

        if context.link is Link.CONNECTING:
            text = self.tr("正在连接…")
        elif context.link is Link.OFFLINE:
            from assistant.domain.dates import format_datetime  # babel's neighbours: not on the start-up path

            text = (
                self.tr("离线 · 数据截至 {time}").format(time=format_datetime(context.data_as_of, context.language))
                if context.data_as_of
                else self.tr("离线")
            )
        elif context.demo:
            text = self.tr("演示环境")
        else:
            text = self.tr("在线")
        self.link_label.setText(text)
        style(self.link_label, {Link.OFFLINE: "linkOffline", Link.ONLINE: "linkOnline"}.get(context.link))

    def _busy(self, running: int, label: str) -> None:
        if label:
            self._busy_text = label
        if running == 0:
            self._busy_timer.stop()
            self._busy_text = ""
            self.busy_label.clear()
            return
        if not self._busy_timer.isActive():
            self._busy_timer.start()
        self._show_busy()

    def _busy_turn(self) -> None:
        self._busy_step = (self._busy_step + 1) % len(BUSY_DOTS)
        self._show_busy()

    def _show_busy(self) -> None:
        self.busy_label.setText(f"{BUSY_DOTS[self._busy_step]} {self._busy_text}")

    # -- help and about -------------------------------------------------------------------------------------
    def current_feature(self) -> Feature:
        return FEATURES[max(self.sidebar.currentRow(), 0)]

    def show_help(self) -> None:
        """The current page's help, in a window of its own that stays open beside the app (F1)."""
        from assistant.ui.about.help import HelpDialog

        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self.context, self)
        self.help_dialog.show_topic(self.current_feature().key)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()

    def show_about(self) -> None:
        from assistant.ui.about.dialog import AboutDialog

        if self.about_dialog is not None:
            self.about_dialog.deleteLater()  # each opening shows the current platform and folders
        self.about_dialog = AboutDialog(self.context, self)
        self.about_dialog.open()

    def closeEvent(self, event) -> None:
        for dialog in (self.login_dialog, self.help_dialog, self.about_dialog):
            if dialog is not None:
                dialog.close()
        super().closeEvent(event)
