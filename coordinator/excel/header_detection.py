"""Finding the header row of a roster and mapping its columns to fields.

Partner offices put a merged title row, a date or a logo above the header, so
the header is the row, among the first rows of every sheet, whose cells name
the most roster fields; it must name the participant (a name column, or first
and last name).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coordinator.excel.cell_parsing import CellValue, line_text
from coordinator.excel.roster_fields import (
    TRAVEL_TWINS,
    RosterField,
    field_for_header,
    header_key,
)

HEADER_SEARCH_ROWS = 30
MAX_COLUMNS = 256
MAX_HEADER_LENGTH = 100


@dataclass(frozen=True, slots=True)
class HeaderMatch:
    """The header row found in a sheet: its number, cells and automatic mapping."""

    sheet: str
    row: int
    headers: tuple[str, ...]
    mapping: dict[RosterField, int]

    @property
    def score(self) -> int:
        """How many fields the header names."""
        return len(self.mapping)


def automatic_mapping(headers: Sequence[str]) -> dict[RosterField, int]:
    """Map each field to the first column whose header names it.

    ``Name`` beside ``Surname`` is the given name, not the full name; a
    second column naming an arrival's field (``Рейс``, ``Terminal``) is the
    departure's.
    """
    mapping: dict[RosterField, int] = {}
    for index, header in enumerate(headers):
        found = field_for_header(header)
        twin = TRAVEL_TWINS.get(found) if found is not None else None
        if found in mapping and twin is not None and twin not in mapping:
            found = twin  # a second Рейс column: the departure's
        if found is not None and found not in mapping:
            mapping[found] = index
    if (
        RosterField.LAST_NAME in mapping
        and RosterField.NAME in mapping
        and RosterField.FIRST_NAME not in mapping
    ):
        mapping[RosterField.FIRST_NAME] = mapping.pop(RosterField.NAME)
    return mapping


def names_a_person(mapping: dict[RosterField, int]) -> bool:
    """Tell whether ``mapping`` has the columns a participant's name comes from."""
    return RosterField.NAME in mapping or (
        RosterField.FIRST_NAME in mapping and RosterField.LAST_NAME in mapping
    )


def header_cells(values: Iterable[CellValue]) -> tuple[str, ...]:
    """Return a row's cells as header text, without the empty cells at its end.

    Text longer than any header (a paragraph, or a megabyte planted to slow
    readers down) is no header and is not looked at.
    """
    cells = [
        line_text(value) if isinstance(value, str) and len(value) <= MAX_HEADER_LENGTH else ""
        for value in values
    ]
    while cells and not cells[-1]:
        cells.pop()
    return tuple(cells[:MAX_COLUMNS])


def best_header(sheet: str, rows: Iterable[Sequence[CellValue]]) -> HeaderMatch | None:
    """Return the row among ``rows`` (the first ones of ``sheet``) that is the best header."""
    best: HeaderMatch | None = None
    for number, values in enumerate(rows, start=1):
        headers = header_cells(values)
        if not headers:
            continue
        mapping = automatic_mapping(headers)
        if not names_a_person(mapping):
            continue
        if best is None or len(mapping) > best.score:
            best = HeaderMatch(sheet, number, headers, mapping)
    return best


def choose_header(matches: Iterable[HeaderMatch | None]) -> HeaderMatch | None:
    """Return the match naming the most fields; the first sheet wins a tie."""
    best: HeaderMatch | None = None
    for match in matches:
        if match is not None and (best is None or match.score > best.score):
            best = match
    return best


def layout_key(headers: Sequence[str]) -> str:
    """Return a short key of a header layout: the same headers give the same key."""
    joined = "\x1f".join(header_key(header) for header in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]
