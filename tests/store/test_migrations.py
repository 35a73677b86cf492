"""The local database migrates from nothing and from every earlier schema, and refuses a newer one."""

from __future__ import annotations

import sqlite3

import pytest

from assistant.store import db as store_db
from assistant.store.catalogue import AppState, CatalogueCache
from assistant.store.db import SCHEMA_VERSION, Database, NewerSchema


def tables(path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def version(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


def test_from_an_empty_file(tmp_path):
    path = tmp_path / "a.sqlite3"
    Database(path).close()
    assert version(path) == SCHEMA_VERSION
    assert {"catalogue", "app_state"} <= tables(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_from_the_previous_schema_keeping_the_data(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    store_db.MIGRATIONS[0](conn)  # what version 1 of the app left behind
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO catalogue (platform, kind, key, body, synced_at) VALUES "
        "('https://p', 'profile', '91410711MA45KX3R23', '{\"name\": \"恒达\"}', '2026-11-01T08:00:00+00:00')"
    )
    conn.close()
    db = Database(path)
    assert version(path) == SCHEMA_VERSION
    cached = CatalogueCache(db, "https://p").get("profile", "91410711MA45KX3R23")
    assert cached.body == {"name": "恒达"} and cached.etag is None
    AppState(db, "https://p").set("hengda", "last_firm", "91410711MA45KX3R23")
    assert AppState(db, "https://p").get("hengda", "last_firm") == "91410711MA45KX3R23"
    db.close()


def test_each_migration_step_is_atomic(tmp_path, monkeypatch):
    path = tmp_path / "broken.sqlite3"

    def failing(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("disk full")

    monkeypatch.setattr(store_db, "MIGRATIONS", (*store_db.MIGRATIONS, failing))
    with pytest.raises(RuntimeError):
        Database(path)
    assert version(path) == SCHEMA_VERSION  # the good steps stay, the failed one left nothing
    assert "half_done" not in tables(path)


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(NewerSchema):
        Database(path)


def test_cache_is_separate_per_platform(tmp_path):
    db = Database(tmp_path / "c.sqlite3")
    CatalogueCache(db, "https://a").put("profile", "x", {"v": 1})
    assert CatalogueCache(db, "https://b").get("profile", "x") is None
    assert CatalogueCache(db, "https://a/").get("profile", "x").body == {"v": 1}
    db.close()
