"""Exporting a program's roster to an .xlsx file, off the GUI thread.

This module loads the export service (and openpyxl): the window imports it on
the first export, not at start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from coordinator.services.errors import ServiceError
from coordinator.services.records import ProgramRecord
from coordinator.services.roster_export import ExportCancelledError, RosterExportService
from coordinator.store import Database
from coordinator.ui.operations import OperationRunner
from coordinator.ui.prompts import Prompts
from coordinator.ui.translation import interface_language

STATUS_TIMEOUT_MS = 15_000


class RosterExport(QObject):
    """Writes one program's roster to a workbook and says how it went.

    Success shows in the status bar; a refusal (a file that cannot be
    written) in a message; a cancel leaves any earlier file as it was.

    Signals:
        exported(object): the :class:`~pathlib.Path` written.
        finished(): the export is over, whatever the outcome.
    """

    exported = Signal(object)
    finished = Signal()

    def __init__(
        self, window: QMainWindow, prompts: Prompts, runner: OperationRunner, database: Database
    ) -> None:
        super().__init__(window)
        self._window = window
        self._prompts = prompts
        self._runner = runner
        self._service = RosterExportService(database)

    def start(self, program: ProgramRecord, path: Path) -> None:
        """Write the roster of ``program`` to ``path``, in the interface's language."""
        code, language = program.code, interface_language()
        self._runner.start(
            self.tr("Exporting the roster to {file}…").format(file=path.name),
            lambda progress: self._service.export(code, path, progress, language=language),
            on_success=lambda count: self._on_exported(path, count),
            on_failure=self._on_failed,
            on_cancel=self._on_cancelled,
        )

    def _on_exported(self, path: Path, count: int) -> None:
        self._window.statusBar().showMessage(
            self.tr("Exported %Ln participant(s) to {path}.", "", count).format(path=str(path)),
            STATUS_TIMEOUT_MS,
        )
        self.exported.emit(path)
        self.finished.emit()

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, ExportCancelledError):
            self._on_cancelled()
            return
        self.finished.emit()
        if not isinstance(error, ServiceError):
            raise error
        self._prompts.error(self.tr("The roster cannot be exported"), str(error))

    def _on_cancelled(self) -> None:
        self._window.statusBar().showMessage(
            self.tr("The export was cancelled; no file was changed."), STATUS_TIMEOUT_MS
        )
        self.finished.emit()
