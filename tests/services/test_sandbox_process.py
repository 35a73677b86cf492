"""The window's demo platform in a process of its own (services/sandbox_process.py): it serves, it is shared with a
command line, a second window waits for it, and it never outlives the app, however the app ends."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from assistant.sandbox.lock import database_lock
from assistant.services.platform import SandboxInUse, embedded_sandbox
from assistant.services.sandbox_process import SandboxProcess

pytestmark = pytest.mark.slow


def exited(pid: int, timeout: float) -> bool:
    """Whether that process (not ours to wait for: the app's child) ends within the timeout."""
    try:
        handle = os.fdopen(os.pidfd_open(pid), "rb")  # readable once it has ended
    except ProcessLookupError:
        return True  # ended and gone already
    with handle:
        return bool(select.select([handle], [], [], timeout)[0])


@pytest.fixture
def child(tmp_path: Path):
    server, url = embedded_sandbox(tmp_path / "platform.sqlite3", share=False, own_process=True)
    yield server, url
    server.stop()


def test_it_serves_from_another_process_and_stops_with_the_window(child, tmp_path):
    server, url = child
    assert isinstance(server, SandboxProcess) and server.process.pid != os.getpid()
    assert httpx.get(f"{url}/api/v1/calendar/2026").status_code == 200
    process = server.process
    server.stop()
    assert process.returncode is not None
    assert database_lock(tmp_path / "platform.sqlite3").holder() is None  # free for the next start


def test_a_command_line_uses_it_and_a_second_window_says_who_holds_it(child, tmp_path):
    server, url = child
    shared, used = embedded_sandbox(tmp_path / "platform.sqlite3", share=True)
    assert shared is None and used == url
    with pytest.raises(SandboxInUse) as refused:
        embedded_sandbox(tmp_path / "platform.sqlite3", share=False, wait=1, own_process=True)
    assert str(server.process.pid) in refused.value.message


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="waits for another's child with a Linux pidfd")
def test_it_does_not_outlive_an_app_that_is_killed(tmp_path):
    db = tmp_path / "platform.sqlite3"
    app = subprocess.Popen(
        [sys.executable, "-c", "import sys; from pathlib import Path\n"
         "from assistant.services.sandbox_process import SandboxProcess\n"
         f"child = SandboxProcess(Path({str(db)!r})).start()\n"
         "print(child.process.pid, flush=True)\nsys.stdin.read()"],  # until killed
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        child_pid = int(app.stdout.readline())
        assert database_lock(db).holder()["pid"] == child_pid
        app.send_signal(signal.SIGKILL)
        app.wait(10)
        assert exited(child_pid, 20)
        assert database_lock(db).holder() is None  # and let go of the database
    finally:
        if app.poll() is None:
            app.kill()
