"""Write a roster to an .xlsx file anyone can open: styled, filterable, never a formula.

The sheet has a bold, frozen header with an autofilter, columns wide enough
for their content, real date cells with a date format, and the program's title
in the document properties. Text that a spreadsheet would take for a formula
(``=``, ``+``, ``-``, ``@``, a tab or a line break at the start) or an error
code (``#N/A``) is written as a text cell with Excel's quote prefix. The file is
written next to its destination and moved into place only when complete, so a
full disk or a crash never destroys the previous export.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils.cell import get_column_letter

from coordinator.atomic_files import write_atomically
from coordinator.excel.cell_parsing import CellValue
from coordinator.excel.errors import ReadCancelledError
from coordinator.excel.roster_fields import FIELD_LABELS, NAME_FIELDS, RosterField
from coordinator.excel.safe_output import display_length, header_cell, value_cell

_ARRIVAL = tuple(field for field in RosterField if field.value.startswith("arrival"))
_DEPARTURE = tuple(field for field in RosterField if field.value.startswith("departure"))
EXPORT_FIELDS: tuple[RosterField, ...] = (
    tuple(
        field
        for field in RosterField
        if field not in NAME_FIELDS[1:] and field not in _ARRIVAL + _DEPARTURE
    )
    + _ARRIVAL
    + _DEPARTURE
)
"""The columns of an exported roster, in order: every field but the name parts, travel last.

The arrival and departure columns hold the date; their time columns the
time, empty when it is not known.
"""

_MIN_WIDTH, _MAX_WIDTH, _WIDTH_SAMPLE = 8, 50, 500
Progress = Callable[[int, int], bool]


def write_roster(
    path: Path,
    title: str,
    rows: Sequence[Sequence[CellValue]],
    progress: Progress | None = None,
) -> None:
    """Write ``rows`` (values in :data:`EXPORT_FIELDS` order) to ``path`` atomically.

    Raises:
        OSError: the folder cannot be written; the previous file is untouched.
        ReadCancelledError: ``progress`` returned ``False``; nothing was written.
    """
    workbook = Workbook(write_only=True)
    workbook.properties.title = title
    workbook.properties.subject = "Roster"
    workbook.properties.creator = "Delegation Coordinator"
    sheet: Any = workbook.create_sheet("Roster")
    try:
        _layout(sheet, rows)
        sheet.append([header_cell(sheet, FIELD_LABELS[field]) for field in EXPORT_FIELDS])
        for done, row in enumerate(rows, start=1):
            sheet.append([value_cell(sheet, value) for value in row])
            if progress is not None and done % 1000 == 0 and not progress(done, len(rows)):
                msg = "The export was cancelled"
                raise ReadCancelledError(msg)
        write_atomically(path, workbook.save)
    except BaseException:
        _abandon(sheet)
        raise


def _abandon(sheet: Any) -> None:
    """Close a write-only sheet that will not be saved and remove its temporary file."""
    with contextlib.suppress(Exception):
        sheet.close()
    writer = getattr(sheet, "_writer", None)
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.cleanup()


def _layout(sheet: Any, rows: Sequence[Sequence[CellValue]]) -> None:
    last = get_column_letter(len(EXPORT_FIELDS))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    for index, field in enumerate(EXPORT_FIELDS):
        width = max(
            [len(FIELD_LABELS[field]) + 3]
            + [display_length(row[index]) for row in rows[:_WIDTH_SAMPLE]]
        )
        letter = get_column_letter(index + 1)
        sheet.column_dimensions[letter].width = min(max(width + 1, _MIN_WIDTH), _MAX_WIDTH)
