"""The Arrivals board of a program, with movements inserted as the transfers' service would."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator.domain.logistics import Movement, MovementPassenger
from coordinator.services.arrivals import ArrivalsService
from coordinator.services.errors import NotFoundError
from coordinator.services.programs import program_by_code
from coordinator.services.records import ParticipantInput
from coordinator.services.roster import RosterService
from coordinator.store import Database
from tests.services.test_roster_export import create

DAY = dt.date(2021, 8, 24)


def movement(
    database: Database, kind: str, start: dt.time, frm: str, to: str, *passengers: int
) -> int:
    with database.transaction() as session:
        program = program_by_code(session, "KZ")
        row = Movement(
            program_id=program.id, day=DAY, start_time=start, kind=kind, from_place=frm,
            to_place=to,
        )  # fmt: skip
        session.add(row)
        session.flush()
        session.add_all(MovementPassenger(movement_id=row.id, participant_id=p) for p in passengers)
        return row.id


def test_the_board_by_day_with_the_transfers_that_meet_each_one(database: Database) -> None:
    create(database, "KZ")
    roster = RosterService(database)
    tasov = roster.add("KZ", ParticipantInput(
        name="Zhandos Tasov", arrival=dt.datetime(2021, 8, 24, 14, 35), arrival_mode="flight",
        arrival_number="TK 351", arrival_place="IST", arrival_from="Turkistan",
        departure=dt.datetime(2021, 8, 29, 18, 0), departure_place="IST",
    ))  # fmt: skip
    bekova = roster.add("KZ", ParticipantInput(
        name="Aliya Bekova", arrival=dt.datetime(2021, 8, 24), arrival_time_known=False,
        arrival_place="SAW",
    ))  # fmt: skip
    roster.add("KZ", ParticipantInput(name="Marat Seitov"))  # no travel: not on the board
    whole = movement(database, "pickup", dt.time(15, 20), "IST", "Hotel")
    listed = movement(database, "pickup", dt.time(11, 0), "SAW", "Hotel", bekova.id)
    movement(database, "ride", dt.time(15, 0), "IST", "Hotel")
    movement(database, "pickup", dt.time(15, 0), "SAW", "Hotel", tasov.id)  # the other airport
    board = ArrivalsService(database).board("KZ")
    summary = [
        (e.day, e.time, e.journey.name, e.journey.direction, e.transfer and e.transfer.id)
        for e in board
    ]
    assert summary == [
        (DAY, dt.time(14, 35), "Zhandos Tasov", "arrival", whole),
        (DAY, None, "Aliya Bekova", "arrival", listed),
        (dt.date(2021, 8, 29), dt.time(18, 0), "Zhandos Tasov", "departure", None),
    ]
    first = board[0]
    assert (first.journey.number, first.carrier, first.journey.other_end) == (
        "TK 351", "TK", "Turkistan",
    )  # fmt: skip


def test_an_unknown_program_is_refused(database: Database) -> None:
    with pytest.raises(NotFoundError):
        ArrivalsService(database).board("NOPE")
