"""Opens the Itinerary tab's activity dialog once what it offers has been read.

The dialog offers the whole directory's people as hosts: on ten years of data
that read is too long for the GUI thread, so it runs on the worker thread
(:meth:`ItineraryReader.read_choices`) and the dialog opens when it is done,
unless the user has gone on to another program meanwhile. Saving pushes one
undoable command: an add, or an edit against the activity as it was opened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from coordinator.services.records import ActivityInput, ActivityRecord, ProgramRecord
from coordinator.ui.activity_dialog import ActivityChoices, ActivityDialog, Assignments
from coordinator.ui.app_settings import AppSettings
from coordinator.ui.edit_reapply import RereadEdit
from coordinator.ui.itinerary_reader import ItineraryReader
from coordinator.ui.main_window import MainWindow
from coordinator.ui.planning_commands import (
    AddActivityCommand,
    EditActivityCommand,
    PlanningCommand,
    PlanningContext,
)


class ActivityDialogOpener:
    """Reads the dialog's choices in the background, then opens the dialog."""

    def __init__(
        self,
        window: MainWindow,
        reader: ItineraryReader,
        app_settings: AppSettings | None,
        run: Callable[[PlanningCommand], None],
        shown: Callable[[ActivityDialog], None],
    ) -> None:
        self._window = window
        self._reader = reader
        self._app_settings = app_settings
        self._run = run
        self._shown = shown

    def open(
        self,
        context: PlanningContext,
        current: Callable[[], ProgramRecord | None],
        record: ActivityRecord | None,
        day: dt.date | None = None,
        start: dt.time | None = None,
    ) -> None:
        """Open the dialog on ``record`` (``None``: a new activity on ``day`` at ``start``).

        ``current`` tells which program the user is on when the choices arrive.
        """
        program = current()
        if program is None:
            return

        def ready(choices: ActivityChoices) -> None:
            now = current()
            if now is not None and now.code == program.code:  # the user stayed on it
                self._show(context, program, choices, record, day, start)

        self._reader.read_choices(ready)

    def _show(
        self,
        context: PlanningContext,
        program: ProgramRecord,
        choices: ActivityChoices,
        record: ActivityRecord | None,
        day: dt.date | None,
        start: dt.time | None,
    ) -> None:
        edit = (
            None
            if record is None
            else RereadEdit(record, lambda opened: context.itinerary.get_activity(opened.id))
        )

        def submit(data: ActivityInput, assignments: Assignments) -> None:
            if edit is None:
                self._run(AddActivityCommand(context, program.code, data, assignments))
            else:  # against the activity as opened, or as read again after a refusal
                edit.save(
                    lambda read: self._run(EditActivityCommand(context, read, data, assignments))
                )

        defaults = None if self._app_settings is None else self._app_settings.activity_defaults()
        dialog = ActivityDialog(program, choices, submit, record, self._window,
                                day=day, start=start, defaults=defaults)  # fmt: skip
        if edit is not None:
            edit.refill = dialog.reapply_over
        self._shown(dialog)
        dialog.open()
