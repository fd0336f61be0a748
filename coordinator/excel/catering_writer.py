"""Write the caterer's sheet and the head waiter's allergy list as .xlsx files.

The caterer reads one sheet with a block per meal: its title, day, time,
venue, the number of guests (who counts is written at the top), how many take
the standard menu, then each dietary need with its count and, for requests
nobody recognized, the words as written, without names. The head waiter's
list is a **separate file**, titled for the head waiter only, with a row per
allergy: meal, name, allergy and the participant's note as typed; it is never
in the caterer's file, which is e-mailed to people outside the office.

Text that a spreadsheet would take for a formula stays text
(:mod:`coordinator.excel.safe_output`); files are written whole or not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from coordinator.atomic_files import write_atomically
from coordinator.domain.catering import NOTED_NEEDS, MealSheet
from coordinator.excel.catering_labels import need_label, word
from coordinator.excel.safe_output import header_cell, text_cell, value_cell

_CREATOR = "Delegation Coordinator"
_CATERING_WIDTHS = (30, 16, 60)
_ALLERGY_WIDTHS = (12, 13, 36, 28, 28, 48)


def allergy_path(path: Path) -> Path:
    """Return where the head waiter's list goes beside the caterer's ``path``."""
    return path.with_name(f"{path.stem}-allergies{path.suffix}")


def write_catering(path: Path, program: str, meals: Sequence[MealSheet], language: str) -> None:
    """Write the caterer's sheet of ``meals`` to ``path`` atomically.

    Raises:
        OSError: the folder cannot be written; the previous file is untouched.
    """
    workbook = Workbook(write_only=True)
    _properties(workbook, word("title", language, program=program))
    sheet: Any = workbook.create_sheet(word("sheet", language))
    _widths(sheet, _CATERING_WIDTHS)
    sheet.append([_bold(sheet, word("title", language, program=program), size=14)])
    sheet.append([text_cell(sheet, word("who", language))])
    if not meals:
        sheet.append([])
        sheet.append([text_cell(sheet, word("no_meals", language))])
    for meal in meals:
        sheet.append([])
        _meal_block(sheet, meal, language)
    write_atomically(path, workbook.save)


def write_allergies(path: Path, program: str, meals: Sequence[MealSheet], language: str) -> None:
    """Write the head waiter's allergy list of ``meals`` to ``path`` atomically.

    Raises:
        OSError: the folder cannot be written; the previous file is untouched.
    """
    workbook = Workbook(write_only=True)
    title = word("allergy_title", language, program=program)
    _properties(workbook, title)
    sheet: Any = workbook.create_sheet(word("allergy_sheet", language))
    _widths(sheet, _ALLERGY_WIDTHS)
    sheet.append([_bold(sheet, title, size=14)])
    sheet.append([_bold(sheet, word("allergy_warning", language))])
    sheet.append([])
    rows = [
        (meal.day, _time_text(meal, language), meal.title, entry.name,
         need_label(entry.need, language), entry.text)
        for meal in meals
        for entry in meal.allergies
    ]  # fmt: skip
    if not rows:
        sheet.append([text_cell(sheet, word("no_allergies", language))])
    else:
        keys = ("day", "time", "meal", "name", "allergy", "as_written")
        sheet.append([header_cell(sheet, word(key, language)) for key in keys])
        for row in rows:
            sheet.append([value_cell(sheet, value) for value in row])
    write_atomically(path, workbook.save)


def _meal_block(sheet: Any, meal: MealSheet, language: str) -> None:
    sheet.append([_bold(sheet, meal.title, size=12)])
    sheet.append([text_cell(sheet, word("day", language)), _day_cell(sheet, meal.day)])
    sheet.append(
        [text_cell(sheet, word("time", language)), text_cell(sheet, _time_text(meal, language))]
    )
    sheet.append([text_cell(sheet, word("venue", language)), text_cell(sheet, meal.venue)])
    sheet.append([_bold(sheet, word("guests", language)), _bold(sheet, meal.guests)])
    sheet.append([text_cell(sheet, word("standard", language)), meal.standard])
    if not meal.needs:
        sheet.append([text_cell(sheet, word("no_needs", language))])
        return
    keys = ("need", "count", "as_written")
    sheet.append([header_cell(sheet, word(key, language)) for key in keys])
    for need, count in meal.needs:
        notes = "; ".join(text for noted, text in meal.requests if noted is need)
        row = [text_cell(sheet, need_label(need, language)), count]
        if need in NOTED_NEEDS and notes:
            row.append(text_cell(sheet, notes))
        sheet.append(row)


def _time_text(meal: MealSheet, language: str) -> str:
    if meal.start is not None and meal.end is not None:
        return f"{meal.start:%H:%M}–{meal.end:%H:%M}"
    if meal.start is not None:
        return word("from", language, time=f"{meal.start:%H:%M}")
    if meal.end is not None:
        return word("until", language, time=f"{meal.end:%H:%M}")
    return ""


def _day_cell(sheet: Any, day: dt.date) -> Any:
    cell = value_cell(sheet, day)
    cell.font = Font(bold=True)
    return cell


def _bold(sheet: Any, value: str | int, size: int | None = None) -> Any:
    cell = text_cell(sheet, value) if isinstance(value, str) else value
    if cell is None or isinstance(cell, str | int):
        cell = WriteOnlyCell(sheet, value=cell)
    cell.font = Font(bold=True, size=size)
    return cell


def _widths(sheet: Any, widths: Sequence[int]) -> None:
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width


def _properties(workbook: Any, title: str) -> None:
    workbook.properties.title = title
    workbook.properties.subject = "Catering"
    workbook.properties.creator = _CREATOR
