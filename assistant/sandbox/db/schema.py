"""The sandbox database's schema, one version at a time.

`PRAGMA user_version` says which version a database is at; migrations.py applies the ones it lacks. A version, once
released, is never edited: a change is a new version (the embedded sandbox's database lives in users' data folders
and must upgrade in place).
"""

from __future__ import annotations

# v1: the schema as it was before versions were counted, word for word (`IF NOT EXISTS` included), so that a
# database from then — user_version 0 but these tables — can be adopted as v1 by running it again.
V1 = """
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

# v2: an idempotency key remembers which operation (method + path) it was spent on, so the same key sent to
# another firm's path or another route is refused instead of replaying the first answer. The key stays unique per
# user. Keys spent before v2 were all spent on creating a commitment, whose stored answer names the firm.
V2 = """
CREATE TABLE idempotency_v2 (
    user_id TEXT NOT NULL, key TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL,
    request_hash TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
);
INSERT INTO idempotency_v2 (user_id, key, method, path, request_hash, status, body)
    SELECT user_id, key, 'POST', '/api/v1/firms/' || COALESCE(json_extract(body, '$.uscc'), '') || '/commitments',
           request_hash, status, body
    FROM idempotency;
DROP TABLE idempotency;
ALTER TABLE idempotency_v2 RENAME TO idempotency;
"""

# v3: 信用修复. Adverse records leave the firm's facts for a table of their own (the `records` fact is now derived
# from it, so a repair decided here lifts the vetoes everywhere); repair applications and objections are JSON
# bodies like commitments. A record's publication state is a column, the one thing decisions change. Records
# seeded into v2 facts are re-seeded into the table by `initialise` (their shape there was too thin to convert).
V3 = """
CREATE TABLE records (
    id TEXT PRIMARY KEY, uscc TEXT NOT NULL REFERENCES firms(uscc), kind TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('public', 'repaired', 'expired', 'removed')),
    decided_on TEXT NOT NULL, body TEXT NOT NULL
);
CREATE INDEX records_by_firm ON records (uscc, decided_on);
CREATE TABLE repairs (
    id TEXT PRIMARY KEY, uscc TEXT NOT NULL REFERENCES firms(uscc), user_id TEXT NOT NULL,
    case_no TEXT NOT NULL UNIQUE, status TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE INDEX repairs_by_firm ON repairs (uscc, created_at);
CREATE TABLE objections (
    id TEXT PRIMARY KEY, uscc TEXT NOT NULL REFERENCES firms(uscc), user_id TEXT NOT NULL,
    record_id TEXT NOT NULL REFERENCES records(id), case_no TEXT NOT NULL UNIQUE, status TEXT NOT NULL,
    body TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE INDEX objections_by_firm ON objections (uscc, created_at);
DELETE FROM facts WHERE key = 'records';
"""

# v4: 信用报告. An issued report is kept whole — the signed PDF and the content it was made from — because a
# report is evidence of what the platform published at one moment: later repairs must not change an earlier report.
# Reports are counted per firm and calendar year for the free quota (河南省社会信用条例 Art. 40), hence the index.
# The platform's signing key and certificate live in `settings`.
V4 = """
CREATE TABLE reports (
    report_no TEXT PRIMARY KEY, uscc TEXT NOT NULL REFERENCES firms(uscc), user_id TEXT NOT NULL,
    edition TEXT NOT NULL CHECK (edition IN ('standard', 'special')), purpose TEXT NOT NULL,
    issued_at TEXT NOT NULL, verify_code TEXT NOT NULL, sha256 TEXT NOT NULL, body TEXT NOT NULL, pdf BLOB NOT NULL
);
CREATE INDEX reports_by_firm ON reports (uscc, issued_at);
"""

VERSIONS: tuple[str, ...] = (V1, V2, V3, V4)  # VERSIONS[n - 1] takes a database from version n - 1 to n
LATEST = len(VERSIONS)
