"""信用承诺 as a user meets it: choose a matter, fill in, preview, submit, see the due items, supply one."""

from __future__ import annotations

import io

import pypdf
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox

from assistant.infra import clock
from assistant.sandbox.seed import HONGSHENG, WEIZHIYUAN
from tests.support.files import pdf_bytes
from tests.support.platform import a_commitment
from tests.ui.conftest import signed_in as signed_in_window
from tests.ui.conftest import view_loaded

OK = QDialogButtonBox.StandardButton.Ok


def signed_in(qtbot, make_window, sandbox, username):
    window, context = signed_in_window(qtbot, make_window, sandbox, username)
    window.sidebar.setCurrentRow(1)
    return window, context


def choose(dialog, code: str) -> None:
    dialog.search.setText("食品经营" if code == "XX-SJ-SPJY-RQ" else "")
    for row in range(dialog.matters.count()):
        if dialog.matters.item(row).data(256).code == code:
            dialog.matters.setCurrentRow(row)
            return
    raise AssertionError(code)


def test_new_deficiency_letter_fill_preview_submit_and_fulfil(qtbot, make_window, sandbox, tmp_path):
    window, context = signed_in(qtbot, make_window, sandbox, "weizhiyuan")
    page = window.page("commitments")
    assert page.new_button.isEnabled() and not page.barred.isVisible()
    page.new_letter()
    chooser = page.chooser
    assert chooser.windowTitle() == "新建信用承诺书"
    assert chooser.matters.count() >= 12  # every matter is listed before any filter is touched
    choose(chooser, "XX-SJ-SPJY-RQ")
    assert "从业人员健康证明（10个工作日内）" in chooser.details.text()
    chooser.buttons.button(OK).click()
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible(), timeout=10_000)
    editor = page.editor

    editor.inputs["contact_phone"].input.setText("12345")
    assert "手机号码" in editor.inputs["contact_phone"].problem.text()  # told at once, while typing
    editor.inputs["business_premises"].input.setText("新乡市牧野区胜利路88号<一楼>")
    editor.inputs["business_items"].input.choose(["热食类食品制售", "冷食类食品制售"])  # several answers allowed
    editor.inputs["contact_name"].input.setText("陈晓燕")
    editor.inputs["contact_phone"].input.setText("13803730001")
    assert not editor.inputs["contact_phone"].problem.isVisible()
    qtbot.waitUntil(lambda: editor.saved.text().startswith("已自动保存"), timeout=5000)
    saved = context.account.drafts.get(editor.draft.id)
    assert saved.payload["fields"]["business_premises"] == "新乡市牧野区胜利路88号<一楼>"

    editor.show_letter(print_now=False)
    qtbot.waitUntil(lambda: editor.preview is not None, timeout=10_000)
    preview = editor.preview
    assert preview.document.pageCount() >= 1
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(preview.pdf)).pages)
    assert "新乡市牧野区胜利路88号<一楼>" in text and "新乡市味之源餐饮管理有限公司" in text
    printed = tmp_path / "printed.pdf"
    from assistant.ui.widgets.pdf_preview import print_pdf

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert print_pdf(preview.document, printer) == preview.document.pageCount()
    assert len(pypdf.PdfReader(str(printed)).pages) == preview.document.pageCount()
    preview.close()

    editor.submit()
    qtbot.waitUntil(lambda: getattr(editor, "confirmation", None) is not None, timeout=10_000)
    confirmation = editor.confirmation
    shown = confirmation.summary.text()
    assert "新乡市味之源餐饮管理有限公司" in shown and "食品经营许可" in shown
    assert "食品安全管理制度文本" in shown and "前" in shown  # each deferred material with its deadline
    assert "违诺责任" in shown and "提交后不能修改" in shown
    assert not editor.submit_button.isEnabled()  # no second submission while this one waits for an answer
    confirmation.back_button.click()  # 返回修改: nothing is sent
    assert editor.isVisible() and editor.submit_button.isEnabled() and context.account.outbox.entries() == []
    editor.submit()
    qtbot.waitUntil(lambda: editor.confirmation is not confirmation, timeout=10_000)
    with view_loaded(qtbot, context, "commitments", lambda view: bool(view.commitments and view.commitments.value)):
        editor.confirmation.send_button.click()
    rows = [[page.submitted.item(r, c).text() for c in range(4)] for r in range(page.submitted.rowCount())]
    assert len(rows) == 1
    code, title, status, owed = rows[0]
    assert len(code) == 20 and status == "已提交"
    assert "食品安全管理制度文本" in owed and "从业人员健康证明" in owed
    assert page.drafts.rowCount() == 0

    page.submitted.selectRow(0)
    assert page.fulfil_button.isEnabled()
    page.fulfil()
    dialog = page.fulfil_dialog
    evidence = tmp_path / "食品安全管理制度.pdf"
    evidence.write_bytes(pdf_bytes())
    dialog.choose("safety_rules", evidence)
    with view_loaded(qtbot, context, "commitments"):
        dialog.upload()
    owed = page.submitted.item(0, 3).text()
    assert "食品安全管理制度文本：已补交" in owed and "从业人员健康证明：" in owed and owed.count("已补交") == 1


