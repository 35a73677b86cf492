"""Schema v5 carries a v4 user's drafts and queued letters across, resolves duplicate submissions, and the generic
store API reads the result."""

from __future__ import annotations

import json
import sqlite3

import pytest

from assistant.api.models import Commitment, CommitmentRequest, CommitmentTemplate
from assistant.sandbox.templates import CATALOGUE
from assistant.store import db as store_db
from assistant.store.db import DUPLICATE_CANCELLED, Database
from assistant.store.drafts import Drafts
from assistant.store.outbox import Outbox

PLATFORM, USER, USCC = "https://platform.example", "hengda", "91410711MA45KX3R23"
TEMPLATE = CommitmentTemplate.model_validate(CATALOGUE[0])
FIELDS = {"business_premises": "新乡市红旗区人民路 12 号", "contact_name": "王芳", "contact_phone": "13800000000"}


def request_json(signed_on: str = "2026-11-02") -> str:
    return CommitmentRequest(template_code=TEMPLATE.code, template_version=TEMPLATE.version, fields=FIELDS,
                             signed_by="王芳", signed_on=signed_on).model_dump_json()


def commitment_json(code: str) -> str:
    return Commitment.model_validate({
        "id": f"c-{code}", "code": code, "status": "submitted", "submitted_at": "2026-11-02T08:05:00+08:00",
        "uscc": USCC, "firm_name": "新乡市恒达食品有限公司", "template_code": TEMPLATE.code,
        "template_version": TEMPLATE.version, "type": TEMPLATE.type, "title": TEMPLATE.title,
        "matter": TEMPLATE.matter, "department": TEMPLATE.department, "publicity": "可向社会公开",
        "fields": FIELDS, "signed_by": "王芳", "signed_on": "2026-11-02",
        "due_items": [{"key": "health_certificates", "name": "从业人员健康证明", "due_on": "2026-12-02",
                       "estimated": False}],
    }).model_dump_json()


def v4_file(path) -> sqlite3.Connection:
    """What version 4 of the app left behind: its migrations, and rows written the way its store wrote them."""
    conn = sqlite3.connect(path, isolation_level=None)
    for step in store_db.MIGRATIONS[:4]:
        step(conn)
    conn.execute("PRAGMA user_version = 4")
    return conn


def add_draft(conn, draft_id: str, *, signed_by: str = "王芳", signed_on: str | None = "2026-11-02",
              template: str | None = None, updated: str = "2026-11-02T08:00:00+00:00") -> None:
    conn.execute("INSERT INTO drafts (id, platform, username, uscc, template, fields, signed_by, signed_on, created_at, "
                 "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (draft_id, PLATFORM, USER, USCC, template or TEMPLATE.model_dump_json(),
                  json.dumps(FIELDS, ensure_ascii=False), signed_by, signed_on, "2026-11-01T08:00:00+00:00", updated))


def add_entry(conn, entry_id: str, draft_id: str, state: str, created: str, *, result: str | None = None) -> None:
    conn.execute("INSERT INTO outbox (id, draft_id, platform, username, uscc, idempotency_key, body, state, attempts, "
                 "last_error, next_attempt_at, result, created_at, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                 "?, ?)",
                 (entry_id, draft_id, PLATFORM, USER, USCC, f"key-{entry_id}", request_json(), state,
                  0 if state == "pending" else 1, "无法连接到平台" if state == "pending" else None,
                  "2026-11-02T08:10:00+00:00", result, created,
                  "2026-11-02T08:06:00+00:00" if state == "sent" else None))


@pytest.fixture
def migrated(tmp_path):
    path = tmp_path / "v4.sqlite3"
    conn = v4_file(path)
    add_draft(conn, "queued")  # a letter waiting in the outbox, submitted twice (v4's race)
    add_entry(conn, "q-first", "queued", "pending", "2026-11-02T08:00:00+00:00")
    add_entry(conn, "q-again", "queued", "pending", "2026-11-02T08:00:00.500000+00:00")
    add_draft(conn, "done")  # sent and answered
    add_entry(conn, "d-sent", "done", "sent", "2026-11-02T08:01:00+00:00", result=commitment_json("41070020261102000001"))
    add_draft(conn, "open", signed_by="", signed_on=None, updated="2026-11-02T09:00:00+00:00")  # still being typed
    conn.close()
    db = Database(path)
    yield path, db
    db.close()


