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
import operator
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coordinator.domain.programs import Participant
from coordinator.domain.text import search_key
from coordinator.excel import (
    ColumnMapping,
    Problem,
    ReadCancelledError,
    RosterEntry,
    RosterField,
    RosterTable,
    SkippedRow,
    WorkbookRefusedError,
    parse_roster,
    read_roster_table,
)
from coordinator.excel.bulk_work import older_objects_set_aside
from coordinator.excel.cell_parsing import column_letter
from coordinator.excel.roster_parsing import left_out, organization_key
from coordinator.excel.roster_records import ProblemEffect
from coordinator.services.errors import InvalidInputError, ServiceError
from coordinator.services.records import ParticipantInput, ParticipantRecord
from coordinator.services.roster import RosterService, validate_participant
from coordinator.services.roster_import_apply import apply_plan, undo_import
from coordinator.services.sheet_layouts import remembered_mapping
from coordinator.store import Database

Progress = Callable[[int, int], bool]
"""Called with (done, total); returning ``False`` cancels the work."""

_FIELDS = {field.value: field for field in RosterField}
_RELATED = {"departure": ("arrival",)}
"""A rule broken by two fields names one: the other is the file's if it filled only that."""
_TEXT_LIMITS: dict[str, int] = {
    name: length
    for name, column in Participant.__table__.columns.items()
    if isinstance(length := getattr(column.type, "length", None), int)
}


class ImportRefusedError(ServiceError):
    """The file cannot be imported at all (nothing was written); the message says why."""


class ImportCancelledError(ServiceError):
    """The user cancelled the import; nothing was written."""


@dataclass(frozen=True, slots=True)
class PlannedAddition:
    """A row that adds a participant to the roster.

    The row's entry is kept and its :class:`ParticipantInput` made when asked
    for: a long list then holds one object per row, not two.
    """

    entry: RosterEntry

    @property
    def row(self) -> int:
        """The row number in the sheet."""
        return self.entry.row

    @property
    def name_key(self) -> str:
        """The search key of the name."""
        return self.entry.name_key

    @property
    def data(self) -> ParticipantInput:
        """The participant's fields as the roster service takes them."""
        return _input_of(self.entry)


@dataclass(frozen=True)
class PlannedUpdate:
    """A row that updates a participant already on the roster.

    ``before`` is the participant as it is, so an undo can restore it.
    """

    row: int
    participant_id: int
    before: ParticipantRecord
    data: ParticipantInput


@dataclass(frozen=True)
class ImportPlan:
    """What an import will do, computed without writing anything."""

    program_code: str
    table: RosterTable
    mapping: dict[RosterField, int]
    additions: tuple[PlannedAddition, ...]
    updates: tuple[PlannedUpdate, ...]
    skipped: tuple[SkippedRow, ...]
    problems: tuple[Problem, ...]

    @property
    def skipped_count(self) -> int:
        """How many rows are skipped (a run of blank rows counts each row)."""
        return sum(skipped.count for skipped in self.skipped)

    @property
    def rows_left_out(self) -> int:
        """How many rows a problem leaves out of the import."""
        return len({(item.sheet, item.row) for item in self.problems if item.row_left_out})

    @property
    def values_left_out(self) -> int:
        """How many values are left out of rows that are imported nonetheless."""
        return sum(1 for item in self.problems if not item.row_left_out)

    @property
    def mapping_corrected(self) -> bool:
        """Whether the mapping differs from the one the reader found by itself."""
        return self.mapping != self.table.mapping


@dataclass(frozen=True)
class ImportResult:
    """What an applied import did: enough for :meth:`RosterImportService.undo`.

    ``added`` holds the ids of the participants added, ``updated`` the rows that
    updated a participant with the participant as it was before.
    """

    plan: ImportPlan
    added: tuple[int, ...]
    updated: tuple[PlannedUpdate, ...]


