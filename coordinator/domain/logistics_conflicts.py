"""The conflict rules of logistics: vehicles, seats, arrivals and drivers.

Findings go into the same list as the itinerary's (see
:mod:`coordinator.domain.conflicts`), with these kinds:

``vehicle``
    a vehicle on two movements that overlap, or that cannot be back from the
    first in time for the second: a vehicle that leaves people somewhere
    drives back as long as it came, unless its next movement starts there.
``capacity``
    more passengers on a movement than its vehicles have seats.
``arrival``
    a participant on an activity or a movement before they land or after they
    leave; a pickup before their flight lands; a drop-off that reaches the
    airport later than the check-in time before their flight. With a date
    and no time known, only the day counts.
``overlap``
    a driver on two movements at once, or on a movement while assigned to an
    activity: the ``overlap`` of any guide.

Rooms are checked by :mod:`coordinator.domain.rooming` and joined in by the
conflict service. Movements without an end take :data:`DEFAULT_MINUTES`.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from coordinator.domain.conflicts import ConflictKind, Finding, finding_order
from coordinator.domain.enums import MovementKind
from coordinator.domain.text import search_key
from coordinator.domain.wording import day_label, quoted

DEFAULT_MINUTES = 45
"""How long a movement without an end is taken to last."""


@dataclass(frozen=True, slots=True)
class LogisticsMovement:
    """A movement as the rules see it; ``passenger_ids`` empty means the whole delegation."""

    id: int
    day: dt.date
    start: dt.time
    end: dt.time | None
    kind: str
    from_place: str
    to_place: str
    vehicle_ids: tuple[int, ...] = ()
    driver_id: int | None = None
    passenger_ids: tuple[int, ...] = ()

    @property
    def label(self) -> str:
        """``IST → Hotel``, as findings name a movement."""
        return f"{self.from_place or '?'} → {self.to_place or '?'}"

    @property
    def begins(self) -> dt.datetime:
        """When it starts."""
        return dt.datetime.combine(self.day, self.start)

    @property
    def ends(self) -> dt.datetime:
        """When it ends, or :data:`DEFAULT_MINUTES` after its start when no end is given."""
        if self.end is not None:
            return dt.datetime.combine(self.day, self.end)
        return self.begins + dt.timedelta(minutes=DEFAULT_MINUTES)


@dataclass(frozen=True, slots=True)
class LogisticsVehicle:
    """A vehicle: its plate and passenger seats."""

    id: int
    plate: str
    seats: int


@dataclass(frozen=True, slots=True)
class LogisticsTraveller:
    """A participant's arrival and departure, as the roster records them."""

    id: int
    name: str
    arrival: dt.datetime | None = None
    arrival_time_known: bool = True
    departure: dt.datetime | None = None
    departure_time_known: bool = True


@dataclass(frozen=True, slots=True)
class LogisticsActivity:
    """An activity of the program; ``attendee_ids`` empty means the whole delegation."""

    id: int
    title: str
    day: dt.date
    start: dt.time | None = None
    end: dt.time | None = None
    attendee_ids: tuple[int, ...] = ()
    guide_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class LogisticsPlan:
    """What the logistics rules read of a program."""

    movements: Sequence[LogisticsMovement] = ()
    vehicles: Sequence[LogisticsVehicle] = ()
    travellers: Sequence[LogisticsTraveller] = ()
    activities: Sequence[LogisticsActivity] = ()
    drivers: dict[int, str] = field(default_factory=dict)
    check_in_minutes: int = 120
    """How long before a flight the delegation must be at the airport."""


def find_logistics_conflicts(plan: LogisticsPlan) -> list[Finding]:
    """Return the logistics findings of ``plan``, by day and time."""
    findings = [
        *_vehicle_findings(plan),
        *_capacity_findings(plan),
        *_arrival_findings(plan),
        *_driver_findings(plan),
    ]
    return sorted(findings, key=finding_order)


def _movement_finding(
    kind: ConflictKind,
    movements: Sequence[LogisticsMovement],
    message: str,
    **values: object,
) -> Finding:
    first = movements[0]
    return Finding(
        kind=kind, day=first.day, activity_ids=(), activities=(), message=message,
        start=first.start, movement_ids=tuple(item.id for item in movements),
        movements=tuple(item.label for item in movements), **values,  # type: ignore[arg-type]
    )  # fmt: skip


