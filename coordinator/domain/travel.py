"""How a participant's travel is written: carrier and number, airport, way of travel.

Rosters write a flight as ``TK351``, ``tk 351`` or ``TK-351``; the application
keeps it one way (``TK 351``) so that lists sort and group it, and the
airports of the region the office works with by their codes in capitals
(``saw`` is ``SAW``). A way of travel typed in English, Turkish or Russian
(``uçak``, ``поезд``) is one of the :class:`TravelMode` values.
"""

from __future__ import annotations

import re

from coordinator.domain.enums import TravelMode
from coordinator.domain.text import fold_spaces, search_key

ARRIVAL_FIELDS = (
    "arrival_time_known",
    "arrival_mode",
    "arrival_number",
    "arrival_from",
    "arrival_place",
    "arrival_terminal",
)
"""The participant's fields of the arrival besides its moment (``arrival``)."""
DEPARTURE_FIELDS = (
    "departure_time_known",
    "departure_mode",
    "departure_number",
    "departure_to",
    "departure_place",
    "departure_terminal",
)
"""The participant's fields of the departure besides its moment (``departure``)."""
TRAVEL_FIELDS = ARRIVAL_FIELDS + DEPARTURE_FIELDS
"""Every travel field of a participant but the two moments."""
TEXT_FIELDS = tuple(name for name in TRAVEL_FIELDS if not name.endswith(("_known", "_mode")))
"""The travel fields typed as free text (trimmed, never refused for their content)."""

# A carrier's two-character IATA code (letters, or a letter and a digit) or
# three-letter ICAO code, then one to four digits and an optional suffix letter.
FLIGHT_NUMBER = r"(?:[A-Za-z]{2,3}|[A-Za-z][0-9]|[0-9][A-Za-z])\s?-?\s?[0-9]{1,4}[A-Za-z]?"
_FLIGHT = re.compile(
    r"^(?P<carrier>[A-Za-z]{2,3}|[A-Za-z][0-9]|[0-9][A-Za-z])\s?-?\s?(?P<digits>[0-9]{1,4}[A-Za-z]?)$"
)
AIRPORT_CODES = frozenset(
    {
        "IST", "SAW", "ESB", "ADB", "AYT", "DLM", "BJV", "TZX", "GZT", "ASR",
        "ALA", "NQZ", "TSE", "CIT", "AKX", "GUW", "SCO", "KGF", "PLX", "URA",
        "FRU", "OSS", "TAS", "SKD", "BHK", "UGC", "NMA", "GYD", "DYU", "ASB",
    }
)  # fmt: skip
"""Airports of Türkiye and Central Asia written by their IATA code (TSE was Astana's)."""

_MODE_WORDS: dict[TravelMode, tuple[str, ...]] = {
    TravelMode.FLIGHT: (
        "flight", "plane", "air", "airplane", "aeroplane", "by air", "uçak", "uçuş", "havayolu",
        "самолёт", "самолет", "авиа", "рейс", "ұшақ",
    ),
    TravelMode.TRAIN: ("train", "rail", "railway", "tren", "demiryolu", "поезд", "ж/д", "пойыз"),
    TravelMode.CAR: (
        "car", "by car", "road", "araba", "araç", "otomobil", "özel araç", "машина", "автомобиль",
        "авто", "көлік",
    ),
    TravelMode.BUS: ("bus", "coach", "otobüs", "автобус"),
}  # fmt: skip
_MODE_BY_KEY = {search_key(word): mode for mode, words in _MODE_WORDS.items() for word in words}


def flight_number(text: str) -> str | None:
    """Return ``text`` as a flight number written one way (``TK 351``), or ``None``.

    ``None`` says the text is no carrier code followed by a number (a train's
    name, a car's plate): the caller keeps such text as it was typed.
    """
    match = _FLIGHT.match(fold_spaces(text))
    if match is None or match["carrier"].isdigit():
        return None
    return f"{match['carrier'].upper()} {match['digits'].upper()}"


def travel_number(text: str) -> str:
    """Return a carrier and number as kept: a flight number written one way, else the text."""
    cleaned = fold_spaces(text)
    return flight_number(cleaned) or cleaned


def travel_place(text: str) -> str:
    """Return an airport or station as kept: a known airport code in capitals, else the text."""
    cleaned = fold_spaces(text)
    return cleaned.upper() if cleaned.upper() in AIRPORT_CODES else cleaned


def travel_mode(text: str) -> TravelMode | None:
    """Return the way of travel a word names (``uçak``, ``train``, ``поезд``), or ``None``."""
    cleaned = fold_spaces(text)
    if not cleaned:
        return None
    try:
        return TravelMode(cleaned.lower())
    except ValueError:
        return _MODE_BY_KEY.get(search_key(cleaned))
