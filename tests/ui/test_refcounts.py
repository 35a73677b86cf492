"""PySide6 6.12 drops a reference to True on each emission from Python; the app keeps True alive regardless
(ui/refcounts.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

EMIT_MANY = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, Signal
    app = QCoreApplication([])
    emissions = sys.getrefcount(True) + 1000  # more than True has references
    if sys.argv[1] == "fixed":
        from assistant.ui.refcounts import keep_singletons_alive
        keep_singletons_alive()
    class Relay(QObject):
        finished = Signal(bool, object)  # what every operation's result travels by (ui/ops.py)
    relay, got = Relay(), []
    relay.finished.connect(lambda ok, payload: got.append(ok))
    for _ in range(emissions):
        relay.finished.emit(True, None)
    print("survived", len(got))
""")


def run(mode: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", EMIT_MANY, mode], capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})


def test_a_process_survives_more_emissions_than_true_has_references():
    done = run("fixed")
    assert done.returncode == 0 and done.stdout.startswith("survived"), done.stderr[-2000:]


def test_without_the_workaround_this_pyside_would_abort():
    """Tells whoever upgrades PySide or Python when the workaround is no longer needed: this fails then."""
    import PySide6

    done = run("plain")
    if sys.version_info >= (3, 12):
        assert done.returncode == 0
    else:
        assert done.returncode != 0 and "deallocating True" in done.stderr, (PySide6.__version__, done.stdout)
