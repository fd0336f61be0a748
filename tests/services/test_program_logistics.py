"""The logistics sheets of a program workbook: export, import into an empty database, problems."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl

from coordinator.services.guides import GuideService
from coordinator.services.program_export import ProgramExportService
from coordinator.services.program_import import ProgramImportService
from coordinator.services.programs import ProgramService
from coordinator.services.records import GuideInput, ProgramInput
from coordinator.services.roster import RosterService
from coordinator.services.transfer_records import MovementInput, MovementRecord, VehicleInput
from coordinator.services.transfers import TransferService
from coordinator.services.vehicles import VehicleService
from coordinator.store import Database
from tests.stores import AddDemo, Store

DAY = dt.date(2021, 8, 24)


def add_logistics(database: Database, code: str) -> None:
    """Two vehicles, a driver, a pickup of the whole delegation and a ride of two."""
    vehicles = VehicleService(database)
    minibus = vehicles.add_vehicle(VehicleInput("34 ABC 123", 16, "minibus", "Kaya Turizm",
                                                "+90 212 555 10 10", "=HYPERLINK(1)"))  # fmt: skip
    car = vehicles.add_vehicle(VehicleInput("34 XY 9", 4, "car"))
    vehicles.add_vehicle(VehicleInput("06 ZZ 1", 50, "coach"))  # on no transfer
    driver = GuideService(database).add_guide(
        GuideInput("Mehmet Yılmaz", roles=("driver",), phone="+90 532 111 22 33")
    )
    two = tuple(p.id for p in RosterService(database).list_participants(code)[:2])
    transfers = TransferService(database)
    transfers.add(code, MovementInput(DAY, dt.time(14, 30), dt.time(15, 30), "pickup", "IST",
                                      "Hotel Süleymaniye", vehicles=(minibus.id, car.id),
                                      driver_id=driver.id, notes="Gate B"))  # fmt: skip
    transfers.add(code, MovementInput(DAY + dt.timedelta(days=1), dt.time(9), None, "ride",
                                      "Hotel Süleymaniye", "Üsküdar Municipality",
                                      vehicles=(car.id,), passengers=two))  # fmt: skip


def movements(database: Database, code: str) -> list[MovementRecord]:
    return [
        dataclasses.replace(
            m, id=0, program_code="", driver_id=None, passengers=(),
            vehicles=tuple(dataclasses.replace(v, id=0) for v in m.vehicles),
        )
        for m in TransferService(database).list_movements(code)
    ]  # fmt: skip


def test_vehicles_and_transfers_round_trip_into_an_empty_database(
    database: Database, tmp_path: Path, new_store: Callable[[], Store], add_demo: AddDemo
) -> None:
    program = add_demo(database)
    add_logistics(database, program.code)
    path = tmp_path / "program.xlsx"
    counts = ProgramExportService(database).export_program(program.code, path)
    assert (counts["Vehicles"], counts["Transfers"]) == (2, 2)
    sheet = openpyxl.load_workbook(path)["Vehicles"]
    assert [cell.value for cell in sheet[1]] == ["Plate", "Kind", "Seats", "Company", "Phone",
                                                 "Notes"]  # fmt: skip
    assert sheet["F2"].data_type == "s"  # formula-looking text written as text
    transfers = openpyxl.load_workbook(path)["Transfers"]
    assert transfers["D2"].value == "Pickup"
    assert transfers["I2"].value is None  # the whole delegation
    other = new_store().open()
    try:
        ProgramService(other).create(ProgramInput(code="COPY", title="Copy", first_day=DAY,
                                                  last_day=dt.date(2021, 8, 29)))  # fmt: skip
        service = ProgramImportService(other)
        plan = service.plan("COPY", path)
        assert plan.problems == ()
        assert (plan.sheets["Vehicles"].added, plan.sheets["Transfers"].added) == (2, 2)
        service.apply(plan)
        assert movements(other, "COPY") == movements(database, program.code)
        copied = TransferService(other).list_movements("COPY")
        assert copied[0].whole_delegation
        assert len(copied[1].passengers) == 2
        assert VehicleService(other).list_vehicles()[0].notes == "=HYPERLINK(1)"
        again = service.plan("COPY", path)
        assert (again.sheets["Transfers"].added, again.sheets["Transfers"].updated) == (0, 2)
        service.apply(again)
        assert len(TransferService(other).list_movements("COPY")) == 2
    finally:
        other.close()


def test_hand_drafted_turkish_sheets_with_problems_at_their_cells(
    database: Database, tmp_path: Path, add_demo: AddDemo
) -> None:
    program = add_demo(database)
    first = RosterService(database).list_participants(program.code)[0].name
    book = openpyxl.Workbook()
    vehicles = book.active
    assert vehicles is not None
    vehicles.title = "Araçlar"
    vehicles.append(["Plaka", "Araç tipi", "Koltuk", "Firma"])
    vehicles.append(["34 abc 123", "Minibüs", 16, "Kaya"])
    vehicles.append(["34 DEF 4", "Otomobil", "çok", "Kaya"])
    rides = book.create_sheet("Transferler")
    rides.append(["Tarih", "Saat", "Tür", "Nereden", "Nereye", "Araç", "Şoför", "Yolcular"])
    rides.append(["24.08.2021", "14:30", "Karşılama", "SAW", "Otel", "34ABC123", "Ali Demir",
                  first])  # fmt: skip
    rides.append(["25.08.2021", "09:00", "Ara transfer", "Otel", "Müze", "99 NO 1", "", ""])
    rides.append(["25.08.2021", "18:00", "Uçuş", "Otel", "Müze", "", "", "Nobody Known"])
    path = tmp_path / "lojistik.xlsx"
    book.save(path)
    service = ProgramImportService(database)
    plan = service.plan(program.code, path)
    where = {(p.sheet, p.row, p.column) for p in plan.problems}
    assert where == {("Araçlar", 3, "C"), ("Transferler", 3, "F"), ("Transferler", 4, "C")}
    service.apply(plan)
    [pickup] = TransferService(database).list_movements(program.code)
    assert (pickup.kind, pickup.from_place, pickup.driver) == ("pickup", "SAW", "Ali Demir")
    assert [v.plate for v in pickup.vehicles] == ["34 abc 123"]
    assert pickup.passenger_names == (first,)
    assert "driver" in next(g for g in GuideService(database).list_guides()
                            if g.name == "Ali Demir").roles  # fmt: skip
