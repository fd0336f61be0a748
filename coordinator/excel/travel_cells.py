"""Travel out of roster cells: flight numbers, dates and times, alone or in one cell.

Offices write an arrival in many ways: a date column and a time column, a
date and time in one cell, or the flight with its date and time
(``TK351 24.08 14:35``, ``TK 351 / 24.08.2021 14:35``, ``PC 1234 14:35``). Each
cell is parsed into a :class:`TravelCell` (what it says: number, day, time);
:func:`settle_direction` then puts the cells of one direction together: the
day from the date column first, the time from the time column first, and a
flight number makes the way of travel a flight unless a column says otherwise.
A date without a time stays a date (its time is not known, never midnight).
Nothing is guessed: a day and month without a year, or a time without a day,
is a problem of its cell unless another cell of the row gives the date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from coordinator.domain.messages import said, said_of
from coordinator.domain.text import fold_spaces
from coordinator.domain.travel import FLIGHT_NUMBER, flight_number, travel_mode, travel_place
from coordinator.excel.cell_parsing import (
    EPOCH_1900,
    CellValue,
    CellValueError,
    cell_text,
    line_text,
    parse_datetime,
)
from coordinator.excel.roster_fields import RosterField

_LEADING_NUMBER = re.compile(r"^(" + FLIGHT_NUMBER + r")(?![0-9A-Za-z])\s*[,;/|-]?\s*(.*)$")
_WHEN = re.compile(
    r"^(?P<date>[0-9][0-9./-]*[0-9.])?\s*[,;/|-]?\s*"
    r"(?P<time>[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$"
)
_DAY_MONTH = re.compile(r"^([0-9]{1,2})\.([0-9]{1,2})\.?$")
_TIME_ONLY = re.compile(r"^([0-9]{1,2})[:.h]([0-9]{2})(?:[:.]([0-9]{2}))?$")
_TIME_IN_TEXT = re.compile(r"[ T][0-9]{1,2}[:.][0-9]{2}")
_HINT = said("write it as TK 351 24.08.2021 14:35, or the date and time alone")
_EXCEL_DAY_ZERO = 1900


@dataclass(frozen=True, slots=True)
class TravelCell:
    """What one cell says of an arrival or a departure; any part may be missing.

    ``day_month`` is a day and month written without a year (``24.08``), which
    needs the date of another cell of the row.
    """

    number: str = ""
    day: dt.date | None = None
    day_month: tuple[int, int] | None = None
    time: dt.time | None = None


def parse_moment_cell(value: CellValue, epoch: dt.datetime = EPOCH_1900) -> TravelCell | None:
    """Read an arrival or departure date column: a date, a date and time, or a flight with them.

    A date cell at midnight is a date without a time; a time typed as text
    (``24.08.2021 00:00``) is a time, midnight included.

    Raises:
        CellValueError: the cell is neither a date nor a flight with its date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.time):
        return TravelCell(time=value.replace(tzinfo=None))
    if not isinstance(value, str):
        return _from_moment(parse_datetime(value, epoch), timed=None)
    text = fold_spaces(value)
    try:
        moment = parse_datetime(text, epoch)
    except CellValueError:
        if _LEADING_NUMBER.match(text) or _DAY_MONTH.match(text):
            return _from_text(text)
        raise
    return _from_moment(moment, timed=_TIME_IN_TEXT.search(text) is not None)


