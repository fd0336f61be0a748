"""The logistics sheets of a program import: plan the Vehicles and Transfers, then apply them.

Planning writes nothing: it counts what each row adds or updates and lists a
plate or a passenger that is nowhere as a problem at its cell (the rows
with a problem are left out). Applying runs inside the program import's one
transaction, after the roster and the guides, so that a transfer finds the
participants and drivers the same workbook brings.

A vehicle is matched by its plate (however typed), a transfer by its day,
start and places; a driver is a guide found by name (made one, with the
driver role, when new), passengers are participants found by name.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.directory import Person, Venue
from coordinator.domain.enums import GuideRole
from coordinator.domain.itinerary import Guide
from coordinator.domain.logistics import Movement, Vehicle, plate_key
from coordinator.domain.messages import said
from coordinator.domain.programs import Participant, Program
from coordinator.domain.text import search_key
from coordinator.excel import Problem
from coordinator.excel.logistics_records import TransferEntry, VehicleEntry
from coordinator.excel.program_records import ProgramWorkbook
from coordinator.services.guide_fields import person_for_guide
from coordinator.services.movement_fields import apply_movement, check_movement, normalized
from coordinator.services.records import GuideInput
from coordinator.services.roster_import import ImportPlan
from coordinator.services.transfer_records import MovementInput, VehicleInput
from coordinator.services.transfers import add_movement
from coordinator.services.vehicles import save_vehicle, vehicle_with_plate
from coordinator.store import Database

TransferKey = tuple[object, object, str, str]


@dataclass(frozen=True)
class LogisticsPlan:
    """The logistics rows an import writes (those without a problem)."""

    vehicles: tuple[VehicleEntry, ...] = ()
    transfers: tuple[TransferEntry, ...] = ()


@dataclass
class LogisticsCounts:
    """What planning found: rows added and updated per sheet, and the problems."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def transfer_key(entry: TransferEntry | Movement) -> TransferKey:
    """Return what matches a transfer of a file to one of the program."""
    if isinstance(entry, Movement):
        return (entry.day, entry.start_time, search_key(entry.from_place),
                search_key(entry.to_place))  # fmt: skip
    return (entry.day, entry.start, search_key(entry.from_place), search_key(entry.to_place))


def plan_logistics(
    database: Database, program_code: str, workbook: ProgramWorkbook, roster: ImportPlan | None
) -> tuple[LogisticsPlan, LogisticsCounts]:
    """Plan the Vehicles and Transfers rows of ``workbook`` for the program; write nothing."""
    counts = LogisticsCounts()
    with database.reading() as session:
        program = session.scalars(select(Program).where(Program.code == program_code)).one()
        plates = set(session.scalars(select(Vehicle.plate_key)))
        names = _roster_keys(session, program)
        existing = {transfer_key(m) for m in _movements(session, program)}
    if roster is not None:
        names |= {search_key(addition.entry.name) for addition in roster.additions}
    for vehicle in workbook.vehicles:
        known = plate_key(vehicle.plate) in plates
        _count(counts.updated if known else counts.added, vehicle.sheet)
        plates.add(plate_key(vehicle.plate))
    transfers = []
    for entry in workbook.transfers:
        problems = _transfer_problems(entry, plates, names)
        if problems:
            counts.problems += problems
            continue
        transfers.append(entry)
        _count(counts.updated if transfer_key(entry) in existing else counts.added, entry.sheet)
    return LogisticsPlan(tuple(workbook.vehicles), tuple(transfers)), counts


def _count(counts: dict[str, int], sheet: str) -> None:
    counts[sheet] = counts.get(sheet, 0) + 1


