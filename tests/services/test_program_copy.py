"""A program copied as the start of next year's visit: fields and itinerary, new days."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from coordinator.services.demo import load_demo
from coordinator.services.errors import InvalidInputError
from coordinator.services.itinerary import ItineraryService
from coordinator.services.program_copy import ProgramCopyService, next_year
from coordinator.services.programs import ProgramService
from coordinator.services.roster import RosterService
from coordinator.store import Database


@pytest.fixture
def copies(database: Database) -> ProgramCopyService:
    return ProgramCopyService(database)


def test_next_year_moves_the_year_on_or_adds_it() -> None:
    assert next_year("KZ-TURKISTAN-2021", 2021) == "KZ-TURKISTAN-2022"
    assert next_year("VISIT", 2021) == "VISIT-2022"
    assert next_year("Program of 2019", 2021) == "Program of 2020"


def test_the_default_copy_keeps_the_weekdays_a_year_later(
    database: Database, copies: ProgramCopyService
) -> None:
    demo = load_demo(database)
    request = copies.default_copy(demo.code)
    assert request.first_day == demo.first_day + dt.timedelta(days=364)
    assert request.first_day.weekday() == demo.first_day.weekday()
    assert request.code != demo.code
    assert str(demo.first_day.year + 1) in request.code


def test_duplicate_copies_fields_and_itinerary_moved_without_roster_or_guides(
    database: Database, copies: ProgramCopyService
) -> None:
    demo = load_demo(database)
    request = copies.default_copy(demo.code)
    copy = copies.duplicate(request)
    shift = request.first_day - demo.first_day
    assert (copy.code, copy.first_day, copy.last_day) == (
        request.code,
        request.first_day,
        demo.last_day + shift,
    )
    assert (copy.city, copy.organizer, copy.partners, copy.languages) == (
        demo.city,
        demo.organizer,
        demo.partners,
        demo.languages,
    )
    assert copy.participant_count == 0
    itinerary = ItineraryService(database)
    old = itinerary.list_activities(demo.code)
    new = itinerary.list_activities(copy.code)
    assert [(a.day + shift, a.start_time, a.title, a.venue) for a in old] == [
        (a.day, a.start_time, a.title, a.venue) for a in new
    ]
    assert [a.hosts for a in old] == [a.hosts for a in new]
    assert any(a.assignments for a in old)
    assert not any(a.assignments for a in new)
    assert ProgramService(database).get(demo.code) == demo  # the original is untouched


def test_duplicate_can_bring_the_roster_without_travel(
    database: Database, copies: ProgramCopyService
) -> None:
    demo = load_demo(database)
    request = dataclasses.replace(copies.default_copy(demo.code), copy_roster=True)
    copy = copies.duplicate(request)
    roster = RosterService(database)
    old = roster.list_participants(demo.code)
    new = roster.list_participants(copy.code)
    assert [(p.name, p.role, p.title) for p in old] == [(p.name, p.role, p.title) for p in new]
    assert all(p.arrival is None and p.room == "" for p in new)


def test_duplicate_refuses_a_code_taken(database: Database, copies: ProgramCopyService) -> None:
    demo = load_demo(database)
    request = dataclasses.replace(copies.default_copy(demo.code), code=demo.code)
    with pytest.raises(InvalidInputError) as refused:
        copies.duplicate(request)
    assert refused.value.field == "code"
