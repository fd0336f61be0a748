"""File ▸ Export program…, Import program… and the same for the itinerary alone.

The window calls the services the command line's ``export`` and ``import``
call, off the GUI thread with progress. An import is read into a plan first
and shown (what it adds, updates and leaves out, and every problem with its
sheet, row and column); only once the user accepts is it applied, in one
transaction, and pushed on the undo stack. The export and import modules load
openpyxl: they are imported on first use, not with the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from coordinator.ui.background_history import BackgroundHistory
from coordinator.ui.main_window import MainWindow
from coordinator.ui.operations import OperationRunner
from coordinator.ui.program_controller import ProgramController
from coordinator.ui.program_editing import ProgramEditingController
from coordinator.ui.prompts import Prompts
from coordinator.ui.translation import interface_language

if TYPE_CHECKING:
    from coordinator.services.program_import import ProgramImportPlan
    from coordinator.services.program_import_undo import UndoableProgramImport
    from coordinator.services.program_removal import ImportedProgram
    from coordinator.store import Database
    from coordinator.ui.program_import_preview import ProgramImportPreview

FOLDER_SETTING = "programs/folder"
STATUS_TIMEOUT_MS = 15_000


class ProgramFiles(QObject):
    """Asks which workbook to write or read (tests answer with a stand-in)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent

    def export_path(self, title: str, suggested: str) -> str | None:
        """Ask where to write a workbook; ``None`` if the user cancels."""
        path, _ = QFileDialog.getSaveFileName(
            self._window, title, suggested, self.tr("Excel workbooks (*.xlsx)")
        )
        if not path:
            return None
        return path if Path(path).suffix.lower() == ".xlsx" else f"{path}.xlsx"

    def import_path(self, title: str, folder: str) -> str | None:
        """Ask for the workbook to import; ``None`` if the user cancels."""
        path, _ = QFileDialog.getOpenFileName(
            self._window, title, folder, self.tr("Excel workbooks (*.xlsx *.xlsm);;All files (*)")
        )
        return path or None


