"""One window per database file: a lock beside the file, with who holds it.

SQLite lets two applications write one file, but two windows on one database
each keep their own picture of it and their own undo history, and one
window's undo would quietly overwrite the other's work. So a window locks the
file it opens with Qt's :class:`QLockFile` (``coordinator.sqlite.lock`` beside
it): a second window is refused and told which computer and user hold it, and
since when. A lock left by an application that was killed is recognised as
stale (its process is gone) and taken over. Databases on a server need no lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDateTime, QFileInfo, QLockFile


@dataclass(frozen=True)
class LockHolder:
    """Who holds a database's lock: the computer, the user and since when."""

    host: str
    user: str
    since: QDateTime
    pid: int


class DatabaseLock:
    """The lock of one database file, held while a window has the file open."""

    def __init__(self, database: Path) -> None:
        self.path = database.with_name(f"{database.name}.lock")
        self._lock = QLockFile(str(self.path))
        # Never stale by age: a window stays open for days. A lock whose
        # process no longer runs on this computer is stale all the same.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> LockHolder | None:
        """Take the lock; return ``None`` when taken, else who holds it.

        Raises:
            OSError: the lock file cannot be written beside the database.
        """
        if self._lock.tryLock(0):
            return None
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            msg = f"{self.path}: the lock file cannot be written"
            raise OSError(msg)
        pid, host, _application = self._lock.getLockInfo()
        info = QFileInfo(str(self.path))
        return LockHolder(host=host, user=info.owner(), since=info.lastModified(), pid=pid)

    def release(self) -> None:
        """Let another window open the database."""
        self._lock.unlock()
