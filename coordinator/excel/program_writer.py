"""Write a program (or its itinerary) to one .xlsx workbook, a sheet per part.

Each table sheet has a bold, frozen header with an autofilter, columns wide
enough for their content and real date and time cells; text a spreadsheet
would take for a formula is written as text (:mod:`coordinator.excel.safe_output`).
The file is written beside its destination and moved into place when complete.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils.cell import get_column_letter

from coordinator.atomic_files import write_atomically
from coordinator.excel.cell_parsing import CellValue
from coordinator.excel.safe_output import display_length, header_cell, value_cell

_MIN_WIDTH, _MAX_WIDTH, _WIDTH_SAMPLE = 8, 60, 500


@dataclass(frozen=True)
class SheetData:
    """One sheet to write: its name, header labels and rows of values.

    ``table`` false writes the rows as they are (the Program sheet's pairs),
    with the first column bold and no autofilter.
    """

    name: str
    headers: tuple[str, ...]
    rows: Sequence[Sequence[CellValue]]
    table: bool = True


def write_program(path: Path, title: str, sheets: Sequence[SheetData]) -> None:
    """Write ``sheets`` to ``path`` atomically, with ``title`` in the document properties.

    Raises:
        OSError: the folder cannot be written; the previous file is untouched.
    """
    workbook = Workbook()
    workbook.properties.title = title
    workbook.properties.subject = "Program"
    workbook.properties.creator = "Delegation Coordinator"
    default = workbook.active
    if default is not None:
        workbook.remove(default)
    for data in sheets:
        _write_sheet(workbook.create_sheet(data.name), data)
    write_atomically(path, workbook.save)


def _write_sheet(sheet: Any, data: SheetData) -> None:
    sheet.append([header_cell(sheet, label) for label in data.headers])
    for values in data.rows:
        cells = [value_cell(sheet, value) for value in values]
        if not data.table and cells:
            cells[0] = header_cell(sheet, str(values[0]))
        sheet.append(cells)
    width = max([len(data.headers)] + [len(row) for row in data.rows[:1]])
    if data.table and width:
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(width)}{len(data.rows) + 1}"
    for index in range(width):
        lengths = [len(data.headers[index]) + 3 if index < len(data.headers) else 0]
        lengths += [display_length(row[index]) for row in data.rows[:_WIDTH_SAMPLE]
                    if index < len(row)]  # fmt: skip
        letter = get_column_letter(index + 1)
        sheet.column_dimensions[letter].width = min(max(max(lengths) + 1, _MIN_WIDTH), _MAX_WIDTH)
