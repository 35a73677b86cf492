"""The sandbox database upgrades in place: `PRAGMA user_version` migrations, and a database from before versions
were counted (user_version 0, the tables of then) is adopted as v1 with its data, never re-created."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import httpx
import pytest

from assistant.sandbox.app import SandboxConfig
from assistant.sandbox.db import NewerDatabase, demo, initialise, migrations
from assistant.sandbox.db.schema import LATEST, V1
from assistant.sandbox.records_seed import RECORDS
from assistant.sandbox.seed import DEMO_PASSWORD, HENGDA, HONGSHENG, ZHISUAN
from assistant.sandbox.server import SandboxServer

# The schema script of the sandbox before versioned migrations, verbatim (assistant/sandbox/db.py, SCHEMA).
LEGACY_SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('enterprise', 'agent')), password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS firms (
    uscc TEXT PRIMARY KEY, name TEXT NOT NULL, profile TEXT NOT NULL, legal_rep_id TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS user_firms (
    user_id TEXT NOT NULL REFERENCES users(id), uscc TEXT NOT NULL REFERENCES firms(uscc),
    relation TEXT NOT NULL CHECK (relation IN ('owner', 'agent')), PRIMARY KEY (user_id, uscc)
);
CREATE TABLE IF NOT EXISTS facts (
    uscc TEXT NOT NULL REFERENCES firms(uscc), key TEXT NOT NULL, value TEXT NOT NULL, as_of TEXT NOT NULL,
    PRIMARY KEY (uscc, key)
);
CREATE TABLE IF NOT EXISTS calendars (year INTEGER PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS access_tokens (
    token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, expires_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS refresh_tokens (
    token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, family TEXT NOT NULL, expires_at REAL NOT NULL,
    used INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS login_failures (username TEXT NOT NULL, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS login_failures_by_user ON login_failures (username, at);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS templates (
    code TEXT NOT NULL, version INTEGER NOT NULL, current INTEGER NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY (code, version)
);
CREATE TABLE IF NOT EXISTS commitments (
    id TEXT PRIMARY KEY, uscc TEXT NOT NULL REFERENCES firms(uscc), user_id TEXT NOT NULL, code TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS commitments_by_firm ON commitments (uscc, created_at);
CREATE TABLE IF NOT EXISTS idempotency (
    user_id TEXT NOT NULL, key TEXT NOT NULL, request_hash TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
);
CREATE TABLE IF NOT EXISTS policies (id TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS grants (
    id TEXT PRIMARY KEY, uscc TEXT NOT NULL REFERENCES firms(uscc), policy_id TEXT NOT NULL, body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS uploads (sha256 TEXT PRIMARY KEY, mime TEXT NOT NULL, size INTEGER NOT NULL, content BLOB);
"""
REQUEST = {"template_code": "XX-ZD-GSCN", "template_version": 1, "signed_by": "张建国", "signed_on": "2026-11-02",
           "fields": {"scope": "合同履约", "contact_name": "张建国", "contact_phone": "13803730001"}}
COMMITMENT = {
    "id": "c0ffee00c0ffee00c0ffee00c0ffee00", "code": "41071120261102000001", "status": "submitted",
    "submitted_at": "2026-11-02T10:00:00+08:00", "uscc": HENGDA, "firm_name": "新乡市恒达机械制造有限公司",
    "template_code": "XX-ZD-GSCN", "template_version": 1, "type": "voluntary", "title": "主动公示信用承诺书",
    "matter": "向社会主动公开作出信用承诺", "department": "“信用中国（河南新乡）”网站", "publicity": "可向社会公开",
    "fields": REQUEST["fields"], "signed_by": "张建国", "signed_on": "2026-11-02", "due_items": [],
    "breach_recorded_on": None,
}
KEY = "legacy-key-0001"


