"""The Travel sheet of an exported program workbook: each participant's arrival and departure.

A row per participant with any travel, the name first, then the arrival's
date, time (empty when it is not known: a date alone never shows as 00:00),
way of travel as a word, flight or train, from, airport or station and
terminal, then the departure's. The Participants sheet of the program
workbook then leaves travel out; ``export roster`` keeps its own travel columns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from coordinator.excel import EXPORT_FIELDS, RosterField
from coordinator.excel.cell_parsing import CellValue
from coordinator.excel.program_writer import SheetData
from coordinator.excel.travel_sheet import (
    TRAVEL_COLUMNS,
    TRAVEL_SHEET_NAME,
    mode_word,
    travel_headers,
)
from coordinator.services.records import ParticipantRecord
from coordinator.services.roster_export import roster_row

PEOPLE_FIELDS = tuple(field for field in EXPORT_FIELDS if field not in TRAVEL_COLUMNS)
"""The Participants sheet's columns in a program workbook: the roster's without travel."""
_PEOPLE_INDEXES = tuple(EXPORT_FIELDS.index(field) for field in PEOPLE_FIELDS)


def people_row(participant: ParticipantRecord, language: str = "en") -> tuple[CellValue, ...]:
    """Return a participant's values in :data:`PEOPLE_FIELDS` order, words in ``language``."""
    values = roster_row(participant, language)
    return tuple(values[index] for index in _PEOPLE_INDEXES)


def travel_sheet(
    roster: Sequence[ParticipantRecord], name: str | None = None, language: str = "en"
) -> SheetData:
    """Return the Travel sheet of ``roster``, named and headed in ``language`` (en or tr)."""
    rows = [travel_row(item, language) for item in roster if has_travel(item)]
    sheet = TRAVEL_SHEET_NAME["tr" if language == "tr" else "en"] if name is None else name
    return SheetData(sheet, travel_headers(language), rows)


def has_travel(participant: ParticipantRecord) -> bool:
    """Tell whether anything of the participant's travel is recorded."""
    return any(_value(participant, field, "en") not in (None, "") for field in TRAVEL_COLUMNS)


def travel_row(participant: ParticipantRecord, language: str = "en") -> tuple[CellValue, ...]:
    """Return a participant's name and travel in the Travel sheet's column order."""
    values = [_value(participant, field, language) for field in TRAVEL_COLUMNS]
    return (participant.name, *values)


def _value(participant: ParticipantRecord, field: RosterField, language: str) -> CellValue:
    if field in (RosterField.ARRIVAL, RosterField.DEPARTURE):
        moment: dt.datetime | None = getattr(participant, field.value)
        return None if moment is None else moment.date()
    if field in (RosterField.ARRIVAL_TIME, RosterField.DEPARTURE_TIME):
        direction = field.value.removesuffix("_time")
        moment = getattr(participant, direction)
        known = getattr(participant, f"{direction}_time_known")
        return moment.time() if moment is not None and known else None
    value: str = getattr(participant, field.value)
    if field in (RosterField.ARRIVAL_MODE, RosterField.DEPARTURE_MODE) and value:
        return mode_word(value, language)
    return value
