"""The controllers of the main window, created once the window is on screen.

This module imports the database layer; :mod:`coordinator.ui.app` loads it
after the first paint.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from coordinator.store import Database
from coordinator.ui.app_settings import AppSettings
from coordinator.ui.database_controller import DatabaseController
from coordinator.ui.directory_controller import DirectoryController
from coordinator.ui.documents_controller import DocumentsController
from coordinator.ui.guides_controller import GuidesController
from coordinator.ui.history_controller import HistoryController
from coordinator.ui.itinerary_controller import ItineraryController
from coordinator.ui.logistics_controller import LogisticsController
from coordinator.ui.main_window import MainWindow
from coordinator.ui.offline_controller import OfflineController
from coordinator.ui.program_controller import ProgramController
from coordinator.ui.program_editing import ProgramEditingController
from coordinator.ui.program_transfer_controller import ProgramTransferController
from coordinator.ui.prompts import Prompts
from coordinator.ui.recent_files import RecentFiles
from coordinator.ui.roster_controller import RosterController
from coordinator.ui.roster_transfer import RosterTransferController
from coordinator.ui.search_controller import SearchController
from coordinator.ui.workspace_view import WorkspaceView

REFRESH_AFTER_S = 2.0
"""Coming back to the window after this long reads the program shown again."""


class Workspace(QObject):
    """Wires the database, program, roster, itinerary and guides controllers to one window.

    ``view`` is the workspace page if the launcher already built it (to show the
    first screen early); else it is built here.
    """

    def __init__(
        self,
        window: MainWindow,
        settings: QSettings,
        prompts: Prompts,
        undo_stack: QUndoStack,
        view: WorkspaceView | None = None,
    ) -> None:
        super().__init__(window)
        if view is None:
            view = WorkspaceView(window)
            window.set_workspace_view(view)
        self.app_settings = AppSettings(settings)
        self.databases = DatabaseController(
            window, prompts, RecentFiles(settings), self.app_settings.backups_folder
        )
        self.programs = ProgramController(window, view, prompts, settings)
        self.roster = RosterController(window, view, prompts, undo_stack, self.programs)
        self.itinerary = ItineraryController(
            window, view, prompts, undo_stack, self.programs, self.app_settings
        )
        self.guides = GuidesController(
            window, view, prompts, undo_stack, self.programs, self.itinerary
        )
        self.logistics = LogisticsController(
            window, view.program_view.logistics_page, prompts, undo_stack, self.programs,
            self.app_settings,
        )  # fmt: skip
        self.transfers = RosterTransferController(
            window, view, prompts, undo_stack, self.programs, self.roster, settings
        )
        self.program_editing = ProgramEditingController(
            window, view, prompts, undo_stack, self.programs, self.transfers.history
        )
        self.directory = DirectoryController(
            window, prompts, undo_stack, window.main_actions.directory
        )
        self.program_transfers = ProgramTransferController(
            window, prompts, undo_stack, self.programs, self.program_editing,
            self.transfers.history, settings,
        )  # fmt: skip
        self.history = HistoryController(window, view, prompts, self.programs)
        self.offline = OfflineController(
            window, prompts, settings, self.programs, self.transfers.history, undo_stack,
            self.reload_program,
        )  # fmt: skip
        self._left_at: float | None = None
        window.installEventFilter(self)
        self.documents = DocumentsController(window, view, prompts, self.programs, undo_stack)
        self.search = SearchController(
            window, view, undo_stack, self.programs, self.directory, self.itinerary, self.guides
        )
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.directory.directory_changed.connect(self.itinerary.refresh)
        self.directory.directory_changed.connect(self.guides.refresh)
        self.directory.directory_changed.connect(self.logistics.refresh)
        # An edit or a merge of a person or an organization changes what the roster shows.
        self.directory.entries_changed.connect(self.roster.refresh)
        self.logistics.logistics_changed.connect(self.itinerary.refresh)
        self.itinerary.page.conflicts.finding_chosen.connect(self.logistics.timeline.show_finding)
        self.databases.opened.connect(self._on_opened)
        self.databases.closed.connect(self._on_closed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Read the program shown again when the user comes back to the window."""
        if event.type() == QEvent.Type.WindowDeactivate:
            self._left_at = time.monotonic()
        elif event.type() == QEvent.Type.WindowActivate and self._left_at is not None:
            away = time.monotonic() - self._left_at
            self._left_at = None
            if away >= REFRESH_AFTER_S:
                self.refresh()
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        """Show what another window, a script or a colleague changed in the program shown.

        Nothing is read while a dialog is open or long work runs: the dialog's
        own save then checks what changed since it was opened.
        """
        busy = (
            self.transfers.runner.busy()
            or self.documents.runner.busy()
            or self.logistics.runner.busy()
        )
        if busy or QApplication.activeModalWidget() is not None:
            return
        if self.databases.database is None or self.programs.program is None:
            return
        self.roster.refresh()
        self.itinerary.refresh()
        self.guides.refresh()
        self.logistics.refresh()

    def reload_program(self, code: str) -> None:
        """Show the program ``code`` as it is now (after a merge), selecting it if need be."""
        program = self.programs.program
        if program is None or program.code != code:
            self.programs.reload(select_code=code)
            return
        self.roster.refresh()
        self.itinerary.refresh()
        self.guides.refresh()
        self.logistics.refresh()

    def _on_opened(self, database: Database) -> None:
        self.directory.set_database(database)
        self.history.set_database(database)
        self.offline.set_database(database)
        self.documents.set_database(database)
        self.search.set_database(database)
        self.transfers.set_database(database)
        self.roster.set_database(database)
        self.itinerary.set_database(database)
        self.guides.set_database(database)
        self.logistics.set_database(database)
        self.program_editing.set_database(database)
        self.program_transfers.set_database(database)
        self.programs.set_database(database)

    def _on_closed(self) -> None:
        self.directory.set_database(None)
        self.history.set_database(None)
        self.offline.set_database(None)
        self.documents.set_database(None)
        self.search.set_database(None)
        self.transfers.set_database(None)
        self.roster.set_database(None)
        self.itinerary.set_database(None)
        self.guides.set_database(None)
        self.logistics.set_database(None)
        self.program_editing.set_database(None)
        self.program_transfers.set_database(None)
        self.programs.set_database(None)

    def open_initial(self, target: str | None, opened: Database | None = None) -> bool:
        """Open ``target`` or the default database; tell whether one is open.

        ``opened`` is that database already opened off the GUI thread (see
        :mod:`coordinator.ui.workspace_loader`), taken if it is the same file.
        """
        return self.databases.open_initial(target, opened)

    def close(self) -> None:
        """Stop a running import or export, then close the database."""
        self.transfers.close()
        self.search.close()
        self.documents.runner.close()
        self.logistics.close()
        self.history.runner.close()
        self.databases.close()
