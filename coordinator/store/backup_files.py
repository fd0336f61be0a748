"""The backups of a database file as files: their names, listing and thinning.

A backup is one SQLite file in the ``backups`` folder beside the database
(or in a folder the caller names: every function takes it as ``folder``),
named after the database (its file name without a ``.sqlite`` ending), the
UTC time it was taken and why::

    coordinator 2026-05-04 10-15-00Z daily.sqlite
    coordinator 2026-05-04 10-15-00Z import 2.sqlite      (a second one that second)
    coordinator 2026-05-04 10-15-00Z daily damaged.sqlite (it failed its check)

The name is the whole record: a listing reads nothing but the folder, and
nothing beside a backup can go missing or disagree with it. A file being
written is hidden (``.…part``) and never listed. Thinning is a pure rule,
:func:`backups_to_keep`; see :mod:`coordinator.store.backups` for taking and
restoring them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from coordinator.store.database import DatabaseError

BACKUPS_FOLDER = "backups"
SUFFIX = ".sqlite"
REASONS = ("import", "migration", "daily", "restore", "manual")
"""Why a backup was taken: before an import, a schema upgrade or a restore; the
daily one; one asked for by hand."""

KEEP_LATEST = 10
"""The newest good backups, all kept whatever their age."""
KEEP_DAILY_FOR = dt.timedelta(days=31)
"""Beyond them, the newest good backup of each (UTC) day of the last month..."""
KEEP_WEEKLY_FOR = dt.timedelta(days=365)
"""...and of each (ISO) week of the last year; nothing older."""
DAILY_INTERVAL = dt.timedelta(hours=24)
"""A daily backup is due when the newest good one is this old."""

_STALE_PART_S = 24 * 3600
_TIME_FORMAT = "%Y-%m-%d %H-%M-%SZ"
_NAME = re.compile(
    r"(?P<time>[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}-[0-9]{2}-[0-9]{2}Z) (?P<reason>[a-z]+)"
    r"(?: (?P<number>[2-9]|[1-9][0-9]+))?(?P<damaged> damaged)?"
)
_SERVER = (
    "Backups of a database on a server are the server's job (e.g. pg_dump on a schedule); "
    "the Delegation Coordinator keeps backups of SQLite database files only"
)


class BackupError(DatabaseError):
    """A backup that cannot be taken, listed or restored, with a sentence saying why."""


class BackupsOnServerError(BackupError):
    """The database is on a server: its backups are the server's job, not the application's."""

    def __init__(self) -> None:
        super().__init__(_SERVER)


@dataclass(frozen=True)
class Backup:
    """One backup of a database file, as its name records it."""

    file: Path
    taken: dt.datetime
    """When it was taken, in UTC, to the second."""
    reason: str
    """One of :data:`REASONS`."""
    ok: bool
    """Whether the copy passed SQLite's integrity check; a backup that did not is
    never offered as good nor restored."""
    number: int = 1
    """Counts the backups taken with the same reason in the same second."""

    @property
    def order(self) -> tuple[dt.datetime, int]:
        """Sorts backups from the oldest to the newest."""
        return (self.taken, self.number)

    def describe(self) -> str:
        """Name the backup in a sentence: its file, time and reason."""
        return f"{self.file.name} (taken {self.taken:%Y-%m-%d %H:%M} UTC, {self.reason})"


def utc_now() -> dt.datetime:
    """Return the time now in UTC, to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def backups_folder(database_file: Path, folder: Path | None = None) -> Path:
    """Return the folder that holds the backups of ``database_file``.

    It is ``folder`` when one is given (the user chose where backups go), else
    the ``backups`` folder beside the database file.
    """
    return folder if folder is not None else database_file.parent / BACKUPS_FOLDER


def _prefix(database_file: Path) -> str:
    name = database_file.name
    return f"{name[: -len(SUFFIX)] if name.endswith(SUFFIX) and name != SUFFIX else name} "


