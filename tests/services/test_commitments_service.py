"""Drafts and the outbox: offline drafting, submit once whatever the network does, a kill loses at most a second."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from assistant.api.client import Connection, PlatformClient, RetryPolicy
from assistant.sandbox.app import SandboxConfig
from assistant.sandbox.seed import DEMO_PASSWORD, WEIZHIYUAN
from assistant.sandbox.server import SandboxServer
from assistant.services.account import Account
from assistant.services.commitments import KIND, CommitmentsService, DraftProblems, bundled_catalogue
from assistant.services.session import Session
from assistant.store.db import Database
from assistant.store.drafts import Drafts
from tests.support.files import pdf_bytes
from tests.support.servers import dead_port, dropping_proxy

FOOD = {"business_premises": "新乡市牧野区胜利路88号", "business_items": "热食类食品制售",
        "contact_name": "陈晓燕", "contact_phone": "13803730001"}
ONE_TRY = RetryPolicy(attempts=1)


def desk_for(url: str, db: Database, tmp_path, *, retry=ONE_TRY, login=True) -> CommitmentsService:
    session = Session(PlatformClient(Connection(url, identity="platform", connect_timeout=1), retry=retry), db)
    if login:
        session.sign_in("weizhiyuan", DEMO_PASSWORD, remember=True)
    else:
        session.client.auth.assume("weizhiyuan")  # what resume() leaves behind when the platform is down
    return CommitmentsService(Account.open(session, tmp_path))


def send(desk: CommitmentsService) -> list:
    """What the app's outbox timer does; the entries that went out."""
    return [e for e in desk.account.send_pending() if e.state == "sent"]


def first_create_dropper(lost: list[str]):
    """A proxy rule: lose the answer to the first commitment POST (the platform still saves it)."""

    def drop(method: str, path: str) -> bool:
        if method == "POST" and path.endswith("/commitments") and not lost:
            lost.append(path)
            return True
        return False

    return drop


def food_draft(desk: CommitmentsService):
    template = next(t for t in desk.catalogue().value if t.code == "XX-SJ-SPJY-RQ")
    draft = desk.new_draft(WEIZHIYUAN, template, None)
    draft.fields.update(FOOD)
    draft.signed_by = "陈晓燕"
    desk.save_draft(draft)
    return draft


def test_drafts_list_duplicate_delete_and_move_to_a_new_template(sandbox, tmp_path):
    desk = desk_for(sandbox.url, Database(tmp_path / "l.sqlite3"), tmp_path)
    draft = food_draft(desk)
    copy = desk.duplicate_draft(draft.id)
    assert {d.id for d in desk.drafts(WEIZHIYUAN)} == {draft.id, copy.id}
    assert desk.draft(copy.id).fields == FOOD
    desk.delete_draft(copy.id)
    assert [d.id for d in desk.drafts(WEIZHIYUAN)] == [draft.id]
    newer = draft.template.model_copy(update={
        "version": 2, "fields": [f for f in draft.template.fields if f.key != "business_premises"]})
    assert desk.replaced(draft, [newer]) is newer
    dropped = desk.move_draft(draft, newer)
    assert dropped == ["经营场所"]
    reopened = desk.draft(draft.id)
    assert reopened.template.version == 2 and "business_premises" not in reopened.fields


def test_drafting_works_with_the_platform_down_from_the_cache_or_the_bundle(sandbox, tmp_path):
    db = Database(tmp_path / "l.sqlite3")
    never_online = desk_for(f"http://127.0.0.1:{dead_port()}", db, tmp_path, login=False)
    bundled = never_online.catalogue()
    assert not bundled.live and len(bundled.value) == len(bundled_catalogue())
    online = desk_for(sandbox.url, db, tmp_path)
    assert online.catalogue().live
    again = online.catalogue()  # revalidated with the ETag
    assert again.live and len(again.value) >= 12
    offline = desk_for(f"http://127.0.0.1:{dead_port()}", db, tmp_path, login=False)
    cached = offline.catalogue()
    assert not cached.live and cached.synced_at == again.synced_at
    assert food_draft(offline).template.code == "XX-SJ-SPJY-RQ"


def test_an_incomplete_draft_is_not_queued(sandbox, tmp_path):
    desk = desk_for(sandbox.url, Database(tmp_path / "l.sqlite3"), tmp_path)
    template = next(t for t in desk.catalogue().value if t.code == "XX-SJ-SPJY-RQ")
    draft = desk.new_draft(WEIZHIYUAN, template, None)
    with pytest.raises(DraftProblems) as caught:
        desk.submit(draft)
    assert {p.key for p in caught.value.problems} >= {"business_premises", "contact_phone", "signed_by"}
    assert desk.account.outbox.entries() == []


