"""Installing translators: ours and Qt's own (qtbase), so standard buttons speak the same language. At start Qt's own
comes once the pages are built (`install_qt_catalogue`).

Once they are in, every `Retranslating` widget re-sets its texts (`retranslate()`), so a new language needs no restart.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from assistant import i18n
from assistant.ui.widgets import retranslate_all

log = logging.getLogger(__name__)
QM_DIR = Path(__file__).resolve().parent.parent / "i18n"
_installed: list[QTranslator] = []
_language = ""


def install(language: str, *, qt_catalogue: bool = True) -> None:
    """The app's catalogue for `language`, and Qt's own unless the caller loads it later (`install_qt_catalogue`)."""
    global _language
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language = language
    _load("translations", QM_DIR / f"{language}.qm", needed=language != "zh_CN")  # zh_CN: our source language
    if qt_catalogue:
        install_qt_catalogue()
    QLocale.setDefault(QLocale(language))
    i18n.set_translator(QCoreApplication.translate)
    retranslate_all()


def install_qt_catalogue() -> None:
    """Qt's own catalogue (standard buttons, a text field's menu, the file dialogs) for the language installed last.
    Nothing on the first screen comes from Qt, so at start it is loaded after the first paint: finding it takes
    QLibraryInfo, whose type PySide builds in half a millisecond."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    _load("Qt's own translations", folder / f"qtbase_{_language}.qm", needed=_language != "en")  # Qt's source


def _load(what: str, path: Path, *, needed: bool) -> None:
    app = QCoreApplication.instance()
    translator = QTranslator(app)
    if translator.load(str(path)):
        app.installTranslator(translator)
        _installed.append(translator)
        log.info("%s for %s: %s", what, _language, path.name)
    elif needed:
        log.warning("translation catalogue missing: %s", path)
