"""信用记录与修复 as an owner and an accountant meet it: from the records list to a submitted application to 已修复
(the platform's decisions driven by the sandbox's admin route), 补正, an objection, the accountant's queue across
client firms with its Excel export, and every repair dialog on the small screens."""

from __future__ import annotations

import datetime as dt
import io

import httpx
import openpyxl
import pypdf
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from assistant.infra import clock
from assistant.sandbox.seed import DEMO_PASSWORD, HENGDA, HONGSHENG
from tests.support.files import pdf_bytes, png_bytes
from tests.ui.conftest import a_repairable_record, signed_in, view_loaded, wait_for_login_dialog
from tests.ui.test_geometry import assert_fits, screen_named

RECORD = "r-ui-fine"
DOCUMENT = "新市监处罚〔2026〕901号"


def admin(sandbox, path: str, body: dict) -> dict:
    answer = httpx.post(f"{sandbox.url}/api/v1/sandbox/{path}", json=body,
                        headers={"X-Sandbox-Admin": sandbox.config.admin_token})
    assert answer.status_code in (200, 201), answer.text
    return answer.json()


def a_repairable_fine(sandbox, uscc: str = HENGDA, record_id: str = RECORD) -> None:
    a_repairable_record(sandbox, uscc, record_id, DOCUMENT)


def decide(sandbox, case_id: str, decision: str, **extra) -> None:
    admin(sandbox, f"repairs/{case_id}/decide", {"decision": decision, **extra})


def open_page(qtbot, make_window, sandbox, username: str):
    window, context = signed_in(qtbot, make_window, sandbox, username, "repair")
    window.open_feature("repair")
    return window, context, window.page("repair")


def row_of(page, record_id: str) -> int:
    for r in range(page.records.rowCount()):
        if page.records.item(r, 0).data(256)[1].record.id == record_id:
            return r
    raise AssertionError(record_id)


