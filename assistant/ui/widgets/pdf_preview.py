"""Preview (QtPdf), print preview, print through the system dialog, and save as PDF — for any PDF the app produced.

Printing draws each page as an image (QtPdf renders only to images) at 300 dpi, scaled to the printer's page: on
A4 paper, which the printer starts with, that is exactly the document's own size. The page's text is laid over the
image, invisibly, so a print to a PDF file (Microsoft Print to PDF, CUPS-PDF) can still be searched and copied.
The page-drawing function is the same for printing and for the print preview; printing runs in a worker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QKeySequence,
    QPageSize,
    QPainter,
    QShortcut,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from assistant.errors import UserFacingError
from assistant.i18n import translate
from assistant.infra.settings import Settings
from assistant.ui.ops import Op, message_for, next_turn
from assistant.ui.widgets import Retranslating
from assistant.ui.widgets.files import save_file
from assistant.ui.widgets.screen import fit_to_screen

PRINT_DPI = 300  # sharp on paper; a printer's own resolution (1200 dpi) would need over 500 MB per A4 page
PREVIEW_DPI = 150  # the print preview shows a page on a screen
# The documents' own CJK font, so the invisible text needs no system font.
TEXT_FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "wqy-microhei.ttc"
_text_family: list[str] = []


@dataclass
class RenderedPage:
    """One page ready to draw: its size in points, its image, and its words with where they stand (in points)."""

    size: QSizeF
    image: QImage
    words: list[tuple[QRectF, str]] = field(default_factory=list)


def load_document(pdf: bytes, parent=None) -> QPdfDocument:
    """A document read from memory; the buffer is its child, so it lives as long as the document."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def text_family() -> str:
    """The font of the invisible text layer, registered once, on the GUI thread: printing and the print preview
    call this before their workers draw (not every preview: it costs 4 ms)."""
    if not _text_family:
        families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(TEXT_FONT)))
        _text_family.append(families[0] if families else "")
    return _text_family[0]


def render_page(document: QPdfDocument, index: int, dpi: int) -> RenderedPage:
    size = document.pagePointSize(index)
    image = document.render(index, QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi)))
    return RenderedPage(size, image, _words(document, index))


def _words(document: QPdfDocument, index: int) -> list[tuple[QRectF, str]]:
    """Each run of text without spaces, with its box: enough for a search or a copy to find it in the print."""
    text = document.getAllText(index).text()
    words, start = [], 0
    for word in text.split():
        start = text.index(word, start)
        box = document.getSelectionAtIndex(index, start, len(word)).boundingRectangle()
        start += len(word)
        if box.isValid():
            words.append((box, word))
    return words


def draw_page(painter: QPainter, target: QRect, page: RenderedPage) -> None:
    """The page as large as fits in `target` (device pixels), centred, its words invisibly over it."""
    scale = min(target.width() / page.size.width(), target.height() / page.size.height())  # device px per point
    width, height = page.size.width() * scale, page.size.height() * scale
    origin = QPointF(target.x() + (target.width() - width) / 2, target.y() + (target.height() - height) / 2)
    painter.drawImage(QRectF(origin, QSizeF(width, height)), page.image)
    family = text_family()
    if not family:
        return
    painter.save()
    painter.setPen(QColor(0, 0, 0, 0))
    font = QFont(family)
    font.setPixelSize(100)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    for box, word in page.words:
        advance = metrics.horizontalAdvance(word)
        if advance <= 0:
            continue
        painter.save()
        painter.translate(origin.x() + box.x() * scale, origin.y() + box.y() * scale)
        painter.scale(box.width() * scale / advance, box.height() * scale / metrics.height())
        painter.drawText(QPointF(0, metrics.ascent()), word)
        painter.restore()
    painter.restore()


def _draw_all(printer: QPrinter, pages) -> int:
    """Each page onto the printer's page rectangle (the whole sheet: see `new_printer`); returns the pages drawn."""
    painter = QPainter()
    if not painter.begin(printer):
        raise UserFacingError(translate("PdfPreview", "无法开始打印，请检查打印机是否可用。"))
    count = 0
    try:
        for page in pages:
            if count:
                printer.newPage()
            draw_page(painter, painter.viewport(), page)
            count += 1
    finally:
        painter.end()
    return count


def print_pdf(document: QPdfDocument, printer: QPrinter, dpi: int = PRINT_DPI) -> int:
    """Every page of `document` printed at `dpi` (rendered one at a time: a long document stays small in memory)."""
    return _draw_all(printer, (render_page(document, i, dpi) for i in range(document.pageCount())))


def print_pdf_bytes(pdf: bytes, printer: QPrinter) -> int:
    """For a worker: its own document (QtPdf serialises the PDF engine between threads)."""
    return print_pdf(load_document(pdf), printer)


