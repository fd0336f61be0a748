"""Transfers (movements) of a program: list, add, edit, remove and put back.

Every call is one transaction and returns plain records. An edit takes the
values it was read with (``before``) and writes only what it changed, its
vehicles and passengers each as one part, refusing what someone changed
since. Removing a movement returns its record, which
:meth:`TransferService.restore` puts back under its own id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.directory import Venue
from coordinator.domain.itinerary import Activity, Guide
from coordinator.domain.logistics import Movement, Vehicle
from coordinator.domain.programs import Participant, Program
from coordinator.domain.text import search_key
from coordinator.services.edits import (
    check_id_free,
    lock_for_edit,
    merged_edit,
    merged_part,
    written_alone,
)
from coordinator.services.movement_fields import (
    apply_movement,
    check_movement,
    movement_by_id,
    movement_record,
    normalized,
    roster_names,
    with_details,
)
from coordinator.services.programs import program_by_code
from coordinator.services.transfer_records import MovementInput, MovementRecord
from coordinator.services.vehicles import is_driver
from coordinator.store import Database


class TransferService:
    """The movements of a program, day by day."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def list_movements(self, program_code: str, day: dt.date | None = None) -> list[MovementRecord]:
        """Return the program's movements (of ``day`` only, when given) by day and time.

        Raises:
            NotFoundError: there is no such program.
        """
        with self._database.reading() as session:
            program = program_by_code(session, program_code)
            return program_movements(session, program, day)

    def get(self, movement_id: int) -> MovementRecord:
        """Return one movement.

        Raises:
            NotFoundError: it no longer exists.
        """
        with self._database.reading() as session:
            movement = movement_by_id(session, movement_id)
            return movement_record(movement, roster_names(session, movement.program_id))

    def add(
        self, program_code: str, data: MovementInput, movement_id: int | None = None
    ) -> MovementRecord:
        """Add a movement; ``movement_id`` gives it back the id it had (a redo after an undo).

        Raises:
            InvalidInputError: a field breaks a rule, names what is not there,
                or ``movement_id`` is taken.
            NotFoundError: there is no such program.
        """
        with self._database.transaction() as session:
            program = program_by_code(session, program_code)
            movement = add_movement(session, program, data, movement_id)
            return movement_record(movement, roster_names(session, program.id))

    def update(
        self, movement_id: int, data: MovementInput, before: MovementInput | None = None
    ) -> MovementRecord:
        """Change a movement.

        With ``before``, as the editor read it, only the fields the edit
        changed are written (the vehicles and the passengers each as one
        part), and only if nobody changed them since.

        Raises:
            InvalidInputError: a field breaks a rule or names what is not there.
            ChangedSinceError: someone changed a field of this edit since it was read.
            NotFoundError: the movement no longer exists.
        """
        with written_alone("The movement"), self._database.transaction() as session:
            lock_for_edit(session, Movement, movement_id)
            movement = movement_by_id(session, movement_id)
            names = roster_names(session, movement.program_id)
            data = normalized(data)
            if before is not None:
                data = _merged(movement_record(movement, names), normalized(before), data)
            check_movement(data, movement.program)
            apply_movement(session, movement, data)
            session.flush()
            return movement_record(movement, names)

    def remove(self, movement_id: int) -> MovementRecord:
        """Remove a movement and return it, so that :meth:`restore` can put it back.

        Raises:
            NotFoundError: the movement no longer exists.
        """
        with self._database.transaction() as session:
            movement = movement_by_id(session, movement_id)
            record = movement_record(movement, roster_names(session, movement.program_id))
            session.delete(movement)
            return record

    def restore(self, record: MovementRecord) -> MovementRecord:
        """Put back a removed movement under its id (the undo of a removal).

        Vehicles, passengers, the driver, the activity and venues that are no
        longer there are left out; the places keep their names.

        Raises:
            InvalidInputError: the id is taken now, or a field breaks a rule.
            NotFoundError: the program no longer exists.
        """
        with self._database.transaction() as session:
            program = program_by_code(session, record.program_code)
            movement = restore_movement(session, program, record)
            return movement_record(movement, roster_names(session, program.id))


def program_movements(
    session: Session, program: Program, day: dt.date | None = None
) -> list[MovementRecord]:
    """Return the program's movements (of ``day`` only, when given) by day and time."""
    query = with_details(select(Movement).where(Movement.program_id == program.id))
    if day is not None:
        query = query.where(Movement.day == day)
    query = query.order_by(Movement.day, Movement.start_time, Movement.id)
    names = roster_names(session, program.id)
    return [movement_record(movement, names) for movement in session.scalars(query)]


def add_movement(
    session: Session, program: Program, data: MovementInput, movement_id: int | None = None
) -> Movement:
    """Add a movement inside ``session`` (see :meth:`TransferService.add`)."""
    data = normalized(data)
    check_movement(data, program)
    taken = "The movement cannot be put back: another movement has taken its place"
    check_id_free(session, Movement, movement_id, taken, "day")
    movement = Movement(id=movement_id, program=program)
    apply_movement(session, movement, data)
    session.flush()
    return movement


def restore_movement(session: Session, program: Program, record: MovementRecord) -> Movement:
    """Put back a removed movement inside ``session`` (see :meth:`TransferService.restore`)."""
    data = normalized(record.as_input())
    data = replace(
        data,
        from_place=data.from_place or data.from_venue,
        to_place=data.to_place or data.to_venue,
        from_venue=data.from_venue if _venue_there(session, data.from_venue) else "",
        to_venue=data.to_venue if _venue_there(session, data.to_venue) else "",
        activity_id=_there(session, Activity, data.activity_id),
        driver_id=_driver_there(session, data.driver_id),
        vehicles=tuple(_all_there(session, Vehicle, data.vehicles)),
        passengers=tuple(_all_there(session, Participant, data.passengers)),
    )
    return add_movement(session, program, data, record.id)


def _merged(current: MovementRecord, before: MovementInput, after: MovementInput) -> MovementInput:
    """Return the edit merged into the movement as it is now (see :mod:`.edits`)."""
    name = f"The movement {current.from_place} → {current.to_place}"
    now = current.as_input()
    fields = merged_edit(_bare(now), _bare(before), _bare(after), name)
    vehicles = merged_part(now.vehicles, before.vehicles, after.vehicles, name, "vehicles")
    passengers = merged_part(
        now.passengers, before.passengers, after.passengers, name, "passengers"
    )
    return replace(fields, vehicles=vehicles, passengers=passengers)


def _bare(data: MovementInput) -> MovementInput:
    """Return ``data`` without its parts, which merge on their own."""
    return replace(data, vehicles=(), passengers=())


def _venue_there(session: Session, name: str) -> bool:
    if not name:
        return False
    query = select(Venue.id).where(Venue.name_key == search_key(name))
    return session.scalars(query).first() is not None


def _there(session: Session, model: type[Activity], record_id: int | None) -> int | None:
    if record_id is None:
        return None
    return record_id if session.get(model, record_id) is not None else None


def _driver_there(session: Session, driver_id: int | None) -> int | None:
    if driver_id is None:
        return None
    guide = session.get(Guide, driver_id)
    return driver_id if guide is not None and is_driver(guide) else None


def _all_there(
    session: Session, model: type[Vehicle] | type[Participant], ids: Sequence[int]
) -> list[int]:
    if not ids:
        return []
    found = set(session.scalars(select(model.id).where(model.id.in_(ids))))
    return [record_id for record_id in ids if record_id in found]
