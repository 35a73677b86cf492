"""Memory that stays put: the app's resident set size (RSS) after signing in and opening every page, and its growth
over 20 more visits of every page, each reloading the firm's data (F5).

Floor: a bare PySide6 QMainWindow of the same size, shown in a fresh process. The app is measured twice, each in a
fresh process of its own: with the embedded sandbox (as the real app starts without a platform URL: since stop 16 in
a child process of the app, whose RSS is reported beside the app's) and without it (the sandbox started with
`assistant sandbox`; only the app's process is measured). RSS is VmRSS from /proc/self/status on Linux, the peak
(ru_maxrss) elsewhere. A benchmark: it prints figures and asserts nothing.
"""

from __future__ import annotations

import gc
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

USERNAME, PASSWORD = "kuaiji", "Demo@2026"  # the accountant: the most firms, the largest views
ROUNDS = 20
CHILD_TIMEOUT_S = 150
KEYRING_ENV = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}

BARE = """
import sys
sys.path.insert(0, {bench!r})
from memory import rss_mib
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1000, 680)
window.show()
app.processEvents()
print(rss_mib(), flush=True)
"""


def rss_mib(pid: int | str = "self") -> float:
    """A process's resident set size in MiB: VmRSS on Linux, else this process's peak as the OS reports it."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB elsewhere


# -- the child: the app in this process -------------------------------------------------------------------------
def pump(app, until, limit_s: float, at_least_s: float = 0.0) -> bool:
    """Run the event loop until `until()` holds (and at least `at_least_s` passed) or `limit_s` passed."""
    started = time.perf_counter()
    while True:
        elapsed = time.perf_counter() - started
        if elapsed >= at_least_s and until():
            return True
        if elapsed > limit_s:
            return False
        app.processEvents()
        time.sleep(0.001)  # the benchmark's own loop; the app under test runs inside processEvents


def settle(app, limit_s: float = 30.0, extra_s: float = 0.0) -> bool:
    from assistant.ui.ops import Op

    done = pump(app, lambda: Op.in_flight() == 0, limit_s, at_least_s=0.02)  # a few turns: layouts and paints too
    if extra_s:
        pump(app, lambda: False, extra_s)
    return done


def collected_rss(app) -> float:
    gc.collect()  # the app's collector (ui/collector.py) keeps automatic collection off
    pump(app, lambda: False, 0.05)
    return rss_mib()


def child(mode: str, platform_url: str | None) -> dict:
    import keyring
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())
    errors: list[str] = []
    hook = sys.excepthook

    def record(kind, value, tb) -> None:  # an exception in a slot (a page that fails to open) lands here
        errors.append(f"{kind.__name__}: {value}")
        hook(kind, value, tb)

    sys.excepthook = record
    import shiboken6
    from PySide6.QtWidgets import QApplication

    from assistant.app import apply_theme
    from assistant.infra import paths
    from assistant.infra import settings as S
    from assistant.ui import runtime, translations
    from assistant.ui.context import AppContext
    from assistant.ui.features import FEATURES
    from assistant.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    runtime.prepare(app)  # as the app does
    settings = S.Settings(paths.config_dir() / "settings.json")
    translations.install(settings.get(S.LANGUAGE))
    apply_theme(app)
    result: dict = {"mode": mode, "errors": errors}
    context = AppContext(settings, paths.data_dir(), platform_override=platform_url)
    window = MainWindow(context)
    try:
        result["started_mib"] = rss_mib()
        window.show()
        window.build_pages()
        context.start()
        failures: list[str] = []
        context.platform_failed.connect(failures.append)
        context.firm_failed.connect(failures.append)
        context.notice.connect(errors.append)
        if not pump(app, lambda: window.login_dialog is not None or failures, 90):
            raise RuntimeError("no sign-in dialog within 90 s")
        if failures:
            raise RuntimeError(f"the platform did not start: {failures}")
        result["demo"] = context.demo

        firms: list = []
        collect_firm = firms.append
        context.firm_loaded.connect(collect_firm)

        def signed(_result) -> None:
            if window.login_dialog is not None:
                window.login_dialog.accept()  # as the dialog does once signed in

        context.sign_in(USERNAME, PASSWORD, False, signed, lambda error: failures.append(repr(error)))
        if not pump(app, lambda: firms or failures, 60) or failures:
            raise RuntimeError(f"not signed in with a firm loaded: {failures or 'timed out'}")
        context.firm_loaded.disconnect(collect_firm)  # kept, every reload's firm would count as the app's growth
        firms.clear()
        settle(app)

        window.build_pages()  # built already when shown; harmless
        started = time.perf_counter()
        for feature in FEATURES:
            window.open_feature(feature.key)
            if not settle(app):
                errors.append(f"{feature.key}: operations still running after 30 s")
        settle(app, extra_s=0.3)
        result["first_visit_s"] = time.perf_counter() - started
        result["views"] = sorted(context.views)  # the views loaded for the firm the pages show
        result["pages"] = sorted(window.built)
        result["after_pages_mib"] = first = collected_rss(app)
        child_process = getattr(context.platform.sandbox, "process", None)  # the embedded sandbox's own process
        result["sandbox_process_mib"] = rss_mib(child_process.pid) if child_process is not None else None

        rounds: list[float] = []
        per_page = dict.fromkeys((f.key for f in FEATURES), 0.0)  # RSS change while opening each page, summed
        tracing = os.environ.get("MEMORY_TRACE") == "1"  # where the growth comes from (slow: for looking into it)
        if tracing:
            import tracemalloc

            tracemalloc.start(12)
        started = time.perf_counter()
        for round_no in range(ROUNDS):
            if tracing and round_no == 3:
                collected_rss(app)
                baseline = tracemalloc.take_snapshot()
            for feature in FEATURES:
                before = rss_mib()
                window.open_feature(feature.key)
                context.refresh()  # and its data loaded again (F5): the work a visit does, not only a page switch
                if not settle(app):
                    errors.append(f"{feature.key}: operations still running after 30 s")
                per_page[feature.key] += rss_mib() - before
            rounds.append(rss_mib())
        result["rounds_s"] = time.perf_counter() - started
        settle(app, extra_s=0.3)
        result["final_mib"] = final = collected_rss(app)
        if tracing:
            grown = tracemalloc.take_snapshot().compare_to(baseline, "traceback")[:8]
            result["grown"] = [[f"{stat.size_diff / 1024:.0f} KiB in {stat.count_diff} blocks",
                                *stat.traceback.format()[-12:]] for stat in grown]
        result["growth_mib"] = final - first
        result["rounds_mib"] = [round(value, 2) for value in rounds]
        result["per_page_mib"] = {key: round(value, 2) for key, value in per_page.items()}
        result["objects"] = len(gc.get_objects())
        result["widgets"] = len(QApplication.allWidgets())
    finally:
        context.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()
        shiboken6.delete(QApplication.instance())  # while Python still holds its Qt objects, not after
    return result


# -- the parent: one fresh process per figure -------------------------------------------------------------------
def _env(folder: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ASSISTANT_DATA_DIR=str(folder), **KEYRING_ENV)
    env.pop("ASSISTANT_PLATFORM_URL", None)  # the embedded run must start its own sandbox
    return env


def _last_json(stdout: str) -> dict:
    for line in reversed(stdout.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError("the child printed no figures")


def bare() -> float:
    folder = Path(tempfile.mkdtemp(prefix="bench-memory-"))
    try:
        done = subprocess.run([sys.executable, "-c", BARE.format(bench=str(Path(__file__).resolve().parent))],
                              env=_env(folder), capture_output=True, text=True, timeout=60)
        if done.returncode:
            raise RuntimeError(f"the bare window failed ({done.returncode}): {done.stderr[-2000:]}")
        return float(done.stdout.split()[-1])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def app_child(mode: str, platform_url: str | None = None) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="bench-memory-"))
    command = [sys.executable, str(Path(__file__).resolve()), "--child", mode]
    if platform_url:
        command += ["--platform", platform_url]
    try:
        done = subprocess.run(command, env=_env(folder), capture_output=True, text=True, timeout=CHILD_TIMEOUT_S)
        if done.returncode:
            raise RuntimeError(f"the {mode} child failed ({done.returncode}): {done.stderr[-3000:]}")
        result = _last_json(done.stdout)
        result["stderr"] = done.stderr.strip()[-2000:]
        return result
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def remote_sandbox(folder: Path) -> tuple[subprocess.Popen, str]:
    """`assistant sandbox` on a free port in another process, and its URL once it serves."""
    out = folder / "sandbox.out"
    with open(out, "w", encoding="utf-8") as stdout, open(folder / "sandbox.err", "w", encoding="utf-8") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "assistant", "sandbox", "--port", "0", "--db", str(folder / "platform.sqlite3")],
            cwd=ROOT, env=_env(folder), stdout=stdout, stderr=stderr)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = re.search(r"(https?://\S+?)/api/v1", out.read_text(encoding="utf-8"))
        if found:
            return process, found.group(1)
        if process.poll() is not None:
            break
        time.sleep(0.05)
    process.kill()
    process.wait()
    raise RuntimeError(f"the sandbox did not start: {(folder / 'sandbox.err').read_text(encoding='utf-8')[-2000:]}")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main() -> dict:
    floor = bare()
    embedded = app_child("embedded")
    folder = Path(tempfile.mkdtemp(prefix="bench-memory-sandbox-"))
    process = None
    try:
        process, url = remote_sandbox(folder)
        remote = app_child("remote", url)
    finally:
        if process is not None:
            stop(process)
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "bare_mib": floor,
        "embedded_after_pages_mib": embedded["after_pages_mib"],
        "embedded_growth_20_mib": embedded["growth_mib"],
        "remote_after_pages_mib": remote["after_pages_mib"],
        "remote_growth_20_mib": remote["growth_mib"],
        "ratio_embedded": embedded["after_pages_mib"] / floor,
        "ratio_remote": remote["after_pages_mib"] / floor,
        "embedded": embedded,
        "remote": remote,
    }


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        arguments = sys.argv[2:]
        url = arguments[arguments.index("--platform") + 1] if "--platform" in arguments else None
        print(json.dumps(child(arguments[0], url), ensure_ascii=False), flush=True)
        sys.exit(0)

    began = time.perf_counter()
    r = main()
    print(f"memory: bare QMainWindow floor {r['bare_mib']:.1f} MiB")
    for mode, label in (("embedded", "with embedded sandbox"), ("remote", "without embedded sandbox")):
        figures = r[mode]
        print(f"memory: {label}: {figures['after_pages_mib']:.1f} MiB after signing in and opening every page "
              f"({r[f'ratio_{mode}']:.2f}× the floor); after {ROUNDS} more visits {figures['final_mib']:.1f} MiB, "
              f"growth {figures['growth_mib']:+.2f} MiB (target < 5 MiB)")
        if figures.get("sandbox_process_mib"):
            print(f"memory:   {label}: its sandbox process besides: {figures['sandbox_process_mib']:.1f} MiB")
        print(f"memory:   {label}: RSS per round {figures['rounds_mib']}")
        print(f"memory:   {label}: RSS change while opening each page, over {ROUNDS} rounds {figures['per_page_mib']}")
        if figures["errors"]:
            print(f"memory:   {label}: errors and notices {figures['errors']}")
    print(f"memory: took {time.perf_counter() - began:.1f} s")
