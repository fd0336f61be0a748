"""One roster import, from the file to the undo stack, its long steps off the GUI thread.

Reading the file, planning the import and applying it each run as an
operation of the :class:`~coordinator.ui.operations.OperationRunner`; the
wizard shows the results. A file that cannot be read is refused with one
message and changes nothing; an applied import is pushed on the undo stack as
an :class:`~coordinator.ui.import_commands.ImportRosterCommand`.

This module loads the import service (and openpyxl): the window imports it on
the first import, not at start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow

from coordinator.excel import RosterField, RosterTable
from coordinator.excel.roster_records import CellAddress
from coordinator.services.errors import InvalidInputError
from coordinator.services.records import ParticipantRecord, ProgramRecord
from coordinator.services.roster_import import (
    ImportCancelledError,
    ImportPlan,
    ImportResult,
    RosterImportService,
)
from coordinator.services.roster_mapping_review import review_mapping
from coordinator.store import Database
from coordinator.ui.background_history import BackgroundHistory
from coordinator.ui.import_commands import ImportRosterCommand
from coordinator.ui.import_wizard import ImportWizard
from coordinator.ui.operations import Progress
from coordinator.ui.prompts import Prompts
from coordinator.ui.roster_controller import RosterController

STATUS_TIMEOUT_MS = 15_000


class ImportSession(QObject):
    """Reads a file, shows the wizard, plans and applies the import the user confirms.

    ``choose_file`` asks the user for another file (``None``: cancelled), for
    the wizard's "Choose another file" button. Applying the import also reads
    the new roster on the worker thread: a long roster is then shown at once.

    Signals:
        imported(object): the :class:`ImportResult` applied and pushed on the undo stack.
        finished(): the session is over (the wizard closed, or the first file was refused).
    """

    imported = Signal(object)
    finished = Signal()

    def __init__(
        self,
        window: QMainWindow,
        prompts: Prompts,
        history: BackgroundHistory,
        database: Database,
        program: ProgramRecord,
        roster: RosterController,
        undo_stack: QUndoStack,
        choose_file: Callable[[], Path | None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._prompts = prompts
        self._runner = history.runner
        self._service = RosterImportService(database)
        self._program = program
        self._roster = roster
        context = roster.context
        assert context is not None
        self._context = context
        self._stack = undo_stack
        self._choose_file = choose_file
        self._history = history
        self.wizard: ImportWizard | None = None

    # Reading

    def start(self, path: Path) -> None:
        """Read ``path``; the wizard opens once it is read."""
        self._read(path, None)

    def _read(self, path: Path, sheet: str | None) -> None:
        parent = self.wizard or self._window
        self._runner.start(
            self.tr("Reading {file}…").format(file=path.name),
            lambda progress: self._service.read(path, sheet, progress),
            on_success=self._on_read,
            on_failure=self._refused,
            on_cancel=self._on_read_cancelled,
            describe=lambda done, _total: self.tr("%Ln row(s) read", "", done),
            dialog_parent=parent,
        )

    def _on_read(self, table: RosterTable) -> None:
        wizard = self.wizard
        if wizard is None:
            wizard = self._make_wizard()
        wizard.show_table(table, review_mapping(table, table.mapping))
        if not wizard.isVisible():
            wizard.open()

    def _refused(self, error: Exception) -> None:
        """Say why the file cannot be read (the message names it); nothing changed."""
        self._prompts.refusal(self.tr("The file cannot be imported"), error)
        if self.wizard is not None and self.wizard.table is not None:
            self.wizard.mapping_page.select_sheet(self.wizard.table.sheet)
        self._end_without_wizard()

    def _on_read_cancelled(self) -> None:
        self._end_without_wizard()

    def _end_without_wizard(self) -> None:
        if self.wizard is None:
            self.finished.emit()

    def _make_wizard(self) -> ImportWizard:
        wizard = ImportWizard(self._program.title, self._window)
        wizard.file_requested.connect(self._on_file_requested)
        wizard.sheet_requested.connect(self._on_sheet_requested)
        wizard.mapping_changed.connect(self._on_mapping_changed)
        wizard.plan_requested.connect(self._plan)
        wizard.correction_requested.connect(self._correct)
        wizard.apply_requested.connect(self._apply)
        wizard.finished.connect(self._on_wizard_closed)
        self.wizard = wizard
        return wizard

    def _on_file_requested(self) -> None:
        path = self._choose_file()
        if path is not None:
            self._read(path, None)

    def _on_sheet_requested(self, sheet: str) -> None:
        wizard = self.wizard
        if wizard is not None and wizard.table is not None and sheet != wizard.table.sheet:
            self._read(wizard.table.source, sheet)

    def _on_mapping_changed(self, mapping: dict[RosterField, int]) -> None:
        wizard = self.wizard
        if wizard is not None and wizard.table is not None:
            wizard.show_review(review_mapping(wizard.table, mapping))

    # Planning and applying

    def _plan(self, mapping: dict[RosterField, int]) -> None:
        wizard = self.wizard
        if wizard is None or wizard.table is None or self._runner.busy():
            return
        table, code = wizard.table, self._program.code
        self._runner.start(
            self.tr("Checking the rows of {file}…").format(file=table.source.name),
            lambda progress: self._service.plan(code, table, mapping, progress),
            on_success=self._on_planned,
            on_failure=lambda error: self._failed(self.tr("The import cannot be planned"), error),
            dialog_parent=wizard,
        )

    def _on_planned(self, plan: ImportPlan) -> None:
        if self.wizard is not None:
            self.wizard.show_plan(plan)

    def _correct(self, cells: dict[CellAddress, str]) -> None:
        """Plan the wizard's plan again, its table with ``cells`` corrected (one service call)."""
        wizard = self.wizard
        if wizard is None or wizard.plan is None or not cells or self._runner.busy():
            return
        plan, row = wizard.plan, min(cell.row for cell in cells)
        self._runner.start(
            self.tr("Checking the rows of {file}…").format(file=plan.table.source.name),
            lambda progress: self._service.plan(
                plan.program_code, plan.table.corrected(cells), plan.mapping, progress
            ),
            on_success=lambda corrected: self._on_corrected(corrected, row),
            on_failure=lambda error: self._failed(self.tr("The import cannot be planned"), error),
            dialog_parent=wizard,
        )

    def _on_corrected(self, plan: ImportPlan, row: int) -> None:
        if self.wizard is not None:
            self.wizard.show_corrected_plan(plan, row)

    def _apply(self, plan: ImportPlan) -> None:
        wizard = self.wizard
        if wizard is None or self._runner.busy():
            return
        self._runner.start(
            self.tr("Importing %Ln row(s)…", "", len(plan.additions) + len(plan.updates)),
            lambda progress: self._apply_and_read(plan, progress),
            on_success=self._on_applied,
            on_failure=lambda error: self._failed(self.tr("The import failed"), error),
            on_cancel=self._on_apply_cancelled,
            dialog_parent=wizard,
        )

    def _apply_and_read(
        self, plan: ImportPlan, progress: Progress
    ) -> tuple[ImportResult, list[ParticipantRecord]]:
        """Apply ``plan`` and read the roster it made (on the worker thread)."""
        result = self._service.apply(plan, progress)
        progress(0, 0)  # committed: reading the roster back cannot be cancelled
        return result, self._context.roster.list_participants(plan.program_code)

    def _on_applied(self, outcome: tuple[ImportResult, list[ParticipantRecord]]) -> None:
        result, records = outcome
        command = ImportRosterCommand(self._context, self._service, result, self._history)
        self._stack.push(command)
        first = result.added[0] if result.added else None
        self._roster.show_roster(self._program.code, records, first)
        self._window.statusBar().showMessage(
            self.tr("Imported {file}: {added} added, {updated} updated.").format(
                file=result.plan.table.source.name,
                added=QLocale().toString(len(result.added)),
                updated=QLocale().toString(len(result.updated)),
            ),
            STATUS_TIMEOUT_MS,
        )
        self.imported.emit(result)
        if self.wizard is not None:
            self.wizard.finish()

    def _on_apply_cancelled(self) -> None:
        if self.wizard is not None:
            self.wizard.preview_page.show_note(
                self.tr("The import was cancelled: nothing was changed.")
            )

    def _failed(self, title: str, error: Exception) -> None:
        if isinstance(error, ImportCancelledError):
            return
        self._prompts.refusal(title, error)
        if isinstance(error, InvalidInputError) and self.wizard is not None:
            self.wizard.forget_plan()

    def _on_wizard_closed(self) -> None:
        self._runner.cancel()
        self.finished.emit()
