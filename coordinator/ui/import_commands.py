"""The undo command of a roster import, applied off the GUI thread before it is pushed."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from coordinator.ui.roster_commands import RosterCommand, RosterContext

if TYPE_CHECKING:
    # Only named here: importing the import service loads openpyxl, which the
    # window does not need until the first import.
    from coordinator.services.roster_import import (
        ImportResult,
        PlannedUpdate,
        RosterImportService,
    )


class ImportRosterCommand(RosterCommand):
    """A roster import already applied (off the GUI thread) before it is pushed.

    Undo removes exactly the participants it added and restores those it
    updated; redo applies the same plan again. Participants re-added by a redo
    get new ids, which :class:`~coordinator.ui.roster_commands.ParticipantIds`
    passes on to later commands.
    """

    def __init__(
        self, context: RosterContext, importer: RosterImportService, result: ImportResult
    ) -> None:
        text = QCoreApplication.translate("Commands", "Import {file}").format(
            file=result.plan.table.source.name
        )
        super().__init__(context, result.plan.program_code, text)
        self._importer = importer
        self._result = result
        self._plan = result.plan
        self._first_added = result.added
        self._done = True

    def _current_updates(self) -> tuple[PlannedUpdate, ...]:
        ids = self._context.ids
        return tuple(
            replace(
                update,
                participant_id=ids.current(update.participant_id),
                before=replace(update.before, id=ids.current(update.before.id)),
            )
            for update in self._plan.updates
        )

    def _do(self) -> None:
        plan = replace(self._plan, updates=self._current_updates())
        result = self._importer.apply(plan)
        ids = self._context.ids
        for first, new in zip(self._first_added, result.added, strict=True):
            ids.moved(ids.current(first), new)
        self._context.changed(self._program_code, None)

    def _undo(self) -> None:
        ids = self._context.ids
        added = tuple(ids.current(first) for first in self._first_added)
        self._importer.undo(replace(self._result, added=added, updated=self._current_updates()))
        self._context.changed(self._program_code, None)
