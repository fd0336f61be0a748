"""Plain data of vehicles, drivers and transfers (movements), passed to and from the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coordinator.domain.enums import MovementKind


@dataclass(frozen=True)
class VehicleInput:
    """The fields of a vehicle as a user types them; ``seats`` does not count the driver's."""

    plate: str
    seats: int = 0
    kind: str = ""
    company: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class VehicleRecord:
    """A vehicle of the directory."""

    id: int
    plate: str
    seats: int
    kind: str = ""
    company: str = ""
    phone: str = ""
    notes: str = ""

    def as_input(self) -> VehicleInput:
        """Return the editable fields, e.g. to fill a dialog or to undo a change."""
        return VehicleInput(
            plate=self.plate,
            seats=self.seats,
            kind=self.kind,
            company=self.company,
            phone=self.phone,
            notes=self.notes,
        )


@dataclass(frozen=True)
class RemovedVehicle:
    """A vehicle taken out of the directory, with the movements it was booked on."""

    record: VehicleRecord
    movements: tuple[int, ...] = ()


@dataclass(frozen=True)
class DriverRecord:
    """A guide with the driver role, with the phone a manifest prints."""

    guide_id: int
    name: str
    phone: str
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class MovementInput:
    """The fields of a movement as a user gives them.

    ``from_venue`` and ``to_venue`` name directory venues (by name; "" when
    the place is no venue, such as an airport); ``from_place`` and
    ``to_place`` default to those names. ``vehicles`` are vehicle ids,
    ``passengers`` participant ids: none means the whole delegation.
    """

    day: dt.date
    start_time: dt.time
    end_time: dt.time | None = None
    kind: str = MovementKind.RIDE.value
    from_place: str = ""
    to_place: str = ""
    from_venue: str = ""
    to_venue: str = ""
    activity_id: int | None = None
    driver_id: int | None = None
    vehicles: tuple[int, ...] = ()
    passengers: tuple[int, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class MovementRecord:
    """A recorded movement with what a list or a manifest shows of it.

    ``passenger_names`` are the listed passengers' names, or everybody's on
    the roster when the movement takes the whole delegation; ``seats`` is
    how many they are.
    """

    id: int
    program_code: str
    day: dt.date
    start_time: dt.time
    end_time: dt.time | None
    kind: str
    from_place: str
    to_place: str
    from_venue: str = ""
    to_venue: str = ""
    activity_id: int | None = None
    activity: str = ""
    driver_id: int | None = None
    driver: str = ""
    driver_phone: str = ""
    vehicles: tuple[VehicleRecord, ...] = ()
    passengers: tuple[int, ...] = ()
    passenger_names: tuple[str, ...] = ()
    seats: int = 0
    notes: str = ""

    @property
    def whole_delegation(self) -> bool:
        """Tell whether the movement takes everybody (no passengers listed)."""
        return not self.passengers

    def as_input(self) -> MovementInput:
        """Return the editable fields, e.g. to fill a dialog or to undo a change."""
        return MovementInput(
            day=self.day,
            start_time=self.start_time,
            end_time=self.end_time,
            kind=self.kind,
            from_place=self.from_place,
            to_place=self.to_place,
            from_venue=self.from_venue,
            to_venue=self.to_venue,
            activity_id=self.activity_id,
            driver_id=self.driver_id,
            vehicles=tuple(vehicle.id for vehicle in self.vehicles),
            passengers=self.passengers,
            notes=self.notes,
        )


@dataclass(frozen=True)
class ProposedMovement:
    """A movement planning proposes: what accepting it adds, and what to show of it.

    ``short_of_seats`` says the free vehicles do not seat everybody;
    ``driver_id`` of ``None`` in ``data`` says no driver is free.
    """

    data: MovementInput
    vehicles: tuple[VehicleRecord, ...]
    driver: str
    driver_phone: str
    passenger_names: tuple[str, ...]
    seats: int
    short_of_seats: bool = False

    def as_input(self) -> MovementInput:
        """Return what accepting the proposal adds (the GUI may edit it first)."""
        return self.data
