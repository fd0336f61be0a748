"""Opening databases: File ▸ New, File ▸ Open, the recent files and failures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from coordinator.store import Database, DatabaseError, open_database
from coordinator.store.location import default_database_path
from coordinator.ui.database_lock import DatabaseLock, LockHolder
from coordinator.ui.main_window import MainWindow
from coordinator.ui.prompts import Prompts
from coordinator.ui.recent_files import RecentFiles


def database_target(text: str) -> str | Path:
    """Return a SQLAlchemy URL as it is and anything else as a file path."""
    return text if "://" in text else Path(text)


class DatabaseController(QObject):
    """Opens one database at a time and remembers the recent ones.

    Signals:
        opened(object): a :class:`~coordinator.store.Database` is now open.
        closed(): no database is open any more (opening another failed).
    """

    opened = Signal(object)
    closed = Signal()

    def __init__(self, window: MainWindow, prompts: Prompts, recent: RecentFiles) -> None:
        super().__init__(window)
        self._window = window
        self._prompts = prompts
        self._recent = recent
        self.database: Database | None = None
        self._lock: DatabaseLock | None = None
        self._connect_signals()
        self._rebuild_recent_menu()

    def _connect_signals(self) -> None:
        actions = self._window.main_actions
        actions.open_database.triggered.connect(self.choose_and_open)
        actions.new_database.triggered.connect(self.choose_and_create)
        actions.clear_recent.triggered.connect(self._clear_recent)
        empty = self._window.empty_state
        empty.open_database_clicked.connect(self.choose_and_open)
        empty.new_database_clicked.connect(self.choose_and_create)

    def _folder(self) -> str:
        if self.database is not None and self.database.path is not None:
            return str(self.database.path.parent)
        return str(Path.home())

    def open_initial(self, target: str | None) -> bool:
        """Open ``target``, or the default database in the user's data folder."""
        return self.open(target or str(default_database_path()))

    def open(self, target: str) -> bool:
        """Open the database at ``target`` (path or URL); on failure offer another.

        Returns:
            Whether a database is open now.
        """
        where = database_target(target)
        lock = None
        if isinstance(where, Path) and not self._is_current(where):
            try:  # a new database may go into a new folder; the lock goes with it
                where.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                message = self.tr("The folder {folder} cannot be created: {reason}")
                return self._failed(message.format(folder=where.parent, reason=error.strerror))
            lock = DatabaseLock(where.resolve())
            try:
                holder = lock.acquire()
            except OSError:
                message = self.tr("The lock file {file} cannot be written beside the database.")
                return self._failed(message.format(file=lock.path))
            if holder is not None:
                return self._failed(self._held_message(where, holder))
        self._window.empty_state.show_loading(target)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            database = open_database(where)
        except DatabaseError as error:
            QApplication.restoreOverrideCursor()
            if lock is not None:
                lock.release()
            return self._failed(str(error))
        QApplication.restoreOverrideCursor()
        if lock is not None or not isinstance(where, Path):
            self._close_current()
            self._lock = lock
        else:  # the same file again: keep its lock
            self._close_database()
        self.database = database
        self._remember(database, target)
        self.opened.emit(database)
        return True

    def _failed(self, message: str) -> bool:
        if self._prompts.database_failed(message):
            path = self._prompts.open_database_path(self._folder())
            if path:
                return self.open(path)
        if self.database is None:
            self._window.show_empty_state()
            self._window.empty_state.show_no_database(message)
            self.closed.emit()
        return self.database is not None

    def _remember(self, database: Database, target: str) -> None:
        if database.path is not None:
            target = str(database.path.resolve())
        self._recent.add(target)
        self._rebuild_recent_menu()

    def _is_current(self, path: Path) -> bool:
        current = None if self.database is None else self.database.path
        return current is not None and current.resolve() == path.resolve()

    def _held_message(self, path: Path, holder: LockHolder) -> str:
        since = QLocale().toString(holder.since, QLocale.FormatType.ShortFormat)
        return self.tr(
            "{file} is open in another Delegation Coordinator window, on the computer "
            "{host} (user {user}) since {since}. Close it there first: two windows on one "
            "database would overwrite each other's work."
        ).format(file=path.name, host=holder.host or "?", user=holder.user or "?", since=since)

    def _close_database(self) -> None:
        if self.database is not None:
            self.database.close()
            self.database = None

    def _close_current(self) -> None:
        self._close_database()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def close(self) -> None:
        """Close the open database, if any."""
        self._close_current()

    def choose_and_open(self) -> None:
        """Ask for a database file and open it."""
        path = self._prompts.open_database_path(self._folder())
        if path:
            self.open(path)

    def choose_and_create(self) -> None:
        """Ask where to create a database file, refusing to overwrite one."""
        path = self._prompts.new_database_path(self._folder())
        if not path:
            return
        if Path(path).exists():
            self._prompts.error(
                self.tr("New database"),
                self.tr(
                    "The file {path} already exists. Use File ▸ Open database… to open it, "
                    "or choose another name."
                ).format(path=path),
            )
            return
        self.open(path)

    def _rebuild_recent_menu(self) -> None:
        menu = self._window.recent_menu
        menu.clear()
        entries = self._recent.entries()
        for number, entry in enumerate(entries, start=1):
            action = QAction(f"&{number} {entry}" if number < 10 else entry, menu)
            action.triggered.connect(lambda _checked=False, target=entry: self.open_recent(target))
            menu.addAction(action)
        if entries:
            menu.addSeparator()
        menu.addAction(self._window.main_actions.clear_recent)
        self._window.main_actions.clear_recent.setEnabled(bool(entries))
        menu.setEnabled(bool(entries))

    def open_recent(self, target: str) -> None:
        """Open a database of the recent list, forgetting it if its file is gone."""
        if "://" not in target and not Path(target).exists():
            self._recent.remove(target)
            self._rebuild_recent_menu()
            self._prompts.error(
                self.tr("Open recent"),
                self.tr("The file {path} no longer exists.").format(path=target),
            )
            return
        self.open(target)

    def _clear_recent(self) -> None:
        self._recent.clear()
        self._rebuild_recent_menu()
