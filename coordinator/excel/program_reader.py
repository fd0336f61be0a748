"""Read a whole program from a workbook: find each kind of sheet by its headers, parse its rows.

Every sheet's header row is looked for among its first rows; the sheet is of
the kind whose columns its header names most (its name breaks a tie). The
Participants sheet is a roster: the caller reads it with the roster reader
(:attr:`ProgramWorkbook.participants_sheet` names it), and so is the Travel
sheet, a name and travel columns (:attr:`ProgramWorkbook.travel_sheet`): a
sheet of only those is a Participants sheet unless its name says Travel. A file that is not a
readable workbook raises :class:`WorkbookRefusedError` with one sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from coordinator.domain.messages import said
from coordinator.excel.bulk_work import older_objects_set_aside
from coordinator.excel.cell_parsing import CellValue, line_text
from coordinator.excel.csv_source import read_csv_rows
from coordinator.excel.errors import WorkbookRefusedError
from coordinator.excel.header_detection import (
    HEADER_SEARCH_ROWS,
    automatic_mapping,
    header_cells,
    names_a_person,
)
from coordinator.excel.logistics_parsing import (
    parse_gifts,
    parse_rooms,
    parse_transfers,
    parse_vehicles,
)
from coordinator.excel.program_fields import column_mapping, fits, kind_named
from coordinator.excel.program_parsing import (
    is_blank,
    parse_assignments,
    parse_contacts,
    parse_guides,
    parse_itinerary,
    parse_program_sheet,
    parse_venues,
)
from coordinator.excel.program_records import ProgramEntry, ProgramWorkbook, SheetTable
from coordinator.excel.roster_records import Problem, Row
from coordinator.excel.sheet_kinds import SheetKind
from coordinator.excel.travel_sheet import travel_sheet_mapping
from coordinator.excel.workbook_guard import FileKind, check_file, ensure_safe_xml_parser
from coordinator.excel.xlsx_source import XlsxSource

MAX_SHEET_ROWS = 50_000
_TABLE_KINDS = (
    SheetKind.ITINERARY,
    SheetKind.ASSIGNMENTS,
    SheetKind.GUIDES,
    SheetKind.VENUES,
    SheetKind.PARTICIPANTS,
    SheetKind.TRAVEL,
    SheetKind.CONTACTS,
    SheetKind.VEHICLES,
    SheetKind.TRANSFERS,
    SheetKind.ROOMS,
    SheetKind.GIFTS,
)
_Match = tuple[SheetKind, int, tuple[str, ...], dict[str, int]]


@dataclass(frozen=True)
class _ProgramSheet:
    """What the Program sheet gave: its pairs as text, its fields parsed, their problems."""

    pairs: dict[str, str] = field(default_factory=dict)
    entry: ProgramEntry | None = None
    problems: list[Problem] = field(default_factory=list)


def read_program_workbook(
    path: Path, *, itinerary_only: bool = False, sheet: str | None = None
) -> ProgramWorkbook:
    """Read every sheet of ``path`` that holds part of a program.

    Args:
        path: an .xlsx or .xlsm workbook (or a .csv file holding one sheet).
        itinerary_only: read only the sheets that look like an itinerary.
        sheet: read this sheet only (by default every sheet).

    Raises:
        WorkbookRefusedError: the file is not readable, or holds no sheet of a program.
    """
    ensure_safe_xml_parser()
    with older_objects_set_aside():
        if check_file(path) is FileKind.CSV:
            rows = read_csv_rows(path)
            found = _tables_of(path.name, rows[:HEADER_SEARCH_ROWS], _csv_reader(rows))
            return _workbook(path, found, _ProgramSheet(), itinerary_only=itinerary_only)
        source = XlsxSource(path)
        try:
            tables: list[SheetTable] = []
            program = _ProgramSheet()
            for name in _sheets_to_read(source, sheet):
                first = source.first_rows(name, HEADER_SEARCH_ROWS)
                found = _tables_of(name, first, _reader(source, name))
                tables += [
                    SheetTable(t.kind, t.sheet, t.header_row, t.headers, t.mapping, t.rows,
                               source.epoch) for t in found
                ]  # fmt: skip
                if not found and kind_named(name) is SheetKind.PROGRAM:
                    entry, problems = parse_program_sheet(name, first, source.epoch)
                    program = _ProgramSheet(_pairs(first), entry, problems)
            return _workbook(path, tables, program, itinerary_only=itinerary_only)
        finally:
            source.close()


def _sheets_to_read(source: XlsxSource, sheet: str | None) -> list[str]:
    if sheet is None:
        return source.sheet_names
    if sheet not in source.sheet_names:
        listed = ", ".join(source.sheet_names)
        msg = said(
            "{name} has no sheet named {sheet} (its sheets: {listed})",
            name=source.name,
            sheet=f"{sheet!r}",
            listed=listed,
        )
        raise WorkbookRefusedError(msg)
    return [sheet]


_Read = Callable[[int, int], list[tuple[int, Row]]]
"""Read the rows under a header row, ``width`` cells each: the non-blank ones, numbered."""


def _reader(source: XlsxSource, sheet: str) -> _Read:
    def read(header_row: int, width: int) -> list[tuple[int, Row]]:
        # Rows keep their numbers: a workbook gives only the rows its sheet
        # holds, and every row it holds counts towards the limit, blank or not.
        rows: list[tuple[int, Row]] = []
        for count, (number, values) in enumerate(source.rows_after(sheet, header_row, width)):
            if count >= MAX_SHEET_ROWS:
                msg = said(
                    "{name}, sheet {sheet}, has more than {limit} rows",
                    name=source.name,
                    sheet=sheet,
                    limit=f"{MAX_SHEET_ROWS:,}",
                )
                raise WorkbookRefusedError(msg)
            if not is_blank(values):
                rows.append((number, values))
        return rows

    return read


def _csv_reader(rows: list[Row]) -> _Read:
    def read(header_row: int, width: int) -> list[tuple[int, Row]]:
        numbered = enumerate(rows[header_row:], start=header_row + 1)
        return [
            (number, (values + (None,) * width)[:width])
            for number, values in numbered
            if not is_blank(values)
        ]

    return read


def best_kind(sheet: str, rows: Sequence[Sequence[CellValue]]) -> _Match | None:
    """Return the kind, header row number, headers and mapping that fit a sheet best."""
    named = kind_named(sheet)
    best: _Match | None = None
    best_score = 0
    for number, values in enumerate(rows, start=1):
        headers = header_cells(values)
        if not headers:
            continue
        for kind in _TABLE_KINDS:
            mapping = _mapping(kind, headers)
            if mapping is None:
                continue
            score = len(mapping) * 2 + (1 if kind is named else 0)
            if score > best_score:
                best, best_score = (kind, number, headers, mapping), score
    return best


def _mapping(kind: SheetKind, headers: tuple[str, ...]) -> dict[str, int] | None:
    if kind is SheetKind.PARTICIPANTS:
        roster = automatic_mapping(headers)
        return (
            {str(field): index for field, index in roster.items()}
            if names_a_person(roster)
            else None
        )
    if kind is SheetKind.TRAVEL:
        travel = travel_sheet_mapping(headers)
        return None if travel is None else {str(field): index for field, index in travel.items()}
    mapping = column_mapping(kind, headers)
    return mapping if fits(kind, mapping) else None


def _tables_of(sheet: str, first: Sequence[Sequence[CellValue]], read: _Read) -> list[SheetTable]:
    match = best_kind(sheet, first)
    if match is None:
        return []
    kind, header_row, headers, mapping = match
    rows = read(header_row, len(headers))
    return [SheetTable(kind, sheet, header_row, headers, mapping, rows)]


def _pairs(rows: Sequence[Sequence[CellValue]]) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for values in rows:
        if len(values) >= 2 and line_text(values[0]):
            pairs[line_text(values[0]).lower()] = line_text(values[1])
    return pairs


def _workbook(
    path: Path, tables: list[SheetTable], program: _ProgramSheet, *, itinerary_only: bool
) -> ProgramWorkbook:
    if itinerary_only:
        tables = [table for table in tables if table.kind is SheetKind.ITINERARY]
    if not tables:
        msg = (
            said(
                "{name} has no sheet of an itinerary: expected a header row with columns such as "
                "Date, Start, End, Activity (Tarih, Başlangıç, Bitiş, Etkinlik)",
                name=path.name,
            )
            if itinerary_only
            else said(
                "{name} has no sheet of a program: expected a header row with columns such as "
                "Date, Start, End, Activity (Tarih, Başlangıç, Bitiş, Etkinlik)",
                name=path.name,
            )
        )
        raise WorkbookRefusedError(msg)
    result = ProgramWorkbook(path, {}, None, program.pairs, [], [], [], [], [], [])
    problems: list[Problem] = []
    if program.entry is not None and not itinerary_only:
        result.sheets[program.entry.sheet] = SheetKind.PROGRAM
        object.__setattr__(result, "program_entry", program.entry)
        problems += program.problems
    for table in tables:
        result.sheets[table.sheet] = table.kind
        problems += _parse_into(result, table)
    for kind, name in ((SheetKind.PARTICIPANTS, "participants_sheet"),
                       (SheetKind.TRAVEL, "travel_sheet")):  # fmt: skip
        found = [t for t in tables if t.kind is kind]
        if found:
            best = max(found, key=lambda table: len(table.mapping))
            object.__setattr__(result, name, best.sheet)
    result.problems.extend(sorted(problems, key=lambda p: (p.sheet, p.row or 0, p.column or "")))
    return result


def _parse_into(result: ProgramWorkbook, table: SheetTable) -> list[Problem]:
    if table.kind is SheetKind.ITINERARY:
        activities, problems = parse_itinerary(table)
        result.activities.extend(activities)
        return problems
    if table.kind is SheetKind.ASSIGNMENTS:
        assignments, problems = parse_assignments(table)
        result.assignments.extend(assignments)
        return problems
    if table.kind is SheetKind.GUIDES:
        guides, problems = parse_guides(table)
        result.guides.extend(guides)
        return problems
    if table.kind is SheetKind.VENUES:
        venues, problems = parse_venues(table)
        result.venues.extend(venues)
        return problems
    if table.kind is SheetKind.CONTACTS:
        contacts, problems = parse_contacts(table)
        result.contacts.extend(contacts)
        return problems
    return _parse_logistics(result, table)


def _parse_logistics(result: ProgramWorkbook, table: SheetTable) -> list[Problem]:
    if table.kind is SheetKind.VEHICLES:
        vehicles, problems = parse_vehicles(table)
        result.vehicles.extend(vehicles)
        return problems
    if table.kind is SheetKind.TRANSFERS:
        transfers, problems = parse_transfers(table)
        result.transfers.extend(transfers)
        return problems
    if table.kind is SheetKind.ROOMS:
        rooms, problems = parse_rooms(table)
        result.rooms.extend(rooms)
        return problems
    if table.kind is SheetKind.GIFTS:
        gifts, gift_problems = parse_gifts(table)
        result.gifts.extend(gifts)
        return gift_problems
    return []
