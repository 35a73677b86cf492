"""Fixtures for the font tests: the bundled fonts alone, or system-font lookups that start from nothing."""

from __future__ import annotations

import pytest

from assistant.pdf import fonts


@pytest.fixture
def bundled_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """No system fonts: what prints then prints on any PC (this one has fonts a customer's may not)."""
    fonts.register()
    monkeypatch.setattr(fonts, "_system_font", lambda code: None)


@pytest.fixture
def fresh_lookups(monkeypatch: pytest.MonkeyPatch) -> None:
    """System-font caches emptied for the test and put back after it, so each test asks the system afresh."""
    fonts.register()
    monkeypatch.setattr(fonts, "_system", {})
    monkeypatch.setattr(fonts, "_loaded", {})
