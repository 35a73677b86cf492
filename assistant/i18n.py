"""Translation hook for the Qt-free layers.

`domain/`, `api/` and `store/` may not import Qt, yet every message a user sees must be translatable through Qt's
catalogues (one system, one set of `.ts` files). They call `translate(context, text).format(...)`; lupdate extracts
those calls like `QCoreApplication.translate` (only with exactly these two arguments: it skips calls with more),
and the Qt layer installs the real translator at start-up with `set_translator`. Without it (the sandbox, a bare
library use) the source text — Chinese — is returned.
"""

from __future__ import annotations

from collections.abc import Callable


def _source(context: str, text: str) -> str:
    return text


_translator: Callable[[str, str], str] = _source


def set_translator(fn: Callable[[str, str], str]) -> None:
    global _translator
    _translator = fn


def translate(context: str, text: str) -> str:
    return _translator(context, text) or text
