"""Logs never hold secrets or ID numbers; settings survive damage and are written atomically."""

from __future__ import annotations

import json
import logging
import stat

from hypothesis import example, given, settings
from hypothesis import strategies as st

from assistant.infra import settings as S
from assistant.infra.logsetup import configure, redact


def test_redaction_of_tokens_passwords_and_ids():
    line = redact('Authorization: Bearer abc.DEF-123 {"refresh_token": "r-1", "password": "p@ss"} 411221198001100916')
    assert "abc.DEF-123" not in line and "r-1" not in line and "p@ss" not in line
    assert "411221198001100916" not in line and "4112**********0916" in line


def test_log_file_is_private_and_redacted(tmp_path):
    path = configure(tmp_path, console=False)
    logging.getLogger("test").warning("login with password=hunter2 for 41071119780312031X")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text("utf-8")
    assert "hunter2" not in text and "41071119780312031X" not in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_large_log_is_rotated_at_start(tmp_path):
    from assistant.infra.logsetup import rotate

    log = tmp_path / "assistant.log"
    log.write_text("old\n", encoding="utf-8")
    (tmp_path / "assistant.log.1").write_text("older\n", encoding="utf-8")
    rotate(log, max_bytes=1)
    assert not log.exists()
    assert (tmp_path / "assistant.log.1").read_text("utf-8") == "old\n"
    assert (tmp_path / "assistant.log.2").read_text("utf-8") == "older\n"
    (tmp_path / "small.log").write_text("x", encoding="utf-8")
    rotate(tmp_path / "small.log")
    assert (tmp_path / "small.log").exists()


def test_settings_round_trip_and_defaults(tmp_path):
    settings = S.Settings(tmp_path / "settings.json")
    assert settings.get(S.LANGUAGE) == "zh_CN"
    settings.set(S.PLATFORM_URL, "https://xyxy.example")
    assert S.Settings(tmp_path / "settings.json").get(S.PLATFORM_URL) == "https://xyxy.example"
    assert not list(tmp_path.glob(".settings-*"))  # no temp file left behind


def test_damaged_settings_file_starts_from_defaults_and_is_kept(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    settings = S.Settings(path)
    assert settings.get(S.LANGUAGE) == "zh_CN"
    assert (tmp_path / "settings.damaged.json").exists()


def test_wrong_type_in_file_falls_back_to_default(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"language": 5}), encoding="utf-8")
    assert S.Settings(path).get(S.LANGUAGE) == "zh_CN"


def test_the_window_s_settings_are_written_behind_and_read_back_whole(tmp_path):
    path = tmp_path / "config" / "settings.json"
    settings = S.Settings(path)
    settings.write_behind()
    for language in ("en", "zh_CN", "en"):
        settings.set(S.LANGUAGE, language)
    settings.set(S.LAST_USERNAME, "kuaiji")
    # Another reader in this process waits for the writes handed over so far: it sees the last state, whole.
    again = S.Settings(path)
    assert again.get(S.LANGUAGE) == "en" and again.get(S.LAST_USERNAME) == "kuaiji"
    assert json.loads(path.read_text(encoding="utf-8"))["last_username"] == "kuaiji"


def test_a_setting_that_cannot_be_written_behind_stays_in_memory(tmp_path, caplog):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    settings = S.Settings(blocked / "settings.json")  # its folder cannot be made
    settings.write_behind()
    with caplog.at_level(logging.WARNING):
        settings.set(S.LANGUAGE, "en")
        S.wait_for_writes()
    assert settings.get(S.LANGUAGE) == "en" and "settings not saved" in caplog.text


def _redacted_by_every_pattern(text: str) -> str:
    """`redact` without its shortcut: every secret pattern on every line."""
    import re

    from assistant.infra import logsetup

    for pattern, replacement in logsetup._SECRETS:
        text = re.sub(pattern, replacement, text)
    return text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([
    "Bearer ", "BEARER\t", "bearer  ", "Authorization: ", "access_token", "refresh_TOKEN", "ToKeN", "password",
    "PASSWD", "pa\u017f\u017fword", "to\u212aen", '"', "=", ": ", "abc.DEF-123", "p@ss", "r-1", " ", ",", "}", "&",
    "登录", "x",
]), max_size=12).map("".join))
@example('{"pa\u017f\u017fword": "p@ss"}')
@example("to\u212aen=abc")
def test_redaction_skips_the_patterns_only_where_none_could_match(text):
    """The casefold word check in front of the patterns must never let a secret through (the long s and the Kelvin
    sign match 's' and 'k' under the patterns' (?i))."""
    from assistant.infra.logsetup import redact

    assert redact(text) == _redacted_by_every_pattern(text)


def test_a_line_without_secret_words_compiles_no_secret_pattern():
    from assistant.infra import logsetup

    logsetup._secret_patterns.cache_clear()
    assert logsetup.redact("credit-assistant 0.1.0 starting") == "credit-assistant 0.1.0 starting"
    assert logsetup._secret_patterns.cache_info().misses == 0
    assert "[已隐藏]" in logsetup.redact("token=abc")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def outcome(read, text: str):
    """What reading `text` gives: the value (NaN as a string, since it equals nothing) or the kind of failure."""
    try:
        return "value", json.dumps(read(text), sort_keys=True)
    except (ValueError, RecursionError) as error:
        return "error", type(error).__name__


@settings(max_examples=300, deadline=None)
@given(JSON_VALUES, st.sampled_from([None, 2]), st.booleans(), st.sampled_from(["", " ", "\n", "\t ", " x", "}", ","]))
def test_settings_are_read_as_json_loads_reads_them(value, indent, ascii_only, tail):
    text = json.dumps(value, indent=indent, ensure_ascii=ascii_only) + tail
    assert outcome(S.read_json, text) == outcome(json.loads, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='{}[]":,.-+eE0123456789 \n\ttruefalsnNIiy\ufeff中\\', max_size=30))
def test_text_that_is_not_json_fails_as_json_loads_fails(text):
    assert outcome(S.read_json, text) == outcome(json.loads, text)


def test_settings_are_read_without_importing_json(tmp_path):
    import subprocess
    import sys

    (tmp_path / "settings.json").write_text('{"language": "en", "last_username": "kuaiji"}', "utf-8")
    code = ("import sys; from assistant.infra import settings as S; s = S.Settings(__import__('pathlib').Path("
            f"{str(tmp_path / 'settings.json')!r})); print(s.get(S.LANGUAGE), 'json' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split() == ["en", "False"]
