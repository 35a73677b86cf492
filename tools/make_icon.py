"""Draw the app's icon: assistant/resources/icons/assistant.png (the window's) and assistant.ico (Windows' executable).

Generated, not drawn by hand, so it can be changed and made again: a rounded blue square with 信 in the bundled
WenQuanYi Micro Hei, white. The ICO holds 16–256 px, each drawn at its own size so the small ones stay crisp.

    .venv/bin/python tools/make_icon.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "assistant" / "resources" / "icons"
FONT = ROOT / "assistant" / "resources" / "fonts" / "wqy-microhei.ttc"
SIZES = (16, 24, 32, 48, 64, 128, 256)
BLUE, WHITE = "#1a5fb4", "#ffffff"


def draw(size: int, family: str):
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    margin = max(1.0, size / 32)
    box = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(BLUE))
    painter.drawRoundedRect(box, size * 0.18, size * 0.18)
    font = QFont(family)
    font.setPixelSize(round(size * 0.68))
    font.setBold(size >= 32)
    painter.setFont(font)
    painter.setPen(QColor(WHITE))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "信")
    painter.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts and painting need it alive)
    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(FONT)))[0]
    ICONS.mkdir(parents=True, exist_ok=True)
    images = {size: Image.open(io.BytesIO(png_bytes(draw(size, family)))) for size in SIZES}
    images[256].save(ICONS / "assistant.png")
    images[256].save(ICONS / "assistant.ico", sizes=[(s, s) for s in SIZES],
                     append_images=[images[s] for s in SIZES if s != 256])
    print(f"wrote {ICONS / 'assistant.png'} and {ICONS / 'assistant.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
