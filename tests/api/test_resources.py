"""The client's shape: one resource module per feature on the shared base, using only the client's public surface;
and the base's paged lists."""

from __future__ import annotations

import ast
import inspect
import json
import pkgutil
from importlib import import_module
from pathlib import Path

import pytest
from pydantic import BaseModel

import assistant
import assistant.api.resources as resources_package
from assistant.api.client import PlatformClient
from assistant.api.errors import BadResponse
from assistant.api.resources.base import Resource
from tests.support.servers import scripted_server

ROOT = Path(assistant.__file__).parent.parent
RESOURCES = Path(resources_package.__file__).parent


def private_reaches(path: Path, *, through=lambda node: True) -> list[str]:
    """`x._name` (read or written) where `x` is not `self`/`cls`, as `file:line: source`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.Attribute):
            continue
        private = node.attr.startswith("_") and not node.attr.startswith("__")
        own = isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")
        if private and not own and through(node.value):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)}")
    return found


def resource_modules() -> list[str]:
    return [m.name for m in pkgutil.iter_modules([str(RESOURCES)]) if m.name != "base"]


def test_resources_use_only_the_clients_public_surface():
    found = [hit for path in sorted(RESOURCES.glob("*.py")) for hit in private_reaches(path)]
    assert found == [], "resources may not read or write another object's private attributes"


def test_nothing_reaches_into_a_clients_private_fields():
    def names_a_client(node: ast.expr) -> bool:
        name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""
        return name == "client" or name.endswith("_client")

    files = [p for folder in ("assistant", "tests", "bench") for p in (ROOT / folder).rglob("*.py")]
    found = [hit for path in sorted(files) for hit in private_reaches(path, through=names_a_client)]
    assert found == [], "use client.auth / client.credentials instead of the client's private fields"


def test_every_resource_module_is_one_resource_the_client_exposes():
    client = PlatformClient("http://127.0.0.1:9")
    exposed = {type(value) for value in vars(client).values() if isinstance(value, Resource)}
    for name in resource_modules():
        module = import_module(f"{resources_package.__name__}.{name}")
        defined = [c for _, c in inspect.getmembers(module, inspect.isclass)
                   if issubclass(c, Resource) and c is not Resource and c.__module__ == module.__name__]
        assert len(defined) == 1, f"resources/{name}.py should define one resource"
        assert defined[0] in exposed, f"add `self.{name} = {defined[0].__name__}(self)` to PlatformClient"
    client.close()


class NumberPage(BaseModel):
    items: list[int]
    next_cursor: str | None = None


class Numbers(Resource):
    def all(self) -> list[int]:
        return self._paginate("/numbers", NumberPage, params={"kind": "odd"}, limit=2, authenticated=False)


def page(items: list[int], cursor: str | None) -> tuple[int, dict[str, str], bytes]:
    return 200, {"Content-Type": "application/json"}, json.dumps({"items": items, "next_cursor": cursor}).encode()


def test_paginate_follows_next_cursor_to_the_last_page(make_client):
    pages = [page([1, 3], "c1"), page([5, 7], "c2"), page([9], None)]
    with scripted_server(lambda n, path: pages[n]) as (url, seen):
        assert Numbers(make_client(url)).all() == [1, 3, 5, 7, 9]
    assert seen == ["/api/v1/numbers?kind=odd&limit=2", "/api/v1/numbers?kind=odd&limit=2&cursor=c1",
                    "/api/v1/numbers?kind=odd&limit=2&cursor=c2"]


def test_a_cursor_handed_out_twice_is_a_bad_response_not_an_endless_loop(make_client):
    with scripted_server(lambda n, path: page([n], "same")) as (url, seen):
        with pytest.raises(BadResponse):
            Numbers(make_client(url)).all()
    assert len(seen) == 2
