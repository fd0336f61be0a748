"""Plain results of reading a roster: the table found, its rows parsed, the problems.

Nothing here touches a database: the services turn a :class:`RosterReading`
into an import plan against a program's roster.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from coordinator.excel.cell_parsing import EPOCH_1900, CellValue
from coordinator.excel.roster_fields import RosterField

ColumnMapping = Mapping[RosterField, int]
"""Which column (0-based index) holds each field; a field not in it is not read."""

Row = tuple[CellValue, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in the file, where it is and what it is.

    ``row`` is the row number as Excel shows it and ``column`` the column
    letter; either is ``None`` when the problem is not about one cell.
    """

    sheet: str
    row: int | None
    column: str | None
    message: str


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
    filled: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class RosterReading:
    """A roster table read with a mapping: its entries, skipped rows and problems."""

    table: RosterTable
    mapping: dict[RosterField, int]
    entries: list[RosterEntry] = field(repr=False)
    skipped: list[SkippedRow]
    problems: list[Problem]
