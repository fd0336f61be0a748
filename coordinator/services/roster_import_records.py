"""The records of a roster import: what a plan adds and updates, and what an import did."""

from __future__ import annotations

import dataclasses
import operator
from dataclasses import dataclass

from coordinator.excel import Problem, RosterEntry, RosterField, RosterTable, SkippedRow
from coordinator.services.records import ParticipantInput, ParticipantRecord

INPUT_FIELDS = tuple(field.name for field in dataclasses.fields(ParticipantInput))
"""The fields of a :class:`ParticipantInput`, in order."""
_input_values = operator.attrgetter(*INPUT_FIELDS)


def input_of(entry: RosterEntry) -> ParticipantInput:
    """Return the entry's fields as a :class:`ParticipantInput` (given in field order)."""
    return ParticipantInput(*_input_values(entry))


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
        return input_of(self.entry)


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
