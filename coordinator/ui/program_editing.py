"""Answers the Program menu: edit the selected program, copy it for next year, delete it.

Each action is one undoable command (see :mod:`coordinator.ui.program_commands`);
the program list is read again after each change, undo and redo. A copy and a
deletion touch many rows: they are made off the GUI thread, on the runner of
the background history, before their command is pushed, and the actions wait
while the runner works.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from coordinator.services.errors import ServiceError
from coordinator.services.program_copy import ProgramCopy, ProgramCopyService
from coordinator.services.program_removal import (
    ProgramRemovalService,
    RemovalSummary,
    RemovedProgram,
)
from coordinator.services.programs import ProgramService
from coordinator.services.records import ProgramInput, ProgramRecord
from coordinator.store import Database
from coordinator.ui.background_history import BackgroundHistory
from coordinator.ui.command_base import ServiceCommand
from coordinator.ui.core_words import error_text
from coordinator.ui.main_window import MainWindow
from coordinator.ui.operations import OperationRunner
from coordinator.ui.program_commands import (
    CopyProgramCommand,
    DeleteProgramCommand,
    EditProgramCommand,
    ProgramContext,
)
from coordinator.ui.program_controller import ProgramController
from coordinator.ui.program_copy_dialog import ProgramCopyDialog
from coordinator.ui.program_dialog import ProgramDialog
from coordinator.ui.prompts import Prompts
from coordinator.ui.workspace_view import WorkspaceView


class ProgramQuestions(QObject):
    """The questions about programs (tests answer with a stand-in)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent

    def deletion_text(self, summary: RemovalSummary) -> str:
        """Say what deleting the program takes away with it."""
        parts = [
            self.tr("%n participant(s)", "", summary.participants),
            self.tr("%n activity(ies)", "", summary.activities),
            self.tr("%n guide assignment(s)", "", summary.assignments),
            self.tr("%n document(s)", "", summary.documents),
            self.tr("%n logistics record(s) (stays, movements, gifts)", "", summary.logistics),
        ]
        return self.tr(
            "Delete the program {code} “{title}”? With it go: {parts}. People, venues and "
            "guides stay in the directory. Edit ▸ Undo brings the program back."
        ).format(code=summary.code, title=summary.title, parts=", ".join(parts))

    def confirm_delete(self, summary: RemovalSummary) -> bool:
        """Ask whether to delete the program, saying what goes with it."""
        answer = QMessageBox.question(
            self._window,
            self.tr("Delete program"),
            self.deletion_text(summary),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


class ProgramEditingController(QObject):
    """Edits, copies and deletes the program the program controller shows.

    Attributes:
        questions: asks before a deletion (a test replaces it).
        dialog: the dialog last opened (for tests).
    """

    def __init__(
        self,
        window: MainWindow,
        view: WorkspaceView,
        prompts: Prompts,
        undo_stack: QUndoStack,
        programs: ProgramController,
        history: BackgroundHistory,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._view = view
        self._prompts = prompts
        self._stack = undo_stack
        self._programs = programs
        self._history = history
        self._context: ProgramContext | None = None
        self.questions = ProgramQuestions(window)
        self.dialog: QDialog | None = None
        self.rename = QAction(self.tr("Edit program…"), view.program_list)
        self.rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        view.program_list.addAction(self.rename)
        self._connect_signals()
        self._update_actions(None)

    def _connect_signals(self) -> None:
        actions = self._window.program_actions
        actions.edit_program.triggered.connect(self.edit)
        actions.copy_program.triggered.connect(self.copy)
        actions.delete_program.triggered.connect(self.delete)
        self.rename.triggered.connect(self.edit)
        self._view.program_list.doubleClicked.connect(lambda _index: self.edit())
        self._programs.program_changed.connect(self._update_actions)
        self._runner.started.connect(lambda _operation: self._update_actions(self._program))
        self._runner.idle.connect(lambda: self._update_actions(self._program))

    @property
    def _runner(self) -> OperationRunner:
        return self._history.runner

    @property
    def _program(self) -> ProgramRecord | None:
        return self._programs.program

    def set_database(self, database: Database | None) -> None:
        """Work on ``database`` from now on (``None``: none is open)."""
        self._context = (
            None
            if database is None
            else ProgramContext(
                ProgramService(database),
                ProgramCopyService(database),
                ProgramRemovalService(database),
                self._changed,
                self._failed,
            )
        )
        self._update_actions(self._program)

    @property
    def context(self) -> ProgramContext | None:
        """What program commands share (``None`` without a database), e.g. for an import."""
        return self._context

    def _update_actions(self, program: ProgramRecord | None) -> None:
        enabled = self._context is not None and program is not None and not self._runner.busy()
        for action in self._window.program_actions.editing():
            action.setEnabled(enabled)
        self.rename.setEnabled(enabled)

    def _changed(self, code: str | None) -> None:
        self._programs.reload(select_code=code)

    def _failed(self, message: str) -> None:
        self._prompts.error(self.tr("Undo"), message)

    def _run(self, command: ServiceCommand[ProgramContext]) -> None:
        command.execute()  # raises if refused: nothing is pushed
        self._stack.push(command)

    def _busy_text(self) -> str:
        return self.tr("Another task is still running; try again once it is over.")

    def edit(self) -> None:
        """Open the program dialog on the selected program."""
        context, program = self._context, self._program
        if context is None or program is None or self._runner.busy():
            return

        def save(data: ProgramInput) -> ProgramRecord:
            command = EditProgramCommand(context, program, data)
            self._run(command)
            assert command.record is not None
            return command.record

        today = dt.date.today()  # noqa: DTZ011 - the user's calendar day
        dialog = ProgramDialog(save, today, self._window, program)
        self.dialog = dialog
        dialog.open()

    def copy(self) -> None:
        """Open the dialog that copies the selected program for next year's visit."""
        context, program = self._context, self._program
        if context is None or program is None or self._runner.busy():
            return
        start = context.copies.default_copy(program.code)
        dialog = ProgramCopyDialog(
            program, start, lambda request: self._copy(context, request, dialog), self._window
        )
        self.dialog = dialog
        dialog.open()

    def _copy(
        self, context: ProgramContext, request: ProgramCopy, dialog: ProgramCopyDialog
    ) -> None:
        if self._runner.busy():
            raise ServiceError(self._busy_text())
        copies = context.copies
        self._runner.start(
            self.tr("Copying {code}…").format(code=request.source_code),
            lambda _progress: copies.duplicate(request),
            on_success=lambda record: self._copied(context, request, record, dialog),
            on_failure=lambda error: self._copy_failed(error, dialog),
            on_cancel=dialog.stopped,
            dialog_parent=dialog,
        )

    def _copied(
        self,
        context: ProgramContext,
        request: ProgramCopy,
        record: ProgramRecord,
        dialog: ProgramCopyDialog,
    ) -> None:
        self._stack.push(CopyProgramCommand(context, request, record, self._history))
        context.changed(record.code)
        dialog.copied()

    def _copy_failed(self, error: Exception, dialog: ProgramCopyDialog) -> None:
        if not isinstance(error, ServiceError):
            dialog.stopped()
            raise error
        dialog.refused(error)

    def delete(self) -> None:
        """Delete the selected program once the user confirms what goes with it."""
        context, program = self._context, self._program
        if context is None or program is None or self._runner.busy():
            return
        title = self.tr("Delete program")
        try:
            summary = context.removal.summary(program.code)  # a count: quick
        except ServiceError as error:
            self._prompts.error(title, error_text(error))
            return
        if not self.questions.confirm_delete(summary):
            return
        if self._runner.busy():  # work started while the question was open
            self._prompts.error(title, self._busy_text())
            return
        code, removal = program.code, context.removal
        self._runner.start(
            self.tr("Deleting {code}…").format(code=code),
            lambda _progress: removal.remove(code),
            on_success=lambda removed: self._deleted(context, code, removed),
            on_failure=self._delete_failed,
        )

    def _deleted(self, context: ProgramContext, code: str, removed: RemovedProgram) -> None:
        self._stack.push(DeleteProgramCommand(context, code, removed, self._history))
        context.changed(None)

    def _delete_failed(self, error: Exception) -> None:
        if not isinstance(error, ServiceError):
            raise error
        self._prompts.error(self.tr("Delete program"), error_text(error))
