"""Transfers of a program: add, edit with before=, remove and put back; plan and accept."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from coordinator.domain.programs import Participant
from coordinator.services.demo import DEMO_PROGRAM_CODE
from coordinator.services.errors import ChangedSinceError, InvalidInputError
from coordinator.services.guides import GuideService
from coordinator.services.records import GuideInput
from coordinator.services.roster import RosterService
from coordinator.services.transfer_planning import TransferPlanningService
from coordinator.services.transfer_records import MovementInput, VehicleInput
from coordinator.services.transfers import TransferService
from coordinator.store import Database
from tests.stores import AddDemo

CODE = DEMO_PROGRAM_CODE
DAY = dt.date(2021, 8, 24)


@pytest.fixture
def demo(database: Database, add_demo: AddDemo) -> dict[str, int]:
    """The demo program with two vehicles and a driver; returns their ids by name."""
    add_demo(database)
    from coordinator.services.vehicles import VehicleService

    vehicles = VehicleService(database)
    minibus = vehicles.add_vehicle(VehicleInput("34 ABC 123", 16, "minibus"))
    car = vehicles.add_vehicle(VehicleInput("34 XY 9", 4, "car"))
    driver = GuideService(database).add_guide(
        GuideInput("Mehmet Yılmaz", roles=("driver",), phone="+90 532 111 22 33")
    )
    return {"minibus": minibus.id, "car": car.id, "driver": driver.id}


def pickup(**fields: object) -> MovementInput:
    values: dict[str, object] = {
        "day": DAY, "start_time": dt.time(14, 30), "end_time": dt.time(15, 30),
        "from_place": "IST", "to_place": "Hotel", "kind": "pickup",
    }  # fmt: skip
    return MovementInput(**(values | fields))  # type: ignore[arg-type]


def test_add_list_and_whole_delegation(database: Database, demo: dict[str, int]) -> None:
    service = TransferService(database)
    added = service.add(CODE, pickup(vehicles=(demo["minibus"],), driver_id=demo["driver"]))
    assert (added.driver, added.driver_phone) == ("Mehmet Yılmaz", "+90 532 111 22 33")
    assert [vehicle.plate for vehicle in added.vehicles] == ["34 ABC 123"]
    assert added.whole_delegation
    assert added.seats == 8
    assert len(added.passenger_names) == 8
    assert service.list_movements(CODE) == [added]
    assert service.list_movements(CODE, DAY + dt.timedelta(days=1)) == []


def test_a_venue_names_the_place(database: Database, demo: dict[str, int]) -> None:
    data = MovementInput(
        DAY, dt.time(9), kind="ride", from_place="Hotel", to_venue="tebessum coffeehouse"
    )
    added = TransferService(database).add(CODE, data)
    assert (added.to_place, added.to_venue) == ("Tebessüm Coffeehouse", "Tebessüm Coffeehouse")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"kind": "flight"}, "kind"),
        ({"end_time": dt.time(14)}, "end_time"),
        ({"day": dt.date(2021, 9, 5)}, "day"),
        ({"from_place": ""}, "from_place"),
        ({"to_venue": "Nowhere Palace"}, "to_venue"),
        ({"vehicles": (999,)}, "vehicles"),
        ({"passengers": (999,)}, "passengers"),
        ({"driver_id": 999}, "driver_id"),
        ({"activity_id": 999}, "activity_id"),
    ],
)
def test_what_is_refused(
    database: Database, demo: dict[str, int], fields: dict[str, object], field: str
) -> None:
    with pytest.raises(InvalidInputError) as refused:
        TransferService(database).add(CODE, pickup(**fields))
    assert refused.value.field == field
    assert TransferService(database).list_movements(CODE) == []


def test_a_guide_who_does_not_drive_is_no_driver(database: Database, demo: dict[str, int]) -> None:
    guide = GuideService(database).add_guide(GuideInput("Ayşe Rehber", roles=("guide",)))
    with pytest.raises(InvalidInputError, match="not a driver"):
        TransferService(database).add(CODE, pickup(driver_id=guide.id))


def test_an_edit_merges_fields_and_parts(database: Database, demo: dict[str, int]) -> None:
    service = TransferService(database)
    record = service.add(CODE, pickup(vehicles=(demo["minibus"],)))
    before = record.as_input()
    other = dataclasses.replace(before, notes="Sign: TDBB")
    service.update(record.id, other, before=before)
    mine = dataclasses.replace(
        before, start_time=dt.time(14), vehicles=(demo["car"], demo["minibus"])
    )
    updated = service.update(record.id, mine, before=before)
    assert (updated.start_time, updated.notes) == (dt.time(14), "Sign: TDBB")
    assert {vehicle.id for vehicle in updated.vehicles} == {demo["car"], demo["minibus"]}
    late = dataclasses.replace(before, vehicles=())
    with pytest.raises(ChangedSinceError) as refused:
        service.update(record.id, late, before=before)
    assert refused.value.fields == ("vehicles",)
    with pytest.raises(ChangedSinceError):
        service.update(record.id, dataclasses.replace(before, notes="x"), before=before)
    assert service.get(record.id) == updated


def test_undo_and_redo_are_exact(database: Database, demo: dict[str, int]) -> None:
    service = TransferService(database)
    participants = RosterService(database).list_participants(CODE)
    chosen = (participants[0].id, participants[2].id)
    added = service.add(
        CODE, pickup(vehicles=(demo["car"],), driver_id=demo["driver"], passengers=chosen)
    )
    assert added.passenger_names == (participants[0].name, participants[2].name)
    removed = service.remove(added.id)
    assert removed == added
    assert service.list_movements(CODE) == []
    assert service.restore(removed) == added
    with pytest.raises(InvalidInputError):
        service.restore(removed)
    before, after = added.as_input(), dataclasses.replace(added.as_input(), to_place="Grand Hotel")
    service.update(added.id, after, before=before)
    assert service.update(added.id, before, before=after) == added


def _travel(database: Database, times: list[dt.datetime]) -> list[int]:
    """Record flights into IST for the first participants (on the model's own columns)."""
    with database.transaction() as session:
        rows = session.scalars(
            select(Participant).order_by(Participant.position, Participant.id)
        ).all()
        for participant, when in zip(rows, times, strict=False):
            participant.arrival = when
            participant.arrival_mode = "flight"
            participant.arrival_place = "IST"
            participant.arrival_number = "TK 351"
        return [row.id for row in rows[: len(times)]]


def test_plan_accept_and_revert(database: Database, demo: dict[str, int]) -> None:
    ids = _travel(database, [dt.datetime(2021, 8, 24, 10), dt.datetime(2021, 8, 24, 10, 30)])
    planner = TransferPlanningService(database)
    [proposal] = [p for p in planner.plan(CODE) if p.data.kind == "pickup"]
    assert proposal.data.passengers == tuple(sorted(ids))
    assert proposal.data.start_time == dt.time(11, 15)
    assert [vehicle.plate for vehicle in proposal.vehicles] == ["34 XY 9"]
    assert proposal.driver == "Mehmet Yılmaz"
    everything = planner.plan(CODE)
    accepted = planner.accept(CODE, [item.data for item in everything])
    assert len(accepted) == len(everything)
    assert planner.plan(CODE) == []
    planner.revert(accepted)
    assert TransferService(database).list_movements(CODE) == []
    assert planner.plan(CODE) == everything


def test_accepting_is_all_or_nothing(database: Database, demo: dict[str, int]) -> None:
    planner = TransferPlanningService(database)
    with pytest.raises(InvalidInputError):
        planner.accept(CODE, [pickup(), pickup(kind="flight")])
    assert TransferService(database).list_movements(CODE) == []
