"""Run every benchmark (or those named) and print its figures (ratios against a floor measured in the same run)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

SCRIPTS = ("startup.py", "responsiveness.py", "memory.py", "commitments.py", "policies.py", "repair.py",
           "report_pdf.py", "report.py", "frozen_startup.py", "bundle_size.py")

if __name__ == "__main__":
    # `bench/run.py repair` (or repair.py) runs only that one; report-pdf names report_pdf.py
    chosen = [name if name.endswith(".py") else f"{name.replace('-', '_')}.py" for name in sys.argv[1:]] or SCRIPTS
    unknown = [name for name in chosen if name not in SCRIPTS]
    if unknown:
        sys.exit(f"no such benchmark: {', '.join(unknown)} (choose from {', '.join(SCRIPTS)})")
    status = 0
    for script in chosen:
        status |= subprocess.call([sys.executable, str(HERE / script)])
    sys.exit(status)
