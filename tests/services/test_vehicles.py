"""Vehicles of the directory and the drivers: add, edit with before=, remove and put back."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator.services.demo import DEMO_PROGRAM_CODE
from coordinator.services.errors import ChangedSinceError, InvalidInputError, NotFoundError
from coordinator.services.guides import GuideService
from coordinator.services.records import GuideInput
from coordinator.services.transfer_records import MovementInput, VehicleInput
from coordinator.services.transfers import TransferService
from coordinator.services.vehicles import VehicleService
from coordinator.store import Database
from tests.stores import AddDemo

MINIBUS = VehicleInput("34 ABC 123", 16, "minibus", "Öztürk Turizm", "+90 532 000 00 00")


def test_add_and_list_by_plate(database: Database) -> None:
    service = VehicleService(database)
    service.add_vehicle(VehicleInput("34 XY 9", 4, "car"))
    added = service.add_vehicle(MINIBUS)
    assert added.as_input() == MINIBUS
    assert [vehicle.plate for vehicle in service.list_vehicles()] == ["34 ABC 123", "34 XY 9"]
    assert service.get(added.id) == added


def test_a_second_vehicle_with_the_same_plate_is_refused(database: Database) -> None:
    service = VehicleService(database)
    service.add_vehicle(MINIBUS)
    with pytest.raises(InvalidInputError, match="34 ABC 123") as refused:
        service.add_vehicle(VehicleInput("34abc123", 4))
    assert refused.value.field == "plate"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (VehicleInput(" - ", 4), "plate"),
        (VehicleInput("34 A 1", -1), "seats"),
        (VehicleInput("34 A 1", 1000), "seats"),
        (VehicleInput("34 A 1" * 5, 4), "plate"),
        (VehicleInput("34 A 1", 4, phone="9" * 61), "phone"),
    ],
)
def test_fields_are_checked(database: Database, data: VehicleInput, field: str) -> None:
    with pytest.raises(InvalidInputError) as refused:
        VehicleService(database).add_vehicle(data)
    assert refused.value.field == field


def test_an_edit_writes_only_what_it_changed(database: Database) -> None:
    service = VehicleService(database)
    vehicle = service.add_vehicle(MINIBUS)
    other_window = VehicleInput(**{**MINIBUS.__dict__, "phone": "+90 555"})
    service.update_vehicle(vehicle.id, other_window, before=MINIBUS)
    mine = VehicleInput(**{**MINIBUS.__dict__, "seats": 14})
    updated = service.update_vehicle(vehicle.id, mine, before=MINIBUS)
    assert (updated.seats, updated.phone) == (14, "+90 555")
    clash = VehicleInput(**{**MINIBUS.__dict__, "phone": "+90 111"})
    with pytest.raises(ChangedSinceError):
        service.update_vehicle(vehicle.id, clash, before=MINIBUS)
    assert service.get(vehicle.id).phone == "+90 555"


def test_removal_returns_what_restores_it_on_its_movements(
    database: Database, add_demo: AddDemo
) -> None:
    add_demo(database)
    service = VehicleService(database)
    vehicle = service.add_vehicle(MINIBUS)
    transfers = TransferService(database)
    data = MovementInput(
        dt.date(2021, 8, 24), dt.time(10), from_place="IST", to_place="Hotel",
        vehicles=(vehicle.id,),
    )  # fmt: skip
    movement = transfers.add(DEMO_PROGRAM_CODE, data)
    removed = service.remove_vehicle(vehicle.id)
    assert removed.movements == (movement.id,)
    assert transfers.get(movement.id).vehicles == ()
    with pytest.raises(NotFoundError):
        service.get(vehicle.id)
    restored = service.restore_vehicle(removed)
    assert restored == vehicle
    assert transfers.get(movement.id).vehicles == (vehicle,)
    with pytest.raises(InvalidInputError):
        service.restore_vehicle(removed)


def test_drivers_are_the_guides_with_the_driver_role(database: Database) -> None:
    guides = GuideService(database)
    guides.add_guide(GuideInput("Zeki Şoför", roles=("driver",), phone="+90 533 1"))
    guides.add_guide(GuideInput("Ayşe Rehber", roles=("guide",)))
    guides.add_guide(GuideInput("Ali Çelik", roles=("guide", "driver")))
    drivers = VehicleService(database).drivers()
    assert [(d.name, d.phone) for d in drivers] == [("Ali Çelik", ""), ("Zeki Şoför", "+90 533 1")]
