"""Fixtures shared by every test layer: a private data folder, an in-memory keyring, real sandbox servers."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import keyring
import pytest

from tests.support.memory_keyring import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test does lands in the real per-user folders."""
    folder = tmp_path / "userdata"
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(folder))
    monkeypatch.delenv("ASSISTANT_PLATFORM_URL", raising=False)
    return folder


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One seeded sandbox database, copied for each server (hashing the demo passwords once)."""
    from assistant.sandbox.db import initialise

    path = tmp_path_factory.mktemp("seed") / "platform.sqlite3"
    initialise(path)
    return path


@pytest.fixture
def make_sandbox(seeded_db: Path, tmp_path: Path):
    """Start a fresh sandbox server on 127.0.0.1; stopped at the end of the test."""
    from assistant.sandbox.app import SandboxConfig
    from assistant.sandbox.server import SandboxServer

    servers = []

    def make(**options) -> SandboxServer:
        db = tmp_path / f"sandbox-{len(servers)}.sqlite3"
        shutil.copy(seeded_db, db)
        server = SandboxServer(SandboxConfig(db_path=db, **options)).start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def sandbox(make_sandbox):
    return make_sandbox()
