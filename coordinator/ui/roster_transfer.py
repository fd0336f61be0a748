"""File ▸ Import roster…, File ▸ Export roster… and roster files dropped on the roster.

This controller is created with the window's others; the import and export
modules, which load openpyxl, are imported the first time they are used so
that opening a database stays as fast as before.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal
from PySide6.QtGui import QUndoStack

from coordinator.ui.background_history import BackgroundHistory
from coordinator.ui.main_window import MainWindow
from coordinator.ui.operations import OperationRunner
from coordinator.ui.program_controller import ProgramController
from coordinator.ui.prompts import Prompts
from coordinator.ui.roster_controller import RosterController
from coordinator.ui.roster_drop import RosterDropFilter
from coordinator.ui.workspace_view import WorkspaceView

if TYPE_CHECKING:
    from coordinator.store import Database
    from coordinator.ui.export_controller import RosterExport
    from coordinator.ui.import_controller import ImportSession

FOLDER_SETTING = "rosters/folder"


class RosterTransferController(QObject):
    """Starts roster imports and exports for the selected program, one at a time.

    Signals:
        import_started(object): an :class:`~coordinator.ui.import_controller.ImportSession`
            began reading a file.
        export_started(object): a :class:`~coordinator.ui.export_controller.RosterExport`
            began writing a file.
    """

    import_started = Signal(object)
    export_started = Signal(object)

    def __init__(
        self,
        window: MainWindow,
        view: WorkspaceView,
        prompts: Prompts,
        undo_stack: QUndoStack,
        programs: ProgramController,
        roster: RosterController,
        settings: QSettings,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._prompts = prompts
        self._stack = undo_stack
        self._programs = programs
        self._roster = roster
        self._settings = settings
        self._database: Database | None = None
        self.runner = OperationRunner(window)
        actions = window.main_actions
        self.history = BackgroundHistory(self.runner, undo_stack, actions.undo, actions.redo, self)
        self.drop_filter = RosterDropFilter(view.program_view.roster_view.table)
        self.session: ImportSession | None = None
        self.export: RosterExport | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        actions = self._window.main_actions
        actions.import_roster.triggered.connect(self.import_roster)
        actions.export_roster.triggered.connect(self.export_roster)
        self.drop_filter.file_dropped.connect(self.import_file)
        self._programs.program_changed.connect(self._update_actions)
        self.runner.started.connect(self._update_actions)
        self.runner.idle.connect(self._update_actions)

    def set_database(self, database: Database | None) -> None:
        """Work on ``database`` from now on (``None``: none is open)."""
        self.runner.close()
        self._database = database
        self._update_actions()

    def close(self) -> None:
        """Stop a running import or export and wait for it (before the database closes)."""
        self.runner.close()

    def _can_start(self) -> bool:
        return (
            self._database is not None
            and self._programs.program is not None
            and not self.runner.busy()
            and self.session is None
        )

    def _update_actions(self) -> None:
        enabled = self._can_start()
        for action in self._window.main_actions.needs_program():
            action.setEnabled(enabled)
        self.drop_filter.enabled = enabled

    def _folder(self) -> str:
        remembered = self._settings.value(FOLDER_SETTING)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        for folder in (remembered, documents):
            if isinstance(folder, str) and folder and Path(folder).is_dir():
                return folder
        return str(Path.home())

    def _remember_folder(self, path: Path) -> None:
        self._settings.setValue(FOLDER_SETTING, str(path.parent))

    # Import

    def _ask_import_path(self) -> Path | None:
        answer = self._prompts.import_roster_path(self._folder())
        if not answer:
            return None
        path = Path(answer)
        self._remember_folder(path)
        return path

    def import_roster(self) -> None:
        """Ask for a roster file and import it into the selected program."""
        if not self._can_start():
            return
        path = self._ask_import_path()
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        """Import ``path`` into the selected program (read, then the wizard)."""
        program = self._programs.program
        if not self._can_start() or self._roster.context is None or program is None:
            return
        assert self._database is not None
        # Loads openpyxl: on the first import, not at start.
        from coordinator.ui.import_controller import ImportSession  # noqa: PLC0415

        session = ImportSession(
            self._window,
            self._prompts,
            self.history,
            self._database,
            program,
            self._roster,
            self._stack,
            self._ask_import_path,
        )
        session.finished.connect(self._on_session_finished)
        self.session = session
        self.import_started.emit(session)
        session.start(path)

    def _on_session_finished(self) -> None:
        session, self.session = self.session, None
        if session is not None:
            if session.wizard is not None:
                session.wizard.deleteLater()
            session.deleteLater()
        self._update_actions()

    # Export

    def export_roster(self) -> None:
        """Ask where to save the selected program's roster and export it there."""
        program = self._programs.program
        if not self._can_start() or program is None:
            return
        assert self._database is not None
        name = self.tr("{code} roster.xlsx").format(code=program.code)
        suggested = Path(self._folder()) / name
        answer = self._prompts.export_roster_path(str(suggested))
        if not answer:
            return
        path = Path(answer)
        self._remember_folder(path)
        from coordinator.ui.export_controller import RosterExport  # noqa: PLC0415

        export = RosterExport(self._window, self._prompts, self.runner, self._database)
        export.finished.connect(self._on_export_finished)
        self.export = export
        self.export_started.emit(export)
        export.start(program, path)

    def _on_export_finished(self) -> None:
        export, self.export = self.export, None
        if export is not None:
            export.deleteLater()
