"""Planned transfers for a program: propose, then accept (undoably) or reject.

A thin use case over :mod:`coordinator.domain.transfer_planning`: one
reading loads the roster's travel (read from the participant's own columns),
the stays, the itinerary, the directory's vehicles, drivers, venues and
travel times, and what already takes vehicles and drivers on those days
(every program's movements, the drivers' activities and absences). Rejecting
is doing nothing; accepting adds the proposals (as given, or as the user
edited them) in one transaction and returns them, which
:meth:`TransferPlanningService.revert` removes again, exactly those, for an undo.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from coordinator.domain.directory import Person, Venue, VenueTravel
from coordinator.domain.itinerary import Activity, Assignment, Guide, GuideUnavailability
from coordinator.domain.logistics import Movement, Stay, Vehicle
from coordinator.domain.planning import Absence, TravelTimes
from coordinator.domain.programs import Participant, Program
from coordinator.domain.transfer_fleet import busy_span
from coordinator.domain.transfer_planning import (
    Busy,
    FleetDriver,
    FleetVehicle,
    PlanningRules,
    Situation,
    TransferProposal,
    Traveller,
    TripActivity,
    propose_transfers,
)
from coordinator.services.movement_fields import DAYS_AROUND, movement_record, roster_names
from coordinator.services.programs import program_by_code
from coordinator.services.transfer_records import (
    MovementInput,
    MovementRecord,
    ProposedMovement,
    VehicleRecord,
)
from coordinator.services.transfers import add_movement
from coordinator.services.vehicles import is_driver, vehicle_record
from coordinator.store import Database

HOTEL_KIND = "hotel"
"""The kind of venue a hotel is."""
SOME_HOTEL = "Hotel"
"""Where pickups go when no hotel is recorded at all."""


class TransferPlanningService:
    """Proposes the pickups, drop-offs and rides a program lacks."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def plan(self, program_code: str, rules: PlanningRules | None = None) -> list[ProposedMovement]:
        """Return the proposals for the program, in time order, with vehicles and drivers.

        Raises:
            NotFoundError: there is no such program.
        """
        with self._database.reading() as session:
            program = program_by_code(session, program_code)
            loaded = _Loaded(session, program, rules or PlanningRules())
            proposals = propose_transfers(loaded.situation, loaded.rules)
            first, last = loaded.days
            return [loaded.proposed(item) for item in proposals if first <= item.day <= last]

    def accept(self, program_code: str, proposals: Iterable[MovementInput]) -> list[MovementRecord]:
        """Add the movements in one transaction; return them for an undo (:meth:`revert`).

        Raises:
            InvalidInputError: a movement breaks a rule or names what is no
                longer there; nothing is written.
            NotFoundError: there is no such program.
        """
        with self._database.transaction() as session:
            program = program_by_code(session, program_code)
            added = [add_movement(session, program, data) for data in proposals]
            names = roster_names(session, program.id)
            return [movement_record(movement, names) for movement in added]

    def revert(self, accepted: Iterable[MovementRecord]) -> None:
        """Remove exactly the movements :meth:`accept` added (the undo of accepting)."""
        ids = [record.id for record in accepted]
        with self._database.transaction() as session:
            for movement in session.scalars(select(Movement).where(Movement.id.in_(ids))):
                session.delete(movement)


