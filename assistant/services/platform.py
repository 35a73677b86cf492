"""Opening and closing a platform: the embedded demo sandbox or a URL, the client and the local store.

The one place that knows the embedded sandbox's stable name and the database file names; the GUI (in a worker) and
every CLI command open platforms through here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.services.session import Session
    from assistant.store.db import Database

log = logging.getLogger(__name__)
# The embedded sandbox gets a new port at every start: its saved login and cache go by this stable name instead.
EMBEDDED_SANDBOX = "sandbox:embedded"
LOCAL_DATABASE = "assistant.sqlite3"
SANDBOX_DATABASE = Path("sandbox") / "platform.sqlite3"  # the embedded one, behind the GUI and the CLI
STANDALONE_SANDBOX_DATABASE = Path("sandbox") / "server.sqlite3"  # `assistant sandbox`, unless --db says otherwise


@dataclass(frozen=True)
class PlatformOptions:
    """What the settings say about reaching the platform; an empty URL means the embedded sandbox."""

    url: str = ""
    language: str = "zh_CN"
    proxy: str = ""
    ca_file: str = ""


@dataclass
class Platform:
    url: str
    demo: bool
    session: Session
    data_dir: Path
    sandbox: Any = None  # the embedded SandboxServer, when demo
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


def open_platform(options: PlatformOptions, data_dir: Path, *, check_reachable: bool = True) -> Platform:
    """The heavy imports, the embedded sandbox if no URL is set, the client and the database. Slow: call it from
    a worker (GUI) or at the start of a CLI command."""
    from assistant.api.client import Connection, PlatformClient
    from assistant.services.session import Session
    from assistant.store.db import Database

    url, sandbox, logins = options.url.strip(), None, ()
    if not url:
        from assistant.sandbox.app import SandboxConfig
        from assistant.sandbox.seed import demo_logins
        from assistant.sandbox.server import SandboxServer

        db_path = data_dir / SANDBOX_DATABASE
        db_path.parent.mkdir(parents=True, exist_ok=True)
        sandbox = SandboxServer(SandboxConfig(db_path=db_path)).start()
        url, logins = sandbox.url, tuple(demo_logins())
    identity = EMBEDDED_SANDBOX if sandbox is not None else None
    connection = Connection(url, proxy=options.proxy or None, ca_file=options.ca_file or None, identity=identity)
    client = PlatformClient(connection, language=options.language)
    try:
        session = Session(client, Database(data_dir / LOCAL_DATABASE))
    except BaseException:
        client.close()
        if sandbox is not None:
            sandbox.stop()
        raise
    platform = Platform(url, sandbox is not None, session, data_dir, sandbox, logins)
    if check_reachable:
        platform.reachable = session.reachable()
    return platform


def open_local_store(options: PlatformOptions, data_dir: Path) -> tuple[Database | None, str]:
    """The local database and the platform's cache name, without starting or reaching any platform (offline CLI)."""
    from assistant.store.db import Database

    name = options.url.strip().rstrip("/") or EMBEDDED_SANDBOX
    path = data_dir / LOCAL_DATABASE
    return (Database(path) if path.exists() else None), name
