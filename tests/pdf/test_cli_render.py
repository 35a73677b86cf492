"""`assistant commitment templates|render`: the catalogue and letters from the command line, with no platform."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pypdf


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant", "commitment", *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=120, cwd=cwd)


def test_templates_as_json_from_the_bundled_catalogue():
    done = run("templates", "--json")
    assert done.returncode == 0, done.stderr
    templates = json.loads(done.stdout)
    assert len(templates) >= 12 and {"code", "version", "type", "fields", "content"} <= set(templates[0])
    assert "内置目录" in done.stderr


def test_render_a_letter_and_a_blank_form(tmp_path):
    data = tmp_path / "data.json"
    letter = {"firm": {"name": "新乡市恒达机械制造有限公司", "uscc": "91410711MA45KX3R23", "legal_rep": "张建国",
                       "address": "新乡市", "contact": "王芳 13803731234"},
              "fields": {"business_premises": "化工路188号", "contact_phone": "123"}}
    data.write_text(json.dumps(letter, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "letter.pdf"
    refused = run("render", "--template", "XX-SJ-SPJY-RQ", "--data", str(data), "--out", str(out))
    assert refused.returncode == 2 and "contact_phone" in refused.stderr  # a wrong value is named, nothing printed
    assert not out.exists()
    letter["fields"]["contact_phone"] = "13803731234"  # missing fields are fine: blank lines to fill by hand
    data.write_text(json.dumps(letter, ensure_ascii=False), encoding="utf-8")
    done = run("render", "--template", "XX-SJ-SPJY-RQ", "--data", str(data), "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "新乡市恒达机械制造有限公司" in text and "化工路188号" in text
    blank = tmp_path / "blank.pdf"
    assert run("render", "--template", "HN-XYXF", "--out", str(blank)).returncode == 0
    assert "__________" in "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(blank.read_bytes())).pages)


def test_clear_failures(tmp_path):
    unknown = run("render", "--template", "NOPE", "--out", str(tmp_path / "x.pdf"))
    assert unknown.returncode == 2 and "没有编号为“NOPE”" in unknown.stderr
    data = tmp_path / "rare.json"
    # An unassigned code point: no font on any PC draws it (real rare hanzi print through system fonts).
    data.write_text(json.dumps({"firm": {"legal_rep": "张\U0003FFFD国"}}, ensure_ascii=False), encoding="utf-8")
    rare = run("render", "--template", "HN-XYXF", "--data", str(data), "--out", str(tmp_path / "r.pdf"))
    assert rare.returncode == 1 and "U+3FFFD" in rare.stderr
    assert not (tmp_path / "r.pdf").exists()
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert run("render", "--template", "HN-XYXF", "--data", str(broken), "--out", str(tmp_path / "b.pdf")).returncode == 2
