"""Write the rooming list as a hotel asks for it: one sheet per hotel, one row per room.

Each sheet is titled with the hotel and the program, then a row per room:
room type (as a word), guests (sharers in one cell, the first guest first),
arrival, departure, nights and requests, in the order the rooms come (by
arrival, room type, then the first guest's surname; see
:func:`coordinator.domain.rooming.room_sort_key`), and under them the number
of rooms per type. Stays without a hotel get a sheet of their own, last.

Text that a spreadsheet would take for a formula stays text
(:mod:`coordinator.excel.safe_output`); the file is written whole or not at all.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from coordinator.atomic_files import write_atomically
from coordinator.domain.enums import RoomType
from coordinator.domain.rooming import Room
from coordinator.domain.text import search_key
from coordinator.excel.rooming_labels import room_type_label, word
from coordinator.excel.safe_output import header_cell, text_cell, value_cell

_CREATOR = "Delegation Coordinator"
_WIDTHS = (16, 44, 12, 12, 8, 48)
_HEADERS = ("room_type", "guests", "arrival", "departure", "nights", "requests")
_GUEST_SEPARATOR = " / "
_SHEET_TITLE_LENGTH = 31
_NOT_IN_SHEET_TITLES = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class HotelRooms:
    """One hotel's rooms, in the list's order; ``hotel`` is empty for stays without one."""

    hotel: str
    rooms: tuple[Room, ...]


def guests_text(room: Room) -> str:
    """Return a room's guests as the list writes them: ``Zhandos Tasov / Maksat Tangatarov``."""
    return _GUEST_SEPARATOR.join(room.names)


def write_rooming(path: Path, program: str, hotels: Sequence[HotelRooms], language: str) -> None:
    """Write the rooming list of ``hotels`` to ``path`` atomically.

    Raises:
        OSError: the folder cannot be written; the previous file is untouched.
    """
    workbook = Workbook(write_only=True)
    workbook.properties.title = word("program", language, program=program)
    workbook.properties.subject = "Rooming list"
    workbook.properties.creator = _CREATOR
    titles: set[str] = set()
    if not hotels:
        sheet: Any = workbook.create_sheet(_sheet_title(word("rooms", language), titles))
        sheet.append([text_cell(sheet, word("no_rooms", language))])
    for hotel in hotels:
        name = hotel.hotel or word("no_hotel", language)
        sheet = workbook.create_sheet(_sheet_title(name, titles))
        _hotel_sheet(sheet, program, name, hotel.rooms, language)
    write_atomically(path, workbook.save)


def _hotel_sheet(
    sheet: Any, program: str, hotel: str, rooms: Sequence[Room], language: str
) -> None:
    for index, width in enumerate(_WIDTHS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.append([_bold(sheet, word("title", language, hotel=hotel), 14)])
    sheet.append([text_cell(sheet, word("program", language, program=program))])
    sheet.append([text_cell(sheet, word("order", language))])
    sheet.append([])
    sheet.append([header_cell(sheet, word(key, language)) for key in _HEADERS])
    for room in rooms:
        sheet.append(
            [
                text_cell(sheet, room_type_label(room.room_type, language)),
                text_cell(sheet, guests_text(room)),
                value_cell(sheet, room.arrival),
                value_cell(sheet, room.departure),
                room.nights,
                text_cell(sheet, room.requests),
            ]
        )
    sheet.append([])
    counts = Counter(room.room_type for room in rooms)
    sheet.append([header_cell(sheet, word("room_type", language)),
                  header_cell(sheet, word("rooms", language))])  # fmt: skip
    for room_type in RoomType:
        if counts[room_type.value]:
            label = text_cell(sheet, room_type_label(room_type.value, language))
            sheet.append([label, counts[room_type.value]])
    sheet.append([_bold(sheet, word("total", language)), _bold(sheet, len(rooms))])


def _sheet_title(name: str, taken: set[str]) -> str:
    """Return a sheet title Excel accepts for ``name``: short, without ``[]:*?/``, unique."""
    base = _NOT_IN_SHEET_TITLES.sub(" ", name).strip().strip("'") or "-"
    title = base[:_SHEET_TITLE_LENGTH]
    number = 2
    while search_key(title) in taken:
        suffix = f" ({number})"
        title = base[: _SHEET_TITLE_LENGTH - len(suffix)] + suffix
        number += 1
    taken.add(search_key(title))
    return title


def _bold(sheet: Any, value: str | int, size: int | None = None) -> Any:
    cell = text_cell(sheet, value) if isinstance(value, str) else value
    if cell is None or isinstance(cell, str | int):
        cell = WriteOnlyCell(sheet, value=cell)
    cell.font = Font(bold=True, size=size)
    return cell
