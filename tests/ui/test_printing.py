"""打印… prints: every page, at A4 scale on A4 paper, through the dialog's own path, with the text still there in a
print to PDF; 打印预览… shows the same pages; Ctrl+P opens the system print dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QPageSize, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog

from assistant.infra import paths
from assistant.infra import settings as S
from assistant.ui.ops import Op
from assistant.ui.widgets.pdf_preview import PdfPreview

A4 = (595.28, 841.89)  # points
FIRM = {"name": "新乡市恒达机械制造有限公司", "uscc": "91410711MA45KX3R23", "legal_rep": "张建国",
        "address": "新乡市牧野区化工路南段188号", "contact": "王芳 13803731234"}
HINT = "打印后请法定代表人签字、加盖公章。"


@pytest.fixture
def letter():
    from assistant.pdf.letter import build_letter
    from assistant.services.commitments import bundled_catalogue
    from tests.pdf.test_letter import sample_fields

    template = next(t for t in bundled_catalogue() if t.code == "XX-SJ-SPJY-RQ")
    return build_letter(template, FIRM, sample_fields(template), signed_by="张建国", signed_on=dt.date(2026, 11, 21))


@pytest.fixture
def preview(qtbot, letter):
    settings = S.Settings(paths.config_dir() / "settings.json")
    shown = PdfPreview(letter.pdf, "食品经营许可容缺受理信用承诺书", "承诺书.pdf", hint=HINT, settings=settings)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def assert_printed(path, pages: int) -> None:
    reader = pypdf.PdfReader(str(path))
    assert len(reader.pages) == pages >= 2
    text = "".join(page.extract_text() for page in reader.pages).replace("\n", "").replace(" ", "")
    for expected in ("食品经营许可容缺受理信用承诺书", FIRM["name"], FIRM["uscc"], "第1页共"):
        assert expected in text, expected
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(width - A4[0]) <= 2 and abs(height - A4[1]) <= 2, (width, height)


def test_the_print_dialog_prints_every_page_on_a4(qtbot, preview, tmp_path):
    preview.print_document()
    dialog = preview.print_dialog
    assert isinstance(dialog, QPrintDialog) and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    printer = dialog.printer()
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4  # A4 unless the user picks otherwise
    assert printer.fullPage()  # the letter's own margins: printed at its own size, not shrunk
    # What the user's "Print" does once the dialog has set up the printer (here: a PDF file instead of a printer).
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.done(QDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: Op.in_flight() == 0 and "已发送到打印机" in preview.info.text(), timeout=30_000)
    assert_printed(tmp_path / "printed.pdf", preview.document.pageCount())
    assert preview.info.text() == f"已发送到打印机，共 {preview.document.pageCount()} 页。"


def test_print_to_any_printer_and_page_size(qtbot, preview, tmp_path):
    printer = pdf_printer(tmp_path / "letter-paper.pdf")
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))  # another paper: each page scaled to fit it
    preview.print_to(printer)
    qtbot.waitUntil(lambda: Op.in_flight() == 0, timeout=30_000)
    reader = pypdf.PdfReader(str(tmp_path / "letter-paper.pdf"))
    assert len(reader.pages) == preview.document.pageCount()
    assert abs(float(reader.pages[0].mediabox.width) - 612) <= 2


def test_ctrl_p_opens_the_print_dialog(qtbot, preview):
    shortcut = next(s for s in preview.findChildren(QShortcut) if s.key() == QKeySequence(QKeySequence.StandardKey.Print))
    shortcut.activated.emit()
    assert isinstance(preview.print_dialog, QPrintDialog) and preview.print_dialog.isVisible()
    preview.print_dialog.reject()


def test_print_preview_shows_every_page(qtbot, preview):
    preview.preview_button.click()
    qtbot.waitUntil(lambda: preview.preview_dialog is not None and preview.preview_dialog.isVisible(), timeout=30_000)
    dialog = preview.preview_dialog
    assert isinstance(dialog, QPrintPreviewDialog)
    widget = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == preview.document.pageCount(), timeout=10_000)
    dialog.reject()


def test_the_hint_comes_from_the_document(qtbot, letter):
    with_hint = PdfPreview(letter.pdf, "承诺书", "a.pdf", hint=HINT)
    without = PdfPreview(letter.pdf, "汇总", "b.pdf")
    qtbot.addWidget(with_hint)
    qtbot.addWidget(without)
    with_hint.show()
    without.show()
    assert with_hint.hint_label.isVisible() and with_hint.hint_label.text() == HINT
    assert not without.hint_label.isVisible()
    assert without.info.text() == f"共 {without.document.pageCount()} 页。"


def test_save_as_starts_in_documents_then_in_the_last_folder(qtbot, preview, tmp_path):
    preview.save_as()
    dialog = preview.save_dialog
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = Path(documents) if Path(documents).is_dir() else Path.home()
    assert Path(dialog.directory().absolutePath()) == expected
    target = tmp_path / "saved" / "承诺书.pdf"
    target.parent.mkdir()
    dialog.fileSelected.emit(str(target))
    dialog.reject()
    qtbot.waitUntil(lambda: target.exists() and Op.in_flight() == 0, timeout=10_000)
    assert target.read_bytes() == preview.pdf
    assert preview.settings.get(S.LAST_FOLDER) == str(target.parent)
    preview.save_as()
    assert Path(preview.save_dialog.directory().absolutePath()) == target.parent
    preview.save_dialog.reject()
