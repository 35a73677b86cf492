"""Running `assistant …` as a user would: a real process, the password from the environment, no keyring."""

from __future__ import annotations

import os
import subprocess
import sys

from assistant.sandbox.seed import DEMO_PASSWORD


def run_cli(*args: str, password: str | None = DEMO_PASSWORD) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    env.pop("ASSISTANT_PASSWORD", None)
    if password:
        env["ASSISTANT_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, env=env,
                          timeout=120)
