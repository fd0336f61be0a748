"""Plain results of reading a roster: the table found, its rows parsed, the problems.

Nothing here touches a database: the services turn a :class:`RosterReading`
into an import plan against a program's roster.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from coordinator.domain.messages import said
from coordinator.excel.cell_parsing import EPOCH_1900, CellValue
from coordinator.excel.roster_fields import RosterField

ColumnMapping = Mapping[RosterField, int]
"""Which column (0-based index) holds each field; a field not in it is not read."""

Row = tuple[CellValue, ...]


class ProblemEffect(StrEnum):
    """What a problem does to its row."""

    ROW_LEFT_OUT = "row_left_out"
    """The row is not imported: it has no usable name, or it cannot be told apart."""
    VALUE_LEFT_OUT = "value_left_out"
    """Only this value is not imported: its field is left empty (an update keeps it)."""


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in the file, where it is and what it is.

    ``row`` is the row number as Excel shows it and ``column`` the column
    letter; either is ``None`` when the problem is not about one cell.
    ``effect`` says whether the row is left out or only this value, and
    ``field`` names the roster field of the cell, when the problem is about one.
    """

    sheet: str
    row: int | None
    column: str | None
    message: str
    effect: ProblemEffect = ProblemEffect.ROW_LEFT_OUT
    field: RosterField | None = None

    @property
    def row_left_out(self) -> bool:
        """Whether the problem leaves its whole row out of the import."""
        return self.effect is ProblemEffect.ROW_LEFT_OUT


class CellAddress(NamedTuple):
    """A cell of a roster table: its row number as Excel shows it, its 0-based column."""

    row: int
    column: int


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """Rows deliberately left out, from ``row`` on (``count`` of them, for blank runs).

    ``reason`` is ``blank``, ``footer``, ``duplicate`` or (when planned against a
    roster) ``unchanged``.
    """

    sheet: str
    row: int
    reason: str
    message: str
    count: int = 1


@dataclass(frozen=True, slots=True)
class SheetSummary:
    """What the reader sees in one sheet: its best header row, if any."""

    name: str
    header_row: int | None
    headers: tuple[str, ...]
    mapping: dict[RosterField, int]


@dataclass(frozen=True)
class RosterTable:
    """The sheet and header row that hold a roster, with its raw data rows.

    Attributes:
        source: the file read.
        sheet: the sheet chosen (for a CSV file, the file's name).
        sheets: every sheet of the file with its best header, in workbook order.
        header_row: the row number of the header, as Excel shows it.
        headers: the header cells as text, up to the last non-empty one.
        layout_key: identifies the header layout, to remember a corrected mapping.
        mapping: the automatic mapping from the header's words.
        rows: the rows under the header as (row number, cell values), blank ones
            included so that problems can name their row.
        epoch: the workbook's date system (1900 or 1904) for date serials.
        corrections: the cells the user corrected before importing, with the
            text typed (``rows`` holds it in their place): see :meth:`corrected`.
    """

    source: Path
    sheet: str
    sheets: tuple[SheetSummary, ...]
    header_row: int
    headers: tuple[str, ...]
    layout_key: str
    mapping: dict[RosterField, int]
    rows: list[tuple[int, Row]] = field(repr=False)
    epoch: dt.datetime = EPOCH_1900
    corrections: Mapping[CellAddress, str] = field(default_factory=dict, repr=False)

    @property
    def width(self) -> int:
        """The number of columns under the header."""
        return len(self.headers)

    def sample(self, count: int = 5) -> list[tuple[int, Row]]:
        """Return the first ``count`` non-blank rows, e.g. to show under each column."""
        found: list[tuple[int, Row]] = []
        for number, values in self.rows:
            if any(value not in (None, "") for value in values):
                found.append((number, values))
                if len(found) == count:
                    break
        return found

    def values_at(self, row: int) -> Row | None:
        """Return the cells of the row numbered ``row`` (``None``: the table has no such row)."""
        position = _position(self.rows, row)
        return None if position is None else self.rows[position][1]

    def corrected(self, cells: Mapping[CellAddress, str]) -> RosterTable:
        """Return this table with ``cells`` holding the text typed instead of the file's values.

        The text is read as a cell of the file would be (an empty text empties
        the cell); the file itself is not touched.

        Raises:
            ValueError: a cell is outside the table.
        """
        if not cells:
            return self
        rows = list(self.rows)
        for address, text in cells.items():
            position = _position(rows, address.row)
            if position is None:
                msg = said(
                    "The sheet {sheet} has no row {row} under its header",
                    sheet=self.sheet,
                    row=address.row,
                )
                raise ValueError(msg)
            if not 0 <= address.column < self.width:
                msg = said(
                    "Column {column} of the sheet {sheet} has no header",
                    column=address.column + 1,
                    sheet=self.sheet,
                )
                raise ValueError(msg)
            values = list(rows[position][1])
            values += [None] * (self.width - len(values))
            values[address.column] = text
            rows[position] = (address.row, tuple(values))
        corrections = {**self.corrections, **cells}
        return dataclasses.replace(self, rows=rows, corrections=corrections)


