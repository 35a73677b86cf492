"""One sandbox server per database, machine-wide: a second process uses the running one (the command line while the
window is open) or waits for it (the window), and a killed server's lock is gone with it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.sandbox.app import SandboxConfig
from assistant.sandbox.server import SandboxBusy, SandboxServer
from assistant.services.platform import SANDBOX_DATABASE, SandboxInUse, embedded_sandbox

pytestmark = pytest.mark.slow


@pytest.fixture
def other_process(data_dir: Path):
    """`assistant sandbox` serving the embedded sandbox's own database, as another process of the app would."""
    db = data_dir / SANDBOX_DATABASE
    process = subprocess.Popen([sys.executable, "-m", "assistant", "sandbox", "--port", "0", "--db", str(db)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    first = process.stdout.readline()
    assert "/api/v1" in first, first + process.stdout.read()
    yield process, first.split(": ", 1)[1].split("/api/v1")[0]
    if process.poll() is None:
        process.kill()
        process.wait(10)


def test_a_command_uses_the_running_sandbox(other_process, data_dir):
    process, url = other_process
    server, used = embedded_sandbox(data_dir / SANDBOX_DATABASE, share=True)
    assert server is None and used == url


def test_the_window_waits_and_then_says_who_holds_it(other_process, data_dir):
    process, _url = other_process
    with pytest.raises(SandboxInUse) as refused:
        embedded_sandbox(data_dir / SANDBOX_DATABASE, share=False, wait=1)
    assert str(process.pid) in refused.value.message


def test_a_killed_servers_lock_goes_with_it(other_process, data_dir):
    process, _url = other_process
    process.send_signal(signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
    process.wait(10)
    server, url = embedded_sandbox(data_dir / SANDBOX_DATABASE, share=False, wait=5)
    try:
        assert server is not None and url == server.url
    finally:
        server.stop()


def test_two_servers_never_open_one_database(seeded_db, tmp_path):
    db = tmp_path / "platform.sqlite3"
    db.write_bytes(seeded_db.read_bytes())
    with SandboxServer(SandboxConfig(db_path=db)) as first:
        with pytest.raises(SandboxBusy) as busy:
            SandboxServer(SandboxConfig(db_path=db))
        assert busy.value.pid == os.getpid() and busy.value.url == first.url
    SandboxServer(SandboxConfig(db_path=db)).start().stop()  # free again once the first stopped
