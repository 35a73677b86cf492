from __future__ import annotations

import json
import sys

import pytest

from assistant.infra import clock, paths
from assistant.infra import settings as S

# The screens the UI tests run on, instead of the offscreen platform's one 800×600: an office PC at 1366×768 and, to
# its right, a 1920×1080 laptop at 150 % (logical DPI 144), which Qt sees as 1280×720. tests/ui/test_geometry.py
# opens every window on each of them.
SCREENS = {"laptop": (1366, 768), "fullhd150": (1280, 720)}
SCREEN_CONFIG = {"screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    {"name": "fullhd150", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 144, "logicalBaseDpi": 96,
     "dpr": 1},
]}


@pytest.fixture(scope="session")
def qapp_args(tmp_path_factory):
    """pytest-qt creates the one QApplication with these arguments: the offscreen platform with the screens above
    (its `configfile` option; a `-platform` argument overrides QT_QPA_PLATFORM)."""
    config = tmp_path_factory.mktemp("screens") / "screens.json"
    config.write_text(json.dumps(SCREEN_CONFIG), encoding="utf-8")
    return [sys.argv[0], "-platform", f"offscreen:configfile={config}"]


@pytest.fixture(scope="session", autouse=True)
def gui_runtime(qapp):
    """As in the app (ui/runtime.py): cycles collected on the GUI thread only, True's reference count safe from
    PySide's emissions, a short GIL switch interval."""
    from assistant.ui import runtime

    runtime.prepare(qapp)


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    import dev

    dev.build_translations()


@pytest.fixture
def make_window(qtbot, qapp):
    """A main window on a platform (the embedded demo sandbox unless a URL is given), shown, torn down after."""
    from assistant.ui import translations
    from assistant.ui.context import AppContext
    from assistant.ui.main_window import MainWindow

    made = []

    def make(platform: str | None = None, *, language: str = "zh_CN", last_username: str = "", start=True,
             sandbox_process: bool = False):
        """`sandbox_process`: the embedded sandbox in a child process, as the app runs it; the tests use a thread of
        their own process unless they are about that (a child takes seconds to start, and most tests start one)."""
        settings = S.Settings(paths.config_dir() / "settings.json")
        settings.set(S.LANGUAGE, language)
        settings.set(S.LAST_USERNAME, last_username)
        translations.install(language)
        context = AppContext(settings, paths.data_dir(), platform_override=platform, sandbox_process=sandbox_process)
        window = MainWindow(context)
        window.language_chosen.connect(translations.install)
        qtbot.addWidget(window)
        window.show()
        window.build_pages()  # what the `shown` signal does in the app, without waiting for it
        made.append(context)
        if start:
            context.start()
        return window, context

    yield make
    for context in made:
        context.shutdown()
    translations.install("zh_CN")


def wait_for_login_dialog(qtbot, window, timeout=20_000):
    qtbot.waitUntil(lambda: window.login_dialog is not None and window.login_dialog.isVisible(), timeout=timeout)
    return window.login_dialog


def view_loaded(qtbot, context, key: str, check=None, timeout: int = 20_000):
    """Waits until the context announces a view of feature `key` (that passes `check`, if given)."""
    return qtbot.waitSignal(context.view_loaded, timeout=timeout,
                            check_params_cb=lambda k, view: k == key and (check is None or check(view)))


def signed_in(qtbot, make_window, sandbox, username: str, feature: str = "commitments"):
    """A window on `sandbox`, signed in as `username`, once the view of `feature` has loaded."""
    from assistant.sandbox.seed import DEMO_PASSWORD

    window, context = make_window(sandbox.url)
    dialog = wait_for_login_dialog(qtbot, window)
    dialog.username.setText(username)
    dialog.password.setText(DEMO_PASSWORD)
    with view_loaded(qtbot, context, feature):
        dialog.submit()
    return window, context


def a_repairable_record(sandbox, uscc: str, record_id: str, document_no: str = "新市监处罚〔2026〕901号") -> None:
    """A general-class fine decided five months before today, paid and rectified: 可以申请修复 whatever the date
    (the demo's own records are dated for the demo's day). Added through the sandbox's admin route."""
    import datetime as dt

    import httpx

    decided = clock.today() - dt.timedelta(days=150)
    paid = decided + dt.timedelta(days=10)
    answer = httpx.post(f"{sandbox.url}/api/v1/sandbox/records", headers={"X-Sandbox-Admin": sandbox.config.admin_token},
                        json={"uscc": uscc, "id": record_id, "kind": "administrative_penalty",
                              "decided_on": decided.isoformat(), "authority": "新乡市市场监督管理局",
                              "document_no": document_no, "summary": "未按规定标注产品执行标准，罚款6万元",
                              "sector": "market", "penalty": {"types": ["fine"], "fine": "60000.00"},
                              "performed": {"fine_paid_on": paid.isoformat(), "rectified_on": paid.isoformat()}})
    assert answer.status_code == 201, answer.text
