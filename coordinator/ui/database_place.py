"""Warning about a database file in a synced folder or on a network share, and moving it.

SQLite's locking is not safe in a folder that a sync client copies behind the
application's back or on a network share (see
:mod:`coordinator.store.risky_places`). Before such a file is opened, the user
is told why and offered to move it to a folder of this computer: a consistent
copy through SQLite's backup, then the copy is opened; the original stays.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from coordinator.store.backup_files import BackupError
from coordinator.store.risky_places import risky_place
from coordinator.store.sqlite_copies import copy_database
from coordinator.ui.core_words import error_text
from coordinator.ui.prompts import Prompts


def safe_place(prompts: Prompts, path: Path) -> Path | None:
    """Return the file to open for ``path``: itself, or where it was moved; ``None``: cancel."""
    place = risky_place(path)
    if place is None:
        return path
    answer = prompts.unsafe_place(path.name, place.kind, place.name)
    if answer == "keep":
        return path
    return _moved(prompts, path) if answer == "move" else None


def _moved(prompts: Prompts, path: Path) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen = prompts.new_database_path(folder)
    if not chosen:
        return None
    target = Path(chosen)
    if path.exists():
        try:
            copy_database(path, target)
        except BackupError as error:
            prompts.error(prompts.tr("Move the database"), error_text(error))
            return None
    return target
