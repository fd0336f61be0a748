"""Copies of a SQLite database through SQLite's backup API: consistent while others write.

Backups and restores (see :mod:`coordinator.store.backups`) and moving a
database out of an unsafe folder all copy a file this way, never byte by byte.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from coordinator.store.backup_files import BackupError, remove_file
from coordinator.store.engine import BUSY_TIMEOUT_MS


def copy_database(source: Path, target: Path) -> None:
    """Copy the database file ``source`` to the new file ``target`` (moving it elsewhere).

    Raises:
        BackupError: ``target`` exists already, or ``source`` cannot be copied;
            nothing is left at ``target``.
    """
    if target.exists():
        msg = f"{target} exists already: choose a new file"
        raise BackupError(msg)
    try:
        copy_pages(source, target)
    except BaseException:
        remove_file(target)
        raise


def copy_pages(source: Path, target: Path) -> None:
    """Copy the database ``source`` into the new file ``target`` through SQLite's backup API.

    One step of all pages is one read transaction: a consistent copy, and no
    restart however busy the writers are.
    """
    try:
        reader = open_read_only(source)
        try:
            writer = sqlite3.connect(target)
            try:
                reader.backup(writer, pages=-1)
                # The copy stands alone: no write-ahead log beside it, now or when opened.
                writer.execute("PRAGMA journal_mode = DELETE").fetchall()
            finally:
                writer.close()
        finally:
            reader.close()
    except sqlite3.Error as error:
        msg = f"{source} cannot be copied: {error}"
        raise BackupError(msg) from error


def open_read_only(path: Path) -> sqlite3.Connection:
    """Open ``path`` so that nothing can be written to it, with the application's busy timeout."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
