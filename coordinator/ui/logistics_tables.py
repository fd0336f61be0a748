"""The table models of the Logistics tab: arrivals, transfers, rooms, meals, gifts, vehicles.

Each is a :class:`RecordTableModel` over the frozen records a service returns,
its columns declared once here with translated titles and words for codes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from coordinator.domain.arrivals import ARRIVAL, BoardEntry
from coordinator.domain.catering import MealSheet
from coordinator.services.gift_records import GiftRecord
from coordinator.services.stay_records import StayRecord
from coordinator.services.transfer_records import MovementRecord, VehicleRecord
from coordinator.ui.formatting import format_date, format_time, format_time_range
from coordinator.ui.logistics_words import (
    dietary_need_label,
    gift_direction_label,
    movement_kind_label,
    room_type_label,
    travel_mode_label,
)
from coordinator.ui.model_index import AnyIndex
from coordinator.ui.record_table_model import Column, RecordTableModel

translate = QCoreApplication.translate
WARNING_COLOR = QColor("#c0392b")


@dataclass(frozen=True)
class RoomRow:
    """A participant of the roster with their stay, ``None`` when they have none yet."""

    participant_id: int
    name: str
    stay: StayRecord | None


def _joined(*parts: str, between: str = " · ") -> str:
    return between.join(part for part in parts if part)


def _with_organization(name: str, organization: str) -> str:
    if name and organization:
        return translate("LogisticsTables", "{name} ({organization})").format(
            name=name, organization=organization
        )
    return name or organization


def no_transfer_text() -> str:
    """Return the mark of an arrival or departure no transfer meets."""
    return translate("LogisticsTables", "⚠ no transfer")


def transfer_text(entry: BoardEntry) -> str:
    """Return the transfer that meets an arrival (or takes a departure), or the mark."""
    transfer = entry.transfer
    if transfer is None:
        return no_transfer_text()
    return translate("LogisticsTables", "{kind} {time}: {origin} → {target}").format(
        kind=movement_kind_label(transfer.kind),
        time=format_time(transfer.start),
        origin=transfer.from_place,
        target=transfer.to_place,
    )


def arrival_columns() -> list[Column[BoardEntry]]:
    """Return the Arrivals board's columns, titles translated."""

    def order(entry: BoardEntry) -> tuple[dt.date, bool, dt.time]:
        return (entry.day, entry.time is None, entry.time or dt.time())

    def direction(entry: BoardEntry) -> str:
        if entry.journey.direction == ARRIVAL:
            return translate("LogisticsTables", "Arrives")
        return translate("LogisticsTables", "Leaves")

    return [
        Column(translate("LogisticsTables", "Day"), lambda e: format_date(e.day), order),
        Column(
            translate("LogisticsTables", "Time"),
            lambda e: format_time(e.time) or translate("LogisticsTables", "time not known"),
            order,
        ),
        Column(translate("LogisticsTables", "Arrives or leaves"), direction),
        Column(translate("LogisticsTables", "Name"), lambda e: e.journey.name),
        Column(translate("LogisticsTables", "Organization"), lambda e: e.journey.organization),
        Column(
            translate("LogisticsTables", "By"),
            lambda e: _joined(travel_mode_label(e.journey.mode), e.journey.number, between=" "),
        ),
        Column(
            translate("LogisticsTables", "Where"),
            lambda e: _joined(e.journey.place, e.journey.terminal),
        ),
        Column(translate("LogisticsTables", "From or to"), lambda e: e.journey.other_end),
        Column(translate("LogisticsTables", "Transfer"), transfer_text),
    ]


class LogisticsCounts(QObject):
    """Counts worded in the interface's language, with their plural forms."""

    def passengers(self, count: int) -> str:
        """Return ``3 passengers``."""
        return self.tr("%n passenger(s)", "", count)


def _passengers(record: MovementRecord) -> str:
    if record.whole_delegation:
        return translate("LogisticsTables", "whole delegation ({count})").format(count=record.seats)
    return LogisticsCounts().passengers(len(record.passengers))


def _seats(record: MovementRecord) -> str:
    if not record.vehicles:
        return str(record.seats)
    offered = sum(vehicle.seats for vehicle in record.vehicles)
    return translate("LogisticsTables", "{needed} of {offered}").format(
        needed=record.seats, offered=offered
    )


def transfer_columns() -> list[Column[MovementRecord]]:
    """Return the transfers' columns, titles translated."""
    return [
        Column(
            translate("LogisticsTables", "Day"),
            lambda m: format_date(m.day),
            lambda m: (m.day, m.start_time),
        ),
        Column(
            translate("LogisticsTables", "Time"),
            lambda m: format_time_range(m.start_time, m.end_time),
            lambda m: m.start_time,
        ),
        Column(translate("LogisticsTables", "Kind"), lambda m: movement_kind_label(m.kind)),
        Column(
            translate("LogisticsTables", "From → to"),
            lambda m: f"{m.from_place} → {m.to_place}",
        ),
        Column(
            translate("LogisticsTables", "Vehicles"),
            lambda m: ", ".join(vehicle.plate for vehicle in m.vehicles),
        ),
        Column(translate("LogisticsTables", "Driver"), lambda m: m.driver),
        Column(translate("LogisticsTables", "Passengers"), _passengers),
        Column(translate("LogisticsTables", "Seats"), _seats, lambda m: m.seats),
        Column(translate("LogisticsTables", "Notes"), lambda m: m.notes),
    ]