def test_what_the_platform_would_refuse_is_a_draft_problem_not_a_crash(sandbox, tmp_path):
    desk = desk_for(sandbox.url, Database(tmp_path / "l.sqlite3"), tmp_path)
    draft = food_draft(desk)
    draft.signed_by = "陈\x07晓燕"  # a control character pasted from somewhere
    with pytest.raises(DraftProblems) as caught:
        desk.submit(draft)
    assert [p.key for p in caught.value.problems] == ["signed_by"] and "还有 1 处" in caught.value.message
    assert desk.account.outbox.entries() == []


def test_platform_down_then_back_submits_exactly_once(seeded_db, tmp_path):
    import shutil

    shutil.copy(seeded_db, tmp_path / "platform.sqlite3")
    config = SandboxConfig(db_path=tmp_path / "platform.sqlite3")
    server = SandboxServer(config).start()
    port = server.port
    db = Database(tmp_path / "l.sqlite3")
    desk = desk_for(server.url, db, tmp_path)
    draft = food_draft(desk)
    server.stop()

    entry = desk.submit(draft)
    assert entry.state == "pending"
    assert send(desk) == []
    waiting = desk.account.outbox.get(entry.id)
    assert waiting.state == "pending" and "无法连接" in waiting.last_error
    assert desk.submit(draft).id == entry.id  # pressing 提交 again while it waits adds nothing

    with SandboxServer(config, port=port):
        desk.account.retry(entry.id)  # what the app's timer does when the backoff has passed
        sent = send(desk)
        assert [e.state for e in sent] == ["sent"]
        assert send(desk) == []
        listed = desk.session.client.commitments.list(WEIZHIYUAN)
    assert [c.code for c in listed] == [sent[0].result["code"]]
    assert desk.drafts(WEIZHIYUAN) == []  # a sent draft leaves the drafts list


