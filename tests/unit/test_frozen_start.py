"""build.spec drops PyInstaller's multiprocessing runtime hook to save 10 ms of every start; that holds only while
no module of the app starts a multiprocessing child (the sandbox's process runs the app's own command line)."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "assistant"
PROCESS_POOLS = {"multiprocessing", "ProcessPoolExecutor", "get_context", "set_start_method"}


def used_names(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            yield (node.module or "").split(".")[0]
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.Attribute):
            yield node.attr


def test_no_module_of_the_app_starts_a_multiprocessing_child():
    users = sorted(str(path.relative_to(APP)) for path in APP.rglob("*.py")
                   if PROCESS_POOLS & set(used_names(ast.parse(path.read_text("utf-8")))))
    assert not users, f"{users} use multiprocessing: restore pyi_rth_multiprocessing in build.spec (UNUSED_RUNTIME_HOOKS)"
