"""Credit reports on this PC: requested once however the network behaves, kept by hash so they open offline,
requested for many client firms in a row, and verified with one verdict — genuine, modified, not the platform's,
unknown to the platform, or signature-only when offline."""

from __future__ import annotations

import datetime as dt
import hashlib
from types import SimpleNamespace

import pytest

from assistant.api.client import Connection, PlatformClient, RetryPolicy
from assistant.api.models import ReportPeriod, ReportRequest
from assistant.sandbox.seed import DEMO_PASSWORD, HONGSHENG
from assistant.services.account import Account
from assistant.services.report_verifier import NotAReport, ReportVerifier
from assistant.services.reports import (
    KIND,
    ReportMissing,
    ReportQueued,
    ReportRefused,
    ReportService,
    record_notes,
)
from assistant.services.session import Session
from assistant.store.db import Database
from tests.support.servers import dead_port, dropping_proxy

TODAY = dt.date(2026, 11, 23)
ONE_TRY = RetryPolicy(attempts=1)
STANDARD = ReportRequest(edition="standard", purpose="tender", purpose_note="渑池县城区道路改造工程")


def desk_for(url: str, tmp_path, user: str = "hongsheng", *, login: bool = True) -> ReportService:
    session = Session(PlatformClient(Connection(url, identity="platform", connect_timeout=1), retry=ONE_TRY),
                      Database(tmp_path / "local.sqlite3"))
    if login:
        session.sign_in(user, DEMO_PASSWORD, remember=True)
    else:
        session.resume(user)  # the saved login; offline, the account as last seen
    return ReportService(Account.open(session, tmp_path))


def verifier_for(url: str, tmp_path) -> ReportVerifier:
    session = Session(PlatformClient(Connection(url, identity="platform", connect_timeout=1), retry=ONE_TRY),
                      Database(tmp_path / "local.sqlite3"))
    return ReportVerifier(session.client, session.cache)


@pytest.fixture
def platform(make_sandbox):
    return make_sandbox(today=TODAY)


def test_a_report_is_kept_by_hash_and_opens_offline(platform, tmp_path):
    desk = desk_for(platform.url, tmp_path)
    report = desk.request(HONGSHENG, STANDARD)
    assert len(report.report_no) == 22 and report.data is not None and report.demo
    path = desk.pdf(report)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == report.sha256
    view = desk.view(HONGSHENG)
    assert [r.report_no for r in view.reports] == [report.report_no] and view.live
    assert report.report_no in view.stored
    assert view.quota.left == view.quota.free_per_year - 1

    offline = desk_for(f"http://127.0.0.1:{dead_port()}", tmp_path, login=False)
    view = offline.view(HONGSHENG)
    assert not view.live and [r.report_no for r in view.reports] == [report.report_no]
    assert offline.pdf(view.reports[0]).read_bytes() == path.read_bytes()
    assert offline.report(HONGSHENG, report.report_no).value.data == report.data
    saved = offline.save_as(view.reports[0], tmp_path / "投标用信用报告.pdf")
    assert saved.read_bytes() == path.read_bytes()


def test_a_damaged_local_copy_is_fetched_again_and_missing_offline_is_said(platform, tmp_path):
    desk = desk_for(platform.url, tmp_path)
    report = desk.request(HONGSHENG, STANDARD)
    path = desk.pdf(report)
    path.write_bytes(b"%PDF-1.7 damaged")
    assert hashlib.sha256(desk.pdf(report).read_bytes()).hexdigest() == report.sha256
    path.unlink()
    offline = desk_for(f"http://127.0.0.1:{dead_port()}", tmp_path, login=False)
    with pytest.raises(ReportMissing):
        offline.pdf(report)


def test_a_lost_answer_costs_no_second_free_report(platform, tmp_path):
    with dropping_proxy(platform.url, lambda method, path: method == "POST" and path.endswith("/reports")) as url:
        desk = desk_for(url, tmp_path)
        with pytest.raises(ReportQueued) as queued:
            desk.request(HONGSHENG, STANDARD)
    entry = queued.value.entry
    assert entry.state == "pending"
    desk = desk_for(platform.url, tmp_path, login=False)
    desk.account.outbox.retry_now(entry.id)
    [sent] = [e for e in desk.account.send_pending() if e.kind == KIND]
    assert sent.state == "sent"
    view = desk.view(HONGSHENG)
    assert [r.report_no for r in view.reports] == [sent.result["report_no"]]  # issued once, not twice
    assert view.quota.used == 1 and sent.result["report_no"] in view.stored


def test_offline_the_request_waits_and_is_made_once_later(platform, tmp_path):
    desk = desk_for(platform.url, tmp_path)
    offline = desk_for(f"http://127.0.0.1:{dead_port()}", tmp_path, login=False)
    with pytest.raises(ReportQueued):
        offline.request(HONGSHENG, STANDARD)
    assert [e.kind for e in offline.view(HONGSHENG).waiting] == [KIND]
    desk.account.outbox.retry_now(offline.view(HONGSHENG).waiting[0].id)
    desk.account.send_pending()
    view = desk.view(HONGSHENG)
    assert len(view.reports) == 1 and view.waiting == []


def test_the_years_free_reports_run_out_with_the_platforms_words(platform, tmp_path):
    desk = desk_for(platform.url, tmp_path)
    for _ in range(desk.view(HONGSHENG).quota.left):
        desk.request(HONGSHENG, STANDARD)
    with pytest.raises(ReportRefused) as refused:
        desk.request(HONGSHENG, STANDARD)
    assert "免费" in refused.value.message
    assert desk.view(HONGSHENG).quota.left == 0


