"""User settings, each declared once with its type and default (cf. Electrum's ConfigVar), saved atomically.

The file holds no secrets: tokens live in the keyring only.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from assistant.appinfo import LANGUAGES  # noqa: F401 (the choices of LANGUAGE)

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

log = logging.getLogger(__name__)
T = TypeVar("T")
SETTINGS_VERSION = 1


class Setting(NamedTuple, Generic[T]):  # not a dataclass: the module is read before the first paint
    key: str
    default: T


PLATFORM_URL = Setting("platform_url", "")  # empty: the embedded demo sandbox
PROXY = Setting("proxy", "")
CA_FILE = Setting("ca_file", "")
LANGUAGE = Setting("language", "zh_CN")
LAST_USERNAME = Setting("last_username", "")  # whose remembered login to resume at start
LAST_FOLDER = Setting("last_folder", "")  # where a file was last saved or opened: the next file dialog starts there


class _AsJsonLoads:
    """What CPython's JSON scanner reads from its decoder: json.loads's defaults."""

    strict = True
    object_hook = object_pairs_hook = None
    parse_float, parse_int = float, int
    parse_constant = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}.__getitem__


_JSON_SPACE = " \t\n\r"


def read_json(text: str) -> Any:
    """`json.loads(text)`, by the C scanner json.loads itself runs (CPython's `_json`), so that the window's start
    does not import json: its four modules cost ~2 ms before the first paint, and the settings are read before it.
    Whatever the scanner does not take whole goes to json.loads, which says what is wrong."""
    try:
        from _json import make_scanner
    except ImportError:  # another Python: json.loads as usual
        make_scanner = None
    if make_scanner is not None:
        start = len(text) - len(text.lstrip(_JSON_SPACE))
        try:
            value, end = make_scanner(_AsJsonLoads)(text, start)
        except (StopIteration, ValueError, RecursionError):
            pass
        else:
            if not text[end:].strip(_JSON_SPACE):
                return value
    import json

    return json.loads(text)


def platform_url(settings: Settings, override: str | None = None) -> str:
    """The platform the app talks to: the override (command line, environment) or the setting; empty: the embedded
    demo sandbox."""
    return (override or settings.get(PLATFORM_URL)).strip()


class Settings:
    def __init__(self, path: Path):
        self.path = path
        self._values: dict[str, Any] = {}
        self._behind = False
        self.load()

    def load(self) -> None:
        wait_for_writes(self.path)
        try:
            raw = read_json(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raw = {}
        except (OSError, ValueError) as error:
            # A damaged file must not stop the app from opening; keep a copy for a human to look at.
            log.warning("settings file unreadable (%s); starting from defaults", type(error).__name__)
            try:
                self.path.replace(self.path.with_suffix(".damaged.json"))
            except OSError:
                pass
            raw = {}
        self._values = self._migrate(raw if isinstance(raw, dict) else {})

    @staticmethod
    def _migrate(raw: dict[str, Any]) -> dict[str, Any]:
        raw.setdefault("version", SETTINGS_VERSION)
        return raw

    def get(self, setting: Setting[T]) -> T:
        value = self._values.get(setting.key, setting.default)
        return value if isinstance(value, type(setting.default)) else setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self._values[setting.key] = value
        self.save()

    def save(self) -> None:
        self._values["version"] = SETTINGS_VERSION
        import json  # after the first paint (read_json)

        data = json.dumps(self._values, ensure_ascii=False, indent=2).encode("utf-8")
        if self._behind:
            _write_behind(self.path, data)
        else:
            _write(self.path, data)

    def write_behind(self) -> None:
        """From now on `save` returns at once, and a thread of its own writes the file, in order and each write
        whole (the window's settings): a write ends in an fsync, milliseconds of the GUI thread on an SSD and far
        more on a busy disk. Reading the file again in this process waits for them (`load`), and so does the
        interpreter's exit."""
        self._behind = True


_pending: dict[Path, Future] = {}  # per file, the last write handed to the writer
_writer: ThreadPoolExecutor | None = None


def _write(path: Path, data: bytes) -> None:
    from assistant.infra.files import write_atomic

    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data)


def _write_behind(path: Path, data: bytes) -> None:
    global _writer
    if _writer is None:
        from concurrent.futures import ThreadPoolExecutor

        _writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="settings")
    _pending[path] = _writer.submit(_write_or_log, path, data)


def _write_or_log(path: Path, data: bytes) -> None:
    """Nobody waits for this write to report: a failure is logged, and the settings stay as they are in memory,
    written whole by the next change."""
    try:
        _write(path, data)
    except OSError as error:
        log.warning("settings not saved: %s", error.strerror or type(error).__name__)


def wait_for_writes(path: Path | None = None) -> None:
    """The writes handed to the writer so far (of `path`, or of every file) are on disk."""
    for written, future in list(_pending.items()):
        if path is None or written == path:
            future.result()