def parse_time_cell(  # noqa: PLR0911 - one return for each kind of cell
    value: CellValue, epoch: dt.datetime = EPOCH_1900
) -> TravelCell | None:
    """Read an arrival or departure time column: a time, or a whole date and time.

    Raises:
        CellValueError: the cell holds no time.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.time):
        return TravelCell(time=value.replace(tzinfo=None))
    if isinstance(value, dt.timedelta) and dt.timedelta() <= value < dt.timedelta(days=1):
        return TravelCell(time=dt.time(value.seconds // 3600, value.seconds // 60 % 60))
    if isinstance(value, dt.datetime) and value.year <= _EXCEL_DAY_ZERO:
        return TravelCell(time=value.time())
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < 1:
        seconds = round(value * 86_400)
        return TravelCell(time=dt.time(min(seconds // 3600, 23), seconds // 60 % 60))
    if isinstance(value, str) and (match := _TIME_ONLY.match(fold_spaces(value))):
        return TravelCell(time=_time(value, *match.groups()))
    return parse_moment_cell(value, epoch)


def parse_number_cell(value: CellValue, epoch: dt.datetime = EPOCH_1900) -> TravelCell | None:
    """Read a flight or train column: the number, possibly followed by the date and time.

    Text that starts with no flight number (a train's name) is kept as typed.

    Raises:
        CellValueError: a flight number is followed by a date or time that is none.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return parse_moment_cell(value, epoch)
    text = line_text(value)
    if not text:
        return None
    if flight_number(text) is not None or not _LEADING_NUMBER.match(text):
        return TravelCell(number=flight_number(text) or text)
    return _from_text(text)


def parse_mode_cell(value: CellValue) -> str | None:
    """Read a way-of-travel column (``Flight``, ``uçak``, ``поезд``) as a TravelMode value.

    Raises:
        CellValueError: the cell names no way of travel known here.
    """
    text = line_text(value)
    if not text:
        return None
    mode = travel_mode(text)
    if mode is None:
        msg = said(
            "{value} is not a way of travel: write flight, train, car or bus", value=f"{text!r}"
        )
        raise CellValueError(msg)
    return mode.value


def parse_place_cell(value: CellValue) -> str:
    """Read an airport or station: a known airport code in capitals, else the name as typed."""
    return travel_place(line_text(value))


def _from_moment(moment: dt.datetime | None, *, timed: bool | None) -> TravelCell | None:
    if moment is None:
        return None
    has_time = moment.time() != dt.time() if timed is None else timed
    return TravelCell(day=moment.date(), time=moment.time() if has_time else None)


def _from_text(text: str) -> TravelCell:
    """Read ``TK351 24.08 14:35`` and its kin: an optional number, then a date and a time."""
    number = ""
    rest = text
    if match := _LEADING_NUMBER.match(text):
        number = flight_number(match[1]) or match[1]
        rest = match[2]
    when = _WHEN.match(rest)
    if when is None or not (number or when["date"] or when["time"]):
        msg = said(
            "{value} is not a flight with its date and time; {hint}", value=f"{text!r}", hint=_HINT
        )
        raise CellValueError(msg)
    cell = TravelCell(number=number)
    if when["time"]:
        cell = TravelCell(number=number, time=_time(text, *when["time"].split(":")))
    date = when["date"]
    if not date:
        return cell
    if day_month := _DAY_MONTH.match(date):
        day, month = int(day_month[1]), int(day_month[2])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            msg = said("{value} has no real date in it; {hint}", value=f"{text!r}", hint=_HINT)
            raise CellValueError(msg)
        return TravelCell(number=number, day_month=(day, month), time=cell.time)
    try:
        moment = parse_datetime(date)
    except CellValueError as error:
        msg = said("{value}: {reason}", value=f"{text!r}", reason=said_of(error))
        raise CellValueError(msg) from None
    return TravelCell(number=number, day=moment.date() if moment else None, time=cell.time)


def _time(text: str, hour: str, minute: str, second: str | None = None) -> dt.time:
    try:
        return dt.time(int(hour), int(minute), int(second or 0))
    except ValueError:
        msg = said("{value} is not a time of day; {hint}", value=f"{cell_text(text)!r}", hint=_HINT)
        raise CellValueError(msg) from None


@dataclass(frozen=True, slots=True)
class SettledDirection:
    """One direction of a row put together: its fields, and each cell's problem.

    ``values`` holds participant fields by name (``arrival``,
    ``arrival_time_known``, ``arrival_number``, ``arrival_mode``); ``problems``
    pairs the roster field (by value) of a cell with what is wrong with it.
    """

    values: dict[str, object]
    problems: tuple[tuple[str, str], ...]


def settle_direction(
    direction: str,
    moment: TravelCell | None,
    time: TravelCell | None,
    number: TravelCell | None,
    *,
    mode_given: bool,
    around: dt.date | None = None,
) -> SettledDirection:
    """Put the date, time and number cells of ``direction`` (``arrival``, ``departure``) together.

    The day comes from the date column, else the number's cell, else the
    time's; the time from the time column, else the number's cell, else the
    date column. A day and month without a year take the year of the day
    another cell gives when they agree, else the year that puts them nearest
    ``around`` (the visit's first day); without either they are a problem.
    """
    cells = {
        direction: moment,
        f"{direction}_number": number,
        f"{direction}_time": time,
    }
    present = {name: cell for name, cell in cells.items() if cell is not None}
    values: dict[str, object] = {}
    problems: list[tuple[str, str]] = []
    if number is not None and number.number:
        values[f"{direction}_number"] = number.number
        if not mode_given and flight_number(number.number) is not None:
            values[f"{direction}_mode"] = "flight"
    day = next((cell.day for cell in present.values() if cell.day is not None), None)
    partial = next((c.day_month for c in present.values() if c.day_month is not None), None)
    if day is None and partial is not None and around is not None:
        day = _nearest(partial, around)
    for name, cell in present.items():
        if cell.day_month is None:
            continue
        if day is None or (day.day, day.month) != cell.day_month:
            day_text = f"{cell.day_month[0]:02d}.{cell.day_month[1]:02d}"
            problems.append(
                (
                    name,
                    said(
                        "{day} has no year: write it with its year or fill the date", day=day_text
                    ),
                )
            )
    order = (f"{direction}_time", f"{direction}_number", direction)
    clock = next((present[n].time for n in order if n in present and present[n].time), None)
    if day is None:
        where = next((n for n in order if n in present and present[n].time is not None), None)
        if clock is not None and where not in {name for name, _ in problems}:
            lone = said("{time} is a time without a date", time=f"{clock:%H:%M}")
            problems.append((where or direction, lone))
        return SettledDirection(values, tuple(problems))
    values[direction] = dt.datetime.combine(day, clock or dt.time())
    values[f"{direction}_time_known"] = clock is not None
    return SettledDirection(values, tuple(problems))


def _nearest(day_month: tuple[int, int], around: dt.date) -> dt.date | None:
    """Return the day and month in the year before, of or after ``around`` nearest it."""
    days = []
    for year in (around.year - 1, around.year, around.year + 1):
        try:
            days.append(dt.date(year, day_month[1], day_month[0]))
        except ValueError:
            continue
    return min(days, key=lambda day: abs(day - around), default=None)


def _mode(value: CellValue, _epoch: dt.datetime) -> str | None:
    return parse_mode_cell(value)


def _place(value: CellValue, _epoch: dt.datetime) -> str:
    return parse_place_cell(value)


def _text(value: CellValue, _epoch: dt.datetime) -> str:
    return cell_text(value)


TRAVEL_PARSERS: dict[RosterField, Callable[[CellValue, dt.datetime], object]] = {
    RosterField.ARRIVAL_TIME: parse_time_cell,
    RosterField.ARRIVAL_MODE: _mode,
    RosterField.ARRIVAL_NUMBER: parse_number_cell,
    RosterField.ARRIVAL_FROM: _text,
    RosterField.ARRIVAL_PLACE: _place,
    RosterField.ARRIVAL_TERMINAL: _text,
    RosterField.DEPARTURE_TIME: parse_time_cell,
    RosterField.DEPARTURE_MODE: _mode,
    RosterField.DEPARTURE_NUMBER: parse_number_cell,
    RosterField.DEPARTURE_TO: _text,
    RosterField.DEPARTURE_PLACE: _place,
    RosterField.DEPARTURE_TERMINAL: _text,
}
"""How each travel column but the two dates is read (the dates: :func:`parse_moment_cell`)."""
_DIRECTIONS = ("arrival", "departure")
TRAVEL_CELLS = frozenset(
    f"{direction}{part}" for direction in _DIRECTIONS for part in ("", "_time", "_number")
)
"""The columns (by field value) whose cells :func:`settle_travel` puts together."""


def settle_travel(fields: dict[str, Any], around: dt.date | None = None) -> list[tuple[str, str]]:
    """Replace the travel cells among a row's parsed ``fields`` by participant fields.

    ``around`` gives a day and month without a year the year nearest it.

    Returns each problem as the field (by value) of its cell and a sentence.
    """
    problems: list[tuple[str, str]] = []
    for direction in _DIRECTIONS:
        names = (direction, f"{direction}_time", f"{direction}_number")
        cells = [fields.pop(name, None) for name in names]
        if all(cell is None for cell in cells):
            continue
        moment, time, number = (cell if isinstance(cell, TravelCell) else None for cell in cells)
        settled = settle_direction(
            direction, moment, time, number, mode_given=f"{direction}_mode" in fields, around=around
        )
        fields.update(settled.values)
        problems += settled.problems
    return problems
