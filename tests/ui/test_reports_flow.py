"""信用报告 as an owner, an accountant and a stranger holding a report meet it: a report requested, kept on this PC,
previewed, printed, saved and verified; a wrong 专项 period said and nothing sent; the year's free reports used up;
the content with a record repairable since; a request made offline waiting as 待取得; the accountant's batch for every
client into one folder; 核验 from the login window without signing in; and the dialogs on the small screens."""

from __future__ import annotations

import hashlib
import uuid

import pypdf
import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from assistant.api.models import ReportRequest
from assistant.infra import clock
from assistant.sandbox.seed import DEMO_PASSWORD, HENGDA
from assistant.services.reports import filename_for
from assistant.ui.features import position
from assistant.ui.ops import Op
from assistant.ui.widgets.screen import fit_to_screen
from tests.ui.conftest import a_repairable_record, signed_in, view_loaded, wait_for_login_dialog
from tests.ui.test_geometry import assert_fits, screen_named

STANDARD = ReportRequest(edition="standard", purpose="tender", purpose_note="城区道路改造工程")


def open_page(qtbot, make_window, sandbox, username: str):
    window, context = signed_in(qtbot, make_window, sandbox, username, "reports")
    window.open_feature("reports")
    return window, context, window.page("reports")


def cells(table, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def reload(qtbot, context, check=None):
    with view_loaded(qtbot, context, "reports", check):
        context.load("reports")
    return context.views["reports"]


def a_report(sandbox, username: str, uscc: str, folder):
    """A report issued and downloaded through the platform's client, as on another PC; its PDF's path."""
    from assistant.api.client import PlatformClient

    client = PlatformClient(sandbox.url)
    try:
        client.auth.login(username, DEMO_PASSWORD)
        report = client.reports.request(uscc, STANDARD, idempotency_key=str(uuid.uuid4()))
        path = folder / "收到的报告.pdf"
        path.write_bytes(client.reports.pdf(uscc, report.report_no, sha256=report.sha256))
    finally:
        client.close()
    return report, path


def drop(zone, path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    zone.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier))


def verdict_of(qtbot, dialog, check) -> str:
    dialog.outcome = None
    check()
    qtbot.waitUntil(lambda: dialog.outcome is not None and not dialog.checking, timeout=20_000)
    return dialog.verdict_code()


