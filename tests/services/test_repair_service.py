"""Repair applications on this PC: judged offline, everything missing said at once, files checked per slot, sent
exactly once whatever the network or a kill does; 补正, objections and the accountant's queue."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import textwrap

import httpx
import pytest

from assistant.api.client import Connection, PlatformClient, RetryPolicy
from assistant.domain import repair as domain
from assistant.sandbox.app import SandboxConfig
from assistant.sandbox.seed import DEMO_PASSWORD, HONGSHENG
from assistant.sandbox.server import SandboxServer
from assistant.services.account import Account
from assistant.services.repair import KIND, ApplicationIncomplete, RepairService, SlotRefused
from assistant.services.session import Session
from assistant.store.db import Database
from tests.support.files import pdf_bytes, png_bytes
from tests.support.servers import dropping_proxy

TODAY = dt.date(2026, 11, 23)
ONE_TRY = RetryPolicy(attempts=1)


def desk_for(url: str, db: Database, tmp_path, user: str = "hongsheng", *, login: bool = True) -> RepairService:
    session = Session(PlatformClient(Connection(url, identity="platform", connect_timeout=1), retry=ONE_TRY), db)
    if login:
        session.sign_in(user, DEMO_PASSWORD, remember=True)
    else:
        session.client.auth.assume(user)
    return RepairService(Account.open(session, tmp_path))


def send(desk: RepairService) -> list:
    return [e for e in desk.account.send_pending() if e.state == "sent"]


def admin(sandbox, path: str, body: dict) -> httpx.Response:
    reply = httpx.post(f"{sandbox.url}/api/v1/sandbox/{path}", json=body,
                       headers={"X-Sandbox-Admin": sandbox.config.admin_token}, timeout=10)
    reply.raise_for_status()
    return reply


def files(tmp_path) -> dict[str, object]:
    made = {}
    for name, content in (("承诺书.pdf", pdf_bytes("commitment")), ("履行凭证.pdf", pdf_bytes("paid")),
                          ("整改报告.png", png_bytes())):
        path = tmp_path / name
        path.write_bytes(content)
        made[name] = path
    return made


def repairable(desk: RepairService, uscc: str = HONGSHENG):
    view = desk.view(uscc, TODAY)
    return next(r.record for r in view.rows if r.assessment.state == "repairable")


def complete(desk: RepairService, draft, tmp_path) -> None:
    made = files(tmp_path)
    draft.reason = "已履行处罚决定并完成整改，申请移出严重失信主体名单。"
    draft.contact_phone = "13939800001"
    desk.save_draft(draft)
    for slot in desk.slots(draft):
        if slot.required:
            source = made["整改报告.png"] if "image/png" in slot.accepts and slot.key == "rectification" else \
                made["承诺书.pdf"] if slot.key == "commitment" else made["履行凭证.pdf"]
            desk.attach(draft, slot.key, source)


@pytest.fixture
def platform(make_sandbox):
    return make_sandbox(today=TODAY)


def test_the_client_judges_every_record_as_the_platform_does(platform, tmp_path):
    desk = desk_for(platform.url, Database(tmp_path / "l.sqlite3"), tmp_path, "kuaiji")
    seen = 0
    for firm in desk.session.firms:
        for row in desk.view(firm.uscc, TODAY).rows:
            platform_says = row.record.repair
            assert (row.assessment.state, row.assessment.earliest_on, row.assessment.rule_id) == \
                (platform_says.state, platform_says.earliest_on, platform_says.rule_id), row.record.id
            assert [r.code for r in row.assessment.reasons] == [r.code for r in platform_says.reasons]
            seen += 1
    assert seen >= 4


def test_an_application_is_prefilled_and_lists_everything_missing_at_once(platform, tmp_path):
    desk = desk_for(platform.url, Database(tmp_path / "l.sqlite3"), tmp_path)
    profile = desk.session.firm(HONGSHENG).profile.value
    record = repairable(desk)
    draft = desk.new_application(HONGSHENG, record, profile)
    assert draft.fields["document_no"] == record.document_no and draft.fields["authority"] == record.authority
    assert draft.signed_by == profile.legal_rep.name and not draft.agent
    with pytest.raises(ApplicationIncomplete) as refused:
        desk.submit(draft, today=TODAY)
    keys = {m.key for m in refused.value.missing}
    required = {s.key for s in desk.slots(draft) if s.required}
    assert {"reason", "contact.phone"} | required <= keys
    assert "authorisation" not in keys  # only an agent needs the power of attorney
    assert desk.draft(draft.id).fields == draft.fields  # the draft is kept as it was
    assert desk.account.outbox.entries(HONGSHENG) == []


def test_a_slot_refuses_what_it_does_not_take_and_keeps_nothing(platform, tmp_path):
    desk = desk_for(platform.url, Database(tmp_path / "l.sqlite3"), tmp_path)
    draft = desk.new_application(HONGSHENG, repairable(desk), None)
    fake = tmp_path / "整改报告.pdf"
    fake.write_bytes(b"MZ\x90\x00 not a pdf at all")
    with pytest.raises(Exception) as refused:
        desk.attach(draft, "rectification", fake)
    assert "PDF" in refused.value.message
    png = tmp_path / "承诺书.png"
    png.write_bytes(png_bytes())
    commitment = next(s for s in desk.slots(draft) if s.key == "commitment")
    if "image/png" not in commitment.accepts:
        with pytest.raises(SlotRefused):
            desk.attach(draft, "commitment", png)
    assert desk.attached(draft) == {}


def test_an_accountant_needs_the_power_of_attorney(platform, tmp_path):
    desk = desk_for(platform.url, Database(tmp_path / "l.sqlite3"), tmp_path, "kuaiji")
    draft = desk.new_application(HONGSHENG, repairable(desk), None)
    assert draft.agent
    with pytest.raises(ApplicationIncomplete) as refused:
        desk.submit(draft, today=TODAY)
    assert {"authorisation", "agent.name"} <= {m.key for m in refused.value.missing}


def test_submit_follow_supplement_and_repair(platform, tmp_path):
    desk = desk_for(platform.url, Database(tmp_path / "l.sqlite3"), tmp_path)
    record = repairable(desk)
    draft = desk.new_application(HONGSHENG, record, desk.session.firm(HONGSHENG).profile.value)
    complete(desk, draft, tmp_path)
    entry = desk.submit(draft, today=TODAY)
    assert desk.submit(draft, today=TODAY).id == entry.id  # two clicks, one submission
    [sent] = send(desk)
    case_id = sent.result["id"]
    view = desk.view(HONGSHENG, TODAY)
    assert view.row(record.id).assessment.state == "in_progress"
    case = next(c for c in view.cases if c.case.id == case_id)
    assert case.open and case.due.acceptance_on is not None
    assert any(n.case_id == case_id for n in view.notices)
    desk.acknowledge(view)
    assert desk.view(HONGSHENG, TODAY).notices == []

    admin(platform, f"repairs/{case_id}/decide", {"decision": "request_supplement", "note": "整改报告不清晰",
                                                 "slots": ["rectification"]})
    view = desk.view(HONGSHENG, TODAY)
    [notice] = view.notices
    assert notice.supplement and notice.case_id == case_id
    again = tmp_path / "整改报告（清晰）.pdf"
    again.write_bytes(pdf_bytes("clear"))
    desk.supplement(HONGSHENG, case_id, {"rectification": [again]}, note="已重新扫描")
    admin(platform, f"repairs/{case_id}/decide", {"decision": "accept", "note": ""})
    admin(platform, f"repairs/{case_id}/decide", {"decision": "approve", "note": "同意修复"})
    view = desk.view(HONGSHENG, TODAY)
    assert view.row(record.id).assessment.state == "repaired"
    assert not view.standing.on_serious_list
    assert [s.status for s in next(c for c in view.cases if c.case.id == case_id).case.timeline][-1] == "repaired"


def test_an_objection_is_sent_once_and_followed(platform, tmp_path):
    desk = desk_for(platform.url, Database(tmp_path / "l.sqlite3"), tmp_path)
    record = desk.view(HONGSHENG, TODAY).rows[0].record
    draft = desk.new_objection(HONGSHENG, record, None)
    with pytest.raises(ApplicationIncomplete) as refused:
        desk.object(draft, "", "孙德明", "", [])
    assert {m.key for m in refused.value.missing} == {"reason", "contact.phone", "evidence"}
    evidence = tmp_path / "证明.pdf"
    evidence.write_bytes(pdf_bytes("evidence"))
    entry = desk.object(draft, "处罚决定已被复议机关撤销。", "孙德明", "13939800001", [evidence])
    [sent] = send(desk)
    assert sent.id == entry.id
    view = desk.view(HONGSHENG, TODAY)
    case = next(c for c in view.cases if c.kind == "objection")
    assert case.open and case.due.decision_on is not None
    assert view.row(record.id).objection is not None


def test_drafted_offline_with_three_files_survives_a_kill_and_is_sent_once(seeded_db, tmp_path):
    shutil.copy(seeded_db, tmp_path / "platform.sqlite3")
    config = SandboxConfig(db_path=tmp_path / "platform.sqlite3", today=TODAY)
    server = SandboxServer(config).start()
    port, db_path = server.port, tmp_path / "l.sqlite3"
    made = files(tmp_path)
    # A child process signs in and syncs, then drafts and submits once the platform is down, and dies before
    # anything could be sent.
    script = textwrap.dedent(f"""
        import datetime as dt, pathlib, sys
        from assistant.api.client import Connection, PlatformClient, RetryPolicy
        from assistant.services.account import Account
        from assistant.services.repair import RepairService
        from assistant.services.session import Session
        from assistant.store.db import Database
        session = Session(PlatformClient(Connection({server.url!r}, identity="platform", connect_timeout=1),
                                         retry=RetryPolicy(attempts=1)), Database({str(db_path)!r}))
        session.sign_in("hongsheng", {DEMO_PASSWORD!r}, remember=False)
        desk = RepairService(Account.open(session, pathlib.Path({str(tmp_path)!r})))
        today = dt.date({TODAY.year}, {TODAY.month}, {TODAY.day})
        desk.view({HONGSHENG!r}, today)  # what the app caches while online: rules, records, templates
        desk.template()
        print("synced", flush=True)
        sys.stdin.readline()
        view = desk.view({HONGSHENG!r}, today)
        assert not view.live
        record = next(r.record for r in view.rows if r.assessment.state == "repairable")
        draft = desk.new_application({HONGSHENG!r}, record, None)
        draft.reason, draft.contact_name, draft.contact_phone = "已整改", "孙德明", "13939800001"
        draft.signed_by = "孙德明"
        desk.save_draft(draft)
        desk.attach(draft, "commitment", pathlib.Path({str(made["承诺书.pdf"])!r}))
        desk.attach(draft, "performance", pathlib.Path({str(made["履行凭证.pdf"])!r}))
        desk.attach(draft, "rectification", pathlib.Path({str(made["整改报告.png"])!r}))
        entry = desk.submit(draft, today=today)
        desk.account.send_pending()
        print(entry.id, flush=True)
        sys.stdin.read()
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True, cwd=os.getcwd())
    assert child.stdout.readline().strip() == "synced"
    server.stop()
    child.stdin.write("go\n")
    child.stdin.flush()
    entry_id = child.stdout.readline().strip()
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    assert entry_id, "the child did not get as far as queueing"
    for made_file in made.values():
        made_file.unlink()  # the originals moved away: the copies in the data folder are what is sent

    desk = desk_for(f"http://127.0.0.1:{port}", Database(db_path), tmp_path, login=False)
    waiting = desk.account.outbox.get(entry_id)
    assert waiting.state == "pending" and sum(len(f) for f in waiting.files.values()) == 3
    with SandboxServer(config, port=port):
        desk.session.sign_in("hongsheng", DEMO_PASSWORD, remember=False)
        desk.account.retry(entry_id)
        assert [e.id for e in send(desk)] == [entry_id]
        assert send(desk) == []
        cases = desk.session.client.repair.repairs(HONGSHENG)
    assert len(cases) == 1 and len(cases[0].files) == 3


