"""The app's state on the GUI thread: which platform, who is signed in, which firm, online or not.

It owns no widgets. Pages listen to its signals; everything slow it does runs through `Op`.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from assistant import settings as S
from assistant.ui.ops import Op, message_for

if TYPE_CHECKING:
    from assistant.session import FirmView, Session

log = logging.getLogger(__name__)
RETRY_OFFLINE_MS = 30_000
SEND_OUTBOX_MS = 15_000
EMBEDDED_SANDBOX = "sandbox:embedded"


class Link(enum.Enum):
    CONNECTING = "connecting"
    ONLINE = "online"
    OFFLINE = "offline"


@dataclass
class Platform:
    url: str
    demo: bool
    session: Session
    sandbox: Any = None  # the embedded SandboxServer, when demo
    demo_logins: tuple[dict, ...] = ()
    reachable: bool = True


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
    commitments_loaded = Signal(object)  # CommitmentsView
    policies_loaded = Signal(object)  # PolicyView
    outbox_changed = Signal()

    def __init__(self, settings: S.Settings, data_dir: Path, *, platform_override: str | None = None):
        super().__init__()
        self.settings = settings
        self.data_dir = data_dir
        self.platform_override = platform_override
        self.platform: Platform | None = None
        self.current_firm: str | None = None
        self.link = Link.CONNECTING
        self.data_as_of: dt.datetime | None = None
        self._retry = QTimer(self, interval=RETRY_OFFLINE_MS, singleShot=True)
        self._retry.timeout.connect(self._retry_offline)
        self.desk = None  # CommitmentDesk of the signed-in user
        self.firm_view = None
        self.commitments_view = None  # the latest, for pages built after it arrived
        self.policy_desk = None
        self.policies_view = None
        self._outbox_timer = QTimer(self, interval=SEND_OUTBOX_MS)
        self._outbox_timer.timeout.connect(self.send_outbox)
        self._sending = False
        self._requests: dict[str, int] = {}
        self._recovered = False

    # -- platform -----------------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return self.settings.get(S.LANGUAGE)

    @property
    def platform_url(self) -> str:
        return (self.platform_override or self.settings.get(S.PLATFORM_URL)).strip()

    @property
    def demo(self) -> bool:
        return not self.platform_url

    @property
    def session(self) -> Session | None:
        return self.platform.session if self.platform else None

    def start(self) -> None:
        url, settings, data_dir = self.platform_url, self.settings, self.data_dir
        language = settings.get(S.LANGUAGE)
        proxy, ca_file = settings.get(S.PROXY), settings.get(S.CA_FILE)
        self._set_link(Link.CONNECTING)
        Op(self, lambda: open_platform(url, data_dir, language, proxy, ca_file), self._opened).failure(
            lambda error: self.platform_failed.emit(message_for(error))
        ).with_progress(self.tr("正在连接信用平台…")).run()

    def _opened(self, platform: Platform) -> None:
        self.platform = platform
        self._set_link(Link.ONLINE if platform.reachable else Link.OFFLINE)
        self.platform_ready.emit()
        username = self.settings.get(S.LAST_USERNAME)
        if username:
            self.resume(username)
        else:
            self.login_needed.emit("")

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
        from assistant.commitment_desk import CommitmentDesk

        from assistant.policy_desk import PolicyDesk

        self.desk = CommitmentDesk(self.session, self.data_dir)
        self.policy_desk = PolicyDesk(self.session)
        self._recovered = False
        self.send_outbox()  # letters queued in an earlier session go out now, not at the first timer tick
        self._outbox_timer.start()
        self.signed_in.emit()
        firm = self.session.last_firm() if self.session else None
        if firm:
            self.select_firm(firm)

    def sign_out(self) -> None:
        session = self.session
        self.settings.set(S.LAST_USERNAME, "")
        self.current_firm, self.desk, self.firm_view, self.commitments_view = None, None, None, None
        self.policy_desk, self.policies_view = None, None
        self._outbox_timer.stop()

        def finished(_=None) -> None:
            self.signed_out.emit()
            self.login_needed.emit("")

        Op(self, session.sign_out, finished).failure(lambda error: finished()).with_progress(
            self.tr("正在退出登录…")
        ).run()

    def forget_saved_login(self, done) -> None:
        username = self.settings.get(S.LAST_USERNAME) or (self.session.username if self.session else None)
        self.settings.set(S.LAST_USERNAME, "")
        client = self.session.client if self.session else None
        if client is None or not username:
            done()
            return
        Op(self, lambda: client.tokens.delete(username), lambda _: done()).run()

    # -- firm ---------------------------------------------------------------------------------------------
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
            self.load_commitments()
            self.load_policies()

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

    # -- commitments ----------------------------------------------------------------------------------------
    def _load_latest(self, name: str, work, signal, then=None) -> None:
        """Load a view of the current firm in a worker and show it — unless a newer load of the same kind started
        meanwhile or the user switched firm: loads can finish out of order (a slow one begun before an upload)."""
        uscc = self.current_firm
        self._requests[name] = generation = self._requests.get(name, 0) + 1

        def loaded(view) -> None:
            if uscc == self.current_firm and generation == self._requests[name]:
                if then is not None:
                    then(view)
                setattr(self, f"{name}_view", view)
                signal.emit(view)

        Op(self, work, loaded).failure(lambda error: self.notice.emit(message_for(error))).run()

    def load_commitments(self) -> None:
        desk, uscc = self.desk, self.current_firm
        if desk is None or uscc is None:
            return
        facts = self.firm_view.facts.value if self.firm_view and self.firm_view.facts else {}
        facts = {key: fact.value for key, fact in facts.items()}

        def work():
            from assistant.commitment_desk import CommitmentsView

            return CommitmentsView.load(desk, uscc, facts)

        self._load_latest("commitments", work, self.commitments_loaded)

    def load_policies(self, then_select: str | None = None) -> None:
        desk, uscc, session = self.policy_desk, self.current_firm, self.session
        if desk is None or uscc is None:
            return
        self._load_latest("policies", lambda: desk.view(uscc, session.state), self.policies_loaded,
                          then=lambda view: setattr(view, "select", then_select))

    def send_outbox(self) -> None:
        """Send what waits in the outbox (a timer calls this too); one sender at a time."""
        desk = self.desk
        if desk is None or self._sending:
            return
        self._sending = True

        def finished(sent) -> None:
            self._sending = False
            self.outbox_changed.emit()
            if sent:
                self.load_commitments()

        def failed(error) -> None:
            self._sending = False
            self.outbox_changed.emit()

        def work():
            if not recovered:
                desk.outbox.recover()  # an entry left 发送中 by a crash goes again, with the same key
            return desk.send_pending()

        recovered, self._recovered = self._recovered, True
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
        if self.session is not None and self.session.me is not None:
            self.refresh()

    # -- lifetime -----------------------------------------------------------------------------------------
    def reconnect(self) -> None:
        """After the platform settings changed: drop the session and start again."""
        old = self.platform
        self.platform, self.current_firm = None, None
        self.signed_out.emit()
        if old is not None:
            Op(self, lambda: close_platform(old)).run()
        self.start()

    def shutdown(self) -> None:
        self._outbox_timer.stop()
        self._retry.stop()
        self.desk = self.policy_desk = None
        if self.platform is not None:
            close_platform(self.platform)
            self.platform = None


def open_platform(url: str, data_dir: Path, language: str, proxy: str, ca_file: str) -> Platform:
    """Worker side of start-up: the heavy imports, the embedded sandbox if needed, the client and the database."""
    from assistant.api.client import Connection, PlatformClient
    from assistant.session import Session
    from assistant.store.db import Database

    sandbox, logins = None, ()
    if not url:
        from assistant.sandbox.app import SandboxConfig
        from assistant.sandbox.seed import demo_logins
        from assistant.sandbox.server import SandboxServer

        (data_dir / "sandbox").mkdir(parents=True, exist_ok=True)
        sandbox = SandboxServer(SandboxConfig(db_path=data_dir / "sandbox" / "platform.sqlite3")).start()
        url, logins = sandbox.url, tuple(demo_logins())
    # The embedded sandbox gets a new port at every start: its saved login and cache go by one stable name.
    identity = EMBEDDED_SANDBOX if sandbox is not None else None
    connection = Connection(url, proxy=proxy or None, ca_file=ca_file or None, identity=identity)
    client = PlatformClient(connection, language=language)
    session = Session(client, Database(data_dir / "assistant.sqlite3"))
    return Platform(url, sandbox is not None, session, sandbox, logins, reachable=_reachable(session))


def _reachable(session: Session) -> bool:
    """Ask for this year's public holiday notice: it tells whether the platform answers (no sign-in needed)."""
    from assistant.api.errors import PlatformError
    from assistant.session import UNREACHABLE

    try:
        session.client.calendar.get(dt.date.today().year)
        return True
    except UNREACHABLE:
        return False
    except PlatformError:
        return True  # it answered, if not happily


def close_platform(platform: Platform) -> None:
    platform.session.client.close()
    platform.session.cache.db.close()
    if platform.sandbox is not None:
        platform.sandbox.stop()
