"""The page every document shares: A4, 2.5 cm margins, the title on top, and at the foot the firm, its code,
the data hash and 第 x 页 共 y 页."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from assistant.pdf.fonts import MAIN, draw_string

MARGIN = 2.5 * cm


@dataclass(frozen=True)
class Running:
    """What the header and footer show."""

    title: str
    firm: str
    uscc: str
    data_hash: str


class Section(Flowable):
    """Where a document of several parts (申请表, then 承诺书) changes its running title: the page this is drawn on
    and the pages after it carry `title` in their header. Takes no room."""

    def __init__(self, title: str):
        super().__init__()
        self.title = title

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._running_title = self.title  # kept with the page's state, read when the header is written


def numbered_canvas(running: Running):
    """A canvas that knows the page count when it writes each footer (it keeps the pages until the end)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = kwargs.get("initialFontName") or MAIN  # not Helvetica: never embedded
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total, state.get("_running_title", running.title))
                super().showPage()
            super().save()

        def _decorate(self, total: int, title: str) -> None:
            width, height = A4
            self.saveState()
            self.setFont(MAIN, 9)
            self.setFillGray(0.35)
            draw_string(self, MARGIN, height - MARGIN + 0.9 * cm, title)
            self.line(MARGIN, height - MARGIN + 0.7 * cm, width - MARGIN, height - MARGIN + 0.7 * cm)
            self.line(MARGIN, MARGIN - 0.5 * cm, width - MARGIN, MARGIN - 0.5 * cm)
            draw_string(self, MARGIN, MARGIN - 0.95 * cm, f"{running.firm}  {running.uscc}")  # rare characters too
            self.drawRightString(width - MARGIN, MARGIN - 0.95 * cm, f"第 {self._pageNumber} 页 共 {total} 页")
            self.setFont(MAIN, 7)
            self.drawString(MARGIN, MARGIN - 1.35 * cm, f"数据校验 SHA-256 {running.data_hash[:32]}")
            self.restoreState()

    return NumberedCanvas
