"""Adding, editing and removing participants, each one an undoable command."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from coordinator.services.records import ParticipantInput, ParticipantRecord, ProgramRecord
from coordinator.services.roster import RosterService
from coordinator.store import Database
from coordinator.ui.edit_reapply import RereadEdit
from coordinator.ui.main_window import MainWindow
from coordinator.ui.participant_dialog import ParticipantDialog
from coordinator.ui.program_controller import ProgramController
from coordinator.ui.prompts import Prompts
from coordinator.ui.roster_commands import (
    AddParticipantCommand,
    EditParticipantCommand,
    RemoveParticipantCommand,
    RosterCommand,
    RosterContext,
)
from coordinator.ui.workspace_view import WorkspaceView


class RosterController(QObject):
    """Answers the Roster menu for the program the program controller shows."""

    def __init__(
        self,
        window: MainWindow,
        view: WorkspaceView,
        prompts: Prompts,
        undo_stack: QUndoStack,
        programs: ProgramController,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._view = view
        self._prompts = prompts
        self._stack = undo_stack
        self._programs = programs
        self._context: RosterContext | None = None
        self.dialog: ParticipantDialog | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        actions = self._window.main_actions
        actions.add_participant.triggered.connect(self.add)
        actions.edit_participant.triggered.connect(self.edit)
        actions.remove_participant.triggered.connect(self.remove)
        roster_view = self._view.program_view.roster_view
        roster_view.row_activated.connect(self._edit_row)
        roster_view.selection_changed.connect(self._update_actions)
        self._view.roster_model.modelReset.connect(self._update_actions)
        self._view.program_view.tabs.currentChanged.connect(self._update_actions)
        self._programs.program_changed.connect(self._update_actions)

    def set_database(self, database: Database | None) -> None:
        """Work on ``database`` from now on; the undo history starts afresh."""
        self._stack.clear()
        self._context = (
            None
            if database is None
            else RosterContext(RosterService(database), self._changed, self._failed)
        )
        self._update_actions()

    @property
    def context(self) -> RosterContext | None:
        """What roster commands share (``None`` without a database), e.g. for an import."""
        return self._context

    def _selected(self) -> ParticipantRecord | None:
        row = self._view.program_view.roster_view.current_row()
        return None if row is None else self._view.roster_model.record(row)

    def _update_actions(self) -> None:
        actions = self._window.main_actions
        has_program = self._context is not None and self._programs.program is not None
        actions.add_participant.setEnabled(has_program)
        selected = has_program and self._selected() is not None
        for action in actions.needs_participant():
            action.setEnabled(selected)

    def _organizations(self, program: ProgramRecord) -> list[str]:
        names = {record.organization for record in self._view.roster_model.records()}
        names.update((program.organizer, *program.partners))
        return sorted(name for name in names if name)

    def _open_dialog(self, program: ProgramRecord, record: ParticipantRecord | None) -> None:
        context = self._context
        assert context is not None
        edit = None if record is None else RereadEdit(record, self._current)

        def submit(data: ParticipantInput) -> None:
            if edit is None:
                self._run(AddParticipantCommand(context, program.code, data))
            else:  # against the participant as opened, or as read again after a refusal
                edit.save(lambda read: self._run(EditParticipantCommand(context, read, data)))

        dialog = ParticipantDialog(
            program, self._organizations(program), submit, record, self._window
        )
        if edit is not None:
            edit.refill = dialog.reapply_over
        self.dialog = dialog
        dialog.open()

    def _current(self, record: ParticipantRecord) -> ParticipantRecord:
        if self._context is None:
            return record
        found = self._context.roster.list_participants(record.program_code)
        return next((item for item in found if item.id == record.id), record)

    def _run(self, command: RosterCommand) -> None:
        command.execute()  # raises if refused: nothing is pushed
        self._stack.push(command)

    def add(self) -> None:
        """Open the dialog for a new participant of the selected program."""
        if self._context is not None and self._programs.program is not None:
            self._open_dialog(self._programs.program, None)

    def edit(self) -> None:
        """Open the dialog on the selected participant."""
        record = self._selected()
        if self._context is not None and self._programs.program is not None and record:
            self._open_dialog(self._programs.program, record)

    def _edit_row(self, row: int) -> None:
        self._view.program_view.roster_view.select_row(row)
        self.edit()

    def remove(self) -> None:
        """Take the selected participant off the roster, once the user confirms."""
        record = self._selected()
        if self._context is None or record is None:
            return
        if self._prompts.confirm_remove(record.name):
            self._run(RemoveParticipantCommand(self._context, record))

    def refresh(self) -> None:
        """Read the roster shown again (another window or coordinator may have changed it)."""
        program = self._programs.program
        if self._context is None or program is None:
            return
        row = self._view.program_view.roster_view.current_row()
        selected = None if row is None else self._view.roster_model.record(row).id
        self._changed(program.code, selected)

    def _changed(self, program_code: str, participant_id: int | None) -> None:
        assert self._context is not None
        records = self._context.roster.list_participants(program_code)
        self.show_roster(program_code, records, participant_id)

    def show_roster(
        self, program_code: str, records: list[ParticipantRecord], participant_id: int | None
    ) -> None:
        """Show ``records``, just read, as the roster of ``program_code``; select one.

        An import reads a long roster off the GUI thread and hands it over here.
        """
        program = self._programs.program
        if program is None or program.code != program_code:
            self._programs.reload(select_code=program_code)
        self._programs.refresh_program()
        model = self._view.roster_model
        model.set_records(records)
        row = None if participant_id is None else model.row_of_participant(participant_id)
        if row is not None:
            self._view.program_view.roster_view.select_row(row)
        self._update_actions()

    def _failed(self, message: str) -> None:
        self._prompts.error(self.tr("Undo"), message)