def backup_name(
    database_file: Path, taken: dt.datetime, reason: str, *, number: int = 1, ok: bool = True
) -> str:
    """Return the file name of a backup of ``database_file``."""
    counted = f" {number}" if number > 1 else ""
    damaged = "" if ok else " damaged"
    when = taken.astimezone(dt.UTC).strftime(_TIME_FORMAT)
    return f"{_prefix(database_file)}{when} {reason}{counted}{damaged}{SUFFIX}"


def parse_backup(database_file: Path, file: Path) -> Backup | None:
    """Read a backup of ``database_file`` from the name of ``file``; ``None`` if it is none."""
    prefix, name = _prefix(database_file), file.name
    if not name.startswith(prefix) or not name.endswith(SUFFIX):
        return None
    match = _NAME.fullmatch(name[len(prefix) : -len(SUFFIX)])
    if match is None or match["reason"] not in REASONS:
        return None
    try:
        taken = dt.datetime.strptime(match["time"], _TIME_FORMAT).replace(tzinfo=dt.UTC)
    except ValueError:  # e.g. a 31st of April
        return None
    number = int(match["number"] or 1)
    return Backup(file, taken, match["reason"], ok=match["damaged"] is None, number=number)


def list_backups(database_file: Path, folder: Path | None = None) -> list[Backup]:
    """Return the backups of ``database_file``, the newest first (the file may be gone).

    Raises:
        BackupError: the backups folder exists but cannot be read.
    """
    folder = backups_folder(database_file, folder)
    try:
        files = list(folder.iterdir())
    except FileNotFoundError:
        return []
    except OSError as error:
        msg = f"The folder {folder} cannot be read: {error.strerror or error}"
        raise BackupError(msg) from error
    found = (parse_backup(database_file, file) for file in files)
    return sorted(
        (backup for backup in found if backup is not None and backup.file.is_file()),
        key=lambda backup: backup.order,
        reverse=True,
    )


def latest_good_backup(database_file: Path, folder: Path | None = None) -> Backup | None:
    """Return the newest backup of ``database_file`` that passed its check, if any."""
    try:
        backups = list_backups(database_file, folder)
    except BackupError:
        return None
    return next((backup for backup in backups if backup.ok), None)


def find_backup(database_file: Path, chosen: str, folder: Path | None = None) -> Backup:
    """Return the backup of ``database_file`` that ``chosen`` names (its path or file name).

    Raises:
        BackupError: ``chosen`` is not one of its backups.
    """
    candidate = Path(chosen)
    for backup in list_backups(database_file, folder):
        if backup.file.name == candidate.name and (
            candidate.name == chosen or _same_file(candidate, backup.file)
        ):
            return backup
    msg = (
        f"{chosen} is not a backup of {database_file}: `coordinator backups` lists them "
        f"(in {backups_folder(database_file, folder)})"
    )
    raise BackupError(msg)


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return False


def database_file_of(target: str | URL | Path) -> Path:
    """Return the SQLite file that ``target`` (a path or a database URL) names.

    Raises:
        BackupsOnServerError: ``target`` is a database on a server.
        BackupError: ``target`` is a database in memory or not a URL at all.
    """
    if isinstance(target, Path):
        return target
    try:
        url = make_url(target)
    except ArgumentError as error:
        msg = f"Not a database URL: {error}"
        raise BackupError(msg) from error
    if url.get_backend_name() != "sqlite":
        raise BackupsOnServerError
    if url.database in (None, "", ":memory:"):
        msg = "A database in memory has no file to back up"
        raise BackupError(msg)
    return Path(str(url.database))


def daily_backup_due(backups: Iterable[Backup], now: dt.datetime) -> bool:
    """Tell whether a daily backup is due: no good backup is younger than a day."""
    newest = max((backup.taken for backup in backups if backup.ok), default=None)
    return newest is None or now - newest >= DAILY_INTERVAL


