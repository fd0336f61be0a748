"""Tools ▸ History of the program…: reads the audit trail off the GUI thread and shows it."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from coordinator.services.history import ChangeRecord, HistoryService
from coordinator.store import Database
from coordinator.ui.history_dialog import HistoryDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.operations import OperationRunner
from coordinator.ui.program_controller import ProgramController
from coordinator.ui.prompts import Prompts
from coordinator.ui.workspace_view import WorkspaceView


class HistoryController(QObject):
    """Owns the History action and its window."""

    def __init__(
        self,
        window: MainWindow,
        view: WorkspaceView,
        prompts: Prompts,
        programs: ProgramController,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._view = view
        self._prompts = prompts
        self._programs = programs
        self._service: HistoryService | None = None
        self.runner = OperationRunner(window)
        self.dialog: HistoryDialog | None = None
        self.action = QAction(self.tr("&History of the program…"), window)
        self.action.setStatusTip(self.tr("Who changed what in this program, and when"))
        self.action.triggered.connect(self.show_history)
        window.tools_menu.addAction(self.action)
        programs.program_changed.connect(self._update_action)
        self._update_action()

    def set_database(self, database: Database | None) -> None:
        """Work on ``database`` from now on (``None``: none is open)."""
        self.runner.close()
        self._service = None if database is None else HistoryService(database)
        if self.dialog is not None:
            self.dialog.reject()
        self._update_action()

    def _update_action(self, *_args: object) -> None:
        self.action.setEnabled(self._service is not None and self._programs.program is not None)

    def show_history(self) -> None:
        """Read the program's changes in the background, then show them."""
        program, service = self._programs.program, self._service
        if program is None or service is None or self.runner.busy():
            return
        row = self._view.program_view.roster_view.current_row()
        only = "" if row is None else self._view.roster_model.record(row).name
        code = program.code
        self.runner.start(
            self.tr("Reading the history of {program}…").format(program=code),
            lambda _progress: service.of_program(code),
            on_success=lambda changes: self._show(code, changes, only),
            on_failure=self._failed,
        )

    def _show(self, code: str, changes: list[ChangeRecord], only: str) -> None:
        if self.dialog is None:
            self.dialog = HistoryDialog(code, self._window)
            self.dialog.finished.connect(self._closed)
        self.dialog.show_changes(changes, only)
        self.dialog.show()
        self.dialog.raise_()

    def _closed(self) -> None:
        self.dialog = None

    def _failed(self, error: Exception) -> None:
        self._prompts.refusal(self.tr("History of the program"), error)
