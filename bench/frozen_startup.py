"""Start-up of the frozen app (process start → main window shown) against the same app from source and the bare
PySide6 QMainWindow floor, alternated in one run; medians, the ratios of each round's pair. Builds the frozen app first unless it is cached."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.startup import BARE, time_to_ready  # noqa: E402
from tools import build_bundle  # noqa: E402


def main(runs: int = 15) -> dict[str, float]:
    frozen = build_bundle.build(lambda line: print(f"[build] {line}", flush=True)) / build_bundle.executable_name()
    commands = {
        "bare": [sys.executable, "-c", BARE],
        "source": [sys.executable, "-m", "assistant", "--exit-after", "0"],
        "frozen": [str(frozen), "--exit-after", "0"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ASSISTANT_DATA_DIR": folder,
               "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app runs from cached bytecode (see startup.py)
        for command in commands.values():
            time_to_ready(command, env)  # the first runs create the data folder and fill the OS's file cache
        for _ in range(runs):
            for name, command in commands.items():
                times[name].append(time_to_ready(command, env))
    result = {f"{name}_median_s": statistics.median(values) for name, values in times.items()}
    for name in ("frozen", "source"):  # each start against the bare window's of the same round (see startup.py)
        result[f"{name}_ratio"] = statistics.median(a / b for a, b in zip(times[name], times["bare"], strict=True))
    return result


if __name__ == "__main__":
    r = main()
    print(f"frozen start-up: bare QMainWindow {r['bare_median_s'] * 1000:.0f} ms, source {r['source_median_s'] * 1000:.0f}"
          f" ms (×{r['source_ratio']:.2f}), frozen {r['frozen_median_s'] * 1000:.0f} ms (×{r['frozen_ratio']:.2f})")