def test_a_lost_answer_and_a_retry_give_one_application(platform, tmp_path):
    lost: list[str] = []

    def drop_first(method: str, path: str) -> bool:
        if method == "POST" and path.endswith("/repairs") and not lost:
            lost.append(path)
            return True
        return False

    with dropping_proxy(platform.url, drop_first) as proxy:
        desk = desk_for(proxy, Database(tmp_path / "l.sqlite3"), tmp_path)
        draft = desk.new_application(HONGSHENG, repairable(desk), None)
        draft.contact_name = draft.signed_by = "孙德明"
        complete(desk, draft, tmp_path)
        entry = desk.submit(draft, today=TODAY)
        assert send(desk) == [] and lost
        desk.account.retry(entry.id)
        [sent] = send(desk)
    assert sent.kind == KIND
    check = desk_for(platform.url, Database(tmp_path / "check.sqlite3"), tmp_path)
    assert [c.id for c in check.session.client.repair.repairs(HONGSHENG)] == [sent.result["id"]]


def test_the_accountants_queue_and_its_excel(platform, tmp_path):
    from openpyxl import load_workbook

    from assistant.services.repair_queue import build_queue, write_excel

    desk = desk_for(platform.url, Database(tmp_path / "l.sqlite3"), tmp_path, "kuaiji")
    queue = build_queue(desk, desk.session.firms, TODAY)
    assert queue.group("repairable"), "the demo has a record repairable today"
    for item in queue.group("soon"):
        assert TODAY < item.on <= TODAY + dt.timedelta(days=30)
    path = write_excel(queue, tmp_path / "待办.xlsx")
    sheet = load_workbook(path).active
    codes = [sheet.cell(row, 3) for row in range(2, 2 + len(queue.items))]
    assert {c.value for c in codes} <= {f.uscc for f in desk.session.firms}
    assert all(c.data_type == "s" for c in codes)


