"""A guide's absences as one cell: ``27.08.2021 14:00–18:00; 28.08.2021``.

Each entry is a day, written as the reader accepts dates (``27.08.2021``,
``2021-08-27``, ``27/08/2021``), optionally followed by hours
(``14:00–18:00``, ``14.00 - 18.00``, ``14:00 to 18:00``); a day alone means
the whole day. Entries are separated by ``;``, ``,`` or a new line; hours
after a separator belong to the day before them (``27.08.2021, 14:00-18:00``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from coordinator.domain.messages import said
from coordinator.domain.wording import time_range
from coordinator.excel.cell_parsing import (
    EPOCH_1900,
    CellValue,
    CellValueError,
    line_text,
    parse_date,
)

_SPLIT = re.compile(r"\s*[;,\n]\s*")
_CLOCK = r"\d{1,2}[:.]\d{2}"
_HOURS = re.compile(
    rf"(?:^|\s+)(?:saat\s+)?({_CLOCK})\s*(?:-|–|—|to|until|ile|ila)\s*({_CLOCK})$", re.IGNORECASE
)
_HINT = said("write it as 27.08.2021 or 27.08.2021 14:00–18:00")


@dataclass(frozen=True, slots=True)
class AbsenceEntry:
    """A day a guide is away, or only its hours from ``start`` to ``end``."""

    day: dt.date
    start: dt.time | None = None
    end: dt.time | None = None


def absence_text(absences: Sequence[AbsenceEntry]) -> str:
    """Return the cell listing ``absences``: ``27.08.2021 14:00–18:00; 28.08.2021``."""
    return "; ".join(
        f"{item.day:%d.%m.%Y} {time_range(item.start, item.end)}".strip() for item in absences
    )


def parse_absences(value: CellValue, epoch: dt.datetime = EPOCH_1900) -> tuple[AbsenceEntry, ...]:
    """Return the absences a cell lists, sorted, each once.

    Raises:
        CellValueError: an entry is not a day, or its hours are not a time range.
    """
    if isinstance(value, dt.date | int | float) and not isinstance(value, bool):
        day = parse_date(value, epoch)
        return () if day is None else (AbsenceEntry(day),)
    found: list[AbsenceEntry] = []
    text = value.strip() if isinstance(value, str) else line_text(value)
    for part in _SPLIT.split(text):
        if not part:
            continue
        entry, hours_only = _entry(part, found[-1].day if found else None, epoch)
        if hours_only and found[-1].start is None:
            found[-1] = entry
        else:
            found.append(entry)
    return tuple(sorted(set(found), key=lambda item: (item.day, item.start or dt.time())))


def _entry(text: str, day_before: dt.date | None, epoch: dt.datetime) -> tuple[AbsenceEntry, bool]:
    """Return the absence ``text`` gives and whether it gave hours alone (the day before's)."""
    match = _HOURS.search(text)
    rest = text[: match.start()].strip() if match else text
    if match is None:
        return AbsenceEntry(_day(rest, epoch)), False
    start, end = _clock(match.group(1), text), _clock(match.group(2), text)
    if end <= start:
        msg = said(
            "{value}: the end ({end}) must be after the start ({start})",
            value=f"{text!r}",
            end=f"{end:%H:%M}",
            start=f"{start:%H:%M}",
        )
        raise CellValueError(msg)
    if rest:
        return AbsenceEntry(_day(rest, epoch), start, end), False
    if day_before is None:
        msg = said("{value} gives hours without a day; {hint}", value=f"{text!r}", hint=_HINT)
        raise CellValueError(msg)
    return AbsenceEntry(day_before, start, end), True


def _day(text: str, epoch: dt.datetime = EPOCH_1900) -> dt.date:
    try:
        day = parse_date(text, epoch)
    except CellValueError:
        day = None
    if day is None:
        msg = said("{value} is not a day of absence; {hint}", value=f"{text!r}", hint=_HINT)
        raise CellValueError(msg)
    return day


def _clock(text: str, entry: str) -> dt.time:
    hour, minute = (int(part) for part in re.split(r"[:.]", text))
    if hour < 24 and minute < 60:
        return dt.time(hour, minute)
    msg = said(
        "{entry}: {value} is not a time of day; {hint}", entry=f"{entry!r}", value=text, hint=_HINT
    )
    raise CellValueError(msg)