class ProgramTransferController(QObject):
    """Exports and imports the selected program, or its itinerary, as a workbook.

    Attributes:
        files: asks for the workbook (a test replaces it).
        preview: the import preview shown last (for tests).
    """

    def __init__(
        self,
        window: MainWindow,
        prompts: Prompts,
        undo_stack: QUndoStack,
        programs: ProgramController,
        editing: ProgramEditingController,
        history: BackgroundHistory,
        settings: QSettings,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._prompts = prompts
        self._stack = undo_stack
        self._programs = programs
        self._editing = editing
        self._history = history
        self._settings = settings
        self._database: Database | None = None
        self.files = ProgramFiles(window)
        self.preview: ProgramImportPreview | None = None
        self._connect_signals()

    @property
    def _runner(self) -> OperationRunner:
        return self._history.runner

    def _connect_signals(self) -> None:
        actions = self._window.program_actions
        actions.export_program.triggered.connect(lambda: self.export(itinerary_only=False))
        actions.export_itinerary.triggered.connect(lambda: self.export(itinerary_only=True))
        actions.import_program.triggered.connect(lambda: self.import_(itinerary_only=False))
        actions.import_itinerary.triggered.connect(lambda: self.import_(itinerary_only=True))
        self._programs.program_changed.connect(self._update_actions)
        self._runner.started.connect(self._update_actions)
        self._runner.idle.connect(self._update_actions)

    def set_database(self, database: Database | None) -> None:
        """Work on ``database`` from now on (``None``: none is open)."""
        self._database = database
        self._update_actions()

    def _can_start(self) -> bool:
        return (
            self._database is not None
            and self._programs.program is not None
            and not self._runner.busy()
            and self.preview is None
        )

    def _update_actions(self, *_args: object) -> None:
        enabled = self._can_start()
        for action in self._window.program_actions.transfers():
            action.setEnabled(enabled)

    def _folder(self) -> str:
        remembered = self._settings.value(FOLDER_SETTING)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        for folder in (remembered, documents):
            if isinstance(folder, str) and folder and Path(folder).is_dir():
                return folder
        return str(Path.home())

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    # Export

    def export(self, *, itinerary_only: bool) -> None:
        """Ask where to write the selected program (or its itinerary) and write it there."""
        program, database = self._programs.program, self._database
        if not self._can_start() or program is None or database is None:
            return
        if itinerary_only:
            title = self.tr("Export itinerary")
            name = self.tr("{code} itinerary.xlsx").format(code=program.code)
        else:
            title = self.tr("Export program")
            name = self.tr("{code} program.xlsx").format(code=program.code)
        answer = self.files.export_path(title, str(Path(self._folder()) / name))
        if not answer:
            return
        path = Path(answer)
        self._settings.setValue(FOLDER_SETTING, str(path.parent))
        # Loads openpyxl: on the first export, not at start.
        from coordinator.services.program_export import ProgramExportService  # noqa: PLC0415

        service, code, language = ProgramExportService(database), program.code, interface_language()

        def work(_progress: object) -> object:
            if itinerary_only:
                return service.export_itinerary(code, path, language=language)
            return service.export_program(code, path, language=language)

        self._runner.start(
            self.tr("Exporting {code} to {file}…").format(code=code, file=path.name),
            work,
            on_success=lambda _result: self._status(
                self.tr("Exported {code} to {path}.").format(code=code, path=str(path))
            ),
            on_failure=lambda error: self._failed(self.tr("The program cannot be exported"), error),
        )

    def _failed(self, title: str, error: Exception) -> None:
        self._prompts.refusal(title, error)

    # Import

    def import_(self, *, itinerary_only: bool) -> None:
        """Ask for a workbook, read it into a plan off the GUI thread, then show the plan."""
        program, database = self._programs.program, self._database
        if not self._can_start() or program is None or database is None:
            return
        title = self.tr("Import itinerary") if itinerary_only else self.tr("Import program")
        answer = self.files.import_path(title, self._folder())
        if not answer:
            return
        self.import_file(Path(answer), itinerary_only=itinerary_only)

    def import_file(self, path: Path, *, itinerary_only: bool) -> None:
        """Plan the import of ``path`` into the selected program and show the plan."""
        program, database = self._programs.program, self._database
        if not self._can_start() or program is None or database is None:
            return
        self._settings.setValue(FOLDER_SETTING, str(path.parent))
        from coordinator.services.program_import import ProgramImportService  # noqa: PLC0415

        service, code = ProgramImportService(database), program.code
        self._runner.start(
            self.tr("Reading {file}…").format(file=path.name),
            lambda _progress: service.plan(code, path, itinerary_only=itinerary_only),
            on_success=lambda plan: self._show_plan(plan, path),
            on_failure=lambda error: self._failed(self.tr("The file cannot be imported"), error),
        )

    def _show_plan(self, plan: ProgramImportPlan, path: Path) -> None:
        from coordinator.ui.program_import_preview import ProgramImportPreview  # noqa: PLC0415

        preview = ProgramImportPreview(plan, path.name, self._window)
        preview.finished.connect(
            lambda result: self._on_preview_closed(preview, plan, path, result)
        )
        self.preview = preview
        self._update_actions()
        preview.open()

    def _on_preview_closed(
        self, preview: ProgramImportPreview, plan: ProgramImportPlan, path: Path, result: int
    ) -> None:
        self.preview = None
        preview.deleteLater()
        self._update_actions()
        if result != QDialog.DialogCode.Accepted or self._database is None:
            return
        from coordinator.services.program_import_undo import UndoableProgramImport  # noqa: PLC0415

        importer = UndoableProgramImport(self._database)
        self._runner.start(
            self.tr("Importing {file}…").format(file=path.name),
            lambda _progress: importer.apply(plan),
            on_success=lambda imported: self._imported(importer, imported, path),
            on_failure=lambda error: self._failed(self.tr("The file cannot be imported"), error),
        )

    def _imported(
        self, importer: UndoableProgramImport, imported: ImportedProgram, path: Path
    ) -> None:
        from coordinator.ui.program_commands import ImportProgramCommand  # noqa: PLC0415

        context = self._editing.context
        assert context is not None
        command = ImportProgramCommand(context, importer, imported, path.name, self._history)
        self._stack.push(command)
        context.changed(imported.code)
        self._status(
            self.tr("Imported {file} into {code}.").format(file=path.name, code=imported.code)
        )
