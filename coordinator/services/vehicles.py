"""Vehicles of the directory (reused by every program) and the drivers who drive them.

Every call is one transaction and returns plain records. A plate is one
vehicle however it is typed (``34 ABC 123`` is ``34abc123``): a second
vehicle with the same plate is refused. Removing a vehicle returns what puts
it back, under its own id and on the movements it was booked on. Drivers are
guides with the driver role (see :class:`~coordinator.services.guides.GuideService`).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from coordinator.domain.enums import GuideRole
from coordinator.domain.itinerary import Guide
from coordinator.domain.logistics import Movement, MovementVehicle, Vehicle, plate_key
from coordinator.domain.messages import said
from coordinator.domain.text import fold_spaces
from coordinator.services.collation import sort_key_function
from coordinator.services.edits import check_id_free, lock_for_edit, merged_edit, written_alone
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.transfer_records import (
    DriverRecord,
    RemovedVehicle,
    VehicleInput,
    VehicleRecord,
)
from coordinator.store import Database

_LONGEST = {"plate": 20, "kind": 40, "company": 300, "phone": 60}
"""The longest text each field holds (a server refuses more)."""
MOST_SEATS = 999
"""More passenger seats than any coach has: a typing mistake."""


def vehicle_record(vehicle: Vehicle) -> VehicleRecord:
    """Describe ``vehicle`` as a plain record."""
    return VehicleRecord(
        id=vehicle.id,
        plate=vehicle.plate,
        seats=vehicle.seats,
        kind=vehicle.kind,
        company=vehicle.company,
        phone=vehicle.phone,
        notes=vehicle.notes,
    )


def vehicle_by_id(session: Session, vehicle_id: int) -> Vehicle:
    """Return the vehicle with ``vehicle_id``.

    Raises:
        NotFoundError: it no longer exists.
    """
    vehicle = session.get(Vehicle, vehicle_id) if vehicle_id <= 2**31 - 1 else None
    if vehicle is None:
        msg = said("There is no vehicle with the id {vehicle_id}", vehicle_id=vehicle_id)
        raise NotFoundError(msg)
    return vehicle


def is_driver(guide: Guide) -> bool:
    """Tell whether a guide has the driver role."""
    return GuideRole.DRIVER.value in guide.roles


class VehicleService:
    """The vehicles an office books, and its drivers."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def list_vehicles(self) -> list[VehicleRecord]:
        """Return every vehicle, by plate."""
        with self._database.reading() as session:
            vehicles = session.scalars(select(Vehicle).order_by(Vehicle.plate_key, Vehicle.id))
            return [vehicle_record(vehicle) for vehicle in vehicles]

    def get(self, vehicle_id: int) -> VehicleRecord:
        """Return one vehicle.

        Raises:
            NotFoundError: it no longer exists.
        """
        with self._database.reading() as session:
            return vehicle_record(vehicle_by_id(session, vehicle_id))

    def add_vehicle(self, data: VehicleInput, vehicle_id: int | None = None) -> VehicleRecord:
        """Add a vehicle; ``vehicle_id`` gives it back the id it had (a redo after an undo).

        Raises:
            InvalidInputError: a field breaks a rule, another vehicle has the
                plate, or ``vehicle_id`` is taken.
        """
        data = validate_vehicle(data)
        with self._database.transaction() as session:
            _check_plate(session, data.plate, None)
            taken = f"{data.plate} cannot be put back: another vehicle has taken its place"
            check_id_free(session, Vehicle, vehicle_id, taken, "plate")
            vehicle = Vehicle(id=vehicle_id)
            _apply(vehicle, data)
            session.add(vehicle)
            session.flush()
            return vehicle_record(vehicle)

    def update_vehicle(
        self, vehicle_id: int, data: VehicleInput, before: VehicleInput | None = None
    ) -> VehicleRecord:
        """Change a vehicle's fields.

        With ``before``, as the editor read it, only what the edit changed is
        written, and only if nobody changed it since.

        Raises:
            InvalidInputError: a field breaks a rule, or another vehicle has the plate.
            ChangedSinceError: someone changed a field of this edit since it was read.
            NotFoundError: the vehicle no longer exists.
        """
        with written_alone("The vehicle"), self._database.transaction() as session:
            lock_for_edit(session, Vehicle, vehicle_id)
            vehicle = vehicle_by_id(session, vehicle_id)
            if before is not None:
                current = vehicle_record(vehicle).as_input()
                after = validate_vehicle(data)
                data = merged_edit(current, validate_vehicle(before), after, vehicle.plate)
            data = validate_vehicle(data)
            _check_plate(session, data.plate, vehicle_id)
            _apply(vehicle, data)
            session.flush()
            return vehicle_record(vehicle)

    def remove_vehicle(self, vehicle_id: int) -> RemovedVehicle:
        """Remove a vehicle, taking it off its movements; return what puts it back.

        Raises:
            NotFoundError: the vehicle no longer exists.
        """
        with self._database.transaction() as session:
            vehicle = vehicle_by_id(session, vehicle_id)
            movements = session.scalars(
                select(MovementVehicle.movement_id)
                .where(MovementVehicle.vehicle_id == vehicle_id)
                .order_by(MovementVehicle.movement_id)
            )
            removed = RemovedVehicle(vehicle_record(vehicle), tuple(movements))
            session.delete(vehicle)
            return removed

    def restore_vehicle(self, removed: RemovedVehicle) -> VehicleRecord:
        """Put back a removed vehicle under its id, on those of its movements that remain.

        Raises:
            InvalidInputError: the id or the plate is taken now.
        """
        record = removed.record
        data = validate_vehicle(record.as_input())
        with self._database.transaction() as session:
            _check_plate(session, data.plate, None)
            taken = f"{data.plate} cannot be put back: another vehicle has taken its place"
            check_id_free(session, Vehicle, record.id, taken, "plate")
            vehicle = Vehicle(id=record.id)
            _apply(vehicle, data)
            session.add(vehicle)
            session.flush()
            remaining = session.scalars(
                select(Movement.id).where(Movement.id.in_(removed.movements))
            )
            for movement_id in remaining:
                session.add(MovementVehicle(movement_id=movement_id, vehicle_id=vehicle.id))
            session.flush()
            return vehicle_record(vehicle)

    def drivers(self) -> list[DriverRecord]:
        """Return the guides with the driver role, with their phones, in Turkish name order."""
        with self._database.reading() as session:
            guides = session.scalars(select(Guide).options(selectinload(Guide.person)))
            records = [
                DriverRecord(
                    guide_id=guide.id,
                    name=guide.person.full_name,
                    phone=guide.person.phone,
                    languages=tuple(guide.languages or guide.person.languages),
                )
                for guide in guides
                if is_driver(guide)
            ]
        key = sort_key_function()
        return sorted(records, key=lambda record: key(record.name))