def _transfer_problems(entry: TransferEntry, plates: set[str], names: set[str]) -> list[Problem]:
    problems = []
    for plate in entry.vehicles:
        if plate_key(plate) not in plates:
            message = said(
                "There is no vehicle with the plate {plate}: add it on the Vehicles sheet",
                plate=plate,
            )
            problems.append(Problem(entry.sheet, entry.row, entry.column("vehicles"), message))
    for name in entry.passengers:
        if search_key(name) not in names:
            message = said("{name} is not on the program's roster", name=name)
            problems.append(Problem(entry.sheet, entry.row, entry.column("passengers"), message))
    return problems


def _roster_keys(session: Session, program: Program) -> set[str]:
    query = select(Person.name_key).join(Participant, Participant.person_id == Person.id)
    return set(session.scalars(query.where(Participant.program_id == program.id)))


def _movements(session: Session, program: Program) -> list[Movement]:
    return list(session.scalars(select(Movement).where(Movement.program_id == program.id)))


def apply_logistics(session: Session, program: Program, plan: LogisticsPlan) -> None:
    """Write the planned vehicles and transfers inside the import's ``session``.

    Raises:
        InvalidInputError: a row breaks a rule of the vehicles or the transfers.
    """
    for entry in plan.vehicles:
        _vehicle(session, entry)
    existing = {transfer_key(movement): movement for movement in _movements(session, program)}
    for item in plan.transfers:
        data = _movement_input(session, program, item)
        movement = existing.get(transfer_key(item))
        if movement is None:
            existing[transfer_key(item)] = add_movement(session, program, data)
        else:
            check_movement(normalized(data), program)
            apply_movement(session, movement, normalized(data))
    session.flush()


def _vehicle(session: Session, entry: VehicleEntry) -> None:
    vehicle = vehicle_with_plate(session, entry.plate)
    current = VehicleInput(entry.plate)
    if vehicle is not None:
        current = VehicleInput(vehicle.plate, vehicle.seats, vehicle.kind, vehicle.company,
                               vehicle.phone, vehicle.notes)  # fmt: skip
    given = {name: getattr(entry, name) for name in ("kind", "company", "phone", "notes")}
    filled = {name: value for name, value in given.items() if value}
    data = dataclasses.replace(current, plate=entry.plate, **filled)
    if entry.seats is not None:
        data = dataclasses.replace(data, seats=entry.seats)
    save_vehicle(session, vehicle, data)


def _movement_input(session: Session, program: Program, entry: TransferEntry) -> MovementInput:
    vehicles = tuple(
        found.id for plate in entry.vehicles if (found := vehicle_with_plate(session, plate))
    )
    participants = {
        participant.person.name_key: participant.id
        for participant in session.scalars(
            select(Participant).where(Participant.program_id == program.id)
        )
    }
    passengers = tuple(
        participants[search_key(name)] for name in entry.passengers
        if search_key(name) in participants
    )  # fmt: skip
    return MovementInput(
        day=entry.day,
        start_time=entry.start,
        end_time=entry.end,
        kind=entry.kind,
        from_place=entry.from_place,
        to_place=entry.to_place,
        from_venue=entry.from_place if _is_venue(session, entry.from_place) else "",
        to_venue=entry.to_place if _is_venue(session, entry.to_place) else "",
        driver_id=_driver(session, entry.driver),
        vehicles=vehicles,
        passengers=passengers,
        notes=entry.notes,
    )


def _is_venue(session: Session, name: str) -> bool:
    query = select(Venue.id).where(Venue.name_key == search_key(name))
    return session.scalars(query).first() is not None


def _driver(session: Session, name: str) -> int | None:
    """Return the guide named ``name`` as a driver: made a guide, or given the role, if need be."""
    if not name:
        return None
    query = select(Guide).join(Person).where(Person.name_key == search_key(name))
    guide = session.scalars(query.order_by(Guide.id)).first()
    if guide is None:
        guide = Guide(person=person_for_guide(session, GuideInput(name=name)), languages=[],
                      roles=[])  # fmt: skip
        session.add(guide)
    if GuideRole.DRIVER.value not in guide.roles:
        guide.roles = [*guide.roles, GuideRole.DRIVER.value]
    session.flush()
    return guide.id
