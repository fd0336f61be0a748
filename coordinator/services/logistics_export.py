"""The logistics sheets of an exported program workbook: Vehicles, Transfers, Rooms and Gifts.

The Vehicles sheet lists the vehicles booked on the program's transfers (the
directory's other vehicles belong to no program); the Transfers sheet names
vehicles by plate, the driver and the passengers by name, and leaves the
passengers empty for a transfer that takes the whole delegation. The Rooms
sheet has a row per participant with a stay, the roommate by name, and the
check-in and check-out as recorded (empty when they follow the visit); the
Gifts sheet names a gift's activity by its title. Kinds of transfer, room
types and directions are words (``Pickup``, ``Twin``, ``Received``; in Turkish
``Karşılama``, ``İki yataklı``, ``Alınan``), as a coordinator writes them by hand.
"""

from __future__ import annotations

from collections.abc import Sequence

from coordinator.excel.cell_parsing import CellValue
from coordinator.excel.logistics_fields import direction_word, movement_kind_word, room_type_word
from coordinator.excel.program_fields import labels, sheet_name
from coordinator.excel.program_writer import SheetData
from coordinator.excel.sheet_kinds import SheetKind
from coordinator.services.gift_records import GiftRecord
from coordinator.services.gifts import GiftService
from coordinator.services.guides import GuideService
from coordinator.services.records import GuideRecord
from coordinator.services.stay_records import StayRecord
from coordinator.services.stays import StayService
from coordinator.services.transfer_records import MovementRecord, VehicleRecord
from coordinator.services.transfers import TransferService
from coordinator.store import Database


def logistics_sheets(
    database: Database, program_code: str, language: str = "en"
) -> list[SheetData]:
    """Return the program's Vehicles, Transfers, Rooms and Gifts sheets in ``language``.

    Raises:
        NotFoundError: there is no such program.
    """
    code = program_code
    movements = TransferService(database).list_movements(code)
    stays, gifts = StayService(database), GiftService(database)
    vehicles: dict[int, VehicleRecord] = {}
    for movement in movements:
        for vehicle in movement.vehicles:
            vehicles.setdefault(vehicle.id, vehicle)
    by_plate = sorted(vehicles.values(), key=lambda vehicle: (vehicle.plate, vehicle.id))
    lang = language
    return [
        _sheet(SheetKind.VEHICLES, lang, [vehicle_row(vehicle) for vehicle in by_plate]),
        _sheet(SheetKind.TRANSFERS, lang, [transfer_row(item, lang) for item in movements]),
        _sheet(SheetKind.ROOMS, lang, [room_row(stay, lang) for stay in stays.list_stays(code)]),
        _sheet(SheetKind.GIFTS, lang, [gift_row(gift, lang) for gift in gifts.list_gifts(code)]),
    ]


def drivers_not_listed(
    database: Database, program_code: str, guides: Sequence[GuideRecord]
) -> list[GuideRecord]:
    """Return the drivers of the program's transfers who are not among ``guides``.

    The Guides and Contacts sheets then carry their roles and phones, which
    the Transfers sheet's driver names are found by when the workbook is read.
    """
    listed = {guide.id for guide in guides}
    wanted = {
        movement.driver_id
        for movement in TransferService(database).list_movements(program_code)
        if movement.driver_id is not None and movement.driver_id not in listed
    }
    return [guide for guide in GuideService(database).list_guides() if guide.id in wanted]


def _sheet(kind: SheetKind, language: str, rows: list[tuple[CellValue, ...]]) -> SheetData:
    return SheetData(sheet_name(kind, language), labels(kind, language), rows)


def vehicle_row(vehicle: VehicleRecord) -> tuple[CellValue, ...]:
    """Return a vehicle's values in the Vehicles sheet's column order."""
    return (vehicle.plate, vehicle.kind, vehicle.seats, vehicle.company, vehicle.phone,
            vehicle.notes)  # fmt: skip


def transfer_row(movement: MovementRecord, language: str = "en") -> tuple[CellValue, ...]:
    """Return a movement's values in the Transfers sheet's column order."""
    passengers = "" if movement.whole_delegation else "; ".join(movement.passenger_names)
    return (
        movement.day,
        movement.start_time,
        movement.end_time,
        movement_kind_word(movement.kind, language),
        movement.from_place,
        movement.to_place,
        "; ".join(vehicle.plate for vehicle in movement.vehicles),
        movement.driver,
        passengers,
        movement.notes,
    )


def room_row(stay: StayRecord, language: str = "en") -> tuple[CellValue, ...]:
    """Return a stay's values in the Rooms sheet's column order (dates as recorded)."""
    room_type = room_type_word(stay.room_type, language)
    return (stay.participant, stay.hotel, room_type, stay.shares_with,
            stay.check_in, stay.check_out, stay.requests)  # fmt: skip


def gift_row(gift: GiftRecord, language: str = "en") -> tuple[CellValue, ...]:
    """Return a gift's values in the Gifts sheet's column order (the value as a number)."""
    return (
        gift.day,
        gift.activity,
        direction_word(gift.direction, language),
        gift.giver,
        gift.giver_organization,
        gift.receiver,
        gift.receiver_organization,
        gift.description,
        float(gift.value) if gift.value is not None else None,
        gift.currency,
        gift.kept_at,
        gift.notes,
    )
