"""A guide's absences in one cell: written with their hours, read back in hand-written forms."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator.excel.absence_text import AbsenceEntry, absence_text, parse_absences
from coordinator.excel.cell_parsing import CellValueError

DAY, NEXT = dt.date(2021, 8, 27), dt.date(2021, 8, 28)
AFTERNOON = AbsenceEntry(DAY, dt.time(14), dt.time(18))


def test_written_with_hours_and_read_back() -> None:
    absences = (AFTERNOON, AbsenceEntry(NEXT))
    text = absence_text(absences)
    assert text == "27.08.2021 14:00–18:00; 28.08.2021"
    assert parse_absences(text) == absences


@pytest.mark.parametrize(
    "text",
    [
        "27.08.2021 14:00-18:00",
        "2021-08-27 14.00 - 18.00",
        "27/08/2021 14:00 to 18:00",
        "27.08.2021 saat 14:00 ile 18:00",
        "27.08.2021, 14:00–18:00",
        "27.08.2021\n14:00-18:00",
    ],
)
def test_hand_written_hours(text: str) -> None:
    assert parse_absences(text) == (AFTERNOON,)


def test_whole_days_as_cells_and_lists() -> None:
    assert parse_absences(dt.datetime(2021, 8, 27)) == (AbsenceEntry(DAY),)
    assert parse_absences("28.08.2021, 27.08.2021; 28.08.2021") == (
        AbsenceEntry(DAY), AbsenceEntry(NEXT))  # fmt: skip
    assert parse_absences(None) == parse_absences("") == ()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("someday", "is not a day of absence"),
        ("14:00-18:00", "gives hours without a day"),
        ("27.08.2021 18:00-14:00", "must be after the start"),
        ("27.08.2021 25:00-26:00", "is not a time of day"),
        ("31.02.2021 14:00-18:00", "is not a day of absence"),
    ],
)
def test_bad_entries_are_refused(text: str, words: str) -> None:
    with pytest.raises(CellValueError, match=words):
        parse_absences(text)
