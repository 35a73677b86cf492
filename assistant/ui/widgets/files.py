"""Save and open dialogs that start where the user expects: the folder last used, else their Documents folder (the
app's working directory means nothing to them). Window-modal and non-blocking, like every dialog of the app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from assistant.infra import settings as S
from assistant.ui.widgets.screen import fit_to_screen


def start_folder(settings: S.Settings | None) -> Path:
    last = settings.get(S.LAST_FOLDER) if settings is not None else ""
    if last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _remember(settings: S.Settings | None, path: str) -> None:
    if settings is not None and path:
        settings.set(S.LAST_FOLDER, str(Path(path).parent))


def _dialog(parent: QWidget, settings: S.Settings | None, title: str, name_filters: list[str],
            chosen: Callable[[str], None]) -> QFileDialog:
    dialog = QFileDialog(parent, title)
    dialog.setDirectory(str(start_folder(settings)))
    dialog.setNameFilters(name_filters)
    dialog.fileSelected.connect(lambda path: _remember(settings, path))
    dialog.fileSelected.connect(chosen)
    fit_to_screen(dialog, 820, 540)  # Qt's own dialog where the platform has none; a native one sizes itself
    return dialog


def save_file(parent: QWidget, settings: S.Settings | None, *, title: str, name_filter: str, suggested_name: str,
              suffix: str, chosen: Callable[[str], None]) -> QFileDialog:
    """Ask where to save (opened at once); `chosen` gets the path. Keep the returned dialog referenced."""
    dialog = _dialog(parent, settings, title, [name_filter], chosen)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(str(start_folder(settings) / suggested_name))
    dialog.open()
    return dialog


def open_file(parent: QWidget, settings: S.Settings | None, *, title: str, name_filters: list[str],
              chosen: Callable[[str], None]) -> QFileDialog:
    """Ask for an existing file (opened at once); `chosen` gets the path. Keep the returned dialog referenced."""
    dialog = _dialog(parent, settings, title, name_filters, chosen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.open()
    return dialog
