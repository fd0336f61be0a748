"""The fields of a movement: checking what a user gives, writing it, describing the result.

Shared by :class:`~coordinator.services.transfers.TransferService` and the
acceptance of planned transfers, so both refuse the same things with the
same sentences.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql import Select

from coordinator.domain.directory import Person, Venue
from coordinator.domain.enums import MovementKind
from coordinator.domain.itinerary import Activity, Guide
from coordinator.domain.logistics import Movement, MovementPassenger, MovementVehicle, Vehicle
from coordinator.domain.messages import said
from coordinator.domain.programs import Participant, Program
from coordinator.domain.text import search_key
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.transfer_records import MovementInput, MovementRecord
from coordinator.services.vehicles import is_driver, vehicle_record

LONGEST_PLACE = 300
"""The longest place name a movement holds (a server refuses more)."""
DAYS_AROUND = 1
"""A movement may be this many days before the program's first day or after its last:
arrivals the evening before, departures the morning after."""
_LARGEST_ID = 2**31 - 1


def with_details(query: Select[Movement]) -> Select[Movement]:
    """Load what :func:`movement_record` reads along with the movements."""
    return query.options(
        selectinload(Movement.program),
        selectinload(Movement.from_venue),
        selectinload(Movement.to_venue),
        selectinload(Movement.activity),
        selectinload(Movement.driver).selectinload(Guide.person),
        selectinload(Movement.vehicles).selectinload(MovementVehicle.vehicle),
        selectinload(Movement.passengers),
    )


def movement_by_id(session: Session, movement_id: int) -> Movement:
    """Return the movement with ``movement_id``.

    Raises:
        NotFoundError: it no longer exists.
    """
    found = None
    if movement_id <= _LARGEST_ID:
        query = with_details(select(Movement).where(Movement.id == movement_id))
        found = session.scalars(query).first()
    if found is None:
        msg = said("There is no movement with the id {movement_id}", movement_id=movement_id)
        raise NotFoundError(msg)
    return found


def roster_names(session: Session, program_id: int) -> dict[int, str]:
    """Return the names of a program's participants by id, in roster order."""
    rows = session.execute(
        select(Participant.id, Person.full_name)
        .join(Person, Participant.person_id == Person.id)
        .where(Participant.program_id == program_id)
        .order_by(Participant.position, Participant.id)
    )
    return {row[0]: row[1] for row in rows}


def movement_record(movement: Movement, names: Mapping[int, str]) -> MovementRecord:
    """Describe ``movement``; ``names`` are the roster's (see :func:`roster_names`)."""
    passengers = tuple(sorted(item.participant_id for item in movement.passengers))
    listed = [names[pid] for pid in names if pid in set(passengers)] if passengers else None
    driver = movement.driver
    vehicles = sorted(
        (vehicle_record(item.vehicle) for item in movement.vehicles),
        key=lambda record: (search_key(record.plate), record.id),
    )
    return MovementRecord(
        id=movement.id,
        program_code=movement.program.code,
        day=movement.day,
        start_time=movement.start_time,
        end_time=movement.end_time,
        kind=movement.kind,
        from_place=movement.from_place,
        to_place=movement.to_place,
        from_venue=movement.from_venue.name if movement.from_venue else "",
        to_venue=movement.to_venue.name if movement.to_venue else "",
        activity_id=movement.activity_id,
        activity=movement.activity.title if movement.activity else "",
        driver_id=movement.driver_id,
        driver=driver.person.full_name if driver else "",
        driver_phone=driver.person.phone if driver else "",
        vehicles=tuple(vehicles),
        passengers=passengers,
        passenger_names=tuple(names.values()) if listed is None else tuple(listed),
        seats=len(passengers) if passengers else len(names),
        notes=movement.notes,
    )


def normalized(data: MovementInput) -> MovementInput:
    """Return ``data`` with its text trimmed and its ids sorted, each once."""
    return replace(
        data,
        kind=data.kind.strip(),
        from_place=" ".join(data.from_place.split()),
        to_place=" ".join(data.to_place.split()),
        from_venue=" ".join(data.from_venue.split()),
        to_venue=" ".join(data.to_venue.split()),
        vehicles=tuple(sorted(set(data.vehicles))),
        passengers=tuple(sorted(set(data.passengers))),
        notes=data.notes.strip(),
    )


def check_movement(data: MovementInput, program: Program) -> None:
    """Refuse what breaks a rule that needs no database.

    Raises:
        InvalidInputError: an unknown kind, an end not after the start, a day
            far from the program's, or a place name too long.
    """
    if data.kind not in {kind.value for kind in MovementKind}:
        msg = said(
            "{kind} is not a kind of movement (pickup, dropoff or ride)", kind=f"{data.kind!r}"
        )
        raise InvalidInputError(msg, "kind")
    if data.end_time is not None and data.end_time <= data.start_time:
        msg = said(
            "The end ({end_time}) must be after the start ({start_time})",
            end_time=f"{data.end_time:%H:%M}",
            start_time=f"{data.start_time:%H:%M}",
        )
        raise InvalidInputError(msg, "end_time")
    around = dt.timedelta(days=DAYS_AROUND)
    if not program.first_day - around <= data.day <= program.last_day + around:
        msg = said(
            "{day} is not a day of {code} ({first_day}–{last_day}) or the day either side",
            day=f"{data.day:%d.%m.%Y}",
            code=program.code,
            first_day=f"{program.first_day:%d.%m.%Y}",
            last_day=f"{program.last_day:%d.%m.%Y}",
        )
        raise InvalidInputError(msg, "day")
    for name in ("from_place", "to_place", "from_venue", "to_venue"):
        if len(getattr(data, name)) > LONGEST_PLACE:
            msg = said(
                "The {field} is longer than {limit} characters",
                field=name.replace("_", " "),
                limit=LONGEST_PLACE,
            )
            raise InvalidInputError(msg, name)


