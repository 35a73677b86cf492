"""The frozen app's folder: its size (target ≤ 150 MB on the Linux build) and its ten largest parts. Builds it
first unless it is cached."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools import build_bundle  # noqa: E402

if __name__ == "__main__":
    folder = build_bundle.build(lambda line: print(f"[build] {line}", flush=True))
    build_bundle.report(folder, print)
