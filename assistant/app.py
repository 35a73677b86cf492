"""GUI start-up: logging → settings → QApplication → translators → main window → platform in the background.

The window appears before anything slow happens: the sandbox, the HTTP client and the database are opened by a
worker (ui/context.py), so start-up costs little more than Qt's own.
"""

from __future__ import annotations

import logging
import os
import sys
import weakref
from pathlib import Path

from assistant.appinfo import APP_ID, APP_NAME, ORG_DOMAIN, ORG_NAME, VERSION
from assistant.infra import paths
from assistant.infra import settings as S
from assistant.infra.logsetup import configure
from assistant.ui.pyside_features import mark_loaded_modules

log = logging.getLogger(__name__)
ICON = Path(__file__).with_name("resources") / "icons" / "assistant.png"
BASE_POINT_SIZE = 10.5  # in points, so that Windows display scaling keeps the text readable


def _route_qt_messages() -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind, context, message) -> None:
        qt_log.log(levels.get(kind, logging.INFO), "%s", message)

    qInstallMessageHandler(handler)


def _icon():
    from PySide6.QtGui import QIcon

    return QIcon(str(ICON))


def apply_theme(app) -> None:
    """The base text size, as the application's font. Not an application style sheet (`QWidget { font-size }`): with
    one, every widget is polished through Qt's style-sheet style (ui/theme.py styles only the widgets that need it)."""
    font = app.font()
    font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)


def _prepare_runtime(app) -> None:
    from assistant.ui import runtime  # after the first paint: ctypes and the collector are not needed to paint it

    runtime.prepare(app)


def run_gui(platform: str | None = None, exit_after: float | None = None, language: str | None = None) -> int:
    configure(paths.log_dir())
    log.info("%s %s starting", APP_ID, VERSION)
    settings = S.Settings(paths.config_dir() / "settings.json")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    mark_loaded_modules()  # before the window's modules import them again
    _route_qt_messages()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setApplicationVersion(VERSION)

    from assistant.ui import single_instance, translations

    instance = single_instance.claim(paths.data_dir(), sys.argv[1:])
    if instance is None:
        log.info("the app is open already: it has the command line and comes to the front")
        return 0
    if language in S.LANGUAGES:
        settings.set(S.LANGUAGE, language)
    translations.install(settings.get(S.LANGUAGE), qt_catalogue=False)  # Qt's own: once the pages are built
    apply_theme(app)

    from assistant.ui.main_window import MainWindow

    override = platform or os.environ.get("ASSISTANT_PLATFORM_URL")
    window = MainWindow(demo=not S.platform_url(settings, override))
    window.language_chosen.connect(translations.install)
    instance.serve(window)
    if exit_after is not None:
        def ready() -> None:
            print("init finished", flush=True)  # smoke tests and the start-up benchmark wait for this line
            QTimer.singleShot(int(exit_after * 1000), app.quit)

        window.shown.connect(ready)

    painted = weakref.ref(window)  # not the window itself: `del window` below must drop its last reference

    def attach() -> None:
        """On the first turn after the first paint: the app's machinery, which the window needs only to be used."""
        from assistant.ui.context import AppContext
        from assistant.ui.ops import install_excepthook

        install_excepthook()
        context = AppContext(settings, paths.data_dir(), platform_override=override)
        app.aboutToQuit.connect(context.shutdown)
        shown = painted()
        shown.attach(context)
        # Once the pages are built: the worker's imports would compete for the GIL with painting them.
        shown.pages_built.connect(context.start)

    window.shown.connect(attach)
    # After the first paint too: QIcon's enums cost 3 ms, the runtime's ctypes 2 ms. The runtime is ready before the
    # platform and the first worker start (connected before context.start).
    window.pages_built.connect(lambda: app.setWindowIcon(_icon()))
    window.pages_built.connect(lambda: _prepare_runtime(app))
    window.pages_built.connect(translations.install_qt_catalogue)
    window.show()
    code = app.exec()
    instance.release()
    log.info("exiting with %d", code)
    # Destroy the widgets while the application still exists; Python's exit order would do it the other way round.
    window.deleteLater()
    del window
    import shiboken6

    shiboken6.delete(app)
    return code