def legacy_database(path: Path, *, drop: tuple[str, ...] = ()) -> None:
    """A database as the sandbox wrote it before versions were counted, with one commitment made under a key."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(LEGACY_SCHEMA)
    for table in drop:  # an even older one, from before these catalogues existed
        conn.execute(f"DROP TABLE {table}")
    conn.execute("BEGIN")
    demo.seed_demo(conn)
    if not drop:
        demo.seed_templates(conn)
        demo.seed_policies(conn)
    body = json.dumps(COMMITMENT, ensure_ascii=False)
    conn.execute("INSERT INTO commitments (id, uscc, user_id, code, status, body, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (COMMITMENT["id"], HENGDA, "u-hengda", COMMITMENT["code"], "submitted", body,
                  "2026-11-02T02:00:00+00:00"))
    request_hash = hashlib.sha256(json.dumps(REQUEST, sort_keys=True).encode()).hexdigest()  # as v1 computed it
    conn.execute("INSERT INTO idempotency (user_id, key, request_hash, status, body) VALUES (?, ?, ?, ?, ?)",
                 ("u-hengda", KEY, request_hash, 201, body))
    conn.execute("COMMIT")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    conn.close()


def read(path: Path, sql: str, *args) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def test_version_1_is_the_legacy_schema_word_for_word():
    assert V1 == LEGACY_SCHEMA  # a released version is never edited; a change is a new version


def test_a_legacy_database_is_upgraded_with_its_data(tmp_path):
    path = tmp_path / "platform.sqlite3"
    legacy_database(path)
    before = {table: read(path, f"SELECT COUNT(*) FROM {table}")[0][0] for table in ("users", "templates", "policies")}
    initialise(path)
    assert read(path, "PRAGMA user_version") == [(LATEST,)]
    assert read(path, "SELECT body FROM commitments") == [(json.dumps(COMMITMENT, ensure_ascii=False),)]
    assert {t: read(path, f"SELECT COUNT(*) FROM {t}")[0][0] for t in before} == before  # adopted, not re-seeded
    assert read(path, "SELECT method, path FROM idempotency WHERE key = ?", KEY) == [
        ("POST", f"/api/v1/firms/{HENGDA}/commitments")]
    initialise(path)  # opening it again changes nothing
    assert read(path, "SELECT COUNT(*) FROM commitments") == [(1,)]


def test_the_upgraded_database_serves_its_old_commitment_and_key(tmp_path):
    path = tmp_path / "platform.sqlite3"
    legacy_database(path)
    with SandboxServer(SandboxConfig(db_path=path)) as server:
        api = f"{server.url}/api/v1"
        owner = httpx.post(f"{api}/auth/login", json={"username": "hengda", "password": DEMO_PASSWORD})
        headers = {"Authorization": f"Bearer {owner.json()['access_token']}", "Idempotency-Key": KEY}
        listed = httpx.get(f"{api}/firms/{HENGDA}/commitments", headers=headers).json()["items"]
        assert [c["id"] for c in listed] == [COMMITMENT["id"]]
        replayed = httpx.post(f"{api}/firms/{HENGDA}/commitments", json=REQUEST, headers=headers)
        assert replayed.status_code == 201 and replayed.json()["id"] == COMMITMENT["id"]
        assert replayed.headers["idempotent-replayed"] == "true"


def test_a_database_from_before_the_catalogues_gets_them_once(tmp_path):
    path = tmp_path / "platform.sqlite3"
    legacy_database(path, drop=("grants", "policies", "templates"))
    initialise(path)
    assert read(path, "SELECT COUNT(*) FROM templates")[0][0] >= 12
    assert read(path, "SELECT COUNT(*) FROM policies")[0][0] >= 13
    assert read(path, "SELECT COUNT(*) FROM grants WHERE uscc = ?", ZHISUAN) == [(1,)]
    assert read(path, "SELECT COUNT(*) FROM commitments") == [(1,)]


def test_a_new_database_is_created_at_the_latest_version_and_seeded_once(tmp_path):
    path = tmp_path / "platform.sqlite3"
    initialise(path)
    assert read(path, "PRAGMA user_version") == [(LATEST,)]
    users = read(path, "SELECT COUNT(*) FROM users")[0][0]
    assert users >= 7
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM templates")  # a later run must not mistake this for a missing catalogue
    conn.close()
    initialise(path)
    assert read(path, "SELECT COUNT(*) FROM users") == [(users,)]
    assert read(path, "SELECT COUNT(*) FROM templates") == [(0,)]


def test_a_database_from_a_newer_app_is_refused_untouched(tmp_path):
    path = tmp_path / "platform.sqlite3"
    initialise(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(NewerDatabase):
        initialise(path)
    assert read(path, "PRAGMA user_version") == [(LATEST + 1,)]


def test_a_failing_migration_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "platform.sqlite3"
    legacy_database(path)
    broken = "CREATE TABLE half_done (x INTEGER);\nSELECT no_such_column FROM users;\n"
    monkeypatch.setattr(migrations, "VERSIONS", (*migrations.VERSIONS, broken))
    monkeypatch.setattr(migrations, "LATEST", len(migrations.VERSIONS))
    with pytest.raises(sqlite3.OperationalError):
        initialise(path)
    assert read(path, "PRAGMA user_version") == [(0,)]
    assert read(path, "SELECT name FROM sqlite_master WHERE name IN ('half_done', 'idempotency_v2')") == []
    assert [c[1] for c in read(path, "PRAGMA table_info(idempotency)")] == [
        "user_id", "key", "request_hash", "status", "body"]


def test_records_leave_the_facts_for_their_own_table(tmp_path):
    """v3: a database whose firms carried their records as a fact gets the records table, seeded with the demo
    firms' history, and the fact is derived from that table from then on."""
    path = tmp_path / "platform.sqlite3"
    legacy_database(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO facts (uscc, key, value, as_of) VALUES (?, 'records', ?, '2026-10-31')",
                     (HONGSHENG, json.dumps([{"id": "r-hs-1", "kind": "serious_list", "state": "public"}])))
    conn.close()
    initialise(path)
    assert read(path, "SELECT COUNT(*) FROM facts WHERE key = 'records'") == [(0,)]
    assert ("r-hs-1", "public") in read(path, "SELECT id, state FROM records WHERE uscc = ?", HONGSHENG)
    initialise(path)  # opening it again seeds nothing twice
    assert read(path, "SELECT COUNT(*) FROM records") == [(len(RECORDS),)]
    with SandboxServer(SandboxConfig(db_path=path)) as server:
        api = f"{server.url}/api/v1"
        login = httpx.post(f"{api}/auth/login", json={"username": "hongsheng", "password": DEMO_PASSWORD})
        facts = httpx.get(f"{api}/firms/{HONGSHENG}/facts",
                          headers={"Authorization": f"Bearer {login.json()['access_token']}"}).json()
        assert facts["on_serious_dishonesty_list"]["value"] is True
