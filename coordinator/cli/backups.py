"""Commands about backups: ``backups`` lists them, ``restore FILE`` puts one back.

Neither opens the database as the other commands do: a damaged file can be
restored, and a listing works even when the database file is gone. A
database on a server has no backups here (they are the server's job): both
commands refuse it with one line. A refusal to open a damaged file names the
latest good backup (see :func:`naming_latest_backup`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coordinator.cli.common import EXIT_OK, RefusedError, file_path, print_json

if TYPE_CHECKING:
    from coordinator.store.backup_files import Backup


def add_backup_commands(commands: Any) -> None:
    """Add the commands that list the database's backups and restore one."""
    listing = commands.add_parser(
        "backups", help="list the backups of the database, the newest first"
    )
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_backups)
    restore = commands.add_parser(
        "restore", help="put a backup in place of the database (its state now is backed up first)"
    )
    restore.add_argument(
        "file",
        metavar="FILE",
        type=file_path,
        help="the backup, as `coordinator backups` lists it (its path or file name)",
    )
    restore.set_defaults(handler=_restore)


def _database_file(options: argparse.Namespace) -> Path:
    """The database file the options name; refused for a database on a server."""
    from coordinator.store.backup_files import BackupError, database_file_of

    if options.db_url is not None:
        try:
            return database_file_of(options.db_url)
        except BackupError as error:
            raise RefusedError(str(error)) from error
    if options.db:
        return Path(options.db)
    from coordinator.store.location import default_database_path

    return default_database_path()


def _when(backup: Backup) -> str:
    return backup.taken.astimezone().strftime("%Y-%m-%d %H:%M %Z").strip()


def _backups(options: argparse.Namespace) -> int:
    from coordinator.store.backup_files import BackupError, list_backups

    path = _database_file(options)
    try:
        backups = list_backups(path)
    except BackupError as error:
        raise RefusedError(str(error)) from error
    if options.json:
        print_json(
            [
                {
                    "file": str(backup.file.resolve()),
                    "taken": backup.taken,
                    "reason": backup.reason,
                    "ok": backup.ok,
                }
                for backup in backups
            ]
        )
        return EXIT_OK
    if not backups:
        print(
            f"No backups of {path} yet: one is taken each day the window opens it, "
            "before every import and before an upgrade."
        )
    for backup in backups:
        state = "ok" if backup.ok else "damaged"
        print(f"{_when(backup)}\t{backup.reason}\t{state}\t{backup.file}")
    return EXIT_OK


def _restore(options: argparse.Namespace) -> int:
    from coordinator.store.backup_files import BackupError, find_backup
    from coordinator.store.backups import restore_backup
    from coordinator.ui.database_lock import DatabaseLock

    path = _database_file(options)
    try:
        backup = find_backup(path, options.file)
    except BackupError as error:
        raise RefusedError(str(error)) from error
    lock = DatabaseLock(path.resolve())
    try:
        holder = lock.acquire()
    except OSError as error:
        msg = (
            f"The lock file {lock.path} cannot be written beside the database: nothing was changed"
        )
        raise RefusedError(msg) from error
    if holder is not None:
        since = holder.since.toString("yyyy-MM-dd HH:mm")
        msg = (
            f"{path} is open in a Delegation Coordinator window on the computer "
            f"{holder.host or '?'} (user {holder.user or '?'}) since {since}: "
            "close it there first; nothing was changed"
        )
        raise RefusedError(msg)
    try:
        previous = restore_backup(path, backup)
    except BackupError as error:
        raise RefusedError(str(error)) from error
    finally:
        lock.release()
    kept = "" if previous is None else f"; its state before is kept in the backup {previous.file}"
    print(f"Restored {path} from the backup taken {_when(backup)} ({backup.reason}){kept}")
    return EXIT_OK


def naming_latest_backup(refusal: RefusedError, options: argparse.Namespace) -> RefusedError:
    """Return the refusal of a damaged database file naming its latest good backup.

    Any other refusal is returned as it is.
    """
    database = sys.modules.get("coordinator.store.database")
    damaged = getattr(database, "DatabaseDamagedError", None)
    if damaged is None or not isinstance(refusal.__cause__, damaged):
        return refusal
    from coordinator.store.backup_files import latest_good_backup

    try:
        path = _database_file(options)
    except RefusedError:
        return refusal
    latest = latest_good_backup(path)
    if latest is None:
        return RefusedError(f"{refusal}; there is no good backup of it")
    command = "coordinator"
    if options.db_url is not None:
        command += f' --db-url "{options.db_url}"'
    elif options.db:
        command += f' --db "{options.db}"'
    return RefusedError(
        f"{refusal}; its latest good backup is {latest.file} (taken {_when(latest)}, "
        f'{latest.reason}): `{command} restore "{latest.file.name}"` puts it back'
    )
