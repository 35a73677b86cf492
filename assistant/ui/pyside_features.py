"""PySide6's `__feature__` (snake_case, true_property) is chosen module by module, so once PySide is loaded shiboken
reads the source of each module the first time an import statement names it, looking for "PySide6"
(shibokensupport/feature.py, `_mod_uses_pyside`). The app selects no feature, yet before the first paint of a source
install those reads cost 3–5 ms, nearly all of it the standard library's modules loaded before PySide (typing,
logging, pathlib: thousands of lines each; a frozen app has no sources to read). They are entered as shiboken would
enter them — not using PySide, -1 — without reading them. The app's own modules, loaded later, are entered unread as
using PySide with no feature selected (0, shiboken's default for any module it has not seen): 0.8 ms before the first
paint, and a read of each page's source when it is first opened."""

from __future__ import annotations

import sys

NOT_USING_PYSIDE = -1  # shiboken's value for a module it ignores when switching features
OURS = "assistant"
SOURCE_CHECK = "_mod_uses_pyside"  # shiboken's function that reads a module's source; looked up at each call
SCANNED_AS_USUAL = ("__main__", OURS, "PySide6", "shiboken6", "shibokensupport")  # may mention PySide6


def mark_loaded_modules() -> int:
    """Enter the modules loaded so far (other than ours and PySide's own) in shiboken's feature table, and have the
    app's own enter unread from now on; how many were entered.
    0 when this PySide keeps no such table (then it scans as it likes, and tests/ui/test_pyside_features.py says so).
    """
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    marked = 0
    for name in list(sys.modules):
        if name.partition(".")[0] not in SCANNED_AS_USUAL and name not in table:
            table[name] = NOT_USING_PYSIDE
            marked += 1
    read = getattr(feature, SOURCE_CHECK, None)
    if callable(read) and not getattr(read, "ours_unread", False):
        def uses_pyside(module) -> bool:
            return getattr(module, "__name__", "").partition(".")[0] == OURS or read(module)

        uses_pyside.ours_unread = True  # type: ignore[attr-defined]
        setattr(feature, SOURCE_CHECK, uses_pyside)
    return marked
