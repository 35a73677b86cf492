"""`assistant sandbox` with a port that is taken or a --db it cannot use: one clear line, not a traceback."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

from tests.cli.runner import assistant, refused


def test_a_port_in_use():
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        done = assistant("sandbox", "--port", port)
    assert refused(done, 1, str(port), "已被占用", "--port 0")


def test_a_port_out_of_range_is_a_usage_error():
    assert refused(assistant("sandbox", "--port", "70000"), 2, "--port")
    assert refused(assistant("sandbox", "--port", "http"), 2, "--port")


def test_a_host_that_is_not_this_pc():
    assert refused(assistant("sandbox", "--port", "0", "--host", "no-such-host.invalid"), 1, "--host")


def test_db_is_a_folder_or_not_a_database(tmp_path):
    assert refused(assistant("sandbox", "--port", "0", "--db", tmp_path), 2, "--db", "文件夹")
    garbage = tmp_path / "notes.txt"
    garbage.write_text("not a database\n" * 100)
    assert refused(assistant("sandbox", "--port", "0", "--db", garbage), 1, "notes.txt", "--db")
    assert garbage.read_text() == "not a database\n" * 100


def test_db_under_a_file_cannot_get_its_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert refused(assistant("sandbox", "--port", "0", "--db", blocker / "p.sqlite3"), 1, "无法创建", str(blocker))


def test_db_in_a_missing_folder_is_created(tmp_path):
    db = tmp_path / "new" / "deeper" / "p.sqlite3"
    process = subprocess.Popen([sys.executable, "-m", "assistant", "sandbox", "--port", "0", "--db", str(db)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = process.stdout.readline()
        assert "/api/v1" in first and str(db) in first, process.stderr.read() if process.poll() is not None else first
        assert Path(db).exists()
    finally:
        process.terminate()
        process.wait(10)
