"""The program list read as columns says what each program's own record says."""

from __future__ import annotations

import datetime as dt

from coordinator.services.demo import load_demo
from coordinator.services.itinerary import ItineraryService
from coordinator.services.programs import ProgramService
from coordinator.services.records import ActivityInput, ParticipantInput, ProgramInput
from coordinator.services.roster import RosterService
from coordinator.store import Database


def test_the_list_matches_each_program_read_alone(database: Database) -> None:
    load_demo(database)
    programs = ProgramService(database)
    programs.create(
        ProgramInput(
            code="ANKARA-2026", title="Ankara Study Visit", first_day=dt.date(2026, 5, 4),
            last_day=dt.date(2026, 5, 8), city="Ankara", country="Türkiye",
            organizer="Union of Turkish World Municipalities",
            partners=("Çankaya Municipality", "Keçiören Municipality"), languages=("tr", "kk"),
        )
    )  # fmt: skip
    programs.create(
        ProgramInput(
            code="EMPTY", title="Nobody yet", first_day=dt.date(2026, 5, 4),
            last_day=dt.date(2026, 5, 4),
        )
    )  # fmt: skip
    RosterService(database).add("ANKARA-2026", ParticipantInput(name="Zeynep Işık"))
    ItineraryService(database).add_activity(
        "ANKARA-2026",
        ActivityInput(dt.date(2026, 5, 5), dt.time(10), dt.time(11), "meeting", "Welcome"),
    )
    listed = programs.list_programs()
    assert [record.code for record in listed] == ["ANKARA-2026", "EMPTY", "TURKISTAN-2021"]
    assert listed == [programs.get(record.code) for record in listed]
    ankara = listed[0]
    assert (ankara.participant_count, ankara.activity_count) == (1, 1)
    assert ankara.partners == ("Çankaya Municipality", "Keçiören Municipality")
    assert ankara.organizer == "Union of Turkish World Municipalities"
    assert (listed[1].participant_count, listed[1].activity_count, listed[1].organizer) == (
        0,
        0,
        "",
    )
    assert listed[2].participant_count == 8
