"""A program workbook's import that can be taken back, and done again, exactly.

The import itself is :meth:`ProgramImportService.apply` (one transaction, the
database backed up first). Around it, the program's rows are read as they were
before and as the import left them (see :mod:`coordinator.services.program_rows`):
undo puts the first back, redo the second, each in one transaction and only
while nobody changed the program in between. The records come back under
their own ids, so the commands around the import on the undo stack still name
them rightly. Venues, contacts and guides the import added to the directory stay.
"""

from __future__ import annotations

from coordinator.services.program_import import ProgramImportPlan, ProgramImportService
from coordinator.services.program_import_directory import read_entries
from coordinator.services.program_removal import ImportedProgram, ProgramStateService
from coordinator.services.records import ProgramRecord
from coordinator.store import Database


class UndoableProgramImport:
    """Imports a program workbook and takes the import back."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._importer = ProgramImportService(database)
        self._states = ProgramStateService(database)

    def apply(self, plan: ProgramImportPlan) -> ImportedProgram:
        """Carry out ``plan`` and return the program's rows before and after it.

        Raises:
            NotFoundError: the program is gone.
            InvalidInputError: the program changed since the plan in a way that
                breaks it, or the backup before the import cannot be taken.
        """
        before = self._states.read(plan.program_code)
        _sheets, created = self._importer.apply_tracked(plan)
        after = self._states.read(plan.program_code)
        with self._database.reading() as session:
            tables = [name for name, _rows in after.tables]
            entries = read_entries(session, created, tables)
        return ImportedProgram(plan.program_code, before, after, entries)

    def undo(self, imported: ImportedProgram) -> ProgramRecord:
        """Put the program back as it was before the import.

        Raises:
            InvalidInputError: the program was changed since the import.
        """
        return self._states.replace(imported.after, imported.before, take_back=imported.created)

    def redo(self, imported: ImportedProgram) -> ProgramRecord:
        """Put the program back as the import left it.

        Raises:
            InvalidInputError: the program was changed since the undo, or
                another entry of the directory took the id of one it added.
        """
        return self._states.replace(imported.before, imported.after, put_back=imported.created)
