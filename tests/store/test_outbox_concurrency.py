"""Two senders at once: one live outbox entry per draft, and one sender per entry.

Before v5, enqueue checked and inserted in two steps and two threads submitting the same draft made two entries in
most runs; mark_sending could not tell a sender that another had taken the entry.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from typing import Any

import pytest

from assistant.store.db import Database
from assistant.store.drafts import Drafts
from assistant.store.outbox import Outbox

RUNS = 100
USCC = "91410711MA45KX3R23"
BODY = {"template_code": "XX-SJ-SPJY-RQ", "template_version": 1, "fields": {}, "signed_by": "王芳",
        "signed_on": "2026-11-02"}


def race(*calls: Callable[[], Any]) -> list[Any]:
    """Run each call on its own thread, released together; their results in order (an exception is re-raised)."""
    start = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(n: int) -> None:
        start.wait()
        try:
            results[n] = calls[n]()
        except BaseException as error:  # noqa: BLE001 - handed to the test thread
            results[n] = error

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return results


def live(outbox: Outbox, draft_id: str) -> list[str]:
    return [e.id for e in outbox.entries() if e.draft_id == draft_id and e.state in ("pending", "sending", "sent")]


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "l.sqlite3")
    yield database
    database.close()


def test_two_threads_enqueueing_one_draft_make_one_entry(db):
    drafts, outbox = Drafts(db, "p", "u"), Outbox(db, "p", "u")
    for _ in range(RUNS):
        draft = drafts.create("commitment", USCC, {"fields": {}})
        first, second = race(*[partial(outbox.enqueue, draft.id, "commitment", USCC, BODY)] * 2)
        assert first.id == second.id and first.idempotency_key == second.idempotency_key
        assert live(outbox, draft.id) == [first.id]
    assert len(outbox.entries()) == RUNS


def test_two_connections_enqueueing_one_draft_make_one_entry(db):
    """Two windows of the app (two connections to one file): BEGIN IMMEDIATE serialises them, not just the lock."""
    other = Database(db.path)
    try:
        drafts, mine, theirs = Drafts(db, "p", "u"), Outbox(db, "p", "u"), Outbox(other, "p", "u")
        for _ in range(RUNS // 4):
            draft = drafts.create("commitment", USCC, {})
            first, second = race(partial(mine.enqueue, draft.id, "commitment", USCC, BODY),
                                 partial(theirs.enqueue, draft.id, "commitment", USCC, BODY))
            assert first.id == second.id
            assert live(mine, draft.id) == [first.id]
    finally:
        other.close()


def test_a_failed_submission_does_not_block_a_new_one(db):
    drafts, outbox = Drafts(db, "p", "u"), Outbox(db, "p", "u")
    draft = drafts.create("commitment", USCC, {})
    refused = outbox.enqueue(draft.id, "commitment", USCC, BODY)
    assert outbox.claim(refused)
    outbox.mark_failed(refused, "模板版本已停用")
    assert [d.id for d in drafts.list(USCC)] == [draft.id]  # back in the drafts list, to be fixed
    again = outbox.enqueue(draft.id, "commitment", USCC, BODY)
    assert again.id != refused.id and again.idempotency_key != refused.idempotency_key
    assert outbox.enqueue(draft.id, "commitment", USCC, BODY).id == again.id
    assert outbox.retry_now(refused.id) is False  # the failed one cannot come back beside the new one
    assert outbox.get(refused.id).state == "failed"


def test_a_sent_draft_is_not_submitted_again(db):
    drafts, outbox = Drafts(db, "p", "u"), Outbox(db, "p", "u")
    draft = drafts.create("commitment", USCC, {})
    entry = outbox.enqueue(draft.id, "commitment", USCC, BODY)
    assert outbox.claim(entry)
    outbox.mark_sent(entry, {"code": "41070020261102000001"})
    assert entry.state == "sent" and entry.result == {"code": "41070020261102000001"} and entry.sent_at
    assert outbox.enqueue(draft.id, "commitment", USCC, BODY).id == entry.id
    assert drafts.list(USCC) == []


def test_two_threads_claiming_one_entry_one_wins(db):
    drafts, outbox = Drafts(db, "p", "u"), Outbox(db, "p", "u")
    for _ in range(RUNS):
        entry = outbox.enqueue(drafts.create("commitment", USCC, {}).id, "commitment", USCC, BODY)
        copies = [outbox.get(entry.id), outbox.get(entry.id)]  # each sender holds its own copy, as from due()
        won = race(partial(outbox.claim, copies[0]), partial(outbox.claim, copies[1]))
        assert sorted(won) == [False, True]
        stored = outbox.get(entry.id)
        assert stored.state == "sending" and stored.attempts == 1
        winner = copies[won.index(True)]
        assert winner.state == "sending" and winner.attempts == 1  # the winner's copy is updated in place


def test_claim_is_only_from_pending(db):
    outbox = Outbox(db, "p", "u")
    entry = outbox.enqueue("d", "commitment", USCC, BODY)
    assert outbox.claim(entry) and not outbox.claim(entry)
    outbox.mark_retry(entry, "无法连接到平台")
    assert entry.state == "pending" and entry.last_error == "无法连接到平台" and entry.attempts == 1
    assert outbox.due() == []  # waiting out the backoff
    assert outbox.due(entry.next_attempt_at)[0].id == entry.id
    assert outbox.retry_now(entry.id) and [e.id for e in outbox.due()] == [entry.id]
    assert outbox.claim(entry) and entry.attempts == 2
    outbox.mark_sent(entry, {"ok": True})
    outbox.mark_retry(entry, "late timeout")  # a late failure never overwrites the success
    assert outbox.get(entry.id).state == "sent" and not outbox.claim(entry) and not outbox.retry_now(entry.id)


def test_recover_puts_a_crashed_send_back(db):
    outbox = Outbox(db, "p", "u")
    entry = outbox.enqueue("d", "commitment", USCC, BODY)
    assert outbox.claim(entry)
    Outbox(db, "p", "other").recover()  # another user's recovery leaves it alone
    assert outbox.get(entry.id).state == "sending"
    outbox.recover()
    again = outbox.get(entry.id)
    assert again.state == "pending" and again.idempotency_key == entry.idempotency_key


def test_write_is_atomic_and_nests(db):
    """Database.write(): a failure rolls back every statement of the unit; a nested write is a savepoint."""
    drafts = Drafts(db, "p", "u")
    with pytest.raises(RuntimeError), db.write():
        drafts.create("commitment", USCC, {"n": 1})  # nested write
        raise RuntimeError("crash after the first statement")
    assert drafts.list(USCC) == []
    with db.write():
        kept = drafts.create("commitment", USCC, {"n": 2})
        with pytest.raises(RuntimeError), db.write() as conn:
            conn.execute("UPDATE drafts SET payload = '{}' WHERE id = ?", (kept.id,))
            raise RuntimeError("inner part fails alone")
    assert drafts.get(kept.id).payload == {"n": 2}
