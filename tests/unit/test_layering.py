"""The layers of DESIGN.md §1 as a test: dependencies point one way, so each layer can be used without the ones
above it (the CLI without Qt, the domain without a network or a database)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "assistant"


def imports(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function (a lazy import is still a dependency)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


def offending(layer: str, forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    out = {}
    for path in files(layer):
        bad = sorted(m for m in imports(path) if any(m == f or m.startswith(f + ".") for f in forbidden))
        if bad:
            out[str(path.relative_to(PACKAGE))] = bad
    return out


QT_AND_UI = ("PySide6", "shiboken6", "assistant.ui")


@pytest.mark.parametrize("layer", ["domain", "api", "store", "pdf", "services", "infra", "cli", "sandbox"])
def test_nothing_below_the_ui_imports_qt(layer):
    assert offending(layer, QT_AND_UI) == {}


def test_the_domain_is_pure():
    assert offending("domain", ("httpx", "sqlite3", "assistant.api", "assistant.store", "assistant.services",
                                "assistant.pdf", "assistant.sandbox", "fastapi", "reportlab")) == {}


def test_each_layer_points_one_way():
    assert offending("api", ("assistant.store", "assistant.services", "assistant.pdf", "assistant.sandbox",
                             "assistant.cli")) == {}
    assert offending("store", ("assistant.services", "assistant.pdf", "assistant.cli", "httpx")) == {}
    assert offending("pdf", ("assistant.services", "assistant.store", "assistant.api.client", "assistant.cli",
                             "httpx")) == {}
    assert offending("services", ("assistant.cli",)) == {}
    assert offending("cli", ("assistant.api.client", "assistant.store")) == {}  # the CLI goes through services/
    # The platform issues its credit report with the app's own document code (DESIGN.md §1: sandbox → pdf).
    assert offending("sandbox", ("assistant.services", "assistant.store", "assistant.api.client", "assistant.cli"
                                 )) == {}


def test_the_ui_talks_to_services_not_to_http_or_sql():
    assert offending("ui", ("httpx", "sqlite3", "assistant.api.client", "assistant.store",
                            "assistant.sandbox")) == {}


def test_the_ui_does_not_reach_into_services():
    """Pages call a service's public methods; its collaborators and private helpers are not theirs to use."""
    reaching = []
    for path in files("ui"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
                owner = node.value
                if not (isinstance(owner, ast.Name) and owner.id in ("self", "cls")):
                    reaching.append(f"{path.relative_to(PACKAGE)}:{node.lineno} .{node.attr}")
            if isinstance(node, ast.Attribute) and node.attr in ("client", "db", "cache", "declared") and \
                    isinstance(node.value, ast.Attribute) and node.value.attr in ("session", "service"):
                reaching.append(f"{path.relative_to(PACKAGE)}:{node.lineno} .{node.value.attr}.{node.attr}")
    assert reaching == []


def test_route_modules_of_the_sandbox_do_not_import_each_other():
    routes = PACKAGE / "sandbox" / "routes"
    crossing = {str(p.name): sorted(m for m in imports(p) if m.startswith("assistant.sandbox.routes"))
                for p in routes.glob("*.py")}
    assert {k: v for k, v in crossing.items() if v} == {}


def test_public_service_methods_are_typed():
    """The services are the UI's and the CLI's API: every public function says what it takes and returns."""
    untyped = []
    for path in files("services"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                args = [a for a in node.args.args + node.args.kwonlyargs if a.arg not in ("self", "cls")]
                if node.returns is None or any(a.annotation is None for a in args):
                    untyped.append(f"{path.name}:{node.lineno} {node.name}")
    assert untyped == []
