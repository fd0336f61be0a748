"""Backups of a SQLite database file: taken through SQLite, checked, thinned, restored.

Where: the ``backups`` folder beside the database file, one SQLite file per
backup named ``<database> <UTC time> <reason>.sqlite`` (for example
``coordinator 2026-05-04 10-15-00Z daily.sqlite``). The name is the whole
record, so a listing needs nothing but the folder (see
:mod:`coordinator.store.backup_files`).

When: before every import (the services call :func:`back_up`), before a
schema upgrade of an existing file (:func:`~coordinator.store.open_database`),
before a restore, and daily: a window that opens a database takes one when its
newest good backup is 24 hours old or more (:func:`back_up_daily`, off the
GUI thread).

How: through SQLite's online backup API (:meth:`sqlite3.Connection.backup`),
never by copying the file's bytes, from a read-only connection and in one
step, which is one read transaction: the copy is the database as it was at one
moment even while another connection writes. The copy gets a rollback journal
(nothing lies beside it), is checked with ``PRAGMA integrity_check``, flushed
to the disk and only then given its name; a copy that fails the check is named
``… damaged.sqlite``: it is kept for a while as evidence and never offered as
good or restored. While it is written a copy is a hidden ``.…part`` file (one
a crash left is deleted a day later). Backups are private files (``0600``
where the system has such permissions): they hold the rosters.

Thinning, after each backup: the ten newest good backups, then the newest of
each day for a month and of each week for a year; older ones are deleted
(:func:`~coordinator.store.backup_files.backups_to_keep`, a pure rule).

Restoring (:func:`restore_backup`): the caller has closed every connection it
had and holds the database's window lock (the window, or ``coordinator
restore``: a restore is refused while another window has the file open). The
chosen backup is checked again; the current file is backed up (reason
``restore``; a file SQLite cannot copy soundly, a damaged one, has its bytes
kept instead, as ``… restore damaged.sqlite``); the backup is copied beside the
database and checked; the database's write-ahead log is folded in and removed
(SQLite refuses that while any other connection has the file open, and then
so does the restore); and the copy is moved into place in one rename. Until
that rename the database holds what it held.

A database on a server (PostgreSQL) has no backups here: they are the
server's job. :func:`back_up` returns ``None`` for one; the other functions
take a file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from coordinator.atomic_files import write_atomically
from coordinator.store.backup_files import (
    REASONS,
    Backup,
    BackupError,
    BackupsOnServerError,
    backups_folder,
    daily_backup_due,
    flush_to_disk,
    free_backup_name,
    latest_good_backup,
    list_backups,
    new_part_file,
    parse_backup,
    prune_backups,
    remove_file,
    utc_now,
)
from coordinator.store.database import Database
from coordinator.store.sqlite_copies import copy_pages, open_read_only

__all__ = [
    "REASONS",
    "Backup",
    "BackupCancelledError",
    "BackupError",
    "BackupsOnServerError",
    "back_up",
    "back_up_daily",
    "back_up_file",
    "backups_folder",
    "latest_good_backup",
    "list_backups",
    "restore_backup",
]

Progress = Callable[[int, int], bool]
"""``progress(done, total)``, as :mod:`coordinator.ui.operations` gives it; ``False`` stops."""

_JOURNALS = ("-wal", "-shm", "-journal")
_CLOSE_TIMEOUT_S = 2.0


class BackupCancelledError(BackupError):
    """The user stopped a backup or a restore; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("Cancelled: nothing was changed")


def back_up(database: Database, reason: str, progress: Progress | None = None) -> Backup | None:
    """Back up the open ``database`` now (e.g. ``back_up(database, "import")`` before an import).

    Returns:
        The new backup; check its ``ok``: ``False`` says the copy failed SQLite's
        integrity check, so the database itself is probably damaged. ``None`` for
        a database on a server, whose backups are the server's job (nothing is
        written).

    Raises:
        BackupError: the copy cannot be written, e.g. the disk is full
            (the database is left as it was).
        ValueError: ``reason`` is not one of :data:`REASONS`.
    """
    path = database.path
    if path is None:
        return None
    return back_up_file(path, reason, progress=progress, folder=database.backups_folder)