def _vehicle_findings(plan: LogisticsPlan) -> Iterator[Finding]:
    by_vehicle: dict[int, list[LogisticsMovement]] = {}
    for movement in plan.movements:
        for vehicle_id in movement.vehicle_ids:
            by_vehicle.setdefault(vehicle_id, []).append(movement)
    plates = {vehicle.id: vehicle.plate for vehicle in plan.vehicles}
    for vehicle_id, movements in sorted(by_vehicle.items()):
        ordered = sorted(movements, key=lambda item: (item.begins, item.id))
        plate = plates.get(vehicle_id, "?")
        for first, second in itertools.pairwise(ordered):
            if second.begins < first.ends:
                message = (f"Vehicle {plate} is on two transfers at once on "
                           f"{day_label(first.day)}: {first.label} at {first.start:%H:%M} and "
                           f"{second.label} at {second.start:%H:%M}")  # fmt: skip
                yield _movement_finding(ConflictKind.VEHICLE, (first, second), message,
                                        vehicles=(plate,), detail="overlap")  # fmt: skip
            elif _must_drive_back(first, second) and second.begins < _back(first):
                message = (f"Vehicle {plate} cannot be back from {first.label} (ends "
                           f"{first.ends:%H:%M}) in time for {second.label} at "
                           f"{second.start:%H:%M} on {day_label(first.day)}")  # fmt: skip
                yield _movement_finding(ConflictKind.VEHICLE, (first, second), message,
                                        vehicles=(plate,), detail="not_back")  # fmt: skip


def _must_drive_back(first: LogisticsMovement, second: LogisticsMovement) -> bool:
    if not first.to_place or not second.from_place:
        return False  # where it ends or starts is not said: no way back is assumed
    return search_key(second.from_place) != search_key(first.to_place)


def _back(movement: LogisticsMovement) -> dt.datetime:
    return movement.ends + (movement.ends - movement.begins)


def _passengers(plan: LogisticsPlan, movement: LogisticsMovement) -> list[LogisticsTraveller]:
    if not movement.passenger_ids:
        return list(plan.travellers)
    wanted = set(movement.passenger_ids)
    return [traveller for traveller in plan.travellers if traveller.id in wanted]


def _capacity_findings(plan: LogisticsPlan) -> Iterator[Finding]:
    seats = {vehicle.id: vehicle.seats for vehicle in plan.vehicles}
    for movement in plan.movements:
        if not movement.vehicle_ids:
            continue
        aboard = len(_passengers(plan, movement))
        available = sum(seats.get(vehicle_id, 0) for vehicle_id in movement.vehicle_ids)
        if aboard > available:
            message = (f"{aboard} passengers but {available} seats on {movement.label} at "
                       f"{movement.start:%H:%M} on {day_label(movement.day)}")  # fmt: skip
            yield _movement_finding(ConflictKind.CAPACITY, (movement,), message,
                                    detail=f"{aboard}/{available}")  # fmt: skip


def _arrival_findings(plan: LogisticsPlan) -> Iterator[Finding]:
    for activity in plan.activities:
        wanted = set(activity.attendee_ids)
        for traveller in plan.travellers:
            if wanted and traveller.id not in wanted:
                continue
            problem = _outside_stay(traveller, activity.day, activity.start, activity.end)
            if problem:
                yield _activity_arrival(activity, traveller, problem)
    for movement in plan.movements:
        for traveller in _passengers(plan, movement):
            problem = _movement_problem(plan, movement, traveller)
            if problem:
                yield _movement_arrival(movement, traveller, problem)


def _outside_stay(
    traveller: LogisticsTraveller,
    day: dt.date,
    start: dt.time | None,
    end: dt.time | None,
) -> str:
    """Return ``before_arrival`` or ``after_departure`` when the time falls outside the stay."""
    arrival, departure = traveller.arrival, traveller.departure
    if arrival is not None:
        if day < arrival.date():
            return "before_arrival"
        timed = traveller.arrival_time_known and day == arrival.date() and start is not None
        if timed and dt.datetime.combine(day, start) < arrival:  # type: ignore[arg-type]
            return "before_arrival"
    if departure is not None:
        if day > departure.date():
            return "after_departure"
        finish = end or start
        timed = traveller.departure_time_known and day == departure.date() and finish is not None
        if timed and dt.datetime.combine(day, finish) > departure:  # type: ignore[arg-type]
            return "after_departure"
    return ""


