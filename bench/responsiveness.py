"""GUI responsiveness: how long the GUI thread stalls while work runs, in four scenarios.

A 10 ms timer ticks on the GUI thread; a stall is what a gap between two ticks has beyond the 10 ms (a gap of 26 ms is
a 16 ms stall: one 60 Hz frame dropped). Floor: the same timer on the idle event loop in the same run. Scenarios,
each on the real window and context, with the demo platform in a process of its own as the app runs it
(services/sandbox_process.py; until stop 16 it was a thread of the app, whose work stalled the window):

1. slow platform: signing in and loading the firm while every platform call takes 3 s;
2. portfolio: the accountant's 200 firms × 1,000 policies computed and shown (the platform has 4 demo firms, so the
   page's service evaluates the synthetic 200 of bench/policies.py — the same evaluation and the same page code);
3. report: a credit report requested (the embedded platform builds and seals it), fetched and shown in the preview;
4. attachment: a 10 MB file checked, hashed and copied into a repair application's material slot.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TICK_S = 0.010
PASSWORD = "Demo@2026"


def gaps_while(app, until, limit_s: float, settle_s: float = 0.2) -> list[float]:
    """Gaps between ticks until `until()` holds (and `settle_s` more, for the paint that follows), in seconds."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer(interval=int(TICK_S * 1000))
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    deadline, settled = time.perf_counter() + limit_s, None
    while time.perf_counter() < deadline:
        if settled is None and until():
            settled = time.perf_counter() + settle_s
        if settled is not None and time.perf_counter() >= settled:
            break
        app.processEvents()
        time.sleep(0.001)  # the benchmark's own loop; the app under test runs inside processEvents
    else:
        raise TimeoutError("the scenario did not finish")
    timer.stop()
    return [b - a for a, b in zip(ticks, ticks[1:], strict=False)]


def stalls(gaps: list[float]) -> dict[str, float]:
    """Largest and 99th-percentile stall in ms (gap beyond the tick), and how many ticks."""
    ordered = sorted(gaps)
    p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
    return {"largest_ms": max(0.0, (ordered[-1] - TICK_S) * 1000), "p99_ms": max(0.0, (p99 - TICK_S) * 1000),
            "ticks": len(gaps) + 1}


class Portfolio200:
    """The policies service with the accountant's 200 synthetic firms instead of the platform's 4."""

    def __init__(self, service) -> None:
        from assistant.api.models import FirmRef
        from bench.policies import workload

        self.service = service
        self.policies, facts = workload()
        refs = [FirmRef(uscc=f"{n:018d}", name=f"企业{n}", relation="agent") for n in range(len(facts))]
        self.firms = [(ref, f, []) for ref, f in zip(refs, facts, strict=True)]

    def portfolio(self):
        from assistant.services.policies import evaluate_portfolio

        return evaluate_portfolio(self.policies, self.firms, dt.date(2026, 11, 21))

    def __getattr__(self, name):
        return getattr(self.service, name)