def test_a_barred_firm_is_warned_before_drafting_a_simplified_letter(qtbot, make_window, sandbox):
    window, context = signed_in(qtbot, make_window, sandbox, "hongsheng")
    page = window.page("commitments")
    assert context.current_firm == HONGSHENG
    assert page.barred.isVisible() and "严重失信" in page.barred.text()
    page.new_letter()
    chooser = page.chooser
    choose(chooser, "XX-ZJ-SGXK-RQ")
    assert "不能适用告知承诺或容缺受理" in chooser.warning.text()
    assert not chooser.buttons.button(OK).isEnabled()
    choose(chooser, "XX-ZD-GSCN")  # a voluntary public commitment is still open to it
    assert chooser.warning.text() == "" and chooser.buttons.button(OK).isEnabled()


def test_an_unfinished_draft_is_marked_field_by_field(qtbot, make_window, sandbox):
    window, context = signed_in(qtbot, make_window, sandbox, "weizhiyuan")
    page = window.page("commitments")
    template = next(t for t in page.view.catalogue.value if t.code == "XX-SJ-SPJY-RQ")
    draft = context.service("commitments").new_draft(WEIZHIYUAN, template, None)
    page.edit(draft)
    editor = page.editor
    editor.signed_by.clear()
    editor.submit()
    qtbot.waitUntil(lambda: editor.message.text().startswith("还有"), timeout=10_000)
    assert editor.inputs["business_premises"].problem.text() == "此项必填。"
    assert editor.signed_by_problem.isVisible()
    assert editor.isVisible() and context.account.outbox.entries() == []


def test_home_reminds_of_materials_due_within_three_working_days(qtbot, make_window, sandbox):
    import datetime as dt

    import httpx

    from assistant.domain.workdays import WorkCalendar

    today, calendar = clock.today(), WorkCalendar()
    start = today  # the day the commitment was made: 5 working days before it, the first item falls due soon
    while calendar.workdays_between(start, today) < 3:
        start -= dt.timedelta(days=1)
    httpx.post(f"{sandbox.url}/api/v1/sandbox/clock", json={"today": start.isoformat()},
               headers={"X-Sandbox-Admin": sandbox.config.admin_token})
    a_commitment(sandbox, start)

    window, context = signed_in(qtbot, make_window, sandbox, "weizhiyuan")
    window.sidebar.setCurrentRow(0)
    reminders = window.page("home").reminders
    assert reminders.isVisible()
    assert "食品安全管理制度文本" in reminders.lines.text() and "个工作日" in reminders.lines.text()
    assert "从业人员健康证明" not in reminders.lines.text()  # due later than three working days
    reminders.go.click()
    assert window.sidebar.currentRow() == 1


def test_withdrawing_asks_first(qtbot, make_window, sandbox):
    from PySide6.QtWidgets import QMessageBox

    a_commitment(sandbox)
    window, context = signed_in(qtbot, make_window, sandbox, "weizhiyuan")
    page = window.page("commitments")
    page.submitted.selectRow(0)
    page.withdraw()
    page.confirm.button(QMessageBox.StandardButton.No).click()
    assert page.submitted.item(0, 2).text() == "已提交"  # 否: nothing happened
    page.withdraw()
    with view_loaded(qtbot, context, "commitments", lambda view: view.commitments.value[0].status == "withdrawn"):
        page.confirm.button(QMessageBox.StandardButton.Yes).click()
    assert page.submitted.item(0, 2).text() == "已撤回"


def test_a_background_reload_keeps_the_chosen_row_and_the_page_agrees_with_the_status_bar(qtbot, make_window,
                                                                                            sandbox):
    a_commitment(sandbox)
    a_commitment(sandbox)
    window, context = signed_in(qtbot, make_window, sandbox, "weizhiyuan")
    page = window.page("commitments")
    page.tabs.setCurrentIndex(1)
    page.submitted.selectRow(1)
    chosen = page.submitted.item(1, 0).text()
    assert page.fulfil_button.isEnabled()
    with view_loaded(qtbot, context, "commitments"):
        context.reload_changed(frozenset({"outbox"}))  # what the outbox timer and other operations trigger
    assert page.submitted.selectedItems()[0].text() == chosen and page.fulfil_button.isEnabled()
    assert window.link_label.text() == "在线" and page.status.text() == ""


def test_dates_are_typed_as_people_write_them_or_picked_from_a_calendar(qtbot, make_window, sandbox):
    from PySide6.QtCore import QDate

    window, context = signed_in(qtbot, make_window, sandbox, "weizhiyuan")
    page = window.page("commitments")
    template = next(t for t in page.view.catalogue.value if t.code == "HN-XYXF")
    page.edit(context.service("commitments").new_draft(WEIZHIYUAN, template, None))
    field = next(f for f in page.editor.inputs.values() if f.spec.kind == "date")
    field.input.edit.setText("2026年3月5日")
    assert not field.problem.isVisible()
    field.input.edit.setText("2026/13/5")
    assert field.problem.isVisible() and "2026年11月21日" in field.problem.text()
    field.input.pick.click()
    field.input.calendar.clicked.emit(QDate(2026, 3, 5))
    assert field.value() == "2026-03-05" and not field.problem.isVisible()
