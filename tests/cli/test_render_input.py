"""`assistant commitment render` with a bad --data file or --out path: one clear message, the right exit code, no
traceback, and nothing left behind (no PDF, no `.part` file)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from tests.cli.runner import assistant, refused

TEMPLATE = "XX-ZJ-SGXK-RQ"  # has a money field: contract_amount


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def render(data: Path | None, out: Path, *extra: str):
    return assistant("commitment", "render", "--template", TEMPLATE, *(["--data", data] if data else []),
                     "--out", out, *extra)


def write(tmp_path: Path, content: object) -> Path:
    path = tmp_path / "letter.json"
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(("content", "named"), [
    ({"firm": ["a"]}, "firm"),
    ({"signed_on": 20261102}, "signed_on"),
    ({"signed_on": "2026-13-01"}, "signed_on"),
    ({"fields": {"x": {"y": 1}}}, "fields.x"),
    ({"fields": {"project_name": {"y": 1}}}, "fields.project_name"),
    ({"firm": {"name": True}}, "firm.name"),
    ({"fields": {"contract_amount": "1e40"}}, "contract_amount"),
    ({"fields": {"contract_amount": 1e40}}, "contract_amount"),
    ({"fields": {"contract_amount": "很多"}}, "contract_amount"),
    ({"firm": {"boss": "张三"}}, "firm.boss"),
    ({"firm": {"uscc": "12345"}}, "firm.uscc"),
    ({"signature": "张三"}, "signature"),
    ([1, 2], "JSON"),
    ("letter", "JSON"),
])
def test_wrong_content_is_named_and_nothing_is_written(tmp_path, out_dir, content, named):
    done = render(write(tmp_path, content), out_dir / "letter.pdf")
    assert refused(done, 2, named)
    assert list(out_dir.iterdir()) == []


def test_every_problem_of_the_file_at_once(tmp_path, out_dir):
    content = {"firm": {"name": ["x"], "uscc": "123"}, "fields": {"contract_amount": "1e40", "nope": "1"},
               "signed_on": 20261102}
    done = render(write(tmp_path, content), out_dir / "letter.pdf")
    assert refused(done, 2, "firm.name", "firm.uscc", "contract_amount", "fields.nope", "signed_on")


def test_a_good_file_renders_with_amounts_as_the_editor_keeps_them(tmp_path, out_dir):
    content = {"firm": {"name": "新乡市恒达机械制造有限公司", "uscc": "91410711MA45KX3R23"},
               "fields": {"project_name": "新厂房", "contract_amount": 1234567.5}, "signed_on": "2026-11-02"}
    done = render(write(tmp_path, content), out_dir / "deeper" / "letter.pdf")  # a missing folder is created
    assert done.returncode == 0, done.stderr
    assert (out_dir / "deeper" / "letter.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("raw", "words"), [
    (b"\xff\xfe{\x00}\x00", ("UTF-8",)),
    ("{\"firm\": {\"name\": \"恒达\"}}".encode("gb18030"), ("UTF-8",)),
    (b"{not json", ("JSON", "1")),
    (b"[" * 100_000, ("JSON",)),
    (b"", ("JSON",)),
])
def test_unreadable_content(tmp_path, out_dir, raw, words):
    data = tmp_path / "letter.json"
    data.write_bytes(raw)
    assert refused(render(data, out_dir / "letter.pdf"), 2, *words)
    assert list(out_dir.iterdir()) == []


def test_notepads_byte_order_mark_is_fine(tmp_path, out_dir):
    data = tmp_path / "letter.json"
    data.write_bytes(b"\xef\xbb\xbf" + json.dumps({"firm": {"name": "恒达"}}, ensure_ascii=False).encode())
    assert render(data, out_dir / "letter.pdf").returncode == 0


def test_a_data_file_that_cannot_be_read(tmp_path, out_dir):
    assert refused(render(tmp_path / "missing.json", out_dir / "a.pdf"), 2, "missing.json", "不存在")
    assert refused(render(tmp_path, out_dir / "a.pdf"), 2, "文件夹")
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * 2_000_000 + b"{}")
    assert refused(render(huge, out_dir / "a.pdf"), 2, "1 MB")
    assert list(out_dir.iterdir()) == []


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root reads any file; POSIX permissions")
def test_a_data_file_without_permission(tmp_path, out_dir):
    data = write(tmp_path, {})
    data.chmod(0)
    assert refused(render(data, out_dir / "a.pdf"), 2, "没有权限")


def test_out_is_a_folder(out_dir):
    (out_dir / "keep.txt").write_text("x")
    assert refused(render(None, out_dir), 2, "--out", "文件夹")
    assert [p.name for p in out_dir.iterdir()] == ["keep.txt"]


def test_out_under_a_file_is_a_failure_to_write(tmp_path, out_dir):
    blocker = out_dir / "not-a-folder"
    blocker.write_text("x")
    assert refused(render(None, blocker / "letter.pdf"), 1, "无法写入")
    assert [p.name for p in out_dir.iterdir()] == ["not-a-folder"]


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root writes anywhere; POSIX permissions")
def test_out_in_a_read_only_folder(out_dir):
    out_dir.chmod(0o555)
    try:
        assert refused(render(None, out_dir / "letter.pdf"), 1, "无法写入", "没有权限")
        assert list(out_dir.iterdir()) == []
    finally:
        out_dir.chmod(0o755)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE as a stand-in for a full disk")
def test_a_write_that_fails_half_way_leaves_the_old_file_and_no_part_file(out_dir):
    import resource

    def small_files_only() -> None:  # the PDF is ~60 KB; Python ignores SIGXFSZ, so write() fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    out = out_dir / "letter.pdf"
    out.write_bytes(b"the previous letter")
    done = assistant("commitment", "render", "--template", TEMPLATE, "--out", out, preexec_fn=small_files_only)
    assert refused(done, 1, "无法写入")
    assert out.read_bytes() == b"the previous letter"
    assert [p.name for p in out_dir.iterdir()] == ["letter.pdf"]


def test_unknown_template_lists_the_codes(out_dir):
    done = assistant("commitment", "render", "--template", "NOPE", "--out", out_dir / "a.pdf")
    assert refused(done, 2, "NOPE", "XX-SJ-SPJY-RQ")
