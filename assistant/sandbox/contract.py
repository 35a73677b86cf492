"""The OpenAPI document made to say what the server does.

Routes declare the errors particular to them (404, 409, 415, 429 …); this adds the ones that follow from a route's
shape — 400 and 422 where there is anything to parse, 413 where there is a body, 401 / 403 where a credential is
required, 500 everywhere — and gives every error the `application/problem+json` media type with the Problem schema,
replacing FastAPI's default validation-error schema, which the sandbox never sends.
"""

from __future__ import annotations

from http import HTTPStatus

from assistant.api.models import Problem

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
BEARER, ADMIN = "HTTPBearer", "APIKeyHeader"


def _schemes(operation: dict) -> set[str]:
    """The schemes an operation *requires*: an empty alternative (`{}`) makes the credential optional."""
    requirements = operation.get("security", [])
    if not requirements or any(not r for r in requirements):
        return set()
    return {name for r in requirements for name in r}


def _statuses(operation: dict) -> set[int]:
    parameters = operation.get("parameters", [])
    has_body = "requestBody" in operation
    out = {500}
    if has_body or any(p["in"] == "path" for p in parameters):
        out.add(400)  # malformed JSON, or a path parameter of the wrong form
    if has_body or parameters:
        out.add(422)
    if has_body:
        out.add(413)
    schemes = _schemes(operation)
    if BEARER in schemes:
        out.add(401)
    if ADMIN in schemes:
        out.add(403)
    return out


def _problem(existing: dict | None, status: int) -> dict:
    response = {"description": (existing or {}).get("description") or HTTPStatus(status).phrase,
                "content": {"application/problem+json": {"schema": PROBLEM_REF}}}
    if status == 429:
        response["headers"] = {"Retry-After": {"description": "seconds until the next attempt is allowed",
                                               "required": True, "schema": {"type": "integer", "minimum": 1}}}
    return response


def decorate(schema: dict) -> dict:
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        components.pop(name, None)
    generated = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    components.update(generated.pop("$defs", {}))
    components["Problem"] = generated
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            if "security" in operation:  # a route's openapi_extra is merged with its dependencies' schemes
                unique: list[dict] = []
                for requirement in operation["security"]:
                    if requirement not in unique:
                        unique.append(requirement)
                operation["security"] = unique
            responses = operation.setdefault("responses", {})
            wanted = {int(s) for s in responses if s.isdigit() and int(s) >= 400} | _statuses(operation)
            for status in sorted(wanted):
                responses[str(status)] = _problem(responses.get(str(status)), status)
    return schema
