"""Opening databases: File ▸ New, File ▸ Open, the recent files, failures and backups.

A database file that opens gets its daily backup (when due) off the GUI thread,
unseen. File ▸ Restore from backup… lists the file's backups, asks, closes the
database (keeping its window lock), restores the chosen one in the background
with a progress dialog and opens the result; a damaged file that cannot be
opened is offered its latest good backup the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from coordinator.store import Database, DatabaseDamagedError, DatabaseError, open_database
from coordinator.store.backups import (
    Backup,
    BackupCancelledError,
    back_up_daily,
    latest_good_backup,
    list_backups,
    restore_backup,
)
from coordinator.store.location import default_database_path
from coordinator.ui.database_lock import DatabaseLock, LockHolder
from coordinator.ui.database_place import safe_place
from coordinator.ui.database_targets import database_target, recent_name
from coordinator.ui.main_window import MainWindow
from coordinator.ui.operations import NO_PROGRESS_DIALOG_MS, OperationRunner
from coordinator.ui.prompts import Prompts
from coordinator.ui.recent_files import RecentFiles
from coordinator.ui.recent_menu import RecentMenu
from coordinator.ui.restore_dialog import BackupWords, RestoreDialog
from coordinator.ui.server_connection import ServerConnections
from coordinator.ui.workspace_loader import taken_if_same

STATUS_TIMEOUT_MS = 15_000
Folder = Callable[[], Path | None] | None  # where backups go; None: beside the database


class DatabaseController(QObject):
    """Opens one database at a time and remembers the recent ones.

    Signals:
        opened(object): a :class:`~coordinator.store.Database` is now open.
        closed(): no database is open any more (opening another failed, or a
            restore is under way).
        backed_up(object): the daily :class:`~coordinator.store.backups.Backup`
            was taken, or ``None`` when none was due.
    """

    opened = Signal(object)
    closed = Signal()
    backed_up = Signal(object)

    def __init__(
        self, window: MainWindow, prompts: Prompts, recent: RecentFiles, backups: Folder = None
    ) -> None:
        super().__init__(window)
        self._backups = backups or (lambda: None)  # the folder Tools ▸ Settings… chose
        self._window = window
        self._prompts = prompts
        self.database: Database | None = None
        self._opened_ahead: Database | None = None  # see open_initial
        self._lock: DatabaseLock | None = None
        self._damaged: Path | None = None  # not opened: File ▸ Restore offers its backups
        self._closing = False
        self._reopen = False
        self.words = BackupWords(self)
        self.runner = OperationRunner(window)
        # The daily backup shows no progress: the window stays usable.
        self.daily = OperationRunner(window, show_after_ms=NO_PROGRESS_DIALOG_MS)
        self._daily_due: Path | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.recent_menu = RecentMenu(window, prompts, recent, self.open)
        self.servers = ServerConnections(window, prompts)
        self._connect_signals()

    def _connect_signals(self) -> None:
        actions = self._window.main_actions
        actions.open_database.triggered.connect(self.choose_and_open)
        actions.new_database.triggered.connect(self.choose_and_create)
        actions.restore_backup.triggered.connect(self.choose_backup)
        actions.connect_server.triggered.connect(self.connect_server)
        self.daily.idle.connect(self._start_daily)
        self.runner.idle.connect(self._update_restore_action)
        empty = self._window.empty_state
        empty.open_database_clicked.connect(self.choose_and_open)
        empty.new_database_clicked.connect(self.choose_and_create)

    def _folder(self) -> str:
        if self.database is not None and self.database.path is not None:
            return str(self.database.path.parent)
        return str(Path.home())

    def open_initial(self, target: str | None, opened: Database | None = None) -> bool:
        """Open ``target`` (else the default database), taking ``opened`` if it is that file."""
        self._opened_ahead = opened
        try:
            return self.open(target or str(default_database_path()))
        finally:
            self._take_opened_ahead(None)  # closed if not taken: another file, or refused

    def open(self, target: str) -> bool:
        """Open the database at ``target`` (path or URL); on failure offer another.

        Returns:
            Whether a database is open now.
        """
        if self.runner.busy():  # a restore is under way
            return self.database is not None
        if "://" in target:
            completed = self.servers.complete(target)
            if completed is None:
                return self.database is not None
            target = completed
        where = database_target(target)
        lock = None
        if isinstance(where, Path) and not self._is_current(where):
            chosen = safe_place(self._prompts, where)
            if chosen is None:
                return self.database is not None
            where, target = chosen, str(chosen)
            try:  # a new database may go into a new folder; the lock goes with it
                where.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                message = self.tr("The folder {folder} cannot be created: {reason}")
                return self._failed(message.format(folder=where.parent, reason=error.strerror))
            taken = self._lock_file(where)
            if isinstance(taken, str):
                return self._failed(taken)
            lock = taken
        return self._open_locked(where, target, lock)

    def connect_server(self) -> None:
        """File ▸ Connect to server…: ask for a team's server, then open its database."""
        url = self.servers.ask()
        if url is not None:
            self.open(url)

    def _lock_file(self, path: Path) -> DatabaseLock | str:
        """Lock ``path`` for this window; else return why it cannot be."""
        lock = DatabaseLock(path.resolve())
        try:
            holder = lock.acquire()
        except OSError:
            message = self.tr("The lock file {file} cannot be written beside the database.")
            return message.format(file=lock.path)
        return lock if holder is None else self._held_message(path, holder)

    def _open_locked(self, where: str | Path, target: str, lock: DatabaseLock | None) -> bool:
        """Open ``where``, whose lock (if a file not open yet) ``lock`` holds."""
        self._window.empty_state.show_loading(target)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ahead = self._take_opened_ahead(where)  # opened off the GUI thread, if it is this
            database = ahead or open_database(where, backups_folder=self._backups())
        except DatabaseError as error:
            QApplication.restoreOverrideCursor()
            if isinstance(error, DatabaseDamagedError) and isinstance(where, Path) and lock:
                return self._offer_backup(where, str(error), lock)
            if lock is not None:
                lock.release()
            self._damaged = None
            return self._failed(str(error))
        QApplication.restoreOverrideCursor()
        if lock is not None or not isinstance(where, Path):
            self._close_current()
            self._lock = lock
        else:  # the same file again: keep its lock
            self._close_database()
        self.database = database
        self._damaged = None
        self.recent_menu.remember(recent_name(database, target))
        self.opened.emit(database)
        self._update_restore_action()
        if database.path is not None:
            self._daily_due = database.path
            self._start_daily()
        return True

    def _take_opened_ahead(self, where: str | Path | None) -> Database | None:
        ahead, self._opened_ahead = self._opened_ahead, None
        return taken_if_same(ahead, where, self._backups())

    def _failed(self, message: str) -> bool:
        if self._prompts.database_failed(message):
            path = self._prompts.open_database_path(self._folder())
            if path:
                return self.open(path)
        return self._gave_up(message)

    def _gave_up(self, message: str) -> bool:
        self._update_restore_action()
        if self.database is None:
            self._window.show_empty_state()
            self._window.empty_state.show_no_database(message)
            self.closed.emit()
        return self.database is not None

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
        self._daily_due = None
        self.daily.close()  # a daily backup still running stops, leaving nothing
        if self.database is not None:
            self.database.close()
            self.database = None

    def _close_current(self) -> None:
        self._close_database()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def close(self) -> None:
        """Stop a restore or a backup, then close the open database, if any."""
        self._closing = True
        self.runner.close()
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

    def open_recent(self, target: str) -> None:
        """Open a database of the recent list, forgetting it if its file is gone."""
        self.recent_menu.open_recent(target)

    def _start_daily(self) -> None:
        """Take the daily backup of the open file if it is due, unseen, off the GUI thread."""
        path = self._daily_due
        if path is None or self.daily.busy() or self._closing:
            return  # when busy, the end of the running one calls this again
        self._daily_due = None
        folder = self._backups_folder()
        self.daily.start(
            self.tr("Taking the daily backup…"),
            lambda progress: back_up_daily(path, progress=progress, folder=folder),
            on_success=self._daily_taken,
            on_failure=lambda error: self._daily_failed(path, error),
        )

    def _daily_taken(self, backup: Backup | None) -> None:
        if backup is not None and not backup.ok:
            self._prompts.error(
                self.tr("Daily backup"),
                self.tr(
                    "The daily backup of {file} failed SQLite's integrity check: the database "
                    "itself may be damaged. File ▸ Restore from backup… lists the good backups."
                ).format(file=backup.file.name),
            )
        elif backup is not None and not self._window.statusBar().currentMessage():
            # Unseen work never covers what the user just did (an export, an import).
            message = self.tr("Daily backup taken: {file}").format(file=backup.file.name)
            self._window.statusBar().showMessage(message, STATUS_TIMEOUT_MS)
        self.backed_up.emit(backup)

    def _daily_failed(self, path: Path, error: Exception) -> None:
        if not isinstance(error, DatabaseError):
            raise error
        message = self.tr("The daily backup of {file} could not be taken: {reason}")
        self._prompts.error(self.tr("Daily backup"), message.format(file=path.name, reason=error))

    def _backups_folder(self) -> Path | None:  # the open database's, else the chosen one
        return self.database.backups_folder if self.database else self._backups()

    def _restorable(self) -> Path | None:
        """The file whose backups File ▸ Restore offers: the open one, or a damaged one."""
        return self._damaged if self.database is None else self.database.path

    def _update_restore_action(self) -> None:
        enabled = self._restorable() is not None and not self.runner.busy()
        self._window.main_actions.restore_backup.setEnabled(enabled)

    def choose_backup(self) -> None:
        """List the backups of the open (or damaged) file; restore the one chosen."""
        path = self._restorable()
        if path is None or self.runner.busy():
            return
        try:
            backups = list_backups(path, self._backups_folder())
        except DatabaseError as error:
            self._prompts.error(self.tr("Restore from backup"), str(error))
            return
        if self.restore_dialog is None:
            self.restore_dialog = RestoreDialog(self.words, self._window)
            self.restore_dialog.restore_requested.connect(self._restore_chosen)
        self.restore_dialog.set_backups(path.name, backups)
        self.restore_dialog.open()  # window-modal: the file stays the same meanwhile

    def _restore_chosen(self, backup: Backup) -> None:
        path, words = self._restorable(), self.words.describe(backup)
        if path is None or self.runner.busy() or not self._prompts.confirm_restore(words):
            return
        was_open = self._is_current(path)
        lock = self._lock if was_open else None
        if lock is not None:  # the window keeps the file locked while it is restored
            self._lock = None
            self._close_database()
            self.closed.emit()
        else:
            taken = self._lock_file(path)
            if isinstance(taken, str):
                self._prompts.error(self.tr("Restore from backup"), taken)
                return
            lock = taken
        if self.restore_dialog is not None:
            self.restore_dialog.accept()
        self._run_restore(path, backup, lock, was_open=was_open)

    def _offer_backup(self, path: Path, message: str, lock: DatabaseLock) -> bool:
        """Offer the latest good backup of the damaged file ``path``, which ``lock`` holds."""
        if self.database is None:
            self._damaged = path
        backup = latest_good_backup(path, self._backups())
        if backup is None:
            lock.release()
            return self._failed(message)
        choice = self._prompts.offer_backup(message, self.words.describe(backup))
        if choice == "restore":
            self._run_restore(path, backup, lock, was_open=False)
            return self.database is not None
        lock.release()
        if choice == "choose":
            chosen = self._prompts.open_database_path(self._folder())
            if chosen:
                return self.open(chosen)
        return self._gave_up(message)

    def _run_restore(
        self, path: Path, backup: Backup, lock: DatabaseLock, *, was_open: bool
    ) -> None:
        """Restore ``backup`` over ``path`` (closed; ``lock`` holds it) off the GUI thread."""
        if self.database is None:
            self._window.show_empty_state()
            self._window.empty_state.show_loading(str(path))
            self._window.empty_state.heading.setText(self.tr("Restoring the backup…"))
        self._reopen = was_open
        self.runner.start(
            self.tr("Restoring the backup of {backup}…").format(backup=self.words.describe(backup)),
            lambda progress: restore_backup(path, backup, progress=progress),
            on_success=lambda _previous: self._restore_ended(path, lock, backup, None),
            on_failure=lambda error: self._restore_ended(path, lock, backup, error),
            on_cancel=lambda: self._restore_ended(path, lock, backup, BackupCancelledError()),
        )
        self._update_restore_action()

    def _restore_ended(
        self, path: Path, lock: DatabaseLock, backup: Backup, error: Exception | None
    ) -> None:
        """Open the file, restored or (after a failure or a cancel, if it was open) as it was."""
        was_open, self._reopen = self._reopen, False
        if self._closing or (error is not None and not was_open):
            lock.release()
        elif self._open_locked(path, str(path), lock) and error is None:
            message = self.tr("Restored the backup of {backup}; what it replaced is kept as one.")
            self._window.statusBar().showMessage(
                message.format(backup=self.words.describe(backup)), STATUS_TIMEOUT_MS
            )
        if error is None or self._closing:
            return
        if not isinstance(error, DatabaseError):
            raise error
        if not isinstance(error, BackupCancelledError):
            self._prompts.error(self.tr("Restore from backup"), str(error))
        if not was_open:
            self._gave_up(str(error))
