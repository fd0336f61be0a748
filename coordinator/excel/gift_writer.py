"""Write the gift register as an .xlsx file: a program's gifts, or a year's for the declaration.

One sheet: a title, a header row, a row per gift (day, activity, given or
received as a word, giver and receiver with their organizations, the gift,
its estimated value as a number with two decimals beside its currency,
where it is kept, notes), then the totals per currency, given and received
apart (values in different currencies are never added together). The
yearly list has the program's code in a first column.

Text that a spreadsheet would take for a formula stays text
(:mod:`coordinator.excel.safe_output`); the file is written whole or not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from coordinator.atomic_files import write_atomically
from coordinator.domain.gift_register import CurrencyTotal
from coordinator.excel.gift_labels import direction_label, word
from coordinator.excel.safe_output import header_cell, text_cell, value_cell

_CREATOR = "Delegation Coordinator"
MONEY_FORMAT = "#,##0.00"
_COLUMNS = (
    ("day", 12), ("activity", 30), ("direction", 16), ("giver", 24),
    ("giver_organization", 30), ("receiver", 24), ("receiver_organization", 30),
    ("description", 36), ("value", 16), ("currency", 10), ("kept_at", 24), ("notes", 30),
)  # fmt: skip


@dataclass(frozen=True)
class GiftRow:
    """One gift as the sheet shows it."""

    program: str
    day: dt.date | None
    activity: str
    direction: str
    giver: str
    giver_organization: str
    receiver: str
    receiver_organization: str
    description: str
    value: Decimal | None
    currency: str
    kept_at: str
    notes: str


def write_gifts(
    path: Path,
    title: str,
    rows: Sequence[GiftRow],
    totals: Sequence[CurrencyTotal],
    language: str,
    *,
    yearly: bool,
) -> None:
    """Write ``rows`` and ``totals`` to ``path`` atomically.

    ``title`` is the program's title, or the year for the yearly list.

    Raises:
        OSError: the folder cannot be written; the previous file is untouched.
    """
    workbook = Workbook(write_only=True)
    heading = word("year_title" if yearly else "title", language, program=title)
    workbook.properties.title = heading
    workbook.properties.subject = "Gift register"
    workbook.properties.creator = _CREATOR
    sheet: Any = workbook.create_sheet(word("sheet", language))
    columns = ((("program", 16),) if yearly else ()) + _COLUMNS
    for index, (_key, width) in enumerate(columns):
        sheet.column_dimensions[_letter(index)].width = width
    sheet.append([_bold(sheet, heading, 14)])
    if yearly:
        sheet.append([text_cell(sheet, word("year_rule", language))])
    sheet.append([])
    if not rows:
        sheet.append([text_cell(sheet, word("no_gifts", language))])
    else:
        sheet.append([header_cell(sheet, word(key, language)) for key, _width in columns])
        for row in rows:
            sheet.append(
                ([text_cell(sheet, row.program)] if yearly else []) + _cells(sheet, row, language)
            )
    if totals:
        _totals(sheet, totals, language)
    write_atomically(path, workbook.save)


def _cells(sheet: Any, row: GiftRow, language: str) -> list[Any]:
    texts = (
        row.activity,
        direction_label(row.direction, language),
        row.giver,
        row.giver_organization,
        row.receiver,
        row.receiver_organization,
        row.description,
    )
    return [
        value_cell(sheet, row.day),
        *(text_cell(sheet, text) for text in texts),
        money_cell(sheet, row.value),
        text_cell(sheet, row.currency),
        text_cell(sheet, row.kept_at),
        text_cell(sheet, row.notes),
    ]


def money_cell(sheet: Any, value: Decimal | None) -> Any:
    """Return a number cell showing two decimals, or nothing for a value not estimated."""
    if value is None:
        return None
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = MONEY_FORMAT
    return cell


def _totals(sheet: Any, totals: Sequence[CurrencyTotal], language: str) -> None:
    sheet.append([])
    sheet.append([_bold(sheet, word("totals", language))])
    keys = ("currency", "given", "received", "total", "count")
    sheet.append([header_cell(sheet, word(key, language)) for key in keys])
    for total in totals:
        sheet.append(
            [
                text_cell(sheet, total.currency),
                money_cell(sheet, total.given),
                money_cell(sheet, total.received),
                money_cell(sheet, total.total),
                total.count,
            ]
        )


def _letter(index: int) -> str:
    return chr(ord("A") + index)


def _bold(sheet: Any, value: str, size: int | None = None) -> Any:
    cell = text_cell(sheet, value)
    if cell is None or isinstance(cell, str):
        cell = WriteOnlyCell(sheet, value=cell)
    cell.font = Font(bold=True, size=size)
    return cell