def test_a_v4_file_opens_at_schema_5(migrated):
    path, _ = migrated
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 5 == store_db.SCHEMA_VERSION
        columns = {r[1] for r in conn.execute("PRAGMA table_info(drafts)")}
        assert columns == {"id", "platform", "username", "kind", "uscc", "payload", "created_at", "updated_at"}
        assert {r[1] for r in conn.execute("PRAGMA table_info(outbox)")} >= {"kind", "files", "body", "result"}
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_drafts_become_commitment_payloads(migrated):
    path, db = migrated
    with sqlite3.connect(path) as conn:
        kind, payload = conn.execute("SELECT kind, payload FROM drafts WHERE id = 'queued'").fetchone()
    assert kind == "commitment"
    payload = json.loads(payload)
    assert set(payload) == {"template", "fields", "signed_by", "signed_on"}
    assert payload["template"] == json.loads(TEMPLATE.model_dump_json())  # an object, not a JSON string
    assert payload["fields"] == FIELDS and payload["signed_by"] == "王芳" and payload["signed_on"] == "2026-11-02"

    drafts = Drafts(db, PLATFORM, USER)
    typing = drafts.get("open")
    assert typing.kind == "commitment" and typing.uscc == USCC
    assert typing.payload == {"template": payload["template"], "fields": FIELDS, "signed_by": "", "signed_on": None}
    assert CommitmentTemplate.model_validate(typing.payload["template"]) == TEMPLATE
    assert typing.updated_at.isoformat() == "2026-11-02T09:00:00+00:00"
    # Drafts with a live submission stay out of the list, as before.
    assert [d.id for d in drafts.list(USCC)] == [d.id for d in drafts.list(USCC, kind="commitment")] == ["open"]
    assert drafts.list(USCC, kind="repair") == []
    assert Drafts(db, PLATFORM, "someone-else").get("open") is None
    assert drafts.attachments("open") == {}


def test_the_queued_letter_is_still_queued_with_its_key(migrated):
    _, db = migrated
    outbox = Outbox(db, PLATFORM, USER)
    queued = outbox.get("q-first")
    assert queued.state == "pending" and queued.kind == "commitment"
    assert queued.idempotency_key == "key-q-first"  # the same key: a letter the platform saved is not filed twice
    assert queued.body == json.loads(request_json())
    assert CommitmentRequest.model_validate(queued.body).signed_by == "王芳"
    assert queued.last_error == "无法连接到平台" and queued.files == {} and queued.result is None
    assert [e.id for e in outbox.due()] == ["q-first"]
    assert outbox.enqueue("queued", "commitment", USCC, json.loads(request_json())).id == "q-first"

    sent = outbox.get("d-sent")
    assert sent.state == "sent" and sent.sent_at is not None
    assert Commitment.model_validate(sent.result).code == "41070020261102000001"
    assert [e.id for e in outbox.entries(USCC, kind="commitment")] == ["d-sent", "q-again", "q-first"]


def test_the_duplicate_submission_is_cancelled(migrated):
    _, db = migrated
    again = Outbox(db, PLATFORM, USER).get("q-again")
    assert again.state == "failed" and again.last_error == DUPLICATE_CANCELLED == "重复提交，已取消"
    assert again.idempotency_key == "key-q-again"


def test_a_second_live_submission_is_refused_by_the_schema(migrated):
    _, db = migrated
    with pytest.raises(sqlite3.IntegrityError), db.write() as conn:
        conn.execute("UPDATE outbox SET state = 'pending' WHERE id = 'q-again'")
    with pytest.raises(sqlite3.IntegrityError), db.write() as conn:
        conn.execute("INSERT INTO outbox (id, draft_id, platform, username, kind, uscc, idempotency_key, body, files, "
                     "state, next_attempt_at, created_at) SELECT 'x', draft_id, platform, username, kind, uscc, 'k', "
                     "body, files, 'pending', next_attempt_at, created_at FROM outbox WHERE id = 'd-sent'")