def inspect_roster_file(path: Path, sheet: str | None = None) -> RosterTable:
    """Return what the reader finds in ``path``, without a database.

    Raises:
        ImportRefusedError: the file is not a readable roster.
    """
    try:
        return read_roster_table(path, sheet)
    except WorkbookRefusedError as error:
        raise ImportRefusedError(str(error)) from error


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
            raise ImportRefusedError(str(error)) from error
        except ReadCancelledError as error:
            raise ImportCancelledError(str(error)) from error
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
        try:
            reading = parse_roster(table, mapping, progress)
        except ValueError as error:
            raise InvalidInputError(str(error), "mapping") from error
        except ReadCancelledError as error:
            raise ImportCancelledError(str(error)) from error
        roster = RosterService(self._database).list_participants(program_code)
        planner = _Planner(table, reading.mapping, roster)
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

    def apply(self, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
        """Carry out ``plan`` in one transaction: every row or none.

        A mapping the user corrected is remembered for the sheet's layout.

        Raises:
            NotFoundError: the program is gone.
            InvalidInputError: the roster changed since the plan was made: plan again.
            ImportCancelledError: ``progress`` returned ``False``; nothing was written.
        """
        try:
            added = apply_plan(self._database, plan, progress)
        except ReadCancelledError as error:
            raise ImportCancelledError(str(error)) from error
        return ImportResult(plan, tuple(added), plan.updates)

    def undo(self, result: ImportResult) -> None:
        """Reverse an applied import: remove what it added, restore what it updated."""
        undo_import(self._database, result.added, result.updated)


def _problem_order(problem: Problem) -> tuple[int, str]:
    return (problem.row or 0, problem.column or "")


class _Planner:
    """Matches entries with the roster and files them as additions, updates or skips."""

    def __init__(
        self,
        table: RosterTable,
        mapping: dict[RosterField, int],
        roster: list[ParticipantRecord],
    ) -> None:
        self._table = table
        self._mapping = mapping
        self._by_name: dict[str, list[ParticipantRecord]] = {}
        for record in roster:
            self._by_name.setdefault(search_key(record.name), []).append(record)
        self._claimed: dict[int, int] = {}
        self.additions: list[PlannedAddition] = []
        self.updates: list[PlannedUpdate] = []
        self.skipped: list[SkippedRow] = []
        self.problems: list[Problem] = []

    def add(self, entry: RosterEntry) -> None:
        """Plan one entry without its values that break a rule; record its problems."""
        cleaned = self._cleaned(entry, _input_of)
        if cleaned is None:
            return
        entry = cleaned
        if any(problem.row_left_out for problem in entry.problems):
            self.problems += [left_out(item) for item in entry.problems]
            return
        candidates = self._by_name.get(entry.name_key, [])
        if not candidates:
            self.additions.append(PlannedAddition(entry))
            self.problems += entry.problems
            return
        match = _break_tie(entry, candidates)
        if match is None:
            names = ", ".join(
                f"{c.name} ({c.organization or 'no organization'})" for c in candidates
            )
            message = f"{entry.name} matches several participants ({names}): fill the organization"
            self._leave_out(entry, self._problem(entry.row, RosterField.NAME, message))
            return
        self._plan_update(entry, match)

    def _plan_update(self, entry: RosterEntry, record: ParticipantRecord) -> None:
        if (first := self._claimed.setdefault(record.id, entry.row)) != entry.row:
            message = f"{record.name} is already updated by row {first}: keep one of the rows"
            self._leave_out(entry, self._problem(entry.row, RosterField.NAME, message))
            return
        current = record.as_input()
        if _merge(current, entry) != current:
            # The file's values may break a rule with the roster's (a departure before it).
            cleaned = self._cleaned(entry, lambda item: _merge(current, item))
            if cleaned is None:
                return
            entry = cleaned
        self.problems += entry.problems
        merged = _merge(current, entry)
        if merged == current:
            message = f"{record.name} is already on the roster with these details"
            self.skipped.append(SkippedRow(self._table.sheet, entry.row, "unchanged", message))
            return
        self.updates.append(PlannedUpdate(entry.row, record.id, record, merged))

    def _cleaned(
        self, entry: RosterEntry, data_of: Callable[[RosterEntry], ParticipantInput]
    ) -> RosterEntry | None:
        """Return ``entry`` without the file's values that break a rule, each one a problem.

        A rule that no value of the file breaks leaves the row out: ``None``.
        """
        while (broken := _broken_rule(data_of(entry))) is not None:
            name, message = broken
            names = (name, *_RELATED.get(name or "", ()))
            emptied = next((item for item in names if item in entry.filled), None)
            if emptied is None:
                self._leave_out(entry, self._problem(entry.row, _FIELDS.get(name or ""), message))
                return None
            problem = self._problem(entry.row, RosterField(emptied), message)
            effect = ProblemEffect.VALUE_LEFT_OUT
            entry = entry.without(emptied, dataclasses.replace(problem, effect=effect))
        return entry

    def _leave_out(self, entry: RosterEntry, problem: Problem) -> None:
        self.problems += [left_out(item) for item in entry.problems]
        self.problems.append(problem)

    def _problem(self, row: int, field: RosterField | None, message: str) -> Problem:
        """Return a problem that leaves the row out, in the column of ``field`` or the name."""
        index = self._mapping.get(field) if field is not None else None
        if index is None and field in (RosterField.NAME, None):
            field = RosterField.NAME if RosterField.NAME in self._mapping else RosterField.LAST_NAME
            index = self._mapping.get(field)
        column = None if index is None else column_letter(index)
        return Problem(self._table.sheet, row, column, message, field=field)


def _broken_rule(data: ParticipantInput) -> tuple[str | None, str] | None:
    """Return the field (by name) and the sentence of the first rule ``data`` breaks."""
    try:
        validate_participant(data)
    except InvalidInputError as error:
        return error.field, str(error)
    for name, limit in _TEXT_LIMITS.items():
        value = getattr(data, name, None)
        if isinstance(value, str) and len(value) > limit:
            return name, f"The {name.replace('_', ' ')} is longer than {limit} characters"
    return None


def _break_tie(entry: RosterEntry, candidates: list[ParticipantRecord]) -> ParticipantRecord | None:
    if len(candidates) == 1:
        return candidates[0]
    remaining = candidates
    if entry.organization:
        key = organization_key(entry.organization)
        remaining = [c for c in remaining if organization_key(c.organization) == key] or remaining
    if entry.birth_date is not None and len(remaining) > 1:
        remaining = [c for c in remaining if c.birth_date == entry.birth_date] or remaining
    return remaining[0] if len(remaining) == 1 else None


_INPUT_FIELDS = tuple(field.name for field in dataclasses.fields(ParticipantInput))
_input_values = operator.attrgetter(*_INPUT_FIELDS)


def _input_of(entry: RosterEntry) -> ParticipantInput:
    """Return the entry's fields as a :class:`ParticipantInput` (given in field order)."""
    return ParticipantInput(*_input_values(entry))


def _merge(current: ParticipantInput, entry: RosterEntry) -> ParticipantInput:
    """Return ``current`` with the fields the file fills taken from ``entry``.

    The name keeps the roster's spelling: the row matched it by search key.
    """
    changes = {name: getattr(entry, name) for name in entry.filled if name in _INPUT_FIELDS}
    return dataclasses.replace(current, **changes)