def _row_number(numbered: tuple[int, Row]) -> int:
    return numbered[0]


def _position(rows: list[tuple[int, Row]], row: int) -> int | None:
    """Return where the row numbered ``row`` is in ``rows`` (``None``: nowhere).

    The rows are in order but for a file that numbers them strangely: then
    they are looked through one by one.
    """
    position = bisect.bisect_left(rows, row, key=_row_number)
    if position < len(rows) and rows[position][0] == row:
        return position
    return next((i for i, (number, _) in enumerate(rows) if number == row), None)


@dataclass(frozen=True, slots=True)
class RosterEntry:
    """One row of a roster, parsed: the fields of a participant.

    ``name_key`` is the name's :func:`~coordinator.domain.text.search_key`;
    ``filled`` names the fields the file gave a value for, so an update
    changes those and keeps what the file leaves empty.
    """

    row: int
    name: str
    name_key: str
    title: str = ""
    organization: str = ""
    role: str = "member"
    arrival: dt.datetime | None = None
    departure: dt.datetime | None = None
    room: str = ""
    dietary: str = ""
    needs: str = ""
    passport_number: str = ""
    birth_date: dt.date | None = None
    email: str = ""
    phone: str = ""
    languages: tuple[str, ...] = ()
    notes: str = ""
    nationality: str = ""
    arrival_time_known: bool = True
    arrival_mode: str = ""
    arrival_number: str = ""
    arrival_from: str = ""
    arrival_place: str = ""
    arrival_terminal: str = ""
    departure_time_known: bool = True
    departure_mode: str = ""
    departure_number: str = ""
    departure_to: str = ""
    departure_place: str = ""
    departure_terminal: str = ""
    filled: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()

    def without(self, name: str, problem: Problem) -> RosterEntry:
        """Return this entry with the field ``name`` left empty because of ``problem``.

        A moment left out takes its "time known" flag with it.
        """
        names = (name, *_COMPANIONS.get(name, ()))
        return dataclasses.replace(
            self,
            **{item: _EMPTY_VALUES[item] for item in names},
            filled=tuple(item for item in self.filled if item not in names),
            problems=(*self.problems, problem),
        )


_COMPANIONS = {
    "arrival": ("arrival_time_known",),
    "departure": ("departure_time_known",),
}


_EMPTY_VALUES = {
    item.name: item.default
    for item in dataclasses.fields(RosterEntry)
    if item.default is not dataclasses.MISSING
}


@dataclass(frozen=True)
class RosterReading:
    """A roster table read with a mapping: its entries, skipped rows and problems."""

    table: RosterTable
    mapping: dict[RosterField, int]
    entries: list[RosterEntry] = field(repr=False)
    skipped: list[SkippedRow]
    problems: list[Problem]
