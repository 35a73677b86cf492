"""Run every benchmark and print its figures (ratios against a floor measured in the same run)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    status = 0
    for script in ("startup.py", "responsiveness.py", "commitments.py", "policies.py"):
        status |= subprocess.call([sys.executable, str(HERE / script)])
    sys.exit(status)
