"""The Conflicts list of a program holds its logistics findings too, read from the database."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from coordinator.domain.conflicts import ConflictKind
from coordinator.services.arrivals import ArrivalsService
from coordinator.services.conflicts import ConflictService
from coordinator.services.demo import DEMO_PROGRAM_CODE as CODE
from coordinator.services.demo import load_demo
from coordinator.services.guides import GuideService
from coordinator.services.records import GuideInput, ParticipantInput
from coordinator.services.roster import RosterService
from coordinator.services.stay_records import StayInput
from coordinator.services.stays import StayService
from coordinator.services.transfer_planning import TransferPlanningService
from coordinator.services.transfer_records import MovementInput, VehicleInput
from coordinator.services.transfers import TransferService
from coordinator.services.vehicles import VehicleService
from coordinator.store import Database

FIRST = dt.date(2021, 8, 25)


@pytest.fixture
def demo(database: Database) -> Database:
    load_demo(database)
    return database


def _kinds(database: Database) -> dict[str, list]:
    found: dict[str, list] = {}
    for finding in ConflictService(database).list_conflicts(CODE):
        found.setdefault(finding.kind.value, []).append(finding)
    return found


def test_vehicle_and_seat_findings_join_the_programs_conflicts(demo: Database) -> None:
    car = VehicleService(demo).add_vehicle(VehicleInput("34 XY 9", seats=3))
    transfers = TransferService(demo)
    for start, end in (("08:00", "09:00"), ("08:30", "09:30")):
        transfers.add(CODE, MovementInput(FIRST, dt.time.fromisoformat(start),
                                          dt.time.fromisoformat(end), from_place="Hotel",
                                          to_place="Üsküdar", vehicles=(car.id,)))  # fmt: skip
    found = _kinds(demo)
    (vehicle,) = found[ConflictKind.VEHICLE]
    assert vehicle.vehicles == ("34 XY 9",)
    assert len(found[ConflictKind.CAPACITY]) == 2  # eight delegates, three seats, twice
    assert ConflictKind.ROOM not in found  # the program records no room at all


def test_an_activity_before_a_delegate_lands(demo: Database) -> None:
    roster = RosterService(demo)
    first = roster.list_participants(CODE)[0]
    landing = dt.datetime(2021, 8, 25, 11, 0)
    roster.update(first.id, dataclasses.replace(first.as_input(), arrival=landing),
                  first.as_input())  # fmt: skip
    arrivals = _kinds(demo)[ConflictKind.ARRIVAL]
    assert {finding.people for finding in arrivals} == {(first.name,)}
    assert all(finding.detail == "before_arrival" for finding in arrivals)
    assert any(finding.start == dt.time(10, 0) for finding in arrivals)


def test_rooms_are_checked_once_a_stay_is_recorded(demo: Database) -> None:
    first = RosterService(demo).list_participants(CODE)[0]
    StayService(demo).set_stay(first.id, StayInput(hotel="Hotel Üsküdar", room_type="single"))
    rooms = _kinds(demo)[ConflictKind.ROOM]
    assert rooms
    assert all(finding.detail == "no_room" for finding in rooms)
    assert all(first.name not in finding.people for finding in rooms)


def test_accepted_plans_meet_every_arrival_without_a_full_vehicle_or_a_driver_twice(
    demo: Database,
) -> None:
    """Plan a small summit, accept it all: the conflict rules find nothing wrong with it."""
    roster, vehicles = RosterService(demo), VehicleService(demo)
    airports = ("IST", "SAW")
    for number in range(24):
        landing = dt.datetime(2021, 8, 24, 8 + number % 10, 15 * (number % 4))
        roster.add(CODE, ParticipantInput(
            name=f"Delegate Number{number} Summitova", arrival=landing, arrival_mode="flight",
            arrival_place=airports[number % 2],
            departure=dt.datetime(2021, 8, 29, 20, 0), departure_mode="flight",
            departure_place="IST",
        ))  # fmt: skip
    for number, seats in enumerate((4, 8, 14, 14, 27, 4)):
        vehicles.add_vehicle(VehicleInput(f"34 PLN {number}", seats=seats))
    guides = GuideService(demo)
    for number in range(4):
        guides.add_guide(GuideInput(name=f"Driver Number{number} Sürücü", roles=("driver",)))
    planner = TransferPlanningService(demo)
    proposals = planner.plan(CODE)
    planner.accept(CODE, [item.as_input() for item in proposals])
    found = _kinds(demo)
    assert ConflictKind.VEHICLE not in found
    assert ConflictKind.CAPACITY not in found
    assert not [item for item in found.get(ConflictKind.OVERLAP, []) if item.movement_ids]
    pickups = [item for item in found.get(ConflictKind.ARRIVAL, [])
               if item.detail == "pickup_early"]  # fmt: skip
    assert pickups == []
    board = ArrivalsService(demo).board(CODE)
    timed = [entry for entry in board
             if entry.journey.direction == "arrival" and entry.time is not None]  # fmt: skip
    assert len(timed) >= 24
    assert all(entry.transfer is not None for entry in timed)