def test_a_special_report_covers_the_chosen_period(platform, tmp_path):
    desk = desk_for(platform.url, tmp_path)
    period = ReportPeriod(**{"from": dt.date(2024, 1, 1), "to": TODAY})
    report = desk.request(HONGSHENG, ReportRequest(edition="special", purpose="tender", period=period))
    assert report.edition == "special" and report.period == period
    titles = " ".join(s.title for s in report.data.sections)
    for category in ("行政处罚", "行政强制", "严重失信主体名单", "刑事"):
        assert category in titles


def test_an_accountant_requests_reports_for_several_firms_into_one_folder(platform, tmp_path):
    desk = desk_for(platform.url, tmp_path, "kuaiji")
    firms = [(f.uscc, f.name) for f in desk.session.firms]
    assert len(firms) >= 3
    seen = []
    results = desk.request_many(firms, STANDARD, tmp_path / "客户信用报告", lambda done, result: seen.append(done))
    assert seen == list(range(1, len(firms) + 1))
    assert all(r.report and r.path for r in results), [r.error for r in results]
    names = sorted(p.name for p in (tmp_path / "客户信用报告").iterdir())
    assert len(names) == len(firms)
    for result in results:
        assert result.path.name.startswith(result.firm_name) and f"{result.report.issued_at:%Y}" in result.path.name
        assert hashlib.sha256(result.path.read_bytes()).hexdigest() == result.report.sha256
    again = desk.request_many(firms[:1], STANDARD, tmp_path / "客户信用报告")
    assert again[0].path != results[0].path  # a second report the same day keeps the first


def test_a_batch_goes_on_past_a_firm_that_fails(platform, tmp_path):
    desk = desk_for(platform.url, tmp_path, "kuaiji")
    firms = [(f.uscc, f.name) for f in desk.session.firms][:2]
    for _ in range(desk.view(firms[0][0]).quota.left):
        desk.request(firms[0][0], STANDARD)
    results = desk.request_many(firms, STANDARD, tmp_path / "out")
    assert results[0].report is None and "免费" in results[0].error
    assert results[1].report is not None


# -- verification -------------------------------------------------------------------------------------------------------
def test_verdicts_for_genuine_modified_paper_and_unknown_reports(platform, tmp_path):
    desk = desk_for(platform.url, tmp_path)
    report = desk.request(HONGSHENG, STANDARD)
    genuine = desk.pdf(report).read_bytes()
    checker = verifier_for(platform.url, tmp_path / "receiver")
    outcome = checker.check_bytes(genuine)
    assert outcome.verdict.code == "valid" and outcome.verdict.exit_code == 0
    assert outcome.platform.firm_name and outcome.platform.uscc == HONGSHENG

    changed = bytearray(genuine)
    at = genuine.index(b"stream") + 20
    changed[at] = changed[at] ^ 0x01
    assert checker.check_bytes(bytes(changed)).verdict.code == "modified"

    paper = checker.check_numbers(report.report_no, report.verify_code.lower())
    assert paper.verdict.code == "valid" and paper.platform.issued_at is not None
    wrong = checker.check_numbers(report.report_no, "ABCDEFGH" if report.verify_code != "ABCDEFGH" else "HGFEDCBA")
    assert wrong.verdict.code == "not_found" and wrong.platform.firm_name is None
    with pytest.raises(NotAReport):
        checker.check_numbers("2026", report.verify_code)
    with pytest.raises(NotAReport):
        checker.check_bytes(b"\x89PNG\r\n\x1a\n not a report")


def test_offline_the_signature_alone_is_judged_with_the_kept_certificate(platform, tmp_path):
    desk = desk_for(platform.url, tmp_path)
    genuine = desk.pdf(desk.request(HONGSHENG, STANDARD)).read_bytes()
    receiver = tmp_path / "receiver"
    verifier_for(platform.url, receiver).certificates()  # verified once online: the certificate is kept
    offline = verifier_for(f"http://127.0.0.1:{dead_port()}", receiver)
    outcome = offline.check_bytes(genuine)
    assert outcome.verdict.code == "signature_only" and outcome.verdict.exit_code == 2
    never_online = verifier_for(f"http://127.0.0.1:{dead_port()}", tmp_path / "stranger")
    assert never_online.check_bytes(genuine).verdict.exit_code == 2  # nothing to check it against: not "forged"


def test_a_report_from_another_platform_is_not_this_platforms(make_sandbox, platform, tmp_path):
    other = make_sandbox(today=TODAY)
    foreign = desk_for(other.url, tmp_path / "other")
    forged = foreign.pdf(foreign.request(HONGSHENG, STANDARD)).read_bytes()
    outcome = verifier_for(platform.url, tmp_path / "receiver").check_bytes(forged)
    assert outcome.verdict.code == "not_platform" and outcome.verdict.exit_code == 1


def test_notes_say_what_became_of_each_listed_record():
    def row(record_id, state, judged):
        return SimpleNamespace(record=SimpleNamespace(id=record_id, publication=SimpleNamespace(state=state)),
                               assessment=SimpleNamespace(state=judged))

    section = SimpleNamespace(rows=[SimpleNamespace(record_id=i) for i in ("a", "b", "c", "d", "e")] +
                              [SimpleNamespace(record_id=None)])
    report = SimpleNamespace(data=SimpleNamespace(sections=[section]))
    notes = record_notes(report, [row("a", "repaired", "repaired"), row("b", "expired", "expired"),
                                  row("c", "public", "repairable"), row("d", "public", "not_yet")])
    assert {k: n.code for k, n in notes.items()} == {"a": "repaired", "b": "expired", "c": "repairable",
                                                     "e": "removed"}
