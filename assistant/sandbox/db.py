"""The sandbox's SQLite database: schema, seeding and a connection per request."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.sandbox import seed
from assistant.sandbox.security import hash_password

SCHEMA = """
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

SEED_TIME = "2026-11-02T09:00:00+08:00"
CALENDARS = Path(__file__).with_name("data") / "calendars.json"


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction, taken up front so concurrent writers queue instead of failing mid-way."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def connect(path: Path | str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=10, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=10000")
    return conn


def initialise(path: Path | str) -> None:
    """Create the schema and, on an empty database, the demo data."""
    conn = connect(path)
    try:
        conn.executescript(SCHEMA)
        if conn.execute("SELECT COUNT(*) FROM users").fetchone()[0] == 0:
            with transaction(conn):
                _seed(conn)
        if conn.execute("SELECT COUNT(*) FROM templates").fetchone()[0] == 0:  # a database from before templates
            with transaction(conn):
                _seed_templates(conn)
        if conn.execute("SELECT COUNT(*) FROM policies").fetchone()[0] == 0:  # … or from before policies
            with transaction(conn):
                _seed_policies(conn)
    finally:
        conn.close()


def reset(conn: sqlite3.Connection) -> None:
    with transaction(conn):
        for table in ("grants", "policies", "idempotency", "uploads", "commitments", "templates", "user_firms", "facts", "firms", "users",
                      "calendars", "access_tokens", "refresh_tokens", "login_failures", "settings"):
            conn.execute(f"DELETE FROM {table}")
        _seed(conn)
        _seed_templates(conn)
        _seed_policies(conn)


def _seed_templates(conn: sqlite3.Connection) -> None:
    from assistant.sandbox.templates import CATALOGUE

    for body in CATALOGUE:
        conn.execute("INSERT INTO templates (code, version, current, body) VALUES (?, ?, 1, ?)",
                     (body["code"], body["version"], json.dumps(body, ensure_ascii=False)))


def _seed_policies(conn: sqlite3.Connection) -> None:
    from assistant.sandbox.policies import CATALOGUE

    titles = {}
    for body in CATALOGUE:
        conn.execute("INSERT INTO policies (id, body) VALUES (?, ?)", (body["id"], json.dumps(body, ensure_ascii=False)))
        titles[body["id"]] = body["title"]
    for n, (uscc, policy_id, amount, status, announced, paid, account) in enumerate(seed.GRANTS, start=1):
        grant = {"id": f"g-{n:04d}", "policy_id": policy_id, "policy_title": titles[policy_id], "amount": amount,
                 "status": status, "announced_on": announced, "paid_on": paid, "account_masked": account}
        conn.execute("INSERT INTO grants (id, uscc, policy_id, body) VALUES (?, ?, ?, ?)",
                     (grant["id"], uscc, policy_id, json.dumps(grant, ensure_ascii=False)))


def _seed(conn: sqlite3.Connection) -> None:
    for firm in seed.FIRMS:
        profile = {
            "uscc": firm.uscc, "name": firm.name, "kind": firm.kind, "subject_category": firm.subject_category,
            "legal_rep": {"name": firm.legal_rep}, "established_on": firm.established_on.isoformat(),
            "region_code": firm.region_code, "region_name": firm.region_name,
            "industry_code": firm.industry_code, "industry_category": firm.industry_category,
            "industry_name": firm.industry_name, "address": firm.address, "staff": firm.staff,
            "revenue": firm.revenue, "assets": firm.assets, "tax_credit_level": firm.tax_credit_level,
            "credit_level": {"level": firm.tax_credit_level, "scale": "纳税信用级别", "source": "国家税务总局河南省税务局",
                             "year": 2025},
            "tags": list(firm.tags),
        }
        conn.execute(
            "INSERT INTO firms (uscc, name, profile, legal_rep_id, updated_at) VALUES (?, ?, ?, ?, ?)",
            (firm.uscc, firm.name, json.dumps(profile, ensure_ascii=False), firm.legal_rep_id, SEED_TIME),
        )
        facts = {
            "established_on": firm.established_on.isoformat(),
            "staff_count": firm.staff,
            "revenue_last_year": firm.revenue,
            "assets_total": firm.assets,
            "industry_category": firm.industry_category,
            "tax_credit_level": firm.tax_credit_level,
            "region_code": firm.region_code,
            "region_city": re.search(r"省(.+?市)", firm.region_name).group(1),
            "kind": firm.kind,
            "tags": list(firm.tags),
            # What the platform's registers would say outright for every firm unless the firm's own data differ.
            "above_scale_industrial": False, "specialized_sme": False, "high_tech_enterprise": False,
            **firm.facts,
        }
        conn.executemany(
            "INSERT INTO facts (uscc, key, value, as_of) VALUES (?, ?, ?, ?)",
            [(firm.uscc, key, json.dumps(value, ensure_ascii=False), "2026-10-31") for key, value in facts.items()],
        )
    for user in seed.USERS:
        conn.execute(
            "INSERT INTO users (id, username, display_name, role, password_hash) VALUES (?, ?, ?, ?, ?)",
            (user.id, user.username, user.display_name, user.role, hash_password(user.password)),
        )
        conn.executemany(
            "INSERT INTO user_firms (user_id, uscc, relation) VALUES (?, ?, ?)",
            [(user.id, uscc, relation) for uscc, relation in user.firms],
        )
    for year, body in json.loads(CALENDARS.read_text(encoding="utf-8")).items():
        conn.execute("INSERT INTO calendars (year, body) VALUES (?, ?)", (int(year), json.dumps(body, ensure_ascii=False)))
