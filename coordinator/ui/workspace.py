"""The controllers of the main window, created once the window is on screen.

This module imports the database layer; :mod:`coordinator.ui.app` loads it
after the first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QUndoStack

from coordinator.store import Database
from coordinator.ui.database_controller import DatabaseController
from coordinator.ui.directory_controller import DirectoryController
from coordinator.ui.documents_controller import DocumentsController
from coordinator.ui.guides_controller import GuidesController
from coordinator.ui.itinerary_controller import ItineraryController
from coordinator.ui.main_window import MainWindow
from coordinator.ui.program_controller import ProgramController
from coordinator.ui.prompts import Prompts
from coordinator.ui.recent_files import RecentFiles
from coordinator.ui.roster_controller import RosterController
from coordinator.ui.roster_transfer import RosterTransferController
from coordinator.ui.workspace_view import WorkspaceView


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
        self.databases = DatabaseController(window, prompts, RecentFiles(settings))
        self.programs = ProgramController(window, view, prompts, settings)
        self.roster = RosterController(window, view, prompts, undo_stack, self.programs)
        self.itinerary = ItineraryController(window, view, prompts, undo_stack, self.programs)
        self.guides = GuidesController(
            window, view, prompts, undo_stack, self.programs, self.itinerary
        )
        self.transfers = RosterTransferController(
            window, view, prompts, undo_stack, self.programs, self.roster, settings
        )
        self.directory = DirectoryController(
            window, prompts, undo_stack, window.main_actions.directory
        )
        self.documents = DocumentsController(window, view, prompts, self.programs, undo_stack)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.directory.directory_changed.connect(self.itinerary.refresh)
        self.directory.directory_changed.connect(self.guides.refresh)
        self.databases.opened.connect(self._on_opened)
        self.databases.closed.connect(self._on_closed)

    def _on_opened(self, database: Database) -> None:
        self.directory.set_database(database)
        self.documents.set_database(database)
        self.transfers.set_database(database)
        self.roster.set_database(database)
        self.itinerary.set_database(database)
        self.guides.set_database(database)
        self.programs.set_database(database)

    def _on_closed(self) -> None:
        self.directory.set_database(None)
        self.documents.set_database(None)
        self.transfers.set_database(None)
        self.roster.set_database(None)
        self.itinerary.set_database(None)
        self.guides.set_database(None)
        self.programs.set_database(None)

    def open_initial(self, target: str | None) -> bool:
        """Open ``target`` or the default database; tell whether one is open."""
        return self.databases.open_initial(target)

    def close(self) -> None:
        """Stop a running import or export, then close the database."""
        self.transfers.close()
        self.documents.runner.close()
        self.databases.close()