def apply_movement(session: Session, movement: Movement, data: MovementInput) -> None:
    """Write ``data`` (normalized and checked) onto ``movement``, looking up what it names.

    Raises:
        InvalidInputError: a venue, activity, driver, vehicle or passenger
            that is not there (or not the program's), or a place left empty.
    """
    program = movement.program
    from_venue = _venue(session, data.from_venue, "from_venue")
    to_venue = _venue(session, data.to_venue, "to_venue")
    from_place = data.from_place or (from_venue.name if from_venue else "")
    to_place = data.to_place or (to_venue.name if to_venue else "")
    for place, name, what in (
        (from_place, "from_place", "leaves from"),
        (to_place, "to_place", "goes to"),
    ):
        if not place:
            msg = said("A movement needs the place it {what}", what=what)
            raise InvalidInputError(msg, name)
    activity_id = _activity(session, data.activity_id, program)
    driver_id = _driver(session, data.driver_id)
    vehicles = _vehicles(session, data.vehicles)
    passengers = _passengers(session, data.passengers, program)
    movement.day = data.day
    movement.end_time = None
    movement.start_time = data.start_time
    movement.end_time = data.end_time
    movement.kind = data.kind
    movement.from_place = from_place
    movement.to_place = to_place
    movement.from_venue = from_venue
    movement.to_venue = to_venue
    movement.activity_id = activity_id
    movement.driver_id = driver_id
    movement.notes = data.notes
    session.add(movement)
    set_parts(session, movement, vehicles, passengers)


def set_parts(
    session: Session, movement: Movement, vehicles: Sequence[int], passengers: Sequence[int]
) -> None:
    """Make the movement's vehicles and passengers exactly those ids."""
    if {item.vehicle_id for item in movement.vehicles} != set(vehicles):
        movement.vehicles.clear()
        session.flush()
        movement.vehicles.extend(MovementVehicle(vehicle_id=vid) for vid in vehicles)
    if {item.participant_id for item in movement.passengers} != set(passengers):
        movement.passengers.clear()
        session.flush()
        movement.passengers.extend(MovementPassenger(participant_id=pid) for pid in passengers)


def _venue(session: Session, name: str, field: str) -> Venue | None:
    if not name:
        return None
    venue = session.scalars(
        select(Venue).where(Venue.name_key == search_key(name)).order_by(Venue.id)
    ).first()
    if venue is None:
        msg = said("There is no venue named {name} in the directory", name=f"{name!r}")
        raise InvalidInputError(msg, field)
    return venue


def _activity(session: Session, activity_id: int | None, program: Program) -> int | None:
    if activity_id is None:
        return None
    activity = session.get(Activity, activity_id) if activity_id <= _LARGEST_ID else None
    if activity is None or activity.program_id != program.id:
        msg = said(
            "There is no activity with the id {activity_id} in {code}",
            activity_id=activity_id,
            code=program.code,
        )
        raise InvalidInputError(msg, "activity_id")
    return activity_id


def _driver(session: Session, driver_id: int | None) -> int | None:
    if driver_id is None:
        return None
    guide = session.get(Guide, driver_id) if driver_id <= _LARGEST_ID else None
    if guide is None:
        msg = said("There is no guide with the id {driver_id}", driver_id=driver_id)
        raise InvalidInputError(msg, "driver_id")
    if not is_driver(guide):
        msg = said(
            "{full_name} is not a driver (a guide with the driver role)",
            full_name=guide.person.full_name,
        )
        raise InvalidInputError(msg, "driver_id")
    return driver_id


def _vehicles(session: Session, ids: Sequence[int]) -> list[int]:
    wanted = [vid for vid in ids if vid <= _LARGEST_ID]
    found = set(session.scalars(select(Vehicle.id).where(Vehicle.id.in_(wanted))))
    missing = [vid for vid in ids if vid not in found]
    if missing:
        msg = said("There is no vehicle with the id {missing}", missing=missing[0])
        raise InvalidInputError(msg, "vehicles")
    return list(ids)


def _passengers(session: Session, ids: Sequence[int], program: Program) -> list[int]:
    wanted = [pid for pid in ids if pid <= _LARGEST_ID]
    found = set(
        session.scalars(
            select(Participant.id).where(
                Participant.id.in_(wanted), Participant.program_id == program.id
            )
        )
    )
    missing = [pid for pid in ids if pid not in found]
    if missing:
        msg = said(
            "There is no participant with the id {missing} in {code}",
            missing=missing[0],
            code=program.code,
        )
        raise InvalidInputError(msg, "passengers")
    return list(ids)