def test_offline_the_cached_records_are_judged_for_today(seeded_db, tmp_path):
    shutil.copy(seeded_db, tmp_path / "platform.sqlite3")
    config = SandboxConfig(db_path=tmp_path / "platform.sqlite3", today=TODAY)
    with SandboxServer(config) as server:
        desk = desk_for(server.url, Database(tmp_path / "l.sqlite3"), tmp_path, "kuaiji")
        firms = desk.session.firms
        for firm in firms:
            desk.view(firm.uscc, TODAY)
    later = TODAY + dt.timedelta(days=40)
    offline = [desk.view(f.uscc, later) for f in firms]
    assert all(not v.live and v.synced_at is not None for v in offline)
    states = {row.record.id: row.assessment.state for v in offline for row in v.rows}
    online = {row.record.id: row.record.repair.state for v in offline for row in v.rows}
    assert any(online[k] == "not_yet" and states[k] == "repairable" for k in states), \
        "a record that became repairable since the last sync shows as repairable offline"
    assert domain.counts_against("public") and not domain.counts_against("repaired")


def test_the_application_prints_with_the_record_the_commitment_and_every_file(platform, tmp_path):
    from tests.pdf.pdfcheck import text_of

    desk = desk_for(platform.url, Database(tmp_path / "l.sqlite3"), tmp_path)
    profile = desk.session.firm(HONGSHENG).profile.value
    record = repairable(desk)
    draft = desk.new_application(HONGSHENG, record, profile)
    complete(desk, draft, tmp_path)
    pdf = desk.application_pdf(draft, profile, today=TODAY)
    text = "".join(text_of(pdf).split())
    assert profile.name in text and HONGSHENG in text and "".join(record.document_no.split()) in text
    for files_in_slot in desk.attached(draft).values():
        for stored in files_in_slot:
            assert stored.sha256[:12] in text
    assert "信用修复承诺书" in text and "所提交的材料真实有效" in text