def test_submitting_twice_at_once_queues_and_sends_one_letter(sandbox, tmp_path):
    """Two clicks on 提交 (or two threads) race: one outbox entry, one commitment on the platform."""
    import threading

    desk = desk_for(sandbox.url, Database(tmp_path / "l.sqlite3"), tmp_path)
    for _ in range(10):
        draft = food_draft(desk)
        start = threading.Barrier(2)
        entries, sent = [], []

        def click(draft=draft, start=start, entries=entries, sent=sent) -> None:
            start.wait()
            entries.append(desk.submit(draft))
            sent.extend(send(desk))

        threads = [threading.Thread(target=click) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert entries[0].id == entries[1].id
        assert len([e for e in desk.account.outbox.entries() if e.draft_id == draft.id]) == 1
    assert len(desk.session.client.commitments.list(WEIZHIYUAN)) == 10


def test_an_answer_lost_after_the_platform_saved_gives_the_same_commitment(sandbox, tmp_path):
    lost: list[str] = []
    drop_first_create = first_create_dropper(lost)
    with dropping_proxy(sandbox.url, drop_first_create) as proxy:
        desk = desk_for(proxy, Database(tmp_path / "l.sqlite3"), tmp_path)
        entry = desk.submit(food_draft(desk))
        assert send(desk) == []  # the platform saved it, but we never heard
        assert lost and desk.account.outbox.get(entry.id).state == "pending"
        desk.account.retry(entry.id)
        sent = send(desk)
    assert len(sent) == 1
    check = desk_for(sandbox.url, Database(tmp_path / "check.sqlite3"), tmp_path)
    codes = [c.code for c in check.session.client.commitments.list(WEIZHIYUAN)]
    assert codes == [sent[0].result["code"]], "one commitment on the platform, not two"


def test_the_client_itself_retries_a_lost_answer_with_the_same_key(sandbox, tmp_path):
    lost: list[str] = []
    drop_first_create = first_create_dropper(lost)
    with dropping_proxy(sandbox.url, drop_first_create) as proxy:
        desk = desk_for(proxy, Database(tmp_path / "l.sqlite3"), tmp_path,
                        retry=RetryPolicy(attempts=2, base_delay=0.01))
        desk.submit(food_draft(desk))
        sent = send(desk)
    assert len(sent) == 1 and lost
    assert len(desk.session.client.commitments.list(WEIZHIYUAN)) == 1


def test_a_refused_submission_fails_with_the_reason_and_keeps_the_draft(sandbox, tmp_path):
    desk = desk_for(sandbox.url, Database(tmp_path / "l.sqlite3"), tmp_path)
    draft = food_draft(desk)
    entry = desk.submit(draft)
    # The platform refuses what the local check let through: here, a template version it has since retired.
    with desk.session.db.write() as conn:
        conn.execute("UPDATE outbox SET body = json_set(body, '$.template_version', 9) WHERE id = ?", (entry.id,))
    send(desk)
    failed = desk.account.outbox.get(entry.id)
    assert failed.state == "failed" and failed.last_error
    assert [d.id for d in desk.drafts(WEIZHIYUAN)] == [draft.id]


def test_a_crash_while_sending_is_recovered_without_a_duplicate(sandbox, tmp_path):
    desk = desk_for(sandbox.url, Database(tmp_path / "l.sqlite3"), tmp_path)
    entry = desk.submit(food_draft(desk))
    assert desk.account.outbox.claim(entry)  # the app died here, mid-send
    desk.account.recover_outbox()
    assert [e.state for e in send(desk)] == ["sent"]


def test_a_draft_survives_a_process_kill_during_editing(tmp_path):
    db_path = tmp_path / "l.sqlite3"
    template = bundled_catalogue()[0]
    payload = {"template": template.model_dump(mode="json"), "fields": {}, "signed_by": "", "signed_on": None}
    draft_id = Drafts(Database(db_path), "p", "u").create(KIND, WEIZHIYUAN, payload).id
    # The child saves once per line it reads (the parent types), acknowledges, and is killed mid-edit.
    script = textwrap.dedent(f"""
        import sys
        from assistant.store.db import Database
        from assistant.store.drafts import Drafts
        drafts = Drafts(Database({str(db_path)!r}), "p", "u")
        draft = drafts.get({draft_id!r})
        for line in sys.stdin:
            draft.payload["fields"]["contact_name"] = line.strip()
            drafts.save(draft)
            print("saved", flush=True)
    """)
    process = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               text=True)
    for n in range(1, 31):
        process.stdin.write(f"第{n}次\n")
        process.stdin.flush()
        assert process.stdout.readline().strip() == "saved"
    process.stdin.write("第31次（还没保存就断电）")  # typed, never saved: no newline reaches the child
    process.stdin.flush()
    os.kill(process.pid, signal.SIGKILL)
    process.wait(10)
    last = 30
    reopened = Drafts(Database(db_path), "p", "u").get(draft_id)
    assert reopened.payload["fields"]["contact_name"] == f"第{last}次"


def test_attachments_are_copied_by_content(sandbox, tmp_path):
    from assistant.store.attachments import Attachments, TooLarge

    store = Attachments(Database(tmp_path / "l.sqlite3"), tmp_path / "att")
    original = tmp_path / "健康证.pdf"
    content = pdf_bytes()
    original.write_bytes(content)
    copy = store.add(original)
    original.unlink()  # moving or deleting the original breaks nothing
    assert store.read(copy) == content and copy.name == "健康证.pdf"
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as handle:
        handle.truncate(11 * 1024 * 1024)
    with pytest.raises(TooLarge):
        store.add(huge)


def test_reminders_for_items_due_within_three_working_days(sandbox, tmp_path):
    import httpx

    httpx.post(f"{sandbox.url}/api/v1/sandbox/clock", json={"today": "2026-09-30"},
               headers={"X-Sandbox-Admin": sandbox.config.admin_token})
    desk = desk_for(sandbox.url, Database(tmp_path / "l.sqlite3"), tmp_path)
    desk.submit(food_draft(desk), today=dt.date(2026, 9, 30))
    send(desk)
    commitments = desk.commitments(WEIZHIYUAN).value
    calendar = desk.session.work_calendar(range(2026, 2027))
    assert desk.reminders(commitments, calendar, dt.date(2026, 10, 1)) == []  # 13 Oct is 4 working days away
    soon = desk.reminders(commitments, calendar, dt.date(2026, 10, 9))  # Fri; Sat 10 Oct is worked
    assert [(r.item_key, r.workdays_left) for r in soon] == [("safety_rules", 3)]
    late = desk.reminders(commitments, calendar, dt.date(2026, 10, 15))
    assert [(r.item_key, r.workdays_left) for r in late] == [("safety_rules", -2), ("health_certificates", 3)]
