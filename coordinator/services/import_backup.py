"""The backup every import begins with: a consistent copy the import can be undone from.

Even after the application is closed (its undo history gone), the database as
it was before an import stays in its backups folder (see
:mod:`coordinator.store.backups`). An import that cannot be backed up first is
not started.
"""

from __future__ import annotations

from coordinator.domain.messages import said, said_of
from coordinator.services.errors import InvalidInputError
from coordinator.store import Database
from coordinator.store.backup_files import BackupError
from coordinator.store.backups import back_up


def back_up_before_import(database: Database) -> None:
    """Take the backup of ``database`` that an import begins with (none for a server).

    Raises:
        InvalidInputError: the backup cannot be written (a full disk, a folder
            that cannot be written), or the copy fails SQLite's check (the
            database itself is then damaged).
    """
    try:
        backup = back_up(database, "import")
    except BackupError as error:
        msg = said(
            "The import was not started: the backup before it could not be taken ({error})",
            error=said_of(error),
        )
        raise InvalidInputError(msg) from error
    if backup is not None and not backup.ok:
        msg = said(
            "The import was not started: the database failed SQLite's check while it was "
            "backed up, so it may be damaged; File ▸ Restore from backup… lists the good backups"
        )
        raise InvalidInputError(msg)
