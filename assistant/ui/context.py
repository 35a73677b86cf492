"""The app's state on the GUI thread: which platform, who is signed in, which firm, online or not.

It owns no widgets and knows no feature by name: the features come from the registry (ui/features.py). Pages listen
to its signals; everything slow it does runs through `Op`.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from assistant.infra import settings as S
from assistant.ui import collector, features
from assistant.ui.features import FEATURES, loaded_features
from assistant.ui.ops import Op, change_hub, message_for, next_turn

if TYPE_CHECKING:
    from assistant.services.account import Account
    from assistant.services.platform import Platform
    from assistant.services.session import FirmView, Session

log = logging.getLogger(__name__)
RETRY_OFFLINE_MS = 30_000
SEND_OUTBOX_MS = 15_000


class Link(enum.Enum):
    CONNECTING = "connecting"
    ONLINE = "online"
    OFFLINE = "offline"


class AppContext(QObject):
    platform_ready = Signal()
    platform_failed = Signal(str)
    login_needed = Signal(str)  # the username to prefill, and why is shown by the dialog
    signed_in = Signal()
    signed_out = Signal()
    firm_loaded = Signal(object)  # FirmView
    firm_failed = Signal(str)
    link_changed = Signal()
    notice = Signal(str)  # something the user should know that is not an error
    view_loaded = Signal(str, object)  # feature key, its view for the current firm

    def __init__(self, settings: S.Settings, data_dir: Path, *, platform_override: str | None = None,
                 sandbox_process: bool = True):
        super().__init__()
        self.settings = settings
        settings.write_behind()  # changed by the window's slots: their fsync is not the GUI thread's to wait for
        self.data_dir = data_dir
        self.platform_override = platform_override
        self.sandbox_process = sandbox_process  # the embedded sandbox in a child process (services/sandbox_process)
        self.platform: Platform | None = None
        self.account: Account | None = None
        self.services: dict[str, Any] = {}  # feature key → its service, while signed in
        self.views: dict[str, Any] = {}  # feature key → the latest view of the current firm
        self.current_firm: str | None = None
        self.firm_view: FirmView | None = None
        self.link = Link.CONNECTING
        self.data_as_of: dt.datetime | None = None
        self._retry = QTimer(self, interval=RETRY_OFFLINE_MS, singleShot=True)
        self._retry.timeout.connect(self._retry_offline)
        self._outbox_timer = QTimer(self, interval=SEND_OUTBOX_MS)
        self._outbox_timer.timeout.connect(self.send_outbox)
        self._sending = False
        self._recovered = False
        self._requests: dict[str, int] = {}
        change_hub().changed.connect(self.reload_changed)

    # -- platform -----------------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return self.settings.get(S.LANGUAGE)

    @property
    def platform_url(self) -> str:
        return S.platform_url(self.settings, self.platform_override)

    @property
    def demo(self) -> bool:
        return not self.platform_url

    @property
    def session(self) -> Session | None:
        return self.platform.session if self.platform else None

    @property
    def is_agent(self) -> bool:
        """An accountant acting for client firms (batch views), as opposed to a firm's own user."""
        return bool(self.session and self.session.is_agent)

    @property
    def signed_in_user(self) -> bool:
        return self.session is not None and self.session.me is not None

    def service(self, key: str) -> Any:
        """The signed-in user's service of a feature, or None when nobody is signed in."""
        return self.services.get(key)

    def start(self) -> None:
        from assistant.services.platform import PlatformOptions, open_platform

        options = PlatformOptions(self.platform_url, self.settings.get(S.LANGUAGE), self.settings.get(S.PROXY),
                                  self.settings.get(S.CA_FILE), sandbox_process=self.sandbox_process)
        data_dir, language = self.data_dir, self.language

        def work() -> Platform:
            from assistant.domain.dates import warm_up

            platform = open_platform(options, data_dir, share_sandbox=False)  # the window outlives any command
            warm_up(language)  # here, not in the first page that shows a date
            return platform

        self._set_link(Link.CONNECTING)
        Op(self, work, self._opened).failure(
            lambda error: self.platform_failed.emit(message_for(error))
        ).with_progress(self.tr("正在连接信用平台…")).imports(
            "assistant.ui.login",  # the sign-in dialog `_opened` asks for: 10 ms to import on the GUI thread
        ).run()

    def _opened(self, platform: Platform) -> None:
        collector.keep_for_good()  # the client, its models and the store, imported by the worker for good
        self.platform = platform
        self._set_link(Link.ONLINE if platform.reachable else Link.OFFLINE)
        self.platform_ready.emit()
        username = self.settings.get(S.LAST_USERNAME)
        if username:
            self.resume(username)
        else:
            self.login_needed.emit("")

    # -- signing in and out ---------------------------------------------------------------------------------
    def resume(self, username: str) -> None:
        session = self.session
        Op(self, lambda: session.resume(username), self._resumed).failure(
            lambda error: self._resume_failed(username, error)
        ).with_progress(self.tr("正在恢复登录…")).run()

    def _resumed(self, snapshot) -> None:
        self._note_freshness(snapshot)
        self._after_sign_in()

    def _resume_failed(self, username: str, error: BaseException) -> None:
        from assistant.api.errors import Offline

        if isinstance(error, Offline):
            self._set_link(Link.OFFLINE)
        self.login_needed.emit(username)

    def sign_in(self, username: str, password: str, remember: bool, done, failure) -> None:
        """Called by the login dialog, which shows progress and errors itself."""
        session = self.session

        def finished(result) -> None:
            self.settings.set(S.LAST_USERNAME, username.strip() if result.remembered else "")
            self._set_link(Link.ONLINE, None)
            done(result)
            if result.remember_failed:
                self.notice.emit(self.tr("本机没有可用的系统密码库，本次登录不会被记住，下次需要重新登录。"))
            self._after_sign_in()

        Op(self, lambda: session.sign_in(username, password, remember=remember), finished).failure(failure).run()

    def _after_sign_in(self) -> None:
        """The user's account and the features' services are built in a worker (their imports are not free)."""
        session, data_dir, me = self.session, self.data_dir, self.session.me

        def build():
            from assistant.services.account import Account

            account = Account.open(session, data_dir)
            return account, {f.key: f.service(account) for f in FEATURES if f.service is not None}

        def ready(built) -> None:
            if self.session is session and session.me is me:  # not signed out (or in as someone else) meanwhile
                self._services_ready(*built)

        Op(self, build, ready).run()

    def _services_ready(self, account: Account, services: dict[str, Any]) -> None:
        collector.keep_for_good()  # the services' modules, imported by the worker (the first sign-in only)
        self.account, self.services = account, services
        self._recovered = False
        self.send_outbox()  # what an earlier session queued goes out now, not at the first timer tick
        self._outbox_timer.start()
        self.signed_in.emit()
        firm = self.session.last_firm()
        if firm:
            self.select_firm(firm)

    def sign_out(self) -> None:
        session = self.session
        self.settings.set(S.LAST_USERNAME, "")
        self._forget_user()

        def finished(_=None) -> None:
            self.signed_out.emit()
            # The sign-in dialog on a turn of its own: clearing every page and building the dialog together held
            # the GUI thread for more than a frame.
            next_turn(lambda: self.login_needed.emit(""))

        Op(self, session.sign_out, finished).failure(lambda error: finished()).with_progress(
            self.tr("正在退出登录…")
        ).run()

    def _forget_user(self) -> None:
        """Nothing of the previous user or firm stays in memory for the next one to see."""
        self._outbox_timer.stop()
        self.current_firm = self.firm_view = self.account = None
        self.services, self.views = {}, {}
        self._requests.clear()  # loads still under way are dropped when they finish

    def forget_saved_login(self, done) -> None:
        username = self.settings.get(S.LAST_USERNAME) or (self.session.username if self.session else None)
        self.settings.set(S.LAST_USERNAME, "")
        session = self.session
        if session is None or not username:
            done()
            return
        Op(self, lambda: session.forget_saved_login(username), lambda _: done()).run()

    # -- the firm and its views -----------------------------------------------------------------------------
    def select_firm(self, uscc: str) -> None:
        session = self.session
        if session is None:
            return
        self.current_firm = uscc

        def work() -> FirmView:
            view = session.firm(uscc)
            session.remember_firm(uscc)
            return view

        def loaded(view: FirmView) -> None:
            if uscc != self.current_firm:
                return  # the user has switched again meanwhile
            self._note_freshness(view.profile)
            self.firm_view = view
            self.firm_loaded.emit(view)
            for feature in loaded_features():
                self.load(feature.key)

        def failed(error: BaseException) -> None:
            from assistant.api.errors import Offline, SessionExpired

            if isinstance(error, Offline):
                self._set_link(Link.OFFLINE)
            if isinstance(error, SessionExpired):
                self.login_needed.emit(self.session.username or "")
                return
            self.firm_failed.emit(message_for(error))

        Op(self, work, loaded).failure(failed).with_progress(self.tr("正在读取企业信息…")).run()

    def refresh(self) -> None:
        if self.current_firm:
            self.select_firm(self.current_firm)

    def load(self, key: str) -> None:
        """Load a feature's view of the current firm in a worker and announce it — unless a newer load of the same
        feature started meanwhile or the user switched firm: loads can finish out of order."""
        feature = features.feature(key)
        service, firm, uscc = self.services.get(key), self.firm_view, self.current_firm
        if feature.load is None or service is None or firm is None or uscc is None:
            return
        self._requests[key] = generation = self._requests.get(key, 0) + 1

        def loaded(view) -> None:
            if uscc == self.current_firm and generation == self._requests.get(key):
                self.views[key] = view
                self._note_freshness(view)  # the status bar says what the page shows: live, or as of when
                self.view_loaded.emit(key, view)

        Op(self, lambda: feature.load(service, firm), loaded).failure(
            lambda error: self.notice.emit(message_for(error))).run()

    def reload_changed(self, kinds: frozenset[str]) -> None:
        """An operation changed `kinds`: load again the views of the features that listen to them."""
        for feature in loaded_features():
            if feature.listens & kinds:
                self.load(feature.key)

    # -- the outbox ---------------------------------------------------------------------------------------
    def send_outbox(self) -> None:
        """Send what waits in the outbox (a timer calls this too); one sender at a time."""
        account = self.account
        if account is None or self._sending:
            return
        self._sending = True
        recovered, self._recovered = self._recovered, True

        def work():
            if not recovered:
                account.recover_outbox()  # an entry left 发送中 by a crash goes again, with the same key
            return account.send_pending()

        def finished(attempted) -> None:
            self._sending = False
            if attempted:
                self.reload_changed(frozenset({"outbox"}))

        def failed(_error) -> None:
            self._sending = False

        Op(self, work, finished).failure(failed).run()

    # -- link state ---------------------------------------------------------------------------------------
    def _note_freshness(self, snapshot) -> None:
        self._set_link(Link.ONLINE if snapshot.live else Link.OFFLINE, None if snapshot.live else snapshot.synced_at)

    def _set_link(self, link: Link, as_of: dt.datetime | None = None) -> None:
        self.link, self.data_as_of = link, as_of if link is Link.OFFLINE else None
        if link is Link.OFFLINE:
            self._retry.start()
        else:
            self._retry.stop()
        self.link_changed.emit()

    def _retry_offline(self) -> None:
        if self.signed_in_user:
            self.refresh()

    # -- lifetime -----------------------------------------------------------------------------------------
    def reconnect(self) -> None:
        """After the platform settings changed: drop the session and start again."""
        old = self.platform
        self.platform = None
        self._forget_user()
        self.signed_out.emit()
        if old is not None:
            Op(self, old.close).run()
        self.start()

    def shutdown(self) -> None:
        S.wait_for_writes(self.settings.path)
        self._outbox_timer.stop()
        self._retry.stop()
        self._forget_user()
        if self.platform is not None:
            self.platform.close()
            self.platform = None
