"""docs/openapi.json is the contract: it must be exactly what the sandbox serves."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from assistant.sandbox.openapi import render

CHECKED_IN = Path(__file__).parents[2] / "docs" / "openapi.json"


def test_checked_in_contract_matches_the_generated_one():
    assert CHECKED_IN.read_text(encoding="utf-8") == render(), (
        "docs/openapi.json is stale: run `python3 dev.py openapi` and commit the result"
    )


def test_running_sandbox_serves_the_same_contract(sandbox):
    served = httpx.get(f"{sandbox.url}/api/v1/openapi.json").json()
    assert served == json.loads(CHECKED_IN.read_text(encoding="utf-8"))


def test_contract_covers_the_foundation_routes():
    paths = json.loads(CHECKED_IN.read_text(encoding="utf-8"))["paths"]
    for route in ("/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/logout", "/api/v1/me",
                  "/api/v1/firms/{uscc}", "/api/v1/firms/{uscc}/facts", "/api/v1/calendar/{year}"):
        assert route in paths
