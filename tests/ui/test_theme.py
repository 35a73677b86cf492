"""The look is set widget by widget (ui/theme.py): each part a widget plays has a sheet, and no sheet reaches past it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from PySide6.QtWidgets import QLabel

from assistant.ui.theme import SHEETS, style

UI = Path(__file__).resolve().parents[2] / "assistant" / "ui"


def parts_named_in_the_code() -> set[str]:
    parts = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "style" and len(node.args) == 2:
                for value in ast.walk(node.args[1]):
                    if isinstance(value, ast.Constant) and isinstance(value.value, str):
                        parts.add(value.value)
    return parts


def test_every_part_the_widgets_play_has_a_sheet():
    named = parts_named_in_the_code()
    assert {"errorText", "pageTitle", "demoBanner", "sidebar", "linkOffline"} <= named  # the scan finds them at all
    assert sorted(named - SHEETS.keys()) == []


def test_each_sheet_selects_its_own_part_only():
    for part, sheet in SHEETS.items():
        selectors = [rule.split("{", 1)[0].strip() for rule in sheet.split("}") if "{" in rule]
        assert selectors and all(re.match(rf"#{part}\b", selector) for selector in selectors), part


def test_a_part_can_change_while_shown(qapp):
    message = style(QLabel("出错了"), "errorText")
    message.ensurePolished()
    assert message.palette().color(message.foregroundRole()).name() == "#b3261e"
    style(message, None)  # the error is fixed: plain text again, at once
    message.ensurePolished()
    assert message.objectName() == "" and message.palette().color(message.foregroundRole()).name() != "#b3261e"