def test_owner_requests_previews_prints_saves_and_verifies_a_report(qtbot, make_window, sandbox, tmp_path):
    window, context, page = open_page(qtbot, make_window, sandbox, "hengda")
    assert page.quota.text() == "今年免费报告剩余 2 份（每年 2 份，《河南省社会信用条例》第四十条）"
    assert page.request_button.isEnabled() and page.reports.rowCount() == 0
    assert not page.batch_button.isVisibleTo(page)  # an owner has one firm
    assert "全部信用信息" in page.form.explanation.text()
    page.form.purpose.setCurrentIndex(page.form.purpose.findData("tender"))
    page.form.note.setText("城区道路改造工程")

    # 申请报告: issued, kept on this PC, and opened at once.
    with view_loaded(qtbot, context, "reports", lambda view: len(view.reports) == 1):
        page.request_button.click()
        assert not page.request_button.isEnabled() and page.request_button.text() == "正在申请…"
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=20_000)
    report = context.views["reports"].reports[0]
    number, issued, edition, purpose, stored = cells(page.reports, 0)
    assert number == report.report_no and edition == "公共信用信息报告" and purpose == "招投标（城区道路改造工程）"
    assert stored == "本机已保存" and issued.startswith(f"{report.issued_at.astimezone():%Y}年")
    assert page.quota.text().startswith("今年免费报告剩余 1 份")
    assert f"已取得报告 {report.report_no}" in page.message.text()
    preview = page.preview
    assert preview.document.pageCount() >= 1 and hashlib.sha256(preview.pdf).hexdigest() == report.sha256
    assert "演示环境" in preview.hint_label.text() and page.demo.isVisibleTo(page)

    # Printed to a PDF-file printer: a PDF with every page.
    printed = tmp_path / "printed.pdf"
    preview.print_to(pdf_printer(printed))
    qtbot.waitUntil(lambda: Op.in_flight() == 0 and "已发送到打印机" in preview.info.text(), timeout=60_000)
    assert printed.read_bytes().startswith(b"%PDF-")
    assert len(pypdf.PdfReader(str(printed)).pages) == preview.document.pageCount()
    preview.close()

    # 另存为…: named after the firm, the day and the edition; the very file the platform signed.
    page.reports.selectRow(0)
    page.save_as()
    assert page.save_dialog.selectedFiles()[0].endswith(filename_for(report.firm_name, report))
    page.save_dialog.reject()
    saved = tmp_path / filename_for(report.firm_name, report)
    page.save_to(report, str(saved))
    qtbot.waitUntil(lambda: saved.exists() and Op.in_flight() == 0, timeout=10_000)
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == report.sha256
    assert str(saved) in page.message.text()

    # 核验报告: the saved file is genuine; so are its number and code typed from paper; a wrong code is not.
    page.verify_button.click()
    dialog = page.verify_dialog
    assert dialog.isVisible()
    assert verdict_of(qtbot, dialog, lambda: drop(dialog.drop, saved)) == "valid"  # dragged from the file manager
    assert dialog.headline.text() == "报告真实有效" and "#1e7b34" in dialog.headline.styleSheet()
    assert dialog.fact_values["firm"].text() == "新乡市恒达机械制造有限公司"
    assert dialog.fact_values["uscc"].text() == HENGDA and dialog.fact_values["sha256"].text() == report.sha256
    assert dialog.fact_values["edition"].text() == "公共信用信息报告"
    assert verdict_of(qtbot, dialog, lambda: (dialog.number.setText(report.report_no),
                                              dialog.code.setText(report.verify_code.lower()),
                                              dialog.check_numbers())) == "valid"
    assert dialog.headline.text() == "平台有这份报告" and not dialog.fact_values["sha256"].isVisibleTo(dialog)
    wrong = "22222222" if report.verify_code != "22222222" else "33333333"
    assert verdict_of(qtbot, dialog, lambda: (dialog.code.setText(wrong), dialog.check_numbers())) == "not_found"
    assert dialog.headline.text() == "平台查无此报告" and "#b3261e" in dialog.headline.styleSheet()

    # A file changed after signing: said in red, whatever it still looks like.
    tampered = tmp_path / "改过的报告.pdf"
    tampered.write_bytes(saved.read_bytes().replace(b"ReportLab", b"ReportLaX", 1))
    assert verdict_of(qtbot, dialog, lambda: dialog.check_file(tampered)) == "modified"
    assert dialog.headline.text() == "报告已被改动" and "#b3261e" in dialog.headline.styleSheet()
    # Not a PDF at all: what to do instead, and no verdict.
    text = tmp_path / "说明.txt"
    text.write_text("不是报告", encoding="utf-8")
    dialog.check_file(text)
    qtbot.waitUntil(lambda: dialog.problem.isVisibleTo(dialog), timeout=10_000)
    assert "这不是 PDF 文件" in dialog.problem.text() and not dialog.result.isVisibleTo(dialog)
    dialog.close()

    # The year's second free report, then none left: the button says why it is off.
    context.service("reports").request(HENGDA, STANDARD)
    reload(qtbot, context, lambda view: view.quota.left == 0)
    assert not page.request_button.isEnabled()
    assert page.reason.text() == "今年的 2 份免费报告已经用完，明年1月1日起可以再申请。"
    assert page.reports.rowCount() == 2
    home = window.page("home").report_line
    assert home.isVisibleTo(window.page("home")) and "今年免费剩余 0 份" in home.text.text()


def test_a_wrong_special_period_is_said_and_nothing_is_sent(qtbot, make_window, sandbox):
    window, context, page = open_page(qtbot, make_window, sandbox, "hengda")
    form = page.form
    assert not form.start.isVisibleTo(page)  # a standard report has no period
    form.edition.setCurrentIndex(form.edition.findData("special"))
    assert form.start.isVisibleTo(page) and "无违法违规记录证明" in form.explanation.text()
    today = clock.today()
    assert form.end.date() == QDate(today.year, today.month, today.day)
    assert form.start.date().year() == today.year - 3 and not form.problem.isVisibleTo(page)

    form.start.setDate(form.start.date().addYears(-1))  # four years back
    assert form.problem.isVisibleTo(page) and "最长三年" in form.problem.text()
    page.request_button.click()
    form.end.setDate(QDate(today.year, today.month, today.day).addDays(5))
    assert "不能晚于今天" in form.problem.text()
    page.request_button.click()
    qtbot.waitUntil(lambda: Op.in_flight() == 0, timeout=10_000)
    assert context.account.outbox.entries() == [] and page.reports.rowCount() == 0
    assert reload(qtbot, context).quota.used == 0


def test_the_content_shows_the_sections_and_a_record_repairable_since(qtbot, make_window, sandbox):
    a_repairable_record(sandbox, HENGDA, "r-ui-report")
    window, context, page = open_page(qtbot, make_window, sandbox, "hengda")
    context.service("reports").request(HENGDA, STANDARD)
    reload(qtbot, context, lambda view: len(view.reports) == 1)
    page.reports.selectRow(0)
    page.content_button.click()
    qtbot.waitUntil(lambda: page.content_dialog is not None and page.content_dialog.isVisible(), timeout=20_000)
    dialog = page.content_dialog
    captions = [caption.text() for caption, _ in dialog.section_captions]
    assert captions[0] == "一、登记注册基础信息" and "二、行政管理信息" in captions
    assert dialog.header_labels["uscc"][1].text() == HENGDA
    assert dialog.header_labels["purpose"][1].text() == "招投标（城区道路改造工程）"
    assert dialog.summary.rowCount() >= 1 and dialog.summary.item(0, 0).text() == "行政管理信息"
    records = next(table for table, _ in dialog.status_captions)
    assert records.horizontalHeaderItem(records.columnCount() - 1).text() == "现状"
    assert "此记录现在可以申请信用修复。" in dialog.note_texts()
    assert dialog.repair_buttons and dialog.repair_buttons[0].text() == "去信用修复"
    dialog.repair_buttons[0].click()
    assert not dialog.isVisible() and window.current_feature().key == "repair"


