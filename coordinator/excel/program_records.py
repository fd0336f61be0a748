"""Plain results of reading a program workbook: its sheets found, their rows parsed.

Nothing here touches a database: the services plan an import against a
program with what the reader returns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from coordinator.excel.absence_text import AbsenceEntry
from coordinator.excel.cell_parsing import EPOCH_1900
from coordinator.excel.logistics_records import GiftEntry, RoomEntry, TransferEntry, VehicleEntry
from coordinator.excel.roster_records import Problem, Row
from coordinator.excel.sheet_kinds import SheetKind


@dataclass(frozen=True)
class SheetTable:
    """One sheet of a program workbook: its kind, header and raw rows."""

    kind: SheetKind
    sheet: str
    header_row: int
    headers: tuple[str, ...]
    mapping: dict[str, int]
    rows: list[tuple[int, Row]] = field(repr=False)
    epoch: dt.datetime = EPOCH_1900


@dataclass(frozen=True, slots=True)
class GuideOnActivity:
    """A guide named on an itinerary row or the Assignments sheet, with a role."""

    name: str
    role: str = "guide"


@dataclass(frozen=True, slots=True)
class ActivityEntry:
    """One itinerary row, parsed; ``day_column`` names the date's column for problems.

    ``kind`` is empty when the row gives none (a new activity is then a meeting).
    """

    sheet: str
    row: int
    day: dt.date
    start: dt.time | None
    end: dt.time | None
    kind: str
    title: str
    venue: str = ""
    hosts: tuple[str, ...] = ()
    guides: tuple[GuideOnActivity, ...] = ()
    needs_guide: bool | None = None
    notes: str = ""
    summary: str = ""
    day_column: str = "A"


@dataclass(frozen=True, slots=True)
class AssignmentEntry:
    """One row of an Assignments sheet."""

    sheet: str
    row: int
    day: dt.date | None
    start: dt.time | None
    title: str
    guide: GuideOnActivity


@dataclass(frozen=True, slots=True)
class GuideEntry:
    """One row of a Guides sheet; ``filled`` names the fields the file gave.

    ``unavailable`` lists whole days away and hours away.
    """

    sheet: str
    row: int
    name: str
    title: str = ""
    organization: str = ""
    languages: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    max_hours: float | None = None
    unavailable: tuple[AbsenceEntry, ...] = ()
    email: str = ""
    phone: str = ""
    filled: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class VenueEntry:
    """One row of a Venues sheet."""

    sheet: str
    row: int
    name: str
    owner: str = ""
    kind: str = ""
    address: str = ""
    city: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ContactEntry:
    """One row of a Contacts sheet: a host's or guide's title and ways to reach them."""

    sheet: str
    row: int
    name: str
    title: str = ""
    organization: str = ""
    email: str = ""
    phone: str = ""
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProgramEntry:
    """The Program sheet's fields, parsed.

    ``rows`` maps each field the sheet gives (``title``, ``first_day``…) to
    its row; a field it does not name keeps its default and is not in ``rows``.
    The values are in column B.
    """

    sheet: str
    rows: dict[str, int]
    code: str = ""
    title: str = ""
    organizer: str = ""
    partners: tuple[str, ...] = ()
    city: str = ""
    country: str = ""
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    languages: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class ProgramWorkbook:
    """Everything read from a program workbook, with every problem found.

    ``participants_sheet`` is the sheet holding the roster, read by the
    roster reader, and ``travel_sheet`` the one holding travel, read alike;
    ``sheets`` says which kind each recognised sheet is;
    ``program_entry`` holds the Program sheet's fields when there is one;
    the logistics sheets give ``vehicles``, ``transfers``, ``rooms`` and ``gifts``.
    """

    source: Path
    sheets: dict[str, SheetKind]
    participants_sheet: str | None
    program: dict[str, str]
    activities: list[ActivityEntry]
    assignments: list[AssignmentEntry]
    guides: list[GuideEntry]
    venues: list[VenueEntry]
    contacts: list[ContactEntry]
    problems: list[Problem]
    skipped: dict[str, int] = field(default_factory=dict)
    program_entry: ProgramEntry | None = None
    vehicles: list[VehicleEntry] = field(default_factory=list)
    transfers: list[TransferEntry] = field(default_factory=list)
    rooms: list[RoomEntry] = field(default_factory=list)
    gifts: list[GiftEntry] = field(default_factory=list)
    travel_sheet: str | None = None