def validate_vehicle(data: VehicleInput) -> VehicleInput:
    """Return ``data`` with its text trimmed, or refuse it.

    Raises:
        InvalidInputError: no plate (letters or digits), seats not 0 to
            :data:`MOST_SEATS`, or a text longer than its field holds.
    """
    data = VehicleInput(
        plate=fold_spaces(data.plate),
        seats=data.seats,
        kind=data.kind.strip(),
        company=data.company.strip(),
        phone=data.phone.strip(),
        notes=data.notes.strip(),
    )
    if not plate_key(data.plate):
        msg = said("A vehicle needs a plate with letters or digits")
        raise InvalidInputError(msg, "plate")
    if isinstance(data.seats, bool) or not 0 <= data.seats <= MOST_SEATS:
        msg = said(
            "{seats} is not a number of seats (0 to {limit})",
            seats=data.seats,
            limit=MOST_SEATS,
        )
        raise InvalidInputError(msg, "seats")
    for name, longest in _LONGEST.items():
        if len(getattr(data, name)) > longest:
            msg = said("The {name} is longer than {longest} characters", name=name, longest=longest)
            raise InvalidInputError(msg, name)
    return data


def _check_plate(session: Session, plate: str, vehicle_id: int | None) -> None:
    same = session.scalars(
        select(Vehicle.plate).where(
            Vehicle.plate_key == plate_key(plate), Vehicle.id != (vehicle_id or -1)
        )
    ).first()
    if same is not None:
        msg = said("There already is a vehicle with the plate {same}", same=same)
        raise InvalidInputError(msg, "plate")


def _apply(vehicle: Vehicle, data: VehicleInput) -> None:
    vehicle.plate = data.plate
    vehicle.seats = data.seats
    vehicle.kind = data.kind
    vehicle.company = data.company
    vehicle.phone = data.phone
    vehicle.notes = data.notes


def vehicle_with_plate(session: Session, plate: str) -> Vehicle | None:
    """Return the vehicle with ``plate`` however it is typed (``34abc123``), if any."""
    query = select(Vehicle).where(Vehicle.plate_key == plate_key(plate)).order_by(Vehicle.id)
    return session.scalars(query).first()


def save_vehicle(session: Session, vehicle: Vehicle | None, data: VehicleInput) -> Vehicle:
    """Add a vehicle (``vehicle`` is ``None``) or change one, inside ``session``.

    The same rules as :meth:`VehicleService.add_vehicle` and
    :meth:`VehicleService.update_vehicle`, for a caller that writes more in
    the same transaction (a program import).

    Raises:
        InvalidInputError: a field breaks a rule, or another vehicle has the plate.
    """
    data = validate_vehicle(data)
    _check_plate(session, data.plate, vehicle.id if vehicle is not None else None)
    if vehicle is None:
        vehicle = Vehicle()
        session.add(vehicle)
    _apply(vehicle, data)
    session.flush()
    return vehicle