class _Loaded:
    """A program's situation as planning reads it, and what turns proposals into records."""

    def __init__(self, session: Session, program: Program, rules: PlanningRules) -> None:
        self.rules = rules
        around = dt.timedelta(days=DAYS_AROUND)
        self.days = (program.first_day - around, program.last_day + around)
        self.names = roster_names(session, program.id)
        venues = session.execute(select(Venue.id, Venue.name, Venue.name_key)).all()
        self.venue_names = {row[0]: row[1] for row in venues}
        self.vehicles = {v.id: vehicle_record(v) for v in session.scalars(select(Vehicle))}
        guides = session.scalars(select(Guide).options(selectinload(Guide.person))).all()
        self.drivers = {guide.id: guide for guide in guides if is_driver(guide)}
        stays = _stays(session, program)
        hotel, hotel_id = _program_hotel(session, program, stays)
        self.situation = Situation(
            travellers=_travellers(session, program, stays),
            activities=_activities(session, program),
            vehicles=tuple(FleetVehicle(v.id, v.plate, v.seats) for v in self.vehicles.values()),
            drivers=tuple(FleetDriver(g.id, g.person.full_name) for g in self.drivers.values()),
            busy=(*self._movements(session), *self._duties(session)),
            absences=self._absences(session),
            travel=TravelTimes(
                {
                    (r.from_venue_id, r.to_venue_id): r.minutes
                    for r in session.scalars(select(VenueTravel))
                }
            ),
            venue_ids={row[2]: row[0] for row in venues},
            hotel=hotel,
            hotel_venue_id=hotel_id,
            delegation_size=len(self.names),
        )

    def proposed(self, item: TransferProposal) -> ProposedMovement:
        data = MovementInput(
            day=item.day,
            start_time=item.start,
            end_time=item.end,
            kind=item.kind,
            from_place=item.from_place,
            to_place=item.to_place,
            from_venue=self.venue_names.get(item.from_venue_id or 0, ""),
            to_venue=self.venue_names.get(item.to_venue_id or 0, ""),
            activity_id=item.activity_id,
            driver_id=item.driver_id,
            vehicles=tuple(sorted(item.vehicle_ids)),
            passengers=tuple(sorted(item.passengers)),
        )
        driver = self.drivers.get(item.driver_id or 0)
        listed = set(item.passengers)
        return ProposedMovement(
            data=data,
            vehicles=_vehicles(self.vehicles[vid] for vid in item.vehicle_ids),
            driver=driver.person.full_name if driver else "",
            driver_phone=driver.person.phone if driver else "",
            passenger_names=tuple(
                n for pid, n in self.names.items() if not listed or pid in listed
            ),
            seats=item.seats,
            short_of_seats=item.short_of_seats,
        )

    def _movements(self, session: Session) -> list[Busy]:
        query = select(Movement).where(Movement.day.between(*self.days))
        rows = session.scalars(query.options(selectinload(Movement.vehicles)))
        busy = []
        for row in rows:
            begins, ends = busy_span(
                row.day, row.start_time, row.end_time, self.rules.untimed_length
            )
            vehicles = tuple(item.vehicle_id for item in row.vehicles)
            busy.append(
                Busy(begins, ends, vehicles, row.driver_id, row.kind, row.from_place,
                     row.to_place, movement=True)
            )  # fmt: skip
        return busy

    def _duties(self, session: Session) -> list[Busy]:
        rows = session.execute(
            select(Assignment.guide_id, Activity.day, Activity.start_time, Activity.end_time)
            .join(Activity, Assignment.activity_id == Activity.id)
            .where(Activity.day.between(*self.days), Assignment.guide_id.in_(list(self.drivers)))
        )
        duties = []
        for guide_id, day, start, end in rows:
            if start is not None:
                begins, ends = busy_span(day, start, end, self.rules.untimed_length)
                duties.append(Busy(begins, ends, driver_id=guide_id))
        return duties

    def _absences(self, session: Session) -> tuple[Absence, ...]:
        rows = session.scalars(
            select(GuideUnavailability).where(
                GuideUnavailability.day.between(*self.days),
                GuideUnavailability.guide_id.in_(list(self.drivers)),
            )
        )
        return tuple(Absence(r.guide_id, r.day, r.start_time, r.end_time, r.reason) for r in rows)


def _vehicles(records: Iterable[VehicleRecord]) -> tuple[VehicleRecord, ...]:
    return tuple(sorted(records, key=lambda record: (record.plate, record.id)))


def _stays(session: Session, program: Program) -> dict[int, Stay]:
    rows = session.scalars(
        select(Stay)
        .join(Participant, Stay.participant_id == Participant.id)
        .where(Participant.program_id == program.id)
        .options(selectinload(Stay.hotel))
    )
    return {stay.participant_id: stay for stay in rows}


def _program_hotel(
    session: Session, program: Program, stays: dict[int, Stay]
) -> tuple[str, int | None]:
    """Return the program's hotel: most stays', else a hotel of its itinerary, else "Hotel"."""
    counted = Counter(stay.hotel for stay in stays.values() if stay.hotel is not None)
    if counted:
        hotel = min(counted, key=lambda venue: (-counted[venue], venue.id))
        return hotel.name, hotel.id
    used = session.scalars(
        select(Venue)
        .join(Activity, Activity.venue_id == Venue.id)
        .where(Activity.program_id == program.id)
        .order_by(Activity.day, Activity.position, Venue.id)
    )
    for venue in used:
        if venue.kind.strip().casefold() == HOTEL_KIND:
            return venue.name, venue.id
    return SOME_HOTEL, None


def _travellers(
    session: Session, program: Program, stays: dict[int, Stay]
) -> tuple[Traveller, ...]:
    rows = session.execute(
        select(Participant, Person.full_name)
        .join(Person, Participant.person_id == Person.id)
        .where(Participant.program_id == program.id)
        .order_by(Participant.position, Participant.id)
    )
    travellers = []
    for participant, name in rows:
        stay = stays.get(participant.id)
        hotel = stay.hotel if stay is not None else None
        travellers.append(
            Traveller(
                participant_id=participant.id,
                name=name,
                arrival=participant.arrival,
                arrival_known=participant.arrival_time_known,
                arrival_mode=participant.arrival_mode,
                arrival_place=participant.arrival_place,
                departure=participant.departure,
                departure_known=participant.departure_time_known,
                departure_mode=participant.departure_mode,
                departure_place=participant.departure_place,
                hotel=hotel.name if hotel else "",
                hotel_venue_id=hotel.id if hotel else None,
            )
        )
    return tuple(travellers)


def _activities(session: Session, program: Program) -> tuple[TripActivity, ...]:
    rows = session.scalars(
        select(Activity)
        .where(Activity.program_id == program.id)
        .options(selectinload(Activity.venue), selectinload(Activity.attendees))
        .order_by(Activity.day, Activity.position, Activity.id)
    )
    return tuple(
        TripActivity(
            id=row.id,
            title=row.title,
            day=row.day,
            start=row.start_time,
            end=row.end_time,
            venue_id=row.venue_id,
            venue=row.venue.name if row.venue else "",
            kind=row.kind,
            attendees=tuple(sorted(item.participant_id for item in row.attendees)),
        )
        for row in rows
    )
