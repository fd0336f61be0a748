"""Import a roster from a workbook: read, plan against the program, apply in one transaction.

The steps are separate so that an import wizard can show each one::

    service = RosterImportService(database)
    table = service.read(path)                       # a refusal, or sheet, header, rows
    plan = service.plan("KZ-2021", table)            # additions, updates, skipped, problems
    plan = service.plan("KZ-2021", table, mapping)   # again, with the user's column mapping
    plan = service.plan("KZ-2021", table.corrected({CellAddress(7, 4): "a@b.kz"}), mapping)
    result = service.apply(plan, progress)           # all rows or none; result undoes it

Reading and planning write nothing. A row matches a participant already on the
roster by the search key of the name (the organization, then the birth date,
break a tie between namesakes); a matched row updates the fields the file
fills and keeps the others. Each problem names its sheet, row and column: a
value that does not fit (an e-mail, a phone, a date) is left out and the rest
of its row imported; a row is left out only without a usable name, or when it
cannot be told apart from another row or matched with one participant.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path

from coordinator.domain.messages import said_of
from coordinator.excel import (
    ColumnMapping,
    Problem,
    ReadCancelledError,
    RosterTable,
    WorkbookRefusedError,
    parse_roster,
    read_roster_table,
)
from coordinator.excel.bulk_work import older_objects_set_aside
from coordinator.services.disk_errors import full_disk_refused
from coordinator.services.errors import InvalidInputError, ServiceError
from coordinator.services.import_backup import back_up_before_import
from coordinator.services.programs import ProgramService
from coordinator.services.roster import RosterService
from coordinator.services.roster_import_apply import apply_plan, undo_import
from coordinator.services.roster_import_plan import RosterPlanner
from coordinator.services.roster_import_records import (
    ImportPlan,
    ImportResult,
    PlannedAddition,
    PlannedUpdate,
)
from coordinator.services.sheet_layouts import remembered_mapping
from coordinator.store import Database

Progress = Callable[[int, int], bool]
"""Called with (done, total); returning ``False`` cancels the work."""

__all__ = [
    "ImportCancelledError",
    "ImportPlan",
    "ImportRefusedError",
    "ImportResult",
    "PlannedAddition",
    "PlannedUpdate",
    "RosterImportService",
    "inspect_roster_file",
]


class ImportRefusedError(ServiceError):
    """The file cannot be imported at all (nothing was written); the message says why."""


class ImportCancelledError(ServiceError):
    """The user cancelled the import; nothing was written."""


def inspect_roster_file(path: Path, sheet: str | None = None) -> RosterTable:
    """Return what the reader finds in ``path``, without a database.

    Raises:
        ImportRefusedError: the file is not a readable roster.
    """
    try:
        return read_roster_table(path, sheet)
    except WorkbookRefusedError as error:
        raise ImportRefusedError(said_of(error)) from error


class RosterImportService:
    """Imports of a program's roster from workbooks and CSV files."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def read(
        self, path: Path, sheet: str | None = None, progress: Progress | None = None
    ) -> RosterTable:
        """Read the roster table of ``path``, with a remembered mapping if its layout has one.

        Raises:
            ImportRefusedError: the file is not a readable roster.
            ImportCancelledError: ``progress`` returned ``False``.
        """
        try:
            table = read_roster_table(path, sheet, progress)
        except WorkbookRefusedError as error:
            raise ImportRefusedError(said_of(error)) from error
        except ReadCancelledError as error:
            raise ImportCancelledError(said_of(error)) from error
        with self._database.reading() as session:
            remembered = remembered_mapping(session, table)
        if remembered is None or remembered == table.mapping:
            return table
        return dataclasses.replace(table, mapping=remembered)

    def plan(
        self,
        program_code: str,
        table: RosterTable,
        mapping: ColumnMapping | None = None,
        progress: Progress | None = None,
    ) -> ImportPlan:
        """Plan the import of ``table`` into the program's roster; write nothing.

        Raises:
            NotFoundError: there is no such program.
            InvalidInputError: ``mapping`` does not fit the table.
            ImportCancelledError: ``progress`` returned ``False``.
        """
        first_day = ProgramService(self._database).get(program_code).first_day
        try:
            reading = parse_roster(table, mapping, progress, around=first_day)
        except ValueError as error:
            raise InvalidInputError(said_of(error), "mapping") from error
        except ReadCancelledError as error:
            raise ImportCancelledError(said_of(error)) from error
        roster = RosterService(self._database).list_participants(program_code)
        planner = RosterPlanner(table, reading.mapping, roster)
        with older_objects_set_aside():
            for entry in reading.entries:
                planner.add(entry)
        # The entries' problems are the planner's; the others are of rows without a usable name.
        with_entries = {entry.row for entry in reading.entries if entry.problems}
        planner.problems += [item for item in reading.problems if item.row not in with_entries]
        return ImportPlan(
            program_code=program_code,
            table=table,
            mapping=reading.mapping,
            additions=tuple(planner.additions),
            updates=tuple(planner.updates),
            skipped=tuple(sorted([*reading.skipped, *planner.skipped], key=lambda s: s.row)),
            problems=tuple(sorted(planner.problems, key=_problem_order)),
        )

    def apply(
        self,
        plan: ImportPlan,
        progress: Progress | None = None,
        participant_ids: Sequence[int] | None = None,
    ) -> ImportResult:
        """Carry out ``plan`` in one transaction: every row or none.

        A mapping the user corrected is remembered for the sheet's layout. The
        database is backed up first (see :mod:`coordinator.services.import_backup`).
        ``participant_ids`` (those of an earlier :class:`ImportResult` of the
        same plan) gives the participants back their ids when an undone import
        is done again.

        Raises:
            NotFoundError: the program is gone.
            InvalidInputError: the roster changed since the plan was made: plan again.
            ImportCancelledError: ``progress`` returned ``False``; nothing was written.
        """
        back_up_before_import(self._database)
        try:
            with full_disk_refused("nothing was imported"):
                added = apply_plan(self._database, plan, progress, participant_ids)
        except ReadCancelledError as error:
            raise ImportCancelledError(said_of(error)) from error
        return ImportResult(plan, tuple(added), plan.updates)

    def undo(self, result: ImportResult) -> None:
        """Reverse an applied import: remove what it added, restore what it updated."""
        undo_import(self._database, result.added, result.updated)


def _problem_order(problem: Problem) -> tuple[int, str]:
    return (problem.row or 0, problem.column or "")