class Platform:
    """The demo platform in a process of its own, as the app runs its embedded one (services/sandbox_process.py),
    with the admin token that lets the bench make it slow."""

    TOKEN = "bench-admin"

    def __init__(self, db: Path) -> None:
        import subprocess

        self.process = subprocess.Popen(
            [sys.executable, "-m", "assistant", "sandbox", "--port", "0", "--db", str(db), "--admin-token", self.TOKEN],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        first = self.process.stdout.readline()
        self.url = first.split(": ", 1)[1].split("/api/v1")[0]

    def latency(self, seconds: float) -> None:
        import httpx

        httpx.post(f"{self.url}/api/v1/sandbox/latency", json={"seconds": seconds},
                   headers={"X-Sandbox-Admin": self.TOKEN}).raise_for_status()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def main(latency: float = 3.0) -> dict[str, dict[str, float]]:
    import keyring
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())
    folder = Path(tempfile.mkdtemp())
    os.environ["ASSISTANT_DATA_DIR"] = str(folder)
    from PySide6.QtWidgets import QApplication

    from assistant.infra import paths
    from assistant.infra import settings as S
    from assistant.ui import runtime
    from assistant.ui.context import AppContext
    from assistant.ui.main_window import MainWindow
    from assistant.ui.ops import Op

    app = QApplication.instance() or QApplication([])
    runtime.prepare(app)  # as the app does
    server = Platform(folder / "platform.sqlite3")
    results: dict[str, dict[str, float]] = {}
    try:
        context = AppContext(S.Settings(paths.config_dir() / "settings.json"), paths.data_dir(),
                             platform_override=server.url)
        window = MainWindow(context)
        window.show()
        window.build_pages()
        context.start()
        gaps_while(app, lambda: window.login_dialog is not None, 30, 0)
        results["idle"] = stalls(gaps_while(app, lambda: True, 5, 1.0))

        def sign_in(username: str, settle: str) -> None:
            loaded: list = []
            views: list = []
            context.firm_loaded.connect(loaded.append)
            context.view_loaded.connect(lambda key, view: key == settle and views.append(view))
            context.sign_in(username, PASSWORD, False, lambda result: None, loaded.append)
            gaps = gaps_while(app, lambda: bool(loaded), 60, 0)
            assert loaded and not isinstance(loaded[0], BaseException), loaded
            server.latency(0)
            gaps_while(app, lambda: bool(views) and Op.in_flight() == 0, 60, 0.3)
            return gaps

        # 1. every platform call takes 3 s
        server.latency(latency)
        window.login_dialog.close()
        results["slow_platform"] = stalls(sign_in("hengda", "commitments"))

        # 3. a report requested, fetched and previewed (the firm owner's page)
        window.open_feature("reports")
        page = window.page("reports")
        gaps_while(app, lambda: page.view is not None and Op.in_flight() == 0, 30, 0.3)
        page.request()
        results["report"] = stalls(gaps_while(
            app, lambda: getattr(page, "preview", None) is not None and page.preview.isVisible()
            and Op.in_flight() == 0, 120, 0.5))
        page.preview.close()

        # 4. a 10 MB file into a repair application's material slot
        window.open_feature("repair")
        gaps_while(app, lambda: "repair" in context.views and Op.in_flight() == 0, 30, 0.3)
        service, rows = context.service("repair"), context.views["repair"].rows
        draft = service.new_application(context.current_firm, rows[0].record, context.firm_view.profile.value)
        slot = "commitment"  # the 信用修复承诺书: every application has it
        big = folder / "整改材料.pdf"
        big.write_bytes(b"%PDF-1.7\n" + os.urandom(10 * 1024 * 1024 - 9))
        done: list = []
        Op(window, lambda: service.attach(draft, slot, big), done.append).failure(done.append).run()
        results["attachment"] = stalls(gaps_while(app, lambda: bool(done) and Op.in_flight() == 0, 60))
        assert not isinstance(done[0], BaseException), done

        # 2. the accountant's portfolio of 200 firms × 1,000 policies
        context.sign_out()
        gaps_while(app, lambda: context.session is not None and context.session.me is None
                   and Op.in_flight() == 0, 30, 0.3)
        if window.login_dialog is not None:
            window.login_dialog.close()
        sign_in("kuaiji", "policies")
        window.open_feature("policies")
        page = window.page("policies")
        gaps_while(app, lambda: Op.in_flight() == 0, 30, 0.3)
        context.services["policies"] = Portfolio200(context.services["policies"])
        page.compute_portfolio()
        results["portfolio"] = stalls(gaps_while(app, lambda: page.portfolio is not None and Op.in_flight() == 0,
                                                 120, 0.5))
        assert page.matrix.model().rowCount() == 201 and page.matrix.model().columnCount() == 1005
        context.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    return results


def run(rounds: int = 3) -> dict[str, dict[str, float]]:
    """Medians over `rounds` runs, each in its own process (a fresh window, sandbox and data folder)."""
    import json
    import subprocess

    runs = []
    for _ in range(rounds):
        out = subprocess.run([sys.executable, __file__, "--once"], capture_output=True, text=True, timeout=600,
                             check=True).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    return {scenario: {key: statistics.median(r[scenario][key] for r in runs) for key in runs[0][scenario]}
            for scenario in runs[0]}


if __name__ == "__main__":
    import json

    import shiboken6
    from PySide6.QtWidgets import QApplication

    if "--once" in sys.argv:
        r = main()
        shiboken6.delete(QApplication.instance())  # while Python still holds its Qt objects, not after
        print(json.dumps(r))
        sys.exit(0)
    r = run()
    idle = r.pop("idle")
    print(f"responsiveness (stall = tick gap beyond 10 ms; target ≤ 16 ms; medians of 3 runs): idle floor "
          f"largest {idle['largest_ms']:.1f} ms, p99 {idle['p99_ms']:.1f} ms")
    for scenario, figures in r.items():
        print(f"  {scenario:14s} largest {figures['largest_ms']:5.1f} ms  p99 {figures['p99_ms']:5.1f} ms  "
              f"({figures['ticks']:.0f} ticks)  ratio to idle largest "
              f"{figures['largest_ms'] / max(idle['largest_ms'], 0.1):.1f}")
