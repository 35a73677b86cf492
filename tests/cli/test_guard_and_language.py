"""The last-resort guard (a bug is one line naming the log) and `--lang en` for everything the command line says."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.cli.runner import CJK, assistant, refused

BUG = """
import sys
import assistant.cli.commitment as commitment
from assistant.__main__ import main

def broken(*args, **kwargs):
    raise RuntimeError("boom\\nsecond line")

commitment._list = broken
sys.exit(main(sys.argv[1:]))
"""


def run_with_a_bug(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", BUG, "commitment", "templates", *args], capture_output=True,
                          text=True, timeout=120)


def test_an_unexpected_error_is_one_line_and_the_traceback_goes_to_the_log(data_dir):
    done = run_with_a_bug()
    assert done.returncode == 1 and "Traceback" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    log = data_dir / "logs" / "assistant.log"
    assert last == f"出现意外错误：boom second line 详细信息见日志 {log}"
    text = log.read_text("utf-8")
    assert "Traceback" in text and "RuntimeError: boom" in text


def test_the_guard_speaks_english_too(data_dir):
    done = run_with_a_bug("--lang", "en")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("Unexpected error: boom second line")


@pytest.mark.parametrize("where", ["before", "after"])
def test_lang_en_before_or_after_the_command(tmp_path, where):
    command = ["commitment", "render", "--template", "NOPE", "--out", tmp_path / "a.pdf"]
    args = ["--lang", "en", *command] if where == "before" else [*command, "--lang", "en"]
    done = assistant(*args)
    assert refused(done, 2, "NOPE", "XX-SJ-SPJY-RQ")
    assert not CJK.search(done.stderr), done.stderr


def test_english_success_and_data_file_messages(tmp_path):
    out = tmp_path / "blank.pdf"
    done = assistant("commitment", "render", "--template", "HN-XYXF", "--out", out, "--lang", "en")
    assert done.returncode == 0 and out.exists()
    assert not CJK.search(done.stderr) and "page" in done.stderr, done.stderr
    data = tmp_path / "data.json"
    data.write_text('{"firm": ["a"], "signed_on": 20261102}', encoding="utf-8")
    bad = assistant("commitment", "render", "--template", "HN-XYXF", "--data", data, "--out", out, "--lang", "en")
    assert refused(bad, 2, "firm", "signed_on") and not CJK.search(bad.stderr), bad.stderr


def test_english_from_the_shared_layers_too():
    """A message from domain/ (the USCC check) goes through the same catalogue."""
    done = assistant("policies", "--firm", "12345", "--user", "hengda", "--lang", "en")
    assert refused(done, 2, "18") and not CJK.search(done.stderr), done.stderr


@pytest.mark.parametrize("args", [
    ("commitment", "render"),
    ("sandbox", "--port", "99999"),
    ("sandbox", "--today", "2026-02-30"),
    ("commitment", "render", "--template"),
    ("commitment", "templates", "--nope"),
    ("--lang", "fr"),
])
def test_usage_errors_in_either_language(args):
    english = assistant(*args, "--lang", "en")
    assert refused(english, 2, "--help") and not CJK.search(english.stderr), english.stderr
    chinese = assistant(*args)
    assert refused(chinese, 2, "命令行有误", "--help")


def test_templates_in_english_keep_stdout_for_the_result():
    done = assistant("--lang", "en", "commitment", "templates", "--json")
    assert done.returncode == 0 and done.stdout.lstrip().startswith("[")
    assert not CJK.search(done.stderr), done.stderr


def test_the_language_chosen_in_the_app_applies_without_lang(data_dir):
    (data_dir / "config").mkdir(parents=True)
    (data_dir / "config" / "settings.json").write_text('{"language": "en"}', encoding="utf-8")
    done = assistant("commitment", "templates")
    assert done.returncode == 0 and not CJK.search(done.stderr), done.stderr
    assert "目录来源" in assistant("commitment", "templates", "--lang", "zh_CN").stderr
