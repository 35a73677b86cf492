"""The frozen app does what the source does (Friture's smoke test, grown up): its window on the embedded sandbox, a
second start handing over, and each headless command with its output checked — so a module, data file, font or
translation missing from the bundle fails here."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

import pypdf
import pytest

from assistant.sandbox.seed import HENGDA, HONGSHENG
from tests.packaging.conftest import BUILD_TIMEOUT, executable, profile, run, source
from tests.pdf.pdfcheck import font_names, text_of

pytestmark = [pytest.mark.slow, pytest.mark.timeout(BUILD_TIMEOUT)]
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PASSWORD = {"ASSISTANT_PASSWORD": "Demo@2026"}


def wait_for(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {seconds:.0f} s for {what}")
        time.sleep(0.2)


def only_file(folder: Path, name: str) -> Path:
    found = list(folder.rglob(name))
    assert len(found) == 1, found
    return found[0]


def test_window_on_the_embedded_sandbox_and_a_second_start_hands_over(frozen_app, tmp_path):
    """A new user (platformdirs' folders in their own home) starts it; a second start, as from the desktop
    shortcut while it is open, hands over its command line and exits 0 at once."""
    home = tmp_path / "home"
    env = profile(home, data_dir=False)
    first = subprocess.Popen([str(executable(frozen_app)), "--exit-after", "15"], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, env=env, cwd=tmp_path)
    try:
        assert any("init finished" in line for line in first.stdout), "the window never showed"
        wait_for(lambda: list(home.rglob("assistant.log")), 30, "the log")
        log = only_file(home, "assistant.log")
        wait_for(lambda: "sandbox listening on http://127.0.0.1:" in log.read_text("utf-8"), 60, "the sandbox")
        started = time.monotonic()
        second = subprocess.run([str(executable(frozen_app)), "--lang", "en"], capture_output=True, text=True,
                                env=env, cwd=tmp_path, timeout=60)
        assert second.returncode == 0, second.stdout + second.stderr
        assert time.monotonic() - started < 10
        assert first.wait(60) == 0
    finally:
        if first.poll() is None:
            first.kill()
    text = log.read_text("utf-8")
    assert "a second start handed over its command line: ['--lang', 'en']" in text
    assert "Qt's own translations for zh_CN: qtbase_zh_CN.qm" in text
    assert " ERROR " not in text and "Traceback" not in text, text
    database = only_file(home, "platform.sqlite3")
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT count(*) FROM firms").fetchone()[0] >= 6  # seeded: the demo firms
    assert any(database.is_relative_to(home / folder) for folder in (".local/share", "AppData", "Library"))


def test_window_in_english(frozen_app, tmp_path):
    env = profile(tmp_path)
    done = subprocess.run([str(executable(frozen_app)), "--lang", "en", "--exit-after", "0"], capture_output=True,
                          text=True, env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 0 and "init finished" in done.stdout, done.stdout + done.stderr
    text = (tmp_path / "data" / "logs" / "assistant.log").read_text("utf-8")
    assert "translations for en: en.qm" in text and "catalogue missing" not in text


def test_commitment_letter_offline(frozen_app, tmp_path):
    shutil.copy(EXAMPLES / "letter.json", tmp_path / "letter.json")
    done = run(frozen_app, "commitment", "render", "--template", "XX-SJ-SPJY-RQ", "--data", "letter.json",
               "--out", "承诺书.pdf", env=profile(tmp_path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    pdf = (tmp_path / "承诺书.pdf").read_bytes()
    letter = json.loads((EXAMPLES / "letter.json").read_text("utf-8"))
    text = text_of(pdf)
    assert "食品经营许可容缺受理信用承诺书" in text and letter["firm"]["name"] in text
    assert letter["fields"]["business_premises"] in text
    assert any(name.endswith("+WenQuanYiMicroHei-0") for name in font_names(pdf))  # the bundled font, embedded
    assert not (tmp_path / "data" / "sandbox" / "platform.sqlite3").exists()  # offline: no platform was started


@pytest.mark.parametrize("command, firm, user", [("policies", HENGDA, "hengda"), ("records", HONGSHENG, "hongsheng")])
def test_command_json_is_the_sources(frozen_app, sandbox, tmp_path, command, firm, user):
    """The frozen command on its embedded sandbox prints what the source prints from a sandbox of its own."""
    frozen = run(frozen_app, command, "--firm", firm, "--user", user, "--json",
                 env=profile(tmp_path / "frozen", **PASSWORD), cwd=tmp_path)
    assert frozen.returncode == 0, frozen.stderr
    answer = json.loads(frozen.stdout)
    from_source = source(command, "--firm", firm, "--user", user, "--json", "--platform", sandbox.url,
                         env=profile(tmp_path / "source", **PASSWORD), cwd=tmp_path)
    assert from_source.returncode == 0, from_source.stderr
    assert answer == json.loads(from_source.stdout)
    assert answer and all(item["conditions"] if command == "policies" else item["repair"] for item in answer)


def test_report_obtained_and_verified(frozen_app, tmp_path):
    env = profile(tmp_path, **PASSWORD)
    obtained = run(frozen_app, "report", "--firm", HONGSHENG, "--user", "hongsheng", "--out", "信用报告.pdf", "--json",
                   env=env, cwd=tmp_path)
    assert obtained.returncode == 0, obtained.stderr
    report = json.loads(obtained.stdout)
    pdf = (tmp_path / "信用报告.pdf").read_bytes()
    assert hashlib.sha256(pdf).hexdigest() == report["sha256"]
    text = text_of(pdf)
    assert report["firm_name"] == "渑池县宏盛建材有限公司" and report["firm_name"] in text
    assert report["report_no"] in text and "企业公共信用信息报告" in text
    assert any(name.endswith("+WenQuanYiMicroHei-0") for name in font_names(pdf))
    assert "/ByteRange" in pypdf.PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/AcroForm"]["/Fields"][0].get_object()[
        "/V"].get_object()  # signed by the platform (PAdES)

    verified = run(frozen_app, "report", "verify", "信用报告.pdf", "--json", env=profile(tmp_path), cwd=tmp_path)
    assert verified.returncode == 0, verified.stderr + verified.stdout
    verdict = json.loads(verified.stdout)
    assert verdict["verdict"] == "valid" and verdict["signature"] == "valid"
    assert verdict["sha256"] == report["sha256"] and verdict["platform"]["valid"] is True


def test_command_line_in_english(frozen_app, tmp_path):
    """The English catalogue and babel's en_US data are in the bundle: words and money in English."""
    done = run(frozen_app, "--lang", "en", "policies", "--firm", HENGDA, "--user", "hengda",
               env=profile(tmp_path, **PASSWORD), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Eligible (" in done.stdout and "Paid automatically" in done.stdout and "¥100,000.00" in done.stdout
    assert "可享受" not in done.stdout


def test_the_bundle_holds_no_tests_caches_or_other_languages(frozen_app):
    contents = frozen_app / "_internal"
    files = [p.relative_to(contents).as_posix() for p in contents.rglob("*") if p.is_file()]
    # Modules are shipped compiled, one .pyc per module (build.spec: noarchive, for start-up); no sources, no caches.
    assert not [f for f in files if "__pycache__" in f or f.endswith((".py", ".pyi"))]
    assert "assistant/ui/main_window.pyc" in files
    assert "shiboken6/files.dir/shibokensupport/signature/loader.pyc" in files  # compiled by the build, not each start
    assert not [f for f in files if f.split("/")[0] in ("pytest", "_pytest", "hypothesis", "zxingcpp", "tests")]
    assert sorted(f.rsplit("/", 1)[1] for f in files if f.startswith("babel/locale-data/")) == [
        "en.dat", "en_US.dat", "root.dat", "zh.dat", "zh_Hans.dat", "zh_Hans_CN.dat"]
    assert [f.rsplit("/", 1)[1] for f in files if f.startswith("PySide6/Qt/translations/")] == ["qtbase_zh_CN.qm"]
    assert not [f for f in files if "QtQml" in f or "QtQuick" in f or "WebEngine" in f or "Multimedia" in f]
    notices = (contents / "THIRD-PARTY-NOTICES.txt").read_text("utf-8")
    for name in ("PySide6_Essentials", "shiboken6", "reportlab", "pyHanko", "fastapi", "babel", "python-stdnum",
                 "chinesecalendar", "PSF", "GNU LESSER GENERAL PUBLIC LICENSE", "WenQuanYi", "SIL OPEN FONT LICENSE"):
        assert name.lower() in notices.lower(), name
