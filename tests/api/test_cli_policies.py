"""`assistant policies --firm … --json` prints what the platform's /eligibility says (and the UI shows)."""

from __future__ import annotations

import json
import subprocess

from assistant.infra import clock
from assistant.sandbox.seed import DEMO_PASSWORD, HENGDA, JINGUO
from tests.support.cli import run_cli


def run(*args: str, password: str | None = DEMO_PASSWORD) -> subprocess.CompletedProcess:
    return run_cli("policies", *args, password=password)


def test_json_matches_the_platform(sandbox, client):

    import httpx

    httpx.post(f"{sandbox.url}/api/v1/sandbox/clock", json={"today": clock.today().isoformat()},
               headers={"X-Sandbox-Admin": sandbox.config.admin_token})
    done = run("--firm", HENGDA, "--json", "--platform", sandbox.url, "--user", "kuaiji")
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    client.auth.login("kuaiji", DEMO_PASSWORD)
    platform = [e.model_dump(mode="json") for e in client.policies.eligibility(HENGDA)]
    assert printed == platform


def test_text_output_and_clear_refusals(sandbox):
    done = run("--firm", HENGDA, "--platform", sandbox.url, "--user", "hengda")
    assert done.returncode == 0 and "可享受" in done.stdout and "应享未享" in done.stdout
    assert run("--firm", JINGUO, "--platform", sandbox.url, "--user", "hengda").returncode == 2
    bad = run("--firm", "12345", "--platform", sandbox.url, "--user", "hengda")
    assert bad.returncode == 2 and "18位" in bad.stderr
    no_login = run("--firm", HENGDA, "--platform", sandbox.url, "--user", "hengda", password=None)
    assert no_login.returncode == 2 and "ASSISTANT_PASSWORD" in no_login.stderr
    wrong = run("--firm", HENGDA, "--platform", sandbox.url, "--user", "hengda", password="nope")
    assert wrong.returncode == 1 and "用户名或密码不正确" in wrong.stderr


def test_works_on_the_embedded_sandbox_with_no_platform_configured():
    done = run("--firm", HENGDA, "--json", "--user", "hengda")
    assert done.returncode == 0, done.stderr
    assert {e["state"] for e in json.loads(done.stdout)} >= {"met", "unmet"}
