"""The Travel sheet of a program workbook: a row per participant with travel, in two languages.

The sheet names the participant first, then the arrival's columns (date,
time, by, flight or train, from, airport or station, terminal), then the
departure's. Its headers are roster headers (:mod:`coordinator.excel.roster_fields`
knows ``Geliş tarihi``, ``Uçuş``, ``Havalimanı``…), so the roster reader
reads the sheet; the time is empty when it is not known, and the way of
travel is a word (``Flight``, ``Uçak``), never an internal code.
"""

from __future__ import annotations

from coordinator.domain.enums import TravelMode
from coordinator.excel.header_detection import automatic_mapping, names_a_person
from coordinator.excel.roster_fields import NAME_FIELDS, RosterField, field_label
from coordinator.excel.sheet_kinds import SheetKind

TRAVEL_SHEET_NAME = {"en": "Travel", "tr": "Seyahat"}
"""The name an exported Travel sheet has in each language."""
TRAVEL_SHEET_NAMES: dict[SheetKind, tuple[str, ...]] = {
    SheetKind.TRAVEL: (
        "Travel", "Travels", "Flights", "Arrivals and departures", "Seyahat", "Seyahatler",
        "Uçuşlar", "Geliş ve dönüş", "Поездки", "Перелёты",
    ),
}  # fmt: skip
"""The names that say a sheet holds travel (they break a tie with a Participants sheet)."""

ARRIVAL_COLUMNS = (
    RosterField.ARRIVAL,
    RosterField.ARRIVAL_TIME,
    RosterField.ARRIVAL_MODE,
    RosterField.ARRIVAL_NUMBER,
    RosterField.ARRIVAL_FROM,
    RosterField.ARRIVAL_PLACE,
    RosterField.ARRIVAL_TERMINAL,
)
DEPARTURE_COLUMNS = (
    RosterField.DEPARTURE,
    RosterField.DEPARTURE_TIME,
    RosterField.DEPARTURE_MODE,
    RosterField.DEPARTURE_NUMBER,
    RosterField.DEPARTURE_TO,
    RosterField.DEPARTURE_PLACE,
    RosterField.DEPARTURE_TERMINAL,
)
TRAVEL_COLUMNS = ARRIVAL_COLUMNS + DEPARTURE_COLUMNS
"""The roster fields of travel, as the Travel sheet orders them after the name."""
SHEET_COLUMNS = (RosterField.NAME, *TRAVEL_COLUMNS)
"""The Travel sheet's columns, in order."""

_MODE_WORDS: dict[str, dict[TravelMode, str]] = {
    "en": {TravelMode.FLIGHT: "Flight", TravelMode.TRAIN: "Train", TravelMode.CAR: "Car",
           TravelMode.BUS: "Bus"},
    "tr": {TravelMode.FLIGHT: "Uçak", TravelMode.TRAIN: "Tren", TravelMode.CAR: "Araç",
           TravelMode.BUS: "Otobüs"},
}  # fmt: skip
_TRAVEL_AND_NAMES = frozenset((*NAME_FIELDS, *TRAVEL_COLUMNS))


def travel_headers(language: str = "en") -> tuple[str, ...]:
    """Return the Travel sheet's headers in ``language`` (``en`` or ``tr``)."""
    return tuple(field_label(field, language) for field in SHEET_COLUMNS)


def mode_word(mode: str, language: str = "en") -> str:
    """Return a way of travel as the sheet writes it (``flight`` is ``Flight``, ``Uçak``)."""
    try:
        return _MODE_WORDS["tr" if language == "tr" else "en"][TravelMode(mode)]
    except ValueError:
        return mode


def travel_mapping(mapping: dict[RosterField, int]) -> dict[RosterField, int]:
    """Return the columns of ``mapping`` a Travel sheet reads: the name's and the travel's."""
    return {field: index for field, index in mapping.items() if field in _TRAVEL_AND_NAMES}


def travel_sheet_mapping(headers: tuple[str, ...]) -> dict[RosterField, int] | None:
    """Return the name and travel columns ``headers`` name, or ``None`` if not a Travel sheet.

    A Travel sheet names a person and at least one column of travel.
    """
    mapping = travel_mapping(automatic_mapping(headers))
    if not names_a_person(mapping) or not any(field in mapping for field in TRAVEL_COLUMNS):
        return None
    return mapping