def back_up_daily(
    database_file: Path,
    *,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
    folder: Path | None = None,
) -> Backup | None:
    """Take the daily backup of ``database_file`` into ``folder`` if it is due; else ``None``.

    It is due when no good backup is 24 hours old or younger.

    Raises:
        BackupError: the backup is due and cannot be written.
    """
    moment = now or utc_now()
    if not daily_backup_due(list_backups(database_file, folder), moment):
        return None
    return back_up_file(database_file, "daily", progress=progress, now=moment, folder=folder)


def back_up_file(
    database_file: Path,
    reason: str,
    *,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
    prune: bool = True,
    folder: Path | None = None,
) -> Backup:
    """Back up the SQLite file ``database_file`` into its backups folder, then thin them.

    The backups folder is ``folder`` if given, else the one beside the file.

    Raises:
        BackupError: the file cannot be read as a database or the copy cannot
            be written; nothing is left behind.
        ValueError: ``reason`` is not one of :data:`REASONS`.
    """
    if reason not in REASONS:
        msg = f"A backup's reason is one of {', '.join(REASONS)}, not {reason!r}"
        raise ValueError(msg)
    if not database_file.is_file():
        msg = f"The file {database_file} does not exist: there is nothing to back up"
        raise BackupError(msg)
    chosen, folder = folder, backups_folder(database_file, folder)
    try:
        folder.mkdir(parents=chosen is not None, exist_ok=True)
    except OSError as error:
        msg = f"The folder {folder} cannot be created: {error.strerror or error}"
        raise BackupError(msg) from error
    taken = (now or utc_now()).astimezone(dt.UTC).replace(microsecond=0)
    part = new_part_file(folder)
    try:
        _report(progress, 0, 2)
        copy_pages(database_file, part)
        _report(progress, 1, 2)
        ok = is_sound(part)
        _report(progress, 2, 2)
        flush_to_disk(part)
        target = free_backup_name(database_file, taken, reason, ok=ok, folder=folder)
        part.replace(target)
    except BaseException:
        remove_file(part)
        raise
    flush_to_disk(folder, folder=True)
    backup = Backup(target, taken, reason, ok, number=_number_of(database_file, target))
    if prune:
        prune_backups(database_file, taken, folder=folder)
    return backup


def is_sound(path: Path) -> bool:
    """Tell whether ``path`` is a coordinator database that passes SQLite's integrity check."""
    try:
        connection = open_read_only(path)
    except sqlite3.Error:
        return False
    try:
        tables = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        found = connection.execute("PRAGMA integrity_check").fetchall()
    except (sqlite3.DatabaseError, UnicodeDecodeError):  # not a database; damaged text
        return False
    finally:
        connection.close()
    return tables == (1,) and found == [("ok",)]


def restore_backup(
    database_file: Path,
    backup: Backup,
    *,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
    folder: Path | None = None,
) -> Backup | None:
    """Put ``backup`` in place of ``database_file``, keeping the current state as a backup.

    The caller has closed its connections to the file and holds its window lock.
    The current state is kept in ``folder``, else in the folder of ``backup``.

    Returns:
        The backup of the state that was replaced (``None`` if there was no file).

    Raises:
        BackupError: the backup failed its check (it is then marked damaged),
            another connection has the database open, or a file cannot be
            written; the database is left as it was.
    """
    folder = folder or backup.file.parent
    if not backup.ok:
        msg = (
            f"The backup {backup.describe()} failed its check when it was taken: "
            "it is never restored"
        )
        raise BackupError(msg)
    if not backup.file.is_file():
        msg = f"The backup {backup.file} no longer exists"
        raise BackupError(msg)
    _report(progress, 0, 4)
    if not is_sound(backup.file):
        _mark_damaged(database_file, backup)
        msg = (
            f"The backup {backup.describe()} is damaged (SQLite's integrity check failed): "
            "it was marked so, and the database was left as it was"
        )
        raise BackupError(msg)
    _report(progress, 1, 4)
    previous = _keep_current(database_file, now, folder) if database_file.exists() else None
    _report(progress, 2, 4)

    def write(part: Path) -> None:
        copy_pages(backup.file, part)
        if not is_sound(part):
            msg = (
                f"The copy of {backup.describe()} failed its check: the database was left as it was"
            )
            raise BackupError(msg)
        _report(progress, 3, 4)
        _close_journal(database_file)

    try:
        write_atomically(database_file, write)
    except OSError as error:
        msg = f"The file {database_file} cannot be replaced: {error.strerror or error}"
        raise BackupError(msg) from error
    if progress is not None:  # too late to stop: the restored file is in place
        progress(4, 4)
    prune_backups(database_file, now, spare=[backup], folder=folder)
    return previous


