"""The undo command of a roster import; its undo and redo run off the GUI thread.

The import itself is applied in the background before the command is pushed.
Undo takes back exactly the participants it added and restores those it
updated; redo applies the same plan again and gives the added participants
their own ids back, so the commands above it still name them rightly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from coordinator.ui.background_history import BackgroundHistory
from coordinator.ui.roster_commands import RosterCommand, RosterContext

if TYPE_CHECKING:
    # Only named here: importing the import service loads openpyxl, which the
    # window does not need until the first import.
    from coordinator.services.roster_import import ImportResult, RosterImportService


class ImportRosterCommand(RosterCommand):
    """A roster import already applied (off the GUI thread) before it is pushed."""

    def __init__(
        self,
        context: RosterContext,
        importer: RosterImportService,
        result: ImportResult,
        history: BackgroundHistory,
    ) -> None:
        self._file = result.plan.table.source.name
        text = QCoreApplication.translate("Commands", "Import {file}").format(file=self._file)
        super().__init__(context, result.plan.program_code, text)
        self._importer = importer
        self._result = result
        self._history = history
        self._done = True

    def _do(self) -> None:
        result = self._result
        self._history.run(
            QCoreApplication.translate("Commands", "Importing {file} again…").format(
                file=self._file
            ),
            lambda: self._importer.apply(result.plan, participant_ids=result.added),
            self._changed,
            self._context.failed,
        )

    def _undo(self) -> None:
        result = self._result
        self._history.run(
            QCoreApplication.translate("Commands", "Taking back the import of {file}…").format(
                file=self._file
            ),
            lambda: self._importer.undo(result),
            self._changed,
            self._context.failed,
        )

    def _changed(self) -> None:
        self._context.changed(self._program_code, None)