def room_columns() -> list[Column[RoomRow]]:
    """Return the rooms' columns (one row per participant), titles translated."""

    def hotel(row: RoomRow) -> str:
        if row.stay is None:
            return translate("LogisticsTables", "no room yet")
        return row.stay.hotel or translate("LogisticsTables", "hotel not chosen")

    def stay_date(row: RoomRow, which: str) -> dt.date | None:
        return None if row.stay is None else getattr(row.stay, which)

    return [
        Column(translate("LogisticsTables", "Name"), lambda r: r.name),
        Column(translate("LogisticsTables", "Hotel"), hotel),
        Column(
            translate("LogisticsTables", "Room"),
            lambda r: room_type_label(r.stay.room_type) if r.stay else "",
        ),
        Column(
            translate("LogisticsTables", "Shares with"),
            lambda r: r.stay.shares_with if r.stay else "",
        ),
        Column(
            translate("LogisticsTables", "Check-in"),
            lambda r: format_date(stay_date(r, "arrival")),
            lambda r: stay_date(r, "arrival"),
        ),
        Column(
            translate("LogisticsTables", "Check-out"),
            lambda r: format_date(stay_date(r, "departure")),
            lambda r: stay_date(r, "departure"),
        ),
        Column(
            translate("LogisticsTables", "Nights"),
            lambda r: str(r.stay.nights) if r.stay else "",
            lambda r: r.stay.nights if r.stay else None,
        ),
        Column(
            translate("LogisticsTables", "Requests"), lambda r: r.stay.requests if r.stay else ""
        ),
    ]


def meal_columns() -> list[Column[MealSheet]]:
    """Return the meals' columns with the counts a caterer needs, titles translated."""

    def needs(meal: MealSheet) -> str:
        return ", ".join(f"{dietary_need_label(need)} {count}" for need, count in meal.needs)

    return [
        Column(
            translate("LogisticsTables", "Day"),
            lambda m: format_date(m.day),
            lambda m: (m.day, m.start or dt.time()),
        ),
        Column(translate("LogisticsTables", "Time"), lambda m: format_time_range(m.start, m.end)),
        Column(translate("LogisticsTables", "Meal"), lambda m: m.title),
        Column(translate("LogisticsTables", "Venue"), lambda m: m.venue),
        Column(translate("LogisticsTables", "Guests"), lambda m: str(m.guests), lambda m: m.guests),
        Column(
            translate("LogisticsTables", "Standard"),
            lambda m: str(m.standard),
            lambda m: m.standard,
        ),
        Column(translate("LogisticsTables", "Needs"), needs),
        Column(
            translate("LogisticsTables", "Allergies"),
            lambda m: str(len(m.allergies)),
            lambda m: len(m.allergies),
        ),
    ]


def gift_value(value: Decimal | None, currency: str) -> str:
    """Return a gift's estimated value with its currency, or ``""`` when not estimated."""
    return "" if value is None else f"{value:,.2f} {currency}".replace(",", " ")


def gift_columns() -> list[Column[GiftRecord]]:
    """Return the gifts' columns, titles translated."""
    return [
        Column(
            translate("LogisticsTables", "Day"),
            lambda g: format_date(g.day),
            lambda g: g.declared_day,
        ),
        Column(translate("LogisticsTables", "Activity"), lambda g: g.activity),
        Column(
            translate("LogisticsTables", "Given or received"),
            lambda g: gift_direction_label(g.direction),
        ),
        Column(
            translate("LogisticsTables", "Giver"),
            lambda g: _with_organization(g.giver, g.giver_organization),
        ),
        Column(
            translate("LogisticsTables", "Receiver"),
            lambda g: _with_organization(g.receiver, g.receiver_organization),
        ),
        Column(translate("LogisticsTables", "Gift"), lambda g: g.description),
        Column(
            translate("LogisticsTables", "Value"),
            lambda g: gift_value(g.value, g.currency),
            lambda g: g.value,
        ),
        Column(translate("LogisticsTables", "Kept at"), lambda g: g.kept_at),
    ]


def vehicle_columns() -> list[Column[VehicleRecord]]:
    """Return the vehicles' columns, titles translated."""
    return [
        Column(translate("LogisticsTables", "Plate"), lambda v: v.plate),
        Column(translate("LogisticsTables", "Kind"), lambda v: v.kind),
        Column(translate("LogisticsTables", "Seats"), lambda v: str(v.seats), lambda v: v.seats),
        Column(translate("LogisticsTables", "Company"), lambda v: v.company),
        Column(translate("LogisticsTables", "Phone"), lambda v: v.phone),
        Column(translate("LogisticsTables", "Notes"), lambda v: v.notes),
    ]


class ArrivalsModel(RecordTableModel[BoardEntry]):
    """The Arrivals board; an arrival or departure without a transfer shows in red."""

    TRANSFER_COLUMN = 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(arrival_columns(), parent)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, and red for the mark of a missing transfer."""
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.TRANSFER_COLUMN
            and index.row() < self.rowCount()
            and self.record(index.row()).transfer is None
        ):
            return WARNING_COLOR
        return super().data(index, role)


class TransfersModel(RecordTableModel[MovementRecord]):
    """The program's movements."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(transfer_columns(), parent)


class RoomsModel(RecordTableModel[RoomRow]):
    """Every participant with their stay."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(room_columns(), parent)


class MealsModel(RecordTableModel[MealSheet]):
    """The program's meals with their counts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(meal_columns(), parent)


class GiftsModel(RecordTableModel[GiftRecord]):
    """The program's gifts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(gift_columns(), parent)


class VehiclesModel(RecordTableModel[VehicleRecord]):
    """The directory's vehicles."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(vehicle_columns(), parent)
