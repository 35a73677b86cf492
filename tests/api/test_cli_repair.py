"""`assistant records`, `assistant repair status` and `assistant repair rules`: the platform's shapes with --json,
plain words without, clear refusals."""

from __future__ import annotations

import json

from assistant.sandbox.seed import DEMO_PASSWORD, HONGSHENG, JINGUO
from tests.support.cli import run_cli

run = run_cli


def test_records_json_is_the_platforms(sandbox, client):
    done = run("records", "--firm", HONGSHENG, "--json", "--platform", sandbox.url, "--user", "kuaiji")
    assert done.returncode == 0, done.stderr
    client.auth.login("kuaiji", DEMO_PASSWORD)
    platform = [r.model_dump(mode="json", by_alias=True) for r in client.repair.records(HONGSHENG)]
    assert json.loads(done.stdout) == platform
    assert {"class", "publication", "repair"} <= set(platform[0])


def test_records_and_status_in_words(sandbox):
    records = run("records", "--firm", HONGSHENG, "--platform", sandbox.url, "--user", "hongsheng")
    assert records.returncode == 0, records.stderr
    assert "严重" in records.stdout and any(w in records.stdout for w in ("可以申请修复", "起可以申请修复"))
    status = run("repair", "status", "--firm", HONGSHENG, "--platform", sandbox.url, "--user", "hongsheng")
    assert status.returncode == 0, status.stderr
    assert status.stdout.strip()
    refused = run("records", "--firm", JINGUO, "--platform", sandbox.url, "--user", "hongsheng")
    assert refused.returncode == 2 and "没有管理" in refused.stderr
    bad = run("records", "--firm", "12345", "--platform", sandbox.url, "--user", "hongsheng")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_rules_json_and_text(sandbox):
    done = run("repair", "rules", "--json", "--platform", sandbox.url, "--user", "hongsheng")
    assert done.returncode == 0, done.stderr
    rules = json.loads(done.stdout)
    assert {r["id"] for r in rules} >= {"ndrc-36-2025", "ndrc-58-2023"}
    text = run("repair", "rules", "--platform", sandbox.url, "--user", "hongsheng")
    assert text.returncode == 0 and "最短公示" in text.stdout and "工作日" in text.stdout
