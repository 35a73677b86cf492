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


def operations() -> list[tuple[str, str, dict]]:
    paths = json.loads(CHECKED_IN.read_text(encoding="utf-8"))["paths"]
    return [(method.upper(), path, op) for path, ops in paths.items() for method, op in ops.items()]


PUBLIC = {("POST", "/api/v1/auth/login"), ("POST", "/api/v1/auth/refresh"), ("GET", "/api/v1/calendar/{year}"),
          ("GET", "/api/v1/commitment-templates"), ("GET", "/api/v1/policies"), ("GET", "/api/v1/public/commitments"),
          ("GET", "/api/v1/repair-rules"), ("GET", "/api/v1/public/reports/certificate"),
          ("GET", "/api/v1/public/reports/verify")}


def test_the_contract_says_which_credential_each_route_needs():
    schemes = json.loads(CHECKED_IN.read_text(encoding="utf-8"))["components"]["securitySchemes"]
    assert schemes["HTTPBearer"] == {**schemes["HTTPBearer"], "type": "http", "scheme": "bearer"}
    assert schemes["APIKeyHeader"]["name"] == "X-Sandbox-Admin"
    for method, path, op in operations():
        security = op.get("security", [])
        if path.startswith("/api/v1/sandbox/"):
            assert security == [{"APIKeyHeader": []}] and "403" in op["responses"], path
        elif (method, path) in PUBLIC:
            assert security == [], path
        elif path == "/api/v1/auth/logout":
            assert security == [{"HTTPBearer": []}, {}]  # optional: a refresh token alone may be revoked
        else:
            assert security == [{"HTTPBearer": []}] and "401" in op["responses"], path


def test_every_error_the_server_can_send_is_declared_as_problem_json():
    document = json.loads(CHECKED_IN.read_text(encoding="utf-8"))
    assert "HTTPValidationError" not in document["components"]["schemas"]  # FastAPI's shape, never sent
    for _, path, op in operations():
        responses = op["responses"]
        assert "500" in responses, path
        if "requestBody" in op:
            assert {"400", "413", "422"} <= set(responses), path
        if "{" in path:
            assert "400" in responses, path  # a path parameter of the wrong form
        for status, response in responses.items():
            if int(status) >= 400:
                assert response["content"] == {
                    "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}, (path, status)
    login = {f"{m} {p}": op for m, p, op in operations()}["POST /api/v1/auth/login"]
    assert login["responses"]["429"]["headers"]["Retry-After"]["required"] is True
