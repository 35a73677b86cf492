"""The sandbox's demo data written into a database: firms, users, facts, calendars, templates, policies, grants,
adverse records."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from assistant.sandbox import seed
from assistant.sandbox.security import hash_password

SEED_TIME = "2026-11-02T09:00:00+08:00"
CALENDARS = Path(__file__).parents[1] / "data" / "calendars.json"
# Emptied by a reset, children before parents (foreign keys).
TABLES = ("reports", "objections", "repairs", "records", "grants", "policies", "idempotency", "uploads", "commitments", "templates", "user_firms", "facts", "firms",
          "users", "calendars", "access_tokens", "refresh_tokens", "login_failures", "settings")


def seed_everything(conn: sqlite3.Connection) -> None:
    seed_demo(conn)
    seed_templates(conn)
    seed_policies(conn)
    seed_records(conn)


def seed_records(conn: sqlite3.Connection) -> None:
    """The demo firms' adverse records, once (a database upgraded to v3 had them in its facts), for the demo firms
    the database holds."""
    from assistant.sandbox.records_seed import RECORDS

    if conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]:
        return
    firms = {r["uscc"] for r in conn.execute("SELECT uscc FROM firms")}
    for item in RECORDS:
        if item["uscc"] in firms:
            body = item["body"]
            conn.execute("INSERT INTO records (id, uscc, kind, state, decided_on, body) VALUES (?, ?, ?, ?, ?, ?)",
                         (body["id"], item["uscc"], body["kind"], item["state"], body["decided_on"],
                          json.dumps(body, ensure_ascii=False)))


def seed_missing_catalogues(conn: sqlite3.Connection) -> None:
    """A database from before versions were counted may predate the template or policy catalogue: add it once."""
    if conn.execute("SELECT COUNT(*) FROM users").fetchone()[0] == 0:
        seed_demo(conn)
    if conn.execute("SELECT COUNT(*) FROM templates").fetchone()[0] == 0:
        seed_templates(conn)
    if conn.execute("SELECT COUNT(*) FROM policies").fetchone()[0] == 0:
        seed_policies(conn)


def clear(conn: sqlite3.Connection) -> None:
    """Everything but the platform's report-signing key: clients pin the certificate it publishes, and a reset is a
    new demo, not a new platform."""
    from assistant.sandbox.platform.signing import CERT_SETTING, KEY_SETTING

    for table in TABLES:
        if table == "settings":
            conn.execute("DELETE FROM settings WHERE key NOT IN (?, ?)", (KEY_SETTING, CERT_SETTING))
        else:
            conn.execute(f"DELETE FROM {table}")


def seed_templates(conn: sqlite3.Connection) -> None:
    from assistant.sandbox.templates import CATALOGUE

    for body in CATALOGUE:
        conn.execute("INSERT INTO templates (code, version, current, body) VALUES (?, ?, 1, ?)",
                     (body["code"], body["version"], json.dumps(body, ensure_ascii=False)))


def seed_policies(conn: sqlite3.Connection) -> None:
    from assistant.sandbox.policies import CATALOGUE

    titles = {}
    for body in CATALOGUE:
        conn.execute("INSERT INTO policies (id, body) VALUES (?, ?)",
                     (body["id"], json.dumps(body, ensure_ascii=False)))
        titles[body["id"]] = body["title"]
    for n, (uscc, policy_id, amount, status, announced, paid, account) in enumerate(seed.GRANTS, start=1):
        grant = {"id": f"g-{n:04d}", "policy_id": policy_id, "policy_title": titles[policy_id], "amount": amount,
                 "status": status, "announced_on": announced, "paid_on": paid, "account_masked": account}
        conn.execute("INSERT INTO grants (id, uscc, policy_id, body) VALUES (?, ?, ?, ?)",
                     (grant["id"], uscc, policy_id, json.dumps(grant, ensure_ascii=False)))


def seed_demo(conn: sqlite3.Connection) -> None:
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
        conn.execute("INSERT INTO calendars (year, body) VALUES (?, ?)",
                     (int(year), json.dumps(body, ensure_ascii=False)))
