"""Preview (QtPdf), print through the system dialog, and save as PDF — for any PDF the app produced."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QPushButton, QVBoxLayout

from assistant.ui.widgets import Retranslating


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw each page into the printer at its resolution; returns the number of pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        count = document.pageCount()
        for index in range(count):
            if index:
                printer.newPage()
            target = painter.viewport()
            page = document.pagePointSize(index)
            dpi = printer.resolution()
            size = QSize(int(page.width() / 72 * dpi), int(page.height() / 72 * dpi))
            image = document.render(index, size)
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), image.scaled(scaled))
        return count
    finally:
        painter.end()


class PdfPreview(Retranslating, QDialog):
    def __init__(self, pdf: bytes, title: str, suggested_name: str, parent=None):
        super().__init__(parent)
        self.resize(820, 900)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.info = QLabel()
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)
        layout.addWidget(self.buttons)
        self._title = title
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("预览：{title}").format(title=self._title))
        self.print_button.setText(self.tr("打印…"))
        self.save_button.setText(self.tr("另存为 PDF…"))
        self.info.setText(self.tr("共 {count} 页。打印后请法定代表人签字、加盖公章。").format(count=self.document.pageCount()))


    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title)
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: print_pdf(self.document, printer))
        # QPrintDialog.open() has only the (receiver, member) overload in PySide6: show it window-modal instead.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.print_dialog = dialog
        dialog.show()

    def save_as(self) -> None:
        dialog = QFileDialog(self, self.tr("另存为 PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setNameFilter(self.tr("PDF 文件 (*.pdf)"))
        dialog.selectFile(self.suggested_name)
        dialog.fileSelected.connect(self._write)
        dialog.open()

    def _write(self, path: str) -> None:
        from assistant.infra.files import write_atomic

        try:
            write_atomic(path, self.pdf)
        except OSError as error:
            self.info.setText(self.tr("保存失败：{reason}").format(reason=error.strerror or str(error)))
            return
        self.info.setText(self.tr("已保存到 {path}").format(path=path))