def _keep_current(database_file: Path, now: dt.datetime | None, folder: Path | None) -> Backup:
    """Back up the current file before it is replaced; keep its bytes if SQLite cannot."""
    try:
        current = back_up_file(database_file, "restore", now=now, prune=False, folder=folder)
    except BackupCancelledError:
        raise
    except BackupError:
        current = None
    if current is not None and current.ok:
        return current
    if current is not None:
        remove_file(current.file)
    return _keep_bytes(database_file, now, folder)


def _keep_bytes(database_file: Path, now: dt.datetime | None, chosen: Path | None) -> Backup:
    """Copy a damaged database file's bytes, with its journals, among its backups.

    No connection has the file open (the restore checks that next), so these
    are the bytes SQLite would read: the damaged file itself, kept as it is.
    """
    taken = (now or utc_now()).astimezone(dt.UTC).replace(microsecond=0)
    folder = backups_folder(database_file, chosen)
    target = free_backup_name(database_file, taken, "restore", ok=False, folder=folder)
    try:
        folder.mkdir(parents=chosen is not None, exist_ok=True)
        for ending in ("", *_JOURNALS):
            source = database_file.with_name(f"{database_file.name}{ending}")
            if source.exists():
                kept = target.with_name(f"{target.name}{ending}")
                shutil.copyfile(source, kept)
                flush_to_disk(kept)
        flush_to_disk(folder, folder=True)
    except OSError as error:
        reason = error.strerror or error
        msg = f"{database_file} cannot be kept among its backups: {reason}; nothing was changed"
        raise BackupError(msg) from error
    return Backup(target, taken, "restore", ok=False, number=_number_of(database_file, target))


def _close_journal(database_file: Path) -> None:
    """Fold the database's write-ahead log into the file and remove it, as SQLite does.

    Leaving a ``-wal`` beside the restored file would have SQLite replay the old
    database's last changes into it. Leaving write-ahead mode needs the only
    connection to the file, so this is also the proof that none is open.

    Raises:
        BackupError: another connection has the database open.
    """
    folded = False
    if database_file.exists():
        try:
            connection = sqlite3.connect(database_file, timeout=_CLOSE_TIMEOUT_S)
        except sqlite3.Error:  # not a database at all: its bytes were kept
            connection = None
        if connection is not None:
            try:
                connection.execute("PRAGMA journal_mode = DELETE").fetchall()
                folded = True
            except sqlite3.OperationalError as error:
                if "locked" in str(error) or "busy" in str(error):
                    raise _still_open(database_file) from error
            except sqlite3.DatabaseError:  # damaged: its bytes and journals were kept
                pass
            finally:
                connection.close()
    wal = database_file.with_name(f"{database_file.name}-wal")
    if folded and wal.exists():  # opened again meanwhile
        raise _still_open(database_file)
    for ending in ("-wal", "-shm"):
        remove_file(database_file.with_name(f"{database_file.name}{ending}"))


def _still_open(database_file: Path) -> BackupError:
    msg = (
        f"The database {database_file} is still open in another program or window: "
        "close it there first; nothing was changed"
    )
    return BackupError(msg)


def _mark_damaged(database_file: Path, backup: Backup) -> None:
    """Rename a backup that fails its check now, so it is never offered again."""
    target = free_backup_name(
        database_file, backup.taken, backup.reason, ok=False, folder=backup.file.parent
    )
    with contextlib.suppress(OSError):
        backup.file.replace(target)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and not progress(done, total):
        raise BackupCancelledError


def _number_of(database_file: Path, file: Path) -> int:
    parsed = parse_backup(database_file, file)
    return 1 if parsed is None else parsed.number
