"""Undo commands of programs: edit, copy for next year, delete, import a workbook.

Each is one service call and its undo another. A copy, a deletion and an
import are done off the GUI thread before they are pushed, and their undo and
redo run there too (through :class:`BackgroundHistory`); an edit, one row,
stays on the GUI thread. A deleted program comes back with every record under
its own id, and a copy that an undo took away comes back on redo under its ids
too, so the commands around them on the stack still name their records rightly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from coordinator.services.program_copy import ProgramCopy, ProgramCopyService
from coordinator.services.program_removal import ProgramRemovalService, RemovedProgram
from coordinator.services.programs import ProgramService
from coordinator.services.records import ProgramInput, ProgramRecord
from coordinator.ui.command_base import ServiceCommand

if TYPE_CHECKING:
    # Only named here: the import service loads openpyxl, not needed until an import.
    from coordinator.services.program_import_undo import UndoableProgramImport
    from coordinator.services.program_removal import ImportedProgram
    from coordinator.ui.background_history import BackgroundHistory


@dataclass(frozen=True)
class ProgramContext:
    """What every program command needs.

    Attributes:
        programs: edits a program's fields.
        copies: copies a program for the next visit.
        removal: deletes a program and puts it back.
        changed: called after each change with the code of the program to
            select (``None``: the one selected is gone).
        failed: called with a sentence when an undo or redo is refused.
    """

    programs: ProgramService
    copies: ProgramCopyService
    removal: ProgramRemovalService
    changed: Callable[[str | None], None]
    failed: Callable[[str], None]


class EditProgramCommand(ServiceCommand[ProgramContext]):
    """Change a program's fields; undo puts back those it changed, unless changed since."""

    def __init__(self, context: ProgramContext, before: ProgramRecord, after: ProgramInput) -> None:
        text = QCoreApplication.translate("Commands", "Edit {code}").format(code=after.code)
        super().__init__(context, text)
        self._before = before.as_input()
        self._after = after
        self.record: ProgramRecord | None = None

    def _do(self) -> None:
        self.record = self._context.programs.update(
            self._before.code, self._after, before=self._before
        )
        self._after = self.record.as_input()  # as saved, so the undo matches it
        self._context.changed(self.record.code)

    def _undo(self) -> None:
        record = self._context.programs.update(self._after.code, self._before, before=self._after)
        self._context.changed(record.code)


class _DoneAheadCommand(ServiceCommand[ProgramContext]):
    """A command done off the GUI thread before it is pushed; a refused undo or redo ends it."""

    def _refused(self, message: str) -> None:
        self.setObsolete(True)  # its records are not where it left them
        self._context.failed(message)


class CopyProgramCommand(_DoneAheadCommand):
    """A copy for the next visit, made off the GUI thread before it is pushed.

    Undo deletes the copy and redo puts it back as it was, under its ids, both
    off the GUI thread.
    """

    def __init__(
        self,
        context: ProgramContext,
        request: ProgramCopy,
        record: ProgramRecord,
        history: BackgroundHistory,
    ) -> None:
        text = QCoreApplication.translate("Commands", "Copy {source} as {code}").format(
            source=request.source_code, code=request.code
        )
        super().__init__(context, text)
        self._request = request
        self._history = history
        self._removed: RemovedProgram | None = None
        self.record = record
        self._done = True

    def _do(self) -> None:
        removed = self._removed
        if removed is None or self.isObsolete():
            return

        def work() -> None:
            self.record = self._context.removal.restore(removed)

        self._history.run(
            QCoreApplication.translate("Commands", "Copying {code} again…").format(
                code=self.record.code
            ),
            work,
            lambda: self._context.changed(self.record.code),
            self._refused,
        )

    def _undo(self) -> None:
        if self.isObsolete():
            return
        code = self.record.code

        def work() -> None:
            self._removed = self._context.removal.remove(code)

        self._history.run(
            QCoreApplication.translate("Commands", "Taking back the copy {code}…").format(
                code=code
            ),
            work,
            lambda: self._context.changed(self._request.source_code),
            self._refused,
        )


class DeleteProgramCommand(_DoneAheadCommand):
    """A program's deletion, done off the GUI thread before it is pushed.

    Undo puts every record back under its id and redo deletes it again, both
    off the GUI thread.
    """

    def __init__(
        self,
        context: ProgramContext,
        code: str,
        removed: RemovedProgram,
        history: BackgroundHistory,
    ) -> None:
        text = QCoreApplication.translate("Commands", "Delete {code}").format(code=code)
        super().__init__(context, text)
        self._code = code
        self._removed = removed
        self._history = history
        self._done = True

    def _do(self) -> None:
        if self.isObsolete():
            return
        code = self._code

        def work() -> None:
            self._removed = self._context.removal.remove(code)

        self._history.run(
            QCoreApplication.translate("Commands", "Deleting {code} again…").format(code=code),
            work,
            lambda: self._context.changed(None),
            self._refused,
        )

    def _undo(self) -> None:
        if self.isObsolete():
            return
        removed = self._removed
        self._history.run(
            QCoreApplication.translate("Commands", "Bringing back {code}…").format(code=self._code),
            lambda: self._context.removal.restore(removed),
            lambda: self._context.changed(self._code),
            self._refused,
        )


class ImportProgramCommand(ServiceCommand[ProgramContext]):
    """A program workbook's import, applied off the GUI thread before it is pushed.

    Undo puts the program's records back as they were before the import, redo
    as the import left them, both off the GUI thread and under the same ids.
    """

    def __init__(
        self,
        context: ProgramContext,
        importer: UndoableProgramImport,
        imported: ImportedProgram,
        file_name: str,
        history: BackgroundHistory,
    ) -> None:
        text = QCoreApplication.translate("Commands", "Import {file}").format(file=file_name)
        super().__init__(context, text)
        self._importer = importer
        self._imported = imported
        self._file = file_name
        self._history = history
        self._done = True

    def _do(self) -> None:
        imported = self._imported
        self._history.run(
            QCoreApplication.translate("Commands", "Importing {file} again…").format(
                file=self._file
            ),
            lambda: self._importer.redo(imported),
            self._changed,
            self._context.failed,
        )

    def _undo(self) -> None:
        imported = self._imported
        self._history.run(
            QCoreApplication.translate("Commands", "Taking back the import of {file}…").format(
                file=self._file
            ),
            lambda: self._importer.undo(imported),
            self._changed,
            self._context.failed,
        )

    def _changed(self) -> None:
        self._context.changed(self._imported.code)