def _movement_problem(
    plan: LogisticsPlan, movement: LogisticsMovement, traveller: LogisticsTraveller
) -> str:
    arrival, departure = traveller.arrival, traveller.departure
    if movement.kind == MovementKind.PICKUP and arrival is not None:
        landed = arrival.date() == movement.day
        if landed and traveller.arrival_time_known and movement.begins < arrival:
            return "pickup_early"
        return "" if landed else _outside_stay(traveller, movement.day, movement.start, None)
    if movement.kind == MovementKind.DROPOFF and departure is not None:
        leaves = departure.date() == movement.day
        latest = departure - dt.timedelta(minutes=plan.check_in_minutes)
        if leaves and traveller.departure_time_known and movement.ends > latest:
            return "dropoff_late"
        return "" if leaves else _outside_stay(traveller, movement.day, movement.start, None)
    return _outside_stay(traveller, movement.day, movement.start, movement.end)


_ARRIVAL_WORDS = {
    "before_arrival": "before they arrive",
    "after_departure": "after they leave",
    "pickup_early": "before their arrival",
    "dropoff_late": "too late for the check-in before their departure",
}


def _activity_arrival(
    activity: LogisticsActivity, traveller: LogisticsTraveller, problem: str
) -> Finding:
    message = (f"{traveller.name} is on {quoted(activity.title)} on {day_label(activity.day)} "
               f"{_ARRIVAL_WORDS[problem]}")  # fmt: skip
    return Finding(
        kind=ConflictKind.ARRIVAL, day=activity.day, activity_ids=(activity.id,),
        activities=(activity.title,), message=message, start=activity.start,
        people=(traveller.name,), detail=problem,
    )  # fmt: skip


def _movement_arrival(
    movement: LogisticsMovement, traveller: LogisticsTraveller, problem: str
) -> Finding:
    if problem == "pickup_early":
        message = (f"The pickup {movement.label} at {movement.start:%H:%M} on "
                   f"{day_label(movement.day)} is before {traveller.name} lands")  # fmt: skip
    elif problem == "dropoff_late":
        message = (f"The drop-off {movement.label} on {day_label(movement.day)} reaches the "
                   f"airport at {movement.ends:%H:%M}, too late for the check-in before "
                   f"{traveller.name}'s departure")  # fmt: skip
    else:
        message = (f"{traveller.name} is on the transfer {movement.label} on "
                   f"{day_label(movement.day)} {_ARRIVAL_WORDS[problem]}")  # fmt: skip
    return _movement_finding(ConflictKind.ARRIVAL, (movement,), message,
                             people=(traveller.name,), detail=problem)  # fmt: skip


def _driver_findings(plan: LogisticsPlan) -> Iterator[Finding]:
    by_driver: dict[int, list[LogisticsMovement]] = {}
    for movement in plan.movements:
        if movement.driver_id is not None:
            by_driver.setdefault(movement.driver_id, []).append(movement)
    for driver_id, movements in sorted(by_driver.items()):
        name = plan.drivers.get(driver_id, "?")
        ordered = sorted(movements, key=lambda item: (item.begins, item.id))
        for index, first in enumerate(ordered):
            clashes = [other for other in ordered[index + 1 :] if other.begins < first.ends]
            for second in clashes:
                message = (f"{name} drives two transfers at once on {day_label(first.day)}: "
                           f"{first.label} at {first.start:%H:%M} and {second.label} at "
                           f"{second.start:%H:%M}")  # fmt: skip
                yield _movement_finding(ConflictKind.OVERLAP, (first, second), message,
                                        guide_ids=(driver_id,), guides=(name,))  # fmt: skip
        yield from _driving_while_guiding(plan, driver_id, name, ordered)


def _driving_while_guiding(
    plan: LogisticsPlan, driver_id: int, name: str, movements: Sequence[LogisticsMovement]
) -> Iterator[Finding]:
    for activity in plan.activities:
        if driver_id not in activity.guide_ids or activity.start is None:
            continue
        begins = dt.datetime.combine(activity.day, activity.start)
        ends = dt.datetime.combine(activity.day, activity.end or activity.start)
        for movement in movements:
            if movement.begins < ends and begins < movement.ends:
                message = (f"{name} drives {movement.label} at {movement.start:%H:%M} on "
                           f"{day_label(movement.day)} while assigned to "
                           f"{quoted(activity.title)}")  # fmt: skip
                yield Finding(
                    kind=ConflictKind.OVERLAP, day=movement.day, activity_ids=(activity.id,),
                    activities=(activity.title,), message=message, guide_ids=(driver_id,),
                    guides=(name,), start=movement.start, movement_ids=(movement.id,),
                    movements=(movement.label,),
                )  # fmt: skip