def test_offline_a_request_waits_as_to_be_fetched(qtbot, make_window, sandbox):
    window, context, page = open_page(qtbot, make_window, sandbox, "hengda")
    sandbox.stop()
    with view_loaded(qtbot, context, "reports", lambda view: bool(view.waiting) and not view.live, timeout=60_000):
        page.request_button.click()
    qtbot.waitUntil(lambda: not page.running, timeout=60_000)
    assert "联网后会自动取得" in page.message.text()
    number, *_, stored = cells(page.reports, 0)
    assert number == "（待取得）" and stored.startswith("待取得")
    assert page.status.text().startswith("离线")


def test_accountant_requests_a_report_for_every_client_into_one_folder(qtbot, make_window, sandbox, tmp_path):
    window, context, page = open_page(qtbot, make_window, sandbox, "kuaiji")
    assert page.batch_button.isVisibleTo(page)
    page.batch_button.click()
    dialog = page.batch_dialog
    firms = context.session.me.firms
    assert len(dialog.chosen()) == len(firms) >= 4  # all of them unless unticked
    assert dialog.folder.text().endswith(f"信用报告_{clock.today():%Y%m%d}")
    folder = tmp_path / "客户报告"
    dialog.folder.setText(str(folder))
    dialog.start_button.click()
    dialog.confirm.button(QMessageBox.StandardButton.No).click()  # asked first: it spends every firm's free report
    assert not dialog.running and not folder.exists()
    dialog.start_button.click()
    dialog.confirm.button(QMessageBox.StandardButton.Yes).click()
    assert dialog.running and not dialog.start_button.isEnabled() and dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.running, timeout=120_000)
    results = [cells(dialog.table, r) for r in range(dialog.table.rowCount())]
    assert sorted(name for name, _ in results) == sorted(f.name for f in firms)
    assert all(result.startswith("已保存：") for _, result in results), results
    assert len(list(folder.glob("*.pdf"))) == len(firms)
    assert dialog.progress.value() == len(firms) and dialog.status.text().startswith("完成")
    assert dialog.open_button.isEnabled()


def test_a_report_is_verified_from_the_login_window_without_signing_in(qtbot, make_window, sandbox, tmp_path):
    report, path = a_report(sandbox, "hengda", HENGDA, tmp_path)
    window, context = make_window(sandbox.url)
    login = wait_for_login_dialog(qtbot, window)
    assert login.verify_button.text() == "核验收到的信用报告（无需登录）"
    login.verify_button.click()
    dialog = login.verify_dialog
    assert dialog.isVisible() and not context.signed_in_user
    assert verdict_of(qtbot, dialog, lambda: dialog.check_file(path)) == "valid"
    assert dialog.fact_values["number"].text() == report.report_no
    assert not context.signed_in_user


def test_the_sidebar_has_reports_after_repair():
    assert position("reports") == position("repair") + 1


@pytest.mark.parametrize("name", ["laptop", "fullhd150"])
def test_report_dialogs_fit_the_small_screens(qtbot, make_window, sandbox, name):
    screen = screen_named(name)
    a_repairable_record(sandbox, HENGDA, "r-ui-report")
    window, context = make_window(sandbox.url, start=False)
    window.move(screen.availableGeometry().center())
    qtbot.waitUntil(lambda: window.screen() is screen)
    fit_to_screen(window, 1000, 680)
    context.start()
    login = wait_for_login_dialog(qtbot, window)
    login.open_verify()
    assert_fits(login.verify_dialog, screen)
    login.verify_dialog.close()
    login.username.setText("kuaiji")
    login.password.setText(DEMO_PASSWORD)
    with view_loaded(qtbot, context, "reports"):
        login.submit()
    if context.current_firm != HENGDA:
        with view_loaded(qtbot, context, "reports", lambda view: view.uscc == HENGDA):
            context.select_firm(HENGDA)
    window.open_feature("reports")
    page = window.page("reports")
    assert_fits(window, screen)
    context.service("reports").request(HENGDA, STANDARD)
    reload(qtbot, context, lambda view: len(view.reports) == 1)
    page.reports.selectRow(0)
    page.show_content()
    qtbot.waitUntil(lambda: page.content_dialog is not None and page.content_dialog.isVisible(), timeout=20_000)
    assert_fits(page.content_dialog, screen)
    page.content_dialog.close()
    page.open_verify()
    assert_fits(page.verify_dialog, screen)
    page.verify_dialog.close()
    page.open_batch()
    assert_fits(page.batch_dialog, screen)
