"""Installing translators: ours and Qt's own (qtbase), so standard buttons speak the same language.

Once they are in, every `Retranslating` widget re-sets its texts (`retranslate()`), so a new language needs no restart.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from assistant import i18n
from assistant.ui.widgets import retranslate_all

log = logging.getLogger(__name__)
QM_DIR = Path(__file__).resolve().parent.parent / "i18n"
_installed: list[QTranslator] = []


def install(language: str) -> None:
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QM_DIR / f"{language}.qm"
    qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{language}.qm"
    for path in (qt, ours):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        elif (path == ours and language != "zh_CN") or (path == qt and language != "en"):
            # zh_CN is our source language and English Qt's: those texts need no catalogue.
            log.warning("translation catalogue missing: %s", path)
    log.info("translations for %s: %s", language, ", ".join(Path(t.filePath()).name for t in _installed) or "none")
    QLocale.setDefault(QLocale(language))
    i18n.set_translator(QCoreApplication.translate)
    retranslate_all()
