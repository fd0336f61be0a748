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
from coordinator.domain.messages import said
from coordinator.excel.cell_parsing import CellValue
from coordinator.excel.errors import ReadCancelledError
from coordinator.excel.roster_fields import NAME_FIELDS, RosterField, field_label
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

ROSTER_SHEET_NAME = {"en": "Roster", "tr": "Katılımcılar"}
"""The name of an exported roster's sheet in each language."""
_MIN_WIDTH, _MAX_WIDTH, _WIDTH_SAMPLE = 8, 50, 500
Progress = Callable[[int, int], bool]


def write_roster(
    path: Path,
    title: str,
    rows: Sequence[Sequence[CellValue]],
    progress: Progress | None = None,
    language: str = "en",
) -> None:
    """Write ``rows`` (values in :data:`EXPORT_FIELDS` order) to ``path`` atomically.

    The sheet's name and headers are in ``language`` (``en`` or ``tr``); the
    values are written as given (the caller puts roles and ways of travel
    into words of the same language).

    Raises:
        OSError: the folder cannot be written; the previous file is untouched.
        ReadCancelledError: ``progress`` returned ``False``; nothing was written.
    """
    workbook = Workbook(write_only=True)
    workbook.properties.title = title
    name = ROSTER_SHEET_NAME["tr" if language == "tr" else "en"]
    workbook.properties.subject = name
    workbook.properties.creator = "Delegation Coordinator"
    sheet: Any = workbook.create_sheet(name)
    labels = [field_label(field, language) for field in EXPORT_FIELDS]
    try:
        _layout(sheet, rows, labels)
        sheet.append([header_cell(sheet, label) for label in labels])
        for done, row in enumerate(rows, start=1):
            sheet.append([value_cell(sheet, value) for value in row])
            if progress is not None and done % 1000 == 0 and not progress(done, len(rows)):
                msg = said("The export was cancelled")
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


def _layout(sheet: Any, rows: Sequence[Sequence[CellValue]], labels: Sequence[str]) -> None:
    last = get_column_letter(len(EXPORT_FIELDS))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    for index in range(len(EXPORT_FIELDS)):
        width = max(
            [len(labels[index]) + 3] + [display_length(row[index]) for row in rows[:_WIDTH_SAMPLE]]
        )
        letter = get_column_letter(index + 1)
        sheet.column_dimensions[letter].width = min(max(width + 1, _MIN_WIDTH), _MAX_WIDTH)