def new_printer(title: str) -> QPrinter:
    """A4 unless the user picks otherwise; full page, so the document's own margins (2.5 cm) are the margins and
    an A4 page prints at its own size instead of shrunk into the printer's margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    return printer


class PdfPreview(Retranslating, QDialog):
    def __init__(self, pdf: bytes, title: str, suggested_name: str, parent=None, *, hint: str = "",
                 settings: Settings | None = None):
        """`hint` says what to do with the paper, from the caller (a letter: sign and stamp it); `settings` keep
        the folder last saved to."""
        super().__init__(parent)
        fit_to_screen(self, 820, 900)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.settings = settings
        self._title = title
        self.document = load_document(pdf, self)
        self.view = QPdfView(self)  # its document is set when it is shown (`setVisible`)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.hint_label = QLabel(hint)
        self.hint_label.setWordWrap(True)
        self.print_button, self.preview_button, self.save_button = QPushButton(), QPushButton(), QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.preview_button, self.print_button, self.save_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.preview_button.clicked.connect(self.print_preview)
        self.save_button.clicked.connect(self.save_as)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint_label)
        self.hint_label.setVisible(bool(hint))  # once in the dialog: shown before, it was a window of its own
        layout.addWidget(self.info)
        layout.addWidget(self.buttons)
        self.print_dialog: QPrintDialog | None = None
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.retranslate()

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt's name)
        """The view lays out and draws the pages once it has the document, several milliseconds: given it on the
        turn after the window first appears, not on the one that builds the window or the one that shows it."""
        super().setVisible(visible)
        if visible and self.view.document() is None:
            next_turn(self._show_pages)

    def _show_pages(self) -> None:
        if shiboken6.isValid(self) and self.view.document() is None:
            self.view.setDocument(self.document)

    def open_soon(self, *, print_now: bool = False) -> None:
        """Shown on the event loop's next turn (and the print dialog over it, if asked): building this window and
        showing it are each several milliseconds of the GUI thread, together more than a frame."""

        def show() -> None:
            if shiboken6.isValid(self):
                self.open()
                if print_now:
                    self.print_document()

        next_turn(show)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("预览：{title}").format(title=self._title))
        self.print_button.setText(self.tr("打印…"))
        self.preview_button.setText(self.tr("打印预览…"))
        self.save_button.setText(self.tr("另存为 PDF…"))
        self.show_info(self.tr("共 {count} 页。").format(count=self.document.pageCount()))

    def show_info(self, text: str) -> None:
        self.info.setText(text)

    # -- printing -------------------------------------------------------------------------------------------------
    def print_document(self) -> None:
        printer = self.printer = new_printer(self._title)  # the dialog does not own it
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.print_to(printer))
        # QPrintDialog.open() has only the (receiver, member) overload in PySide6: show it window-modal instead.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.print_dialog = dialog
        dialog.show()

    def print_to(self, printer: QPrinter) -> None:
        """What the print dialog does when accepted: every page to `printer`, in a worker."""
        text_family()
        pdf = self.pdf
        self.show_info(self.tr("正在打印…"))
        Op(self, lambda: print_pdf_bytes(pdf, printer), self._printed).failure(
            lambda error: self.show_info(message_for(error))).with_progress(self.tr("正在打印…")).run()

    def _printed(self, count: int) -> None:
        self.show_info(self.tr("已发送到打印机，共 {count} 页。").format(count=count))

    def print_preview(self) -> None:
        """The pages as the printer will get them, rendered in a worker, then shown by Qt's print preview (which
        draws on the GUI thread each time the user changes the paper or the layout)."""
        text_family()
        pdf = self.pdf

        def render() -> list[RenderedPage]:
            document = load_document(pdf)
            return [render_page(document, i, PREVIEW_DPI) for i in range(document.pageCount())]

        Op(self, render, self._show_print_preview).failure(lambda error: self.show_info(message_for(error))).run()

    def _show_print_preview(self, pages: list[RenderedPage]) -> None:
        self.preview_printer = new_printer(self._title)  # the dialog does not own it: kept as long as this window
        dialog = QPrintPreviewDialog(self.preview_printer, self)
        dialog.paintRequested.connect(lambda printer: _draw_all(printer, pages))
        fit_to_screen(dialog, 900, 1000)
        # Like QPrintDialog, its open() needs arguments in PySide6.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview_dialog = dialog
        dialog.show()

    # -- saving ---------------------------------------------------------------------------------------------------
    def save_as(self) -> None:
        self.save_dialog = save_file(self, self.settings, title=self.tr("另存为 PDF"),
                                     name_filter=self.tr("PDF 文件 (*.pdf)"), suggested_name=self.suggested_name,
                                     suffix="pdf", chosen=self._write)

    def _write(self, path: str) -> None:
        from assistant.infra.files import write_atomic

        pdf = self.pdf
        Op(self, lambda: write_atomic(path, pdf), lambda _: self.show_info(self.tr("已保存到 {path}").format(path=path))
           ).failure(lambda error: self.show_info(self.tr("保存失败：{reason}").format(
               reason=getattr(error, "strerror", None) or message_for(error)))).run()