def cells(table, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def case_rows(page) -> list[list[str]]:
    return [cells(page.cases, r) for r in range(page.cases.rowCount())]


def reload(qtbot, context, check=None):
    with view_loaded(qtbot, context, "repair", check):
        context.load("repair")
    return context.views["repair"]


def material(tmp_path, name: str, content: bytes):
    path = tmp_path / name
    path.write_bytes(content)
    return path


def drop(box, *paths) -> None:
    """Files dragged from the file manager onto a slot."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    box.dropEvent(event)


def test_owner_applies_for_a_repair_and_follows_it_to_the_decision(qtbot, make_window, sandbox, tmp_path):
    a_repairable_fine(sandbox)
    window, context, page = open_page(qtbot, make_window, sandbox, "hengda")

    # The records list: what, who decided, document, class, the period bar, and the state in words.
    row = row_of(page, RECORD)
    what, decided_by, klass, _bar, state = cells(page.records, row)
    assert "罚款6万元" in what and decided_by == f"新乡市市场监督管理局\n{DOCUMENT}" and klass == "一般"
    assert state.startswith("可以申请修复") and "公示至" in state
    assert "最短至" in page.records.item(row, 3).toolTip()
    december = row_of(page, "r-hd-3")  # the seed's fine: repairable from 2026-12-09 on the demo's date
    waiting = clock.today() < dt.date(2026, 12, 9)
    assert cells(page.records, december)[4].startswith("2026年12月9日起可以申请" if waiting else "可以申请修复")
    repaired = cells(page.records, row_of(page, "r-hd-1"))[4]
    assert repaired.startswith("已修复") and "公示至" not in repaired
    page.records.selectRow(row)
    assert DOCUMENT in page.detail.text() and "适用规则" in page.detail.text()
    assert page.apply_button.isEnabled() and page.object_button.isEnabled()
    home = window.page("home").credit
    assert home.isVisibleTo(window.page("home")) and "现在可以申请修复" in home.counts.text()

    # 申请修复 opens an application already filled in: the record, and the commitment from it.
    page.apply()
    qtbot.waitUntil(lambda: page.wizard is not None and page.wizard.isVisible(), timeout=10_000)
    wizard = page.wizard
    qtbot.waitUntil(lambda: bool(wizard.materials_step.boxes), timeout=10_000)
    chosen = [row.record.id for box, row in wizard.records_step.boxes if box.isChecked()]
    assert chosen == [RECORD]
    assert "信用修复申请 — 新乡市恒达机械制造有限公司" == wizard.heading.text()
    commitment = wizard.commitment_step
    assert commitment.inputs["document_no"].value() == DOCUMENT
    assert commitment.inputs["authority"].value() == "新乡市市场监督管理局"
    assert "缴清罚款" in commitment.inputs["correction"].value()
    assert commitment.signed_by.text()  # the legal representative, from the firm's profile
    assert not wizard.reason_step.agent_name.isVisibleTo(wizard)  # the owner applies itself

    # Nothing typed yet: the check lists everything missing at once.
    wizard.go(4)
    qtbot.waitUntil(lambda: wizard.check_step.missing.isVisibleTo(wizard), timeout=10_000)
    missing = wizard.check_step.missing.text()
    for item in ("申请理由", "联系电话", "缺少材料：信用修复承诺书", "缺少材料：罚款缴纳凭证", "缺少材料：整改完成的证明材料"):
        assert item in missing, missing

    wizard.go(1)
    wizard.reason_step.reason.setPlainText("已缴清罚款，产品标注已全部整改并经复查合格。")
    wizard.reason_step.contact_phone.setText("12345")
    assert wizard.reason_step.phone_problem.isVisibleTo(wizard)  # told while typing
    wizard.reason_step.contact_phone.setText("13803731234")
    assert not wizard.reason_step.phone_problem.isVisibleTo(wizard)
    qtbot.waitUntil(lambda: wizard.saved.text().startswith("已自动保存"), timeout=5000)
    saved = context.service("repair").draft(wizard.draft.id)
    assert saved.reason.startswith("已缴清罚款") and saved.fields["contact_phone"] == "13803731234"

    # Materials by slot: a wrong file is refused beside its slot; the others are kept.
    wizard.go(2)
    boxes = wizard.materials_step.boxes
    assert "接受 PDF、JPG、PNG" in boxes["fine_receipt"].rules.text() and "示例：" in boxes["fine_receipt"].rules.text()
    fake = material(tmp_path, "缴款凭证.pdf", b"just text, not a PDF")
    wizard.attach("fine_receipt", [fake, material(tmp_path, "罚款缴纳凭证.pdf", pdf_bytes("receipt"))])
    qtbot.waitUntil(lambda: boxes["fine_receipt"].files.count() == 1, timeout=10_000)
    assert "缴款凭证.pdf" in boxes["fine_receipt"].problem.text()
    assert boxes["fine_receipt"].files.item(0).text().startswith("罚款缴纳凭证.pdf")
    wizard.attach("commitment", [material(tmp_path, "承诺书.pdf", pdf_bytes("commitment"))])
    drop(boxes["rectification"], material(tmp_path, "整改照片.png", png_bytes()))
    qtbot.waitUntil(lambda: boxes["commitment"].files.count() == 1 and boxes["rectification"].files.count() == 1,
                    timeout=10_000)

    wizard.go(4)
    qtbot.waitUntil(lambda: "齐全" in wizard.check_step.ready.text(), timeout=10_000)
    assert wizard.submit_button.isVisible()

    # The application form and the commitment as one signable PDF, to print, sign and stamp.
    wizard.show_form(print_now=False)
    qtbot.waitUntil(lambda: wizard.preview is not None and wizard.preview.isVisible(), timeout=20_000)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(wizard.preview.pdf)).pages)
    assert "信用信息修复申请表" in text and "新乡市恒达机械制造有限公司" in text and "13803731234" in text
    assert wizard.preview.document.pageCount() >= 2
    wizard.preview.close()

    # Submitting asks first; 返回修改 sends nothing.
    wizard.submit()
    qtbot.waitUntil(lambda: wizard.confirmation is not None and wizard.confirmation.isVisible(), timeout=10_000)
    shown = wizard.confirmation.summary.text()
    assert DOCUMENT in shown and "罚款缴纳凭证" in shown and "整改照片.png" in shown and "提交后不能修改" in shown
    wizard.confirmation.back_button.click()
    assert wizard.isVisible() and context.account.outbox.entries() == []
    wizard.submit()
    qtbot.waitUntil(lambda: wizard.confirmation.isVisible(), timeout=10_000)
    with view_loaded(qtbot, context, "repair", lambda view: bool(view.cases)):
        wizard.confirmation.send_button.click()
    assert not wizard.isVisible()
    view = context.views["repair"]
    case = view.cases[0].case
    assert case.record_ids == [RECORD]
    number, what, status, due = case_rows(page)[0]
    assert number == case.case_no and "未按规定标注产品执行标准" in what and status == "已提交" and due
    assert cells(page.records, row_of(page, RECORD))[4].startswith("修复办理中")
    assert page.drafts.rowCount() == 0  # the draft is the outbox's now
    page.cases.selectRow(0)
    assert "受理期限" in page.timeline.due.text()
    assert [page.timeline.steps.item(r, 1).text() for r in range(page.timeline.steps.rowCount())] == ["已提交", "下一步"]

    # The platform accepts, then repairs: each step in the timeline, and the record stops counting.
    decide(sandbox, case.id, "accept")
    reload(qtbot, context, lambda view: view.cases[0].case.status == "accepted")
    page.cases.selectRow(0)
    assert case_rows(page)[0][2] == "已受理" and "决定期限" in page.timeline.due.text()
    decide(sandbox, case.id, "approve")
    reload(qtbot, context, lambda view: view.cases[0].case.status == "repaired")
    page.cases.selectRow(0)
    steps = [page.timeline.steps.item(r, 1).text() for r in range(page.timeline.steps.rowCount())]
    assert steps == ["已提交", "已受理", "已修复"]
    assert page.timeline.steps.item(2, 2).text() == "新乡市市场监督管理局"  # who decided
    assert cells(page.records, row_of(page, RECORD))[4] == "已修复"
    assert not page.timeline.late.isVisibleTo(page)


def test_a_supplement_is_asked_for_shown_on_home_and_supplied_from_the_page(qtbot, make_window, sandbox, tmp_path):
    a_repairable_fine(sandbox)
    window, context, page = open_page(qtbot, make_window, sandbox, "hengda")
    submitted(context, tmp_path)
    case = reload(qtbot, context, lambda view: bool(view.cases)).cases[0].case
    decide(sandbox, case.id, "request_supplement", note="整改照片不清晰，请补正。", slots=["rectification"])

    window.open_feature("home")
    reload(qtbot, context, lambda view: view.cases[0].case.status == "supplement_requested")
    credit = window.page("home").credit
    assert credit.supplement.isVisibleTo(credit) and "需要补正材料" in credit.supplement.text()
    assert "整改照片不清晰" in credit.supplement.text() and credit.go.text() == "去补正材料"
    credit.go.click()
    assert window.current_feature().key == "repair"

    page.tabs.setCurrentIndex(1)
    page.cases.selectRow(0)
    assert case_rows(page)[0][2] == "需补正材料"
    notes = [page.timeline.steps.item(r, 3).text() for r in range(page.timeline.steps.rowCount())]
    assert any("需补正：整改完成的证明材料" in note for note in notes)
    assert page.supplement_button.isEnabled()
    page.supplement()
    dialog = page.supplement_dialog
    assert list(dialog.boxes) == ["rectification"] and "整改照片不清晰" in dialog.asked.text()
    dialog.upload()  # nothing chosen: said beside the slot, nothing sent
    assert dialog.isVisible() and dialog.boxes["rectification"].problem.isVisibleTo(dialog)
    dialog.add("rectification", [material(tmp_path, "整改照片（清晰）.png", png_bytes())])
    with view_loaded(qtbot, context, "repair", lambda view: view.cases[0].case.status == "supplemented"):
        dialog.upload()
    assert not dialog.isVisible()
    assert case_rows(page)[0][2] == "已补正"


def submitted(context, tmp_path):
    """An application for RECORD made and sent through the service, as if from the wizard."""
    service = context.service("repair")
    row = context.views["repair"].row(RECORD)
    draft = service.new_application(HENGDA, row.record, context.firm_view.profile.value)
    draft.reason, draft.contact_phone = "已整改。", "13803731234"
    for slot in ("commitment", "fine_receipt", "rectification"):
        service.attach(draft, slot, material(tmp_path, f"{slot}.pdf", pdf_bytes(slot)))
    service.submit(draft)
    context.account.send_pending()


def test_offline_the_application_waits_in_the_outbox_and_the_page_says_so(qtbot, make_window, sandbox, tmp_path):
    a_repairable_fine(sandbox)
    window, context, page = open_page(qtbot, make_window, sandbox, "hengda")
    service = context.service("repair")
    row = context.views["repair"].row(RECORD)
    draft = service.new_application(HENGDA, row.record, context.firm_view.profile.value)
    draft.reason, draft.contact_phone = "已整改。", "13803731234"
    service.save_draft(draft)
    for slot in ("commitment", "fine_receipt", "rectification"):
        service.attach(draft, slot, material(tmp_path, f"{slot}.pdf", pdf_bytes(slot)))
    sandbox.stop()  # the network is gone; the draft, the records and the rules are on this PC

    page.open_wizard(draft, context.views["repair"].rows, HENGDA, context.firm_view.profile.value)
    wizard = page.wizard
    wizard.go(4)
    qtbot.waitUntil(lambda: "齐全" in wizard.check_step.ready.text(), timeout=30_000)
    wizard.submit()
    qtbot.waitUntil(lambda: wizard.confirmation is not None and wizard.confirmation.isVisible(), timeout=30_000)
    with view_loaded(qtbot, context, "repair", lambda view: not view.live and bool(view.outbox)
                     and view.outbox[0].state == "pending", timeout=60_000):
        wizard.confirmation.send_button.click()  # queued, then tried once and left for later
    number, what, status, _ = case_rows(page)[0]
    assert number == "（待发送）" and "未按规定标注产品执行标准" in what and status.startswith("待发送")
    assert page.status.text().startswith("离线")
    page.tabs.setCurrentIndex(1)
    page.cases.selectRow(0)
    assert "联网后会自动发送" in page.timeline.due.text()
    assert len(context.account.outbox.entries()) == 1


def test_a_draft_is_kept_reopened_with_its_files_and_deleted_after_asking(qtbot, make_window, sandbox, tmp_path):
    a_repairable_fine(sandbox)
    window, context, page = open_page(qtbot, make_window, sandbox, "hengda")
    page.records.selectRow(row_of(page, RECORD))
    page.apply()
    qtbot.waitUntil(lambda: page.wizard is not None and page.wizard.isVisible(), timeout=10_000)
    wizard = page.wizard
    qtbot.waitUntil(lambda: bool(wizard.materials_step.boxes), timeout=10_000)
    wizard.go(1)
    wizard.reason_step.reason.setPlainText("罚款已缴清。")
    wizard.attach("fine_receipt", [material(tmp_path, "凭证.pdf", pdf_bytes("receipt"))])
    qtbot.waitUntil(lambda: wizard.materials_step.boxes["fine_receipt"].files.count() == 1, timeout=10_000)
    with view_loaded(qtbot, context, "repair", lambda view: bool(view.drafts)):
        wizard.close_button.click()  # saved on the way out
    assert page.tabs.tabText(2) == "草稿（1）"
    assert "未按规定标注产品执行标准" in cells(page.drafts, 0)[1]

    page.records.selectRow(row_of(page, RECORD))
    page.apply()  # the same record again: its draft, not a second one
    qtbot.waitUntil(lambda: page.wizard is not wizard and page.wizard.isVisible(), timeout=10_000)
    again = page.wizard
    assert again.draft.id == wizard.draft.id and again.reason_step.reason.toPlainText() == "罚款已缴清。"
    qtbot.waitUntil(lambda: "fine_receipt" in again.materials_step.boxes, timeout=10_000)
    assert again.materials_step.boxes["fine_receipt"].files.item(0).text().startswith("凭证.pdf")
    again.close()

    page.drafts.selectRow(0)
    page.delete_draft()
    page.confirm.button(QMessageBox.StandardButton.No).click()
    assert page.drafts.rowCount() == 1
    page.delete_draft()
    with view_loaded(qtbot, context, "repair", lambda view: not view.drafts):
        page.confirm.button(QMessageBox.StandardButton.Yes).click()
    assert page.drafts.rowCount() == 0 and page.tabs.tabText(2) == "草稿（0）"


def test_home_announces_a_change_until_the_repair_page_is_seen(qtbot, make_window, sandbox, tmp_path):
    a_repairable_fine(sandbox)
    window, context, page = open_page(qtbot, make_window, sandbox, "hengda")
    submitted(context, tmp_path)
    case = reload(qtbot, context, lambda view: bool(view.cases)).cases[0].case  # seen here, as submitted
    window.open_feature("home")
    decide(sandbox, case.id, "accept")
    reload(qtbot, context, lambda view: view.cases[0].case.status == "accepted")
    credit = window.page("home").credit
    assert credit.changes.isVisibleTo(credit) and f"{case.case_no}：已受理" in credit.changes.text()
    with view_loaded(qtbot, context, "repair", lambda view: not view.notices):
        window.open_feature("repair")  # looked at: acknowledged, and 首页 stops announcing it
    assert not credit.changes.isVisibleTo(credit)


def test_a_deadline_the_platform_has_missed_is_flagged_red(qtbot, make_window, sandbox, tmp_path, monkeypatch):
    from assistant.services.repair import RepairService

    a_repairable_fine(sandbox)
    window, context, page = open_page(qtbot, make_window, sandbox, "hengda")
    submitted(context, tmp_path)
    reload(qtbot, context, lambda view: bool(view.cases))
    page.tabs.setCurrentIndex(1)
    assert "平台已逾期" not in case_rows(page)[0][3] and not page.timeline.late.isVisibleTo(page)
    original = RepairService.view  # two weeks on, and the platform has not accepted it yet
    later = clock.today() + dt.timedelta(days=14)
    monkeypatch.setattr(RepairService, "view", lambda self, uscc, today=None: original(self, uscc, today or later))
    reload(qtbot, context, lambda view: bool(view.cases[0].due.late))
    page.cases.selectRow(0)
    assert case_rows(page)[0][3].endswith("平台已逾期")
    assert page.timeline.late.isVisibleTo(page) and "平台已超过受理期限" in page.timeline.late.text()


def test_an_objection_with_evidence_is_sent_and_followed(qtbot, make_window, sandbox, tmp_path):
    window, context, page = open_page(qtbot, make_window, sandbox, "hongsheng")
    assert page.serious.isVisibleTo(page) and "严重失信主体名单" in page.serious.text()
    page.records.selectRow(row_of(page, "r-hs-2"))
    assert page.object_button.isEnabled()
    page.object()
    dialog = page.objection_dialog
    assert "三市监处罚〔2026〕27号" in dialog.heading.text()
    dialog.contact_name.clear()
    dialog.send()  # every blank at once
    assert dialog.isVisible() and "4 处" in dialog.message.text()
    assert dialog.problems["reason"].isVisibleTo(dialog) and dialog.box.problem.isVisibleTo(dialog)
    dialog.reason.setPlainText("处罚决定已被复议机关撤销，见复议决定书。")
    dialog.contact_name.setText("赵宏盛")
    dialog.contact_phone.setText("13903981234")
    dialog.add([material(tmp_path, "复议决定书.pdf", pdf_bytes("revoked"))])
    dialog.send()
    with view_loaded(qtbot, context, "repair", lambda view: any(c.kind == "objection" for c in view.cases)):
        dialog.confirm.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
        context.send_outbox()
    objection = next(c for c in context.views["repair"].cases if c.kind == "objection").case
    number, what, status, _ = next(r for r in case_rows(page) if r[0] == objection.case_no)
    assert what.startswith("异议：") and status == "已提交"
    assert "已提出异议" in cells(page.records, row_of(page, "r-hs-2"))[4]
    admin(sandbox, f"objections/{objection.id}/decide", {"decision": "forward"})
    reload(qtbot, context, lambda view: any(c.case.status == "forwarded" for c in view.cases))
    page.cases.selectRow(next(r for r, cells_ in enumerate(case_rows(page)) if cells_[0] == objection.case_no))
    assert "已转交认定单位" in page.timeline.heading.text() and "核查期限" in page.timeline.due.text()
    admin(sandbox, f"objections/{objection.id}/decide", {"decision": "uphold", "note": "处罚决定已撤销。"})
    reload(qtbot, context, lambda view: view.row("r-hs-2") is None)
    assert all(page.records.item(r, 0).data(256)[1].record.id != "r-hs-2" for r in range(page.records.rowCount()))


def test_the_barred_warning_in_commitments_leads_here(qtbot, make_window, sandbox):
    window, context = signed_in(qtbot, make_window, sandbox, "hongsheng", "commitments")
    window.open_feature("commitments")
    commitments = window.page("commitments")
    assert commitments.repair_button.isVisibleTo(commitments) and commitments.repair_button.text() == "去信用修复"
    commitments.repair_button.click()
    assert window.current_feature().key == "repair"


def test_accountant_queue_across_clients_excel_and_applying_from_it(qtbot, make_window, sandbox, tmp_path):
    a_repairable_fine(sandbox, HONGSHENG, "r-ui-hs")
    window, context, page = open_page(qtbot, make_window, sandbox, "kuaiji")
    assert page.tabs.isTabVisible(3)
    page.tabs.setCurrentIndex(3)  # computed when first shown
    queue = page.queue
    qtbot.waitUntil(lambda: queue.queue is not None, timeout=30_000)
    tops = [queue.tree.topLevelItem(i).text(0) for i in range(queue.tree.topLevelItemCount())]
    assert [t.split("（")[0] for t in tops] == ["需补正材料", "现在可以申请修复", "30天内可以申请", "办理中"]
    repairable = queue.tree.topLevelItem(1)
    items = [repairable.child(i).data(0, Qt.ItemDataRole.UserRole) for i in range(repairable.childCount())]
    firms = {item.firm_name for item in items}
    assert "渑池县宏盛建材有限公司" in firms and "新乡市恒达机械制造有限公司" in firms  # several clients at once
    assert len(firms) >= 2

    target = tmp_path / "待办.xlsx"
    queue.write_excel(target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    sheet = openpyxl.load_workbook(target).active
    codes = [sheet.cell(r, 3) for r in range(2, 2 + len(queue.queue.items))]
    assert {c.value for c in codes} >= {HENGDA, HONGSHENG} and all(c.data_type == "s" for c in codes)

    # 申请修复… from the queue: that client's application, with the agent's own slots, without switching firm.
    before = context.current_firm
    ours = next(i for i in range(repairable.childCount())
                if repairable.child(i).data(0, Qt.ItemDataRole.UserRole).record_id == "r-ui-hs")
    queue.tree.setCurrentItem(repairable.child(ours))
    assert queue.apply_button.isEnabled()
    queue.apply_button.click()
    qtbot.waitUntil(lambda: page.wizard is not None and page.wizard.isVisible(), timeout=10_000)
    wizard = page.wizard
    assert "渑池县宏盛建材有限公司" in wizard.heading.text() and wizard.draft.uscc == HONGSHENG
    wizard.go(1)
    assert wizard.reason_step.agent_name.isVisibleTo(wizard)
    qtbot.waitUntil(lambda: "authorisation" in wizard.materials_step.boxes, timeout=10_000)
    assert "agent_id" in wizard.materials_step.boxes and context.current_firm == before
    wizard.close()

    # Double-click: that firm's own page, at the record.
    queue.tree.itemDoubleClicked.emit(repairable.child(ours), 0)
    qtbot.waitUntil(lambda: context.current_firm == HONGSHENG and page.view is not None
                    and page.view.uscc == HONGSHENG, timeout=20_000)
    assert window.firm_switcher.currentData() == HONGSHENG
    assert page.tabs.currentIndex() == 0
    assert page.records.selectedItems()[0].data(256)[1].record.id == "r-ui-hs"


@pytest.mark.parametrize("name", ["laptop", "fullhd150"])
def test_repair_dialogs_fit_the_small_screens(qtbot, make_window, sandbox, tmp_path, name):
    screen = screen_named(name)
    a_repairable_fine(sandbox)
    window, context = make_window(sandbox.url, start=False)
    window.move(screen.availableGeometry().center())
    qtbot.waitUntil(lambda: window.screen() is screen)
    context.start()
    login = wait_for_login_dialog(qtbot, window)
    login.username.setText("hengda")
    login.password.setText(DEMO_PASSWORD)
    with view_loaded(qtbot, context, "repair"):
        login.submit()
    window.open_feature("repair")
    page = window.page("repair")
    page.records.selectRow(row_of(page, RECORD))
    page.apply()
    qtbot.waitUntil(lambda: page.wizard is not None and page.wizard.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: bool(page.wizard.materials_step.boxes), timeout=10_000)
    for step in range(5):
        page.wizard.go(step)
        assert_fits(page.wizard, screen)
    page.wizard.close()
    page.object()
    assert_fits(page.objection_dialog, screen)
    page.objection_dialog.close()
    case = context.service("repair")
    draft = case.new_application(HENGDA, context.views["repair"].row(RECORD).record, context.firm_view.profile.value)
    draft.reason, draft.contact_phone = "已整改。", "13803731234"
    for slot in ("commitment", "fine_receipt", "rectification"):
        case.attach(draft, slot, material(tmp_path, f"{slot}.pdf", pdf_bytes(slot)))
    page.open_wizard(draft, context.views["repair"].rows, HENGDA, None)
    page.wizard.go(4)
    page.wizard.submit()
    qtbot.waitUntil(lambda: page.wizard.confirmation is not None and page.wizard.confirmation.isVisible(),
                    timeout=10_000)
    assert_fits(page.wizard.confirmation, screen)
    page.wizard.confirmation.send_button.click()
    qtbot.waitUntil(lambda: not page.wizard.isVisible(), timeout=10_000)
    case.account.send_pending()
    submitted = reload(qtbot, context, lambda view: bool(view.cases)).cases[0].case
    decide(sandbox, submitted.id, "request_supplement", slots=["rectification", "fine_receipt"])
    reload(qtbot, context, lambda view: view.cases[0].case.status == "supplement_requested")
    page.tabs.setCurrentIndex(1)
    page.cases.selectRow(0)
    page.supplement()
    assert_fits(page.supplement_dialog, screen)
    ok = page.supplement_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "上传"
