"""Reading and writing workbooks: header detection, column mapping, typed cells, export.

This layer reads files and returns plain results (tables, entries, problems)
or writes a workbook from plain rows; it never touches the database. The
services plan imports against a program's roster with what it returns.

Typical use, as an import wizard does it::

    table = read_roster_table(path)              # refusal or the sheet, header and rows
    reading = parse_roster(table, mapping)       # entries, skipped rows, problems
"""

from coordinator.excel.errors import ReadCancelledError, WorkbookRefusedError
from coordinator.excel.roster_fields import FIELD_LABELS, RosterField
from coordinator.excel.roster_parsing import check_mapping, parse_roster
from coordinator.excel.roster_reader import Progress, read_roster_table
from coordinator.excel.roster_records import (
    ColumnMapping,
    Problem,
    RosterEntry,
    RosterReading,
    RosterTable,
    SheetSummary,
    SkippedRow,
)
from coordinator.excel.roster_writer import EXPORT_FIELDS, write_roster

__all__ = [
    "EXPORT_FIELDS",
    "FIELD_LABELS",
    "ColumnMapping",
    "Problem",
    "Progress",
    "ReadCancelledError",
    "RosterEntry",
    "RosterField",
    "RosterReading",
    "RosterTable",
    "SheetSummary",
    "SkippedRow",
    "WorkbookRefusedError",
    "check_mapping",
    "parse_roster",
    "read_roster_table",
    "write_roster",
]
