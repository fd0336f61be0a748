"""Loading a program's logistics into the plain data the logistics rules read.

One query per table: the program's movements with their vehicles and
passengers, the vehicles they use, the drivers' names, the participants'
arrivals and departures, and the activities with their attendees and guides.
Rooms are checked only once the program records a stay: an office that does
not keep its rooms here is not told every night that nobody has one.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from coordinator.domain.conflicts import ConflictKind, Finding
from coordinator.domain.itinerary import Activity, Assignment, Guide
from coordinator.domain.logistics import Movement, Vehicle
from coordinator.domain.logistics_conflicts import (
    LogisticsActivity,
    LogisticsMovement,
    LogisticsPlan,
    LogisticsTraveller,
    LogisticsVehicle,
)
from coordinator.domain.programs import Participant, Program
from coordinator.domain.rooming import RoomFinding, RoomProblem, room_findings
from coordinator.domain.wording import day_label, name_list
from coordinator.services.stay_rows import program_stays, program_visits, stay_facts


def load_logistics(session: Session, program: Program) -> LogisticsPlan:
    """Return what the logistics rules need of ``program``."""
    movements = list(
        session.scalars(
            select(Movement)
            .where(Movement.program_id == program.id)
            .options(selectinload(Movement.vehicles), selectinload(Movement.passengers))
        )
    )
    vehicle_ids = {item.vehicle_id for movement in movements for item in movement.vehicles}
    driver_ids = {movement.driver_id for movement in movements if movement.driver_id is not None}
    participants = session.scalars(
        select(Participant)
        .where(Participant.program_id == program.id)
        .options(selectinload(Participant.person))
    )
    activities = session.scalars(
        select(Activity)
        .where(Activity.program_id == program.id)
        .options(selectinload(Activity.attendees), selectinload(Activity.assignments))
    )
    return LogisticsPlan(
        movements=tuple(_movement(item) for item in movements),
        vehicles=tuple(
            LogisticsVehicle(vehicle.id, vehicle.plate, vehicle.seats)
            for vehicle in session.scalars(select(Vehicle).where(Vehicle.id.in_(vehicle_ids)))
        ),
        travellers=tuple(_traveller(item) for item in participants),
        activities=tuple(_activity(item) for item in activities),
        drivers={
            guide.id: guide.person.full_name
            for guide in session.scalars(
                select(Guide).where(Guide.id.in_(driver_ids)).options(selectinload(Guide.person))
            )
        },
    )


def load_room_findings(session: Session, program: Program) -> list[Finding]:
    """Return the room findings of ``program``; none while it records no stay at all."""
    stays = program_stays(session, program)
    if not stays:
        return []
    found = room_findings(
        program_visits(session, program),
        [stay_facts(stay) for stay in stays],
        program.first_day,
        program.last_day,
    )
    return [_room_finding(item, program) for item in found]


def _room_finding(item: RoomFinding, program: Program) -> Finding:
    night = item.night or program.first_day
    names = name_list(list(item.participants), limit=4)
    if item.kind == RoomProblem.NO_ROOM:
        message = f"No room for the night of {day_label(night)}: {names}"
    else:
        kind = item.room_type or "room"
        message = f"Too many guests in one {kind} room on the night of {day_label(night)}: {names}"
    return Finding(
        kind=ConflictKind.ROOM, day=night, activity_ids=(), activities=(), message=message,
        people=item.participants, detail=item.kind.value,
    )  # fmt: skip


def _movement(movement: Movement) -> LogisticsMovement:
    return LogisticsMovement(
        id=movement.id, day=movement.day, start=movement.start_time, end=movement.end_time,
        kind=movement.kind, from_place=movement.from_place, to_place=movement.to_place,
        vehicle_ids=tuple(sorted(item.vehicle_id for item in movement.vehicles)),
        driver_id=movement.driver_id,
        passenger_ids=tuple(sorted(item.participant_id for item in movement.passengers)),
    )  # fmt: skip


def _traveller(participant: Participant) -> LogisticsTraveller:
    return LogisticsTraveller(
        id=participant.id, name=participant.person.full_name, arrival=participant.arrival,
        arrival_time_known=participant.arrival_time_known, departure=participant.departure,
        departure_time_known=participant.departure_time_known,
    )  # fmt: skip


def _activity(activity: Activity) -> LogisticsActivity:
    assignments: list[Assignment] = activity.assignments
    return LogisticsActivity(
        id=activity.id, title=activity.title, day=activity.day, start=activity.start_time,
        end=activity.end_time,
        attendee_ids=tuple(sorted(item.participant_id for item in activity.attendees)),
        guide_ids=tuple(sorted(item.guide_id for item in assignments)),
    )  # fmt: skip