@pytest.mark.parametrize(("states", "kept", "cancelled", "flagged"), [
    # (state of each entry for one draft, oldest first) → which is kept live, cancelled, kept as a duplicate
    (("pending", "pending", "pending"), 0, (1, 2), ()),
    (("pending", "sent"), 1, (0,), ()),  # the platform has the later one: sending the earlier would file twice
    (("sending", "pending"), 0, (1,), ()),
    (("pending", "sending"), 1, (0,), ()),
    (("sent", "sent"), 0, (), (1,)),  # both are real commitments: neither record is thrown away
    (("sent", "sending", "pending"), 0, (2,), (1,)),  # the sending one may have arrived: resent with its own key
    (("failed", "pending", "pending"), 1, (2,), ()),  # a failed entry is not live and stays as it was
])
def test_duplicates_resolution(tmp_path, states, kept, cancelled, flagged):
    path = tmp_path / "dup.sqlite3"
    conn = v4_file(path)
    add_draft(conn, "d")
    for n, state in enumerate(states):
        add_entry(conn, f"e{n}", "d", state, f"2026-11-02T08:0{n}:00+00:00",
                  result=commitment_json(f"4107002026110200000{n}") if state == "sent" else None)
    conn.close()
    db = Database(path)
    outbox = Outbox(db, PLATFORM, USER)
    after = {n: outbox.get(f"e{n}") for n in range(len(states))}
    assert after[kept].state == states[kept] and after[kept].duplicate_of is None
    for n in cancelled:
        assert after[n].state == "failed" and after[n].last_error == DUPLICATE_CANCELLED
    for n in flagged:
        assert after[n].state == states[n] and after[n].duplicate_of == f"e{kept}"
        assert after[n].idempotency_key == f"key-e{n}" and after[n].result == (
            json.loads(commitment_json(f"4107002026110200000{n}")) if states[n] == "sent" else None)
    untouched = set(range(len(states))) - {kept, *cancelled, *flagged}
    assert all(after[n].state == states[n] and after[n].duplicate_of is None for n in untouched)
    # The kept entry is the draft's one live submission.
    assert outbox.enqueue("d", "commitment", USCC, {}).id == f"e{kept}"
    db.close()


def test_a_failed_migration_leaves_the_v4_file_as_it_was(tmp_path):
    path = tmp_path / "bad.sqlite3"
    conn = v4_file(path)
    add_draft(conn, "broken", template="{not json")
    add_entry(conn, "e", "broken", "pending", "2026-11-02T08:00:00+00:00")
    conn.close()
    with pytest.raises(ValueError):
        Database(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
        assert conn.execute("SELECT template FROM drafts").fetchone()[0] == "{not json"
        assert "kind" not in {r[1] for r in conn.execute("PRAGMA table_info(outbox)")}


def test_an_empty_v4_file_migrates(tmp_path):
    path = tmp_path / "empty.sqlite3"
    v4_file(path).close()
    db = Database(path)
    assert Drafts(db, PLATFORM, USER).list(USCC) == [] and Outbox(db, PLATFORM, USER).entries() == []
    db.close()


def test_a_kept_duplicate_becomes_the_live_one_when_the_other_fails(tmp_path):
    path = tmp_path / "dup.sqlite3"
    conn = v4_file(path)
    add_draft(conn, "d")
    add_entry(conn, "e0", "d", "sending", "2026-11-02T08:00:00+00:00")  # the app died while sending both
    add_entry(conn, "e1", "d", "sending", "2026-11-02T08:01:00+00:00")
    conn.close()
    db = Database(path)
    outbox = Outbox(db, PLATFORM, USER)
    outbox.recover()
    first, second = outbox.get("e0"), outbox.get("e1")
    assert (first.state, first.duplicate_of, second.state, second.duplicate_of) == ("pending", None, "pending", "e0")
    assert outbox.claim(first)
    outbox.mark_failed(first, "模板版本已停用")
    assert outbox.retry_now("e1") and outbox.get("e1").duplicate_of is None
    assert outbox.enqueue("d", "commitment", USCC, {}).id == "e1"
    assert outbox.retry_now("e0") is False  # e1 is live now
    db.close()