def backups_to_keep(backups: Iterable[Backup], now: dt.datetime) -> set[Backup]:
    """Return the backups that thinning keeps at ``now``; the others are deleted.

    Kept: the :data:`KEEP_LATEST` newest good backups; the newest good backup of
    each UTC day of the last :data:`KEEP_DAILY_FOR`; the newest good backup of
    each ISO week of the last :data:`KEEP_WEEKLY_FOR`. A backup that failed its
    check is kept only while it is one of the :data:`KEEP_LATEST` newest of all
    (it is evidence, never a candidate). A backup kept for its day or week is the
    newest of a day or week that is over, so it stays kept until it is too old.
    """
    everything = sorted(backups, key=lambda backup: backup.order, reverse=True)
    good = [backup for backup in everything if backup.ok]
    keep = set(good[:KEEP_LATEST])
    keep.update(backup for backup in everything[:KEEP_LATEST] if not backup.ok)
    days: dict[dt.date, Backup] = {}
    weeks: dict[tuple[int, int], Backup] = {}
    for backup in good:  # the newest first: the first of a day or week is its newest
        age = now - backup.taken
        if age < KEEP_DAILY_FOR:
            days.setdefault(backup.taken.date(), backup)
        if age < KEEP_WEEKLY_FOR:
            year, week, _day = backup.taken.isocalendar()
            weeks.setdefault((year, week), backup)
    return keep | set(days.values()) | set(weeks.values())


def prune_backups(
    database_file: Path,
    now: dt.datetime | None = None,
    *,
    spare: Iterable[Backup] = (),
    folder: Path | None = None,
) -> list[Backup]:
    """Delete the backups of ``database_file`` that thinning does not keep (nor ``spare``).

    A backup that cannot be deleted (in use, read-only) stays until next time.

    Returns:
        The backups deleted.
    """
    try:
        backups = list_backups(database_file, folder)
    except BackupError:
        return []
    _remove_stale_parts(backups_folder(database_file, folder))
    keep = backups_to_keep(backups, now or utc_now()) | set(spare)
    deleted = []
    for backup in backups:
        if backup in keep:
            continue
        try:
            backup.file.unlink()
        except OSError:
            continue
        for leftover in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                backup.file.with_name(f"{backup.file.name}{leftover}").unlink()
        deleted.append(backup)
    return deleted


def _remove_stale_parts(folder: Path) -> None:
    """Delete the hidden copies that a backup stopped by a crash left, a day later."""
    with contextlib.suppress(OSError):
        for part in folder.glob(".backup-*.part"):
            with contextlib.suppress(OSError):
                if time.time() - part.stat().st_mtime > _STALE_PART_S:
                    part.unlink()


def free_backup_name(
    database_file: Path, taken: dt.datetime, reason: str, *, ok: bool, folder: Path | None = None
) -> Path:
    """Return a path for a new backup that no backup taken that second already has."""
    folder = backups_folder(database_file, folder)
    number = 1
    while True:
        names = [
            backup_name(database_file, taken, reason, number=number, ok=good)
            for good in (True, False)
        ]
        if not any((folder / name).exists() for name in names):
            return folder / backup_name(database_file, taken, reason, number=number, ok=ok)
        number += 1


def new_part_file(folder: Path) -> Path:
    """Create a hidden, private file in ``folder`` for a backup being written."""
    try:
        handle, name = tempfile.mkstemp(prefix=".backup-", suffix=".part", dir=folder)
    except OSError as error:
        msg = f"No backup can be written in {folder}: {error.strerror or error}"
        raise BackupError(msg) from error
    os.close(handle)  # private (0600): a backup holds the roster's passport numbers
    return Path(name)


def remove_file(path: Path) -> None:
    """Delete ``path`` and its rollback journal, if they exist."""
    for ending in ("", "-journal"):
        with contextlib.suppress(OSError):
            path.with_name(f"{path.name}{ending}").unlink()


def flush_to_disk(path: Path, *, folder: bool = False) -> None:
    """Flush ``path`` to the disk (a folder where the system allows it)."""
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if folder else 0)
    try:
        handle = os.open(path, flags)
    except OSError as error:
        if folder:
            return
        msg = f"{path} cannot be flushed to the disk: {error.strerror or error}"
        raise BackupError(msg) from error
    try:
        os.fsync(handle)
    except OSError as error:
        if not folder:
            msg = f"{path} cannot be flushed to the disk: {error.strerror or error}"
            raise BackupError(msg) from error
    finally:
        os.close(handle)
