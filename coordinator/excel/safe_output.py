"""Writing files that people open in Excel: text stays text, old files survive.

Every workbook the application writes goes through here. Text that a
spreadsheet would take for a formula (``=``, ``+``, ``-``, ``@``, a tab or a
line break at the start) or an error code (``#N/A``) becomes a text cell with
Excel's quote prefix. Files are written whole or not at all
(:func:`coordinator.atomic_files.write_atomically`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
DATE_FORMAT = "dd.mm.yyyy"
DATETIME_FORMAT = "dd.mm.yyyy hh:mm"
TIME_FORMAT = "hh:mm"
_NUMBER_FORMATS = ((dt.datetime, DATETIME_FORMAT), (dt.date, DATE_FORMAT), (dt.time, TIME_FORMAT))


def text_cell(sheet: Any, value: str) -> Any:
    """Return what to append for ``value``: plain text, or a cell forced to text.

    Characters XML cannot carry are dropped. Works for ordinary and write-only
    worksheets alike (``Worksheet.append`` takes cells as well as values).
    """
    text = ILLEGAL_CHARACTERS_RE.sub("", value)
    if not text.startswith(FORMULA_STARTS) and text not in ERROR_CODES:
        return text or None
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # the value setter typed it as a formula or an error code
    cell.quotePrefix = True
    return cell


def header_cell(sheet: Any, label: str) -> Any:
    """Return a bold cell for a column title."""
    cell = WriteOnlyCell(sheet, value=label)
    cell.font = Font(bold=True)
    return cell


def value_cell(sheet: Any, value: object) -> Any:
    """Return what to append for ``value``: text kept as text, dates and times formatted."""
    if isinstance(value, str):
        return text_cell(sheet, value)
    for kind, number_format in _NUMBER_FORMATS:
        if isinstance(value, kind):
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = number_format
            return cell
    return value


def display_length(value: object) -> int:
    """Return how many characters ``value`` takes on screen, for column widths."""
    if value is None:
        return 0
    for kind, number_format in _NUMBER_FORMATS:
        if isinstance(value, kind):
            return len(number_format)
    return max((len(line) for line in str(value).splitlines()), default=0)
