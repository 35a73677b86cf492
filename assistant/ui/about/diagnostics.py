"""导出诊断信息: one zip for the helpdesk — the logs, what runs where, and the settings — with nothing secret in it.

The logs are redacted when written (infra/logsetup.py); they are redacted again here, because a file from an older
version, or a line written before the redaction learnt a pattern, must not leave the PC either. Settings keys that
name a secret are left out and credentials in URLs (a proxy's user and password) masked. Qt-free, for a worker.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import platform
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

from assistant.appinfo import APP_ID, VERSION
from assistant.infra.files import write_atomic
from assistant.infra.logsetup import redact

LOG_NAME = "assistant.log"  # and its rotated copies, assistant.log.1 …
SECRET_KEY = re.compile(r"(?i)token|password|passwd|secret|credential|cookie|api[_-]?key|auth")
URL_CREDENTIALS = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/@\s]+@")
MASK = "***"


def mask_credentials(text: str) -> str:
    """`http://alice:s3cret@proxy:8080` → `http://***@proxy:8080`: the helpdesk needs the host, not the login."""
    return URL_CREDENTIALS.sub(rf"\g<1>{MASK}@", text)


def clean(value: Any) -> Any:
    """A settings value with secrets left out, URL credentials masked and tokens or ID numbers redacted."""
    if isinstance(value, dict):
        return {key: clean(item) for key, item in value.items() if not SECRET_KEY.search(str(key))}
    if isinstance(value, list):
        return [clean(item) for item in value]
    if isinstance(value, str):
        return redact(mask_credentials(value))
    return value


def read_settings(path: Path) -> dict[str, Any]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        return {"unreadable": type(error).__name__}
    return clean(raw) if isinstance(raw, dict) else {}


def system_info(extra: dict[str, str]) -> dict[str, str]:
    return {"app": APP_ID, "version": VERSION, "os": platform.platform(), "machine": platform.machine(),
            "python": sys.version.split()[0], "created_utc": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            **{key: redact(mask_credentials(text)) for key, text in extra.items()}}


def log_files(log_dir: Path) -> list[Path]:
    return sorted(p for p in log_dir.glob(f"{LOG_NAME}*") if p.is_file() and not p.name.endswith(".part"))


def build_zip(*, log_dir: Path, settings_path: Path, extra: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("system.json", json.dumps(system_info(extra), ensure_ascii=False, indent=2))
        archive.writestr("settings.json", json.dumps(read_settings(settings_path), ensure_ascii=False, indent=2))
        for path in log_files(log_dir):
            text = path.read_text(encoding="utf-8", errors="replace")
            archive.writestr(f"logs/{path.name}", "".join(redact(line) for line in text.splitlines(keepends=True)))
    return buffer.getvalue()


def write_diagnostics(target: Path, *, log_dir: Path, settings_path: Path, extra: dict[str, str]) -> Path:
    """The zip written to `target` (atomically); `extra` adds what only the caller knows (Qt version, platform)."""
    return write_atomic(target, build_zip(log_dir=log_dir, settings_path=settings_path, extra=extra))
