"""`assistant report` and `assistant report verify`: the report saved where asked, and the app's verdicts with their
exit codes — 0 genuine, 1 not genuine, 2 could not check."""

from __future__ import annotations

import hashlib
import json

from assistant.infra import clock
from assistant.sandbox.seed import HONGSHENG
from tests.support.cli import run_cli
from tests.support.servers import dead_port

run = run_cli


def test_obtain_verify_and_refuse(sandbox, tmp_path, monkeypatch):
    # A PC far west of China (UTC-12) is on the day before Beijing for 20 hours a day: the default period must
    # still end on the platform's date, which is China's, or it starts more than three years back and is refused.
    monkeypatch.setenv("TZ", "Etc/GMT+12")  # sic: POSIX signs are reversed
    out = tmp_path / "投标" / "信用报告.pdf"
    out.parent.mkdir()
    done = run("report", "--firm", HONGSHENG, "--edition", "special", "--purpose", "tender", "--note", "城区道路改造",
               "--out", str(out), "--json", "--platform", sandbox.url, "--user", "hongsheng")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["edition"] == "special" and report["period"]["to"] == clock.today().isoformat()
    assert len(report["report_no"]) == 22
    assert hashlib.sha256(out.read_bytes()).hexdigest() == report["sha256"]
    assert "演示" in done.stderr  # a demo platform's report is said to be one

    verified = run("report", "verify", str(out), "--platform", sandbox.url, password=None)
    assert verified.returncode == 0, verified.stderr + verified.stdout
    assert "真实有效" in verified.stdout and "渑池县宏盛建材有限公司" in verified.stdout

    as_json = json.loads(run("report", "verify", str(out), "--json", "--platform", sandbox.url, password=None).stdout)
    assert as_json["verdict"] == "valid" and as_json["sha256"] == report["sha256"]

    changed = bytearray(out.read_bytes())
    at = changed.index(b"stream") + 20
    changed[at] ^= 0x01
    tampered = tmp_path / "改过的报告.pdf"
    tampered.write_bytes(bytes(changed))
    modified = run("report", "verify", str(tampered), "--json", "--platform", sandbox.url, password=None)
    assert modified.returncode == 1 and json.loads(modified.stdout)["verdict"] == "modified"

    paper = run("report", "verify", "--report-no", report["report_no"], "--code", report["verify_code"],
                "--platform", sandbox.url, password=None)
    assert paper.returncode == 0 and report["report_no"] in paper.stdout
    wrong = run("report", "verify", "--report-no", report["report_no"], "--code", "23456789",
                "--platform", sandbox.url, password=None)
    assert wrong.returncode == 1 and "查无" in wrong.stdout

    offline = run("report", "verify", str(out), "--platform", f"http://127.0.0.1:{dead_port()}", password=None)
    assert offline.returncode == 2 and "Traceback" not in offline.stderr


def test_bad_input_is_said_plainly(sandbox, tmp_path):
    picture = tmp_path / "扫描件.jpg"
    picture.write_bytes(b"\xff\xd8\xff\xe0 a scan")
    not_pdf = run("report", "verify", str(picture), "--platform", sandbox.url, password=None)
    assert not_pdf.returncode == 2 and "报告编号和验证码" in not_pdf.stderr
    short = run("report", "verify", "--report-no", "2026", "--code", "ABCDEFGH", "--platform", sandbox.url,
                password=None)
    assert short.returncode == 2 and "22 位" in short.stderr
    too_long = run("report", "--firm", HONGSHENG, "--edition", "special", "--from", "2020-01-01", "--out",
                   str(tmp_path / "r.pdf"), "--platform", sandbox.url, "--user", "hongsheng")
    assert too_long.returncode == 2 and "三年" in too_long.stderr and not (tmp_path / "r.pdf").exists()
    standard_period = run("report", "--firm", HONGSHENG, "--from", "2025-01-01", "--out", str(tmp_path / "r.pdf"),
                          "--platform", sandbox.url, "--user", "hongsheng")
    assert standard_period.returncode == 2 and "专项" in standard_period.stderr
    no_out = run("report", "--firm", HONGSHENG, "--platform", sandbox.url, "--user", "hongsheng")
    assert no_out.returncode == 2 and "--out" in no_out.stderr
    for result in (not_pdf, short, too_long, standard_period, no_out):
        assert "Traceback" not in result.stderr
