"""Opening and closing a platform: the embedded demo sandbox or a URL, the client and the local store.

The one place that knows the embedded sandbox's stable name and the database file names; the GUI (in a worker) and
every CLI command open platforms through here.

One embedded sandbox per data folder: its server holds a lock on the database (sandbox/server.py). A command line
run while the window is open uses the window's sandbox at the address it published; the window, which outlives any
command, waits for a command's sandbox to close and then starts its own.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import UserFacingError
from assistant.i18n import translate

if TYPE_CHECKING:
    from assistant.services.session import Session
    from assistant.store.db import Database

log = logging.getLogger(__name__)
# The embedded sandbox gets a new port at every start: its saved login and cache go by this stable name instead.
EMBEDDED_SANDBOX = "sandbox:embedded"
LOCAL_DATABASE = "assistant.sqlite3"
SANDBOX_DATABASE = Path("sandbox") / "platform.sqlite3"  # the embedded one, behind the GUI and the CLI
STANDALONE_SANDBOX_DATABASE = Path("sandbox") / "server.sqlite3"  # `assistant sandbox`, unless --db says otherwise
WAIT_FOR_SANDBOX = 30.0  # seconds: a command's sandbox closes within this, a window's or a server's does not


class SandboxInUse(UserFacingError):
    """The embedded demo platform is served by another process that did not let go in time."""

    def __init__(self, pid: int | None):
        super().__init__(translate("platform", "内置演示平台正由本机另一个程序（进程 {pid}）使用。请关闭它后再试。")
                         .format(pid=pid or "?"))


@dataclass(frozen=True)
class PlatformOptions:
    """What the settings say about reaching the platform; an empty URL means the embedded sandbox."""

    url: str = ""
    language: str = "zh_CN"
    proxy: str = ""
    ca_file: str = ""
    # The embedded sandbox in a process of its own (the window: services/sandbox_process.py), or in a thread of this
    # one (a command line, which has no window to keep responsive, and the UI tests, which start dozens).
    sandbox_process: bool = False


@dataclass
class Platform:
    url: str
    demo: bool
    session: Session
    data_dir: Path
    sandbox: Any = None  # the embedded SandboxServer or SandboxProcess, when demo
    demo_logins: tuple[dict, ...] = field(default_factory=tuple)
    reachable: bool = True

    @property
    def name(self) -> str:
        """The platform's identity for caches and saved logins."""
        return self.session.client.connection.name

    def close(self) -> None:
        self.session.client.close()
        self.session.db.close()
        if self.sandbox is not None:
            self.sandbox.stop()

    def __enter__(self) -> Platform:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_platform(options: PlatformOptions, data_dir: Path, *, check_reachable: bool = True,
                  share_sandbox: bool = True) -> Platform:
    """The heavy imports, the embedded sandbox if no URL is set, the client and the database. Slow: call it from
    a worker (GUI) or at the start of a CLI command. `share_sandbox`: use the embedded sandbox another process of
    this app already runs on the same data folder (a command line); False waits until it is free (the window)."""
    from assistant.api.client import Connection, PlatformClient
    from assistant.services.session import Session
    from assistant.store.db import Database

    url, sandbox, logins = options.url.strip(), None, ()
    demo = not url
    if demo:
        from assistant.sandbox.seed import demo_logins

        sandbox, url = embedded_sandbox(data_dir / SANDBOX_DATABASE, share=share_sandbox,
                                        own_process=options.sandbox_process)
        logins = tuple(demo_logins())
    identity = EMBEDDED_SANDBOX if demo else None
    connection = Connection(url, proxy=options.proxy or None, ca_file=options.ca_file or None, identity=identity)
    client = PlatformClient(connection, language=options.language)
    try:
        session = Session(client, Database(data_dir / LOCAL_DATABASE))
    except BaseException:
        client.close()
        if sandbox is not None:
            sandbox.stop()
        raise
    platform = Platform(url, demo, session, data_dir, sandbox, logins)
    if check_reachable:
        platform.reachable = session.reachable()
    return platform


def embedded_sandbox(db_path: Path, *, share: bool, wait: float = WAIT_FOR_SANDBOX,
                     own_process: bool = False) -> tuple[Any, str]:
    """(our server, its URL), or (None, the URL of the one another process runs) when `share` allows it. Our server
    runs in a thread (SandboxServer) or, with `own_process`, in a child process (SandboxProcess)."""
    from assistant.sandbox.lock import SandboxBusy

    db_path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait
    while True:
        try:
            server = _start_sandbox(db_path, own_process)
            return server, server.url
        except SandboxBusy as busy:
            if share and busy.url:
                log.info("using the embedded sandbox of process %s at %s", busy.pid, busy.url)
                return None, busy.url
            if time.monotonic() > deadline:
                raise SandboxInUse(busy.pid) from None
            time.sleep(0.25)  # the other process is starting its server, or (share=False) finishing its command


def _start_sandbox(db_path: Path, own_process: bool) -> Any:
    if own_process:
        from assistant.services.sandbox_process import SandboxProcess

        return SandboxProcess(db_path).start()
    from assistant.sandbox.app import SandboxConfig
    from assistant.sandbox.server import SandboxServer

    return SandboxServer(SandboxConfig(db_path=db_path)).start()


def open_local_store(options: PlatformOptions, data_dir: Path) -> tuple[Database | None, str]:
    """The local database and the platform's cache name, without starting or reaching any platform (offline CLI)."""
    from assistant.store.db import Database

    name = options.url.strip().rstrip("/") or EMBEDDED_SANDBOX
    path = data_dir / LOCAL_DATABASE
    return (Database(path) if path.exists() else None), name
