"""The demo program with logistics: travel, vehicles, a driver, transfers, rooms, a meal, a gift."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal

from coordinator.domain.enums import MovementKind
from coordinator.services.demo import DEMO_PROGRAM_CODE
from coordinator.services.gift_records import GiftInput
from coordinator.services.gifts import GiftService
from coordinator.services.guides import GuideService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.records import ActivityInput, GuideInput
from coordinator.services.roster import RosterService
from coordinator.services.stay_records import StayInput
from coordinator.services.stays import StayService
from coordinator.services.transfer_records import MovementInput, VehicleInput
from coordinator.services.transfers import TransferService
from coordinator.services.vehicles import VehicleService
from coordinator.store import Database

ARRIVAL_DAY = dt.date(2021, 8, 24)
HOTEL = "Wyndham Grand Istanbul"


@dataclass(frozen=True)
class Logistics:
    """The ids of what :func:`add_logistics` added."""

    first: int  # the first participant: lands with TK 351 and is met
    second: int  # the second: lands at Sabiha Gökçen, time not known, not met
    minibus: int
    driver: int
    pickup: int
    gift: int


def add_logistics(database: Database) -> Logistics:
    """Give the demo program travel, a vehicle, a driver, a pickup, rooms, a dinner and a gift."""
    code = DEMO_PROGRAM_CODE
    roster = RosterService(database)
    first, second, *_rest = roster.list_participants(code)
    for record, change in (
        (first, {"arrival": dt.datetime(2021, 8, 24, 13, 20), "arrival_mode": "flight",
                 "arrival_number": "TK 351", "arrival_place": "Istanbul Airport (IST)",
                 "arrival_from": "Almaty"}),
        (second, {"arrival": dt.datetime(2021, 8, 24), "arrival_time_known": False,
                  "arrival_mode": "flight", "arrival_place": "Sabiha Gökçen (SAW)",
                  "arrival_from": "Shymkent"}),
    ):  # fmt: skip
        before = record.as_input()
        roster.update(record.id, replace(before, **change), before=before)
    vehicles = VehicleService(database)
    minibus = vehicles.add_vehicle(VehicleInput("34 TDB 101", 14, "minibus", "Bosphorus Tours"))
    driver = GuideService(database).add_guide(
        GuideInput(name="Hakan Sürücü", roles=("driver",), phone="+90 532 000 11 22")
    )
    pickup = TransferService(database).add(
        code,
        MovementInput(
            ARRIVAL_DAY,
            dt.time(14),
            dt.time(15, 30),
            MovementKind.PICKUP.value,
            from_place="Istanbul Airport (IST)",
            to_place=HOTEL,
            driver_id=driver.id,
            vehicles=(minibus.id,),
            passengers=(first.id,),
        ),
    )
    stays = StayService(database)
    stays.set_stay(first.id, StayInput(HOTEL, "twin", shares_with=second.id, requests="quiet"))
    ItineraryService(database).add_activity(
        code,
        ActivityInput(ARRIVAL_DAY, dt.time(19), dt.time(21), "meal", "Welcome dinner"),
    )
    gift = GiftService(database).add(
        code,
        GiftInput(
            "Framed calligraphy",
            day=dt.date(2021, 8, 25),
            giver="Mayor of Üsküdar",
            receiver=first.name,
            value=Decimal("1500"),
            kept_at="Office archive",
        ),
    )
    return Logistics(first.id, second.id, minibus.id, driver.id, pickup.id, gift.id)
