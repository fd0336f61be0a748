"""Giving each proposed transfer vehicles and a driver who are free at its time.

A vehicle is free when it is on no movement that overlaps (recorded, or
proposed earlier in the same plan); a driver is free when they are on no
overlapping movement, not away (a :class:`~coordinator.domain.planning.Absence`)
and not assigned to an overlapping activity. A movement that ends as the
next starts does not overlap it.

Vehicles are chosen by capacity: the fewest free vehicles whose seats hold
the passengers, and of those the least seats left empty (the larger ones
first, then the smallest that seats the rest). When the free vehicles cannot
seat everybody, the proposal takes what there is and says it is short of
seats. Drivers are spread: the free driver with the fewest movements of the
plan so far is chosen, then by name.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence

from coordinator.domain.planning import Absence, minutes
from coordinator.domain.text import search_key
from coordinator.domain.transfer_planning import (
    Busy,
    FleetVehicle,
    PlanningRules,
    Situation,
    TransferProposal,
)

_Span = tuple[dt.datetime, dt.datetime]


def allocate(
    drafts: Sequence[TransferProposal], situation: Situation, rules: PlanningRules
) -> list[TransferProposal]:
    """Return ``drafts`` (in time order) each with free vehicles and a free driver, if any.

    Each proposal takes its vehicles and driver from the ones after it.
    """
    vehicles_busy: dict[int, list[_Span]] = {}
    drivers_busy: dict[int, list[_Span]] = {}
    trips: dict[int, list[_Trip]] = {}
    for item in situation.busy:
        _note(item, vehicles_busy, drivers_busy, rules)
        _note_trip(item, trips, rules)
    load = dict.fromkeys((driver.id for driver in situation.drivers), 0)
    proposals = []
    for draft in drafts:
        span = (draft.begins, draft.ends)
        here = _Trip(draft.begins, draft.ends, draft.from_place, draft.to_place)
        free = [
            v
            for v in situation.vehicles
            if not _overlaps(span, vehicles_busy.get(v.id, ()))
            and not any(_no_way_back(here, trip) for trip in trips.get(v.id, ()))
        ]
        chosen, short = choose_vehicles(draft.seats, free)
        driver = _free_driver(span, situation, drivers_busy, load)
        proposal = dataclasses.replace(
            draft, vehicle_ids=chosen, driver_id=driver, short_of_seats=short
        )
        taken = Busy(draft.begins, draft.ends, chosen, driver, draft.kind, draft.from_place,
                     draft.to_place, movement=True)  # fmt: skip
        _note(taken, vehicles_busy, drivers_busy, rules)
        _note_trip(taken, trips, rules)
        if driver is not None:
            load[driver] += 1
        proposals.append(proposal)
    return proposals


def choose_vehicles(seats: int, free: Iterable[FleetVehicle]) -> tuple[tuple[int, ...], bool]:
    """Return the fewest of ``free`` that seat ``seats`` passengers, and whether they fall short.

    Vehicles without seats are never chosen; no passengers still take one vehicle.
    """
    pool = sorted((v for v in free if v.seats > 0), key=lambda v: (v.seats, v.plate, v.id))
    chosen: list[FleetVehicle] = []
    remaining = max(seats, 1)
    while remaining > 0 and pool:
        pick = next((vehicle for vehicle in pool if vehicle.seats >= remaining), pool[-1])
        chosen.append(pick)
        pool.remove(pick)
        remaining -= pick.seats
    return tuple(vehicle.id for vehicle in chosen), remaining > 0


def absent(driver_id: int, span: _Span, absences: Iterable[Absence]) -> bool:
    """Tell whether the driver is away during any part of ``span``."""
    for absence in absences:
        if absence.guide_id != driver_id:
            continue
        day_start = dt.datetime.combine(absence.day, dt.time())
        start, end = absence.span
        away = (day_start + dt.timedelta(minutes=start), day_start + dt.timedelta(minutes=end))
        if _overlaps(span, [away]):
            return True
    return False


def _free_driver(
    span: _Span,
    situation: Situation,
    busy: dict[int, list[_Span]],
    load: dict[int, int],
) -> int | None:
    candidates = [
        driver
        for driver in situation.drivers
        if not _overlaps(span, busy.get(driver.id, ()))
        and not absent(driver.id, span, situation.absences)
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda driver: (load[driver.id], driver.name, driver.id)).id


def _note(
    item: Busy,
    vehicles: dict[int, list[_Span]],
    drivers: dict[int, list[_Span]],
    rules: PlanningRules,
) -> None:
    ends = item.ends
    if ends <= item.begins:
        ends = item.begins + dt.timedelta(minutes=rules.untimed_length)
    for vehicle_id in item.vehicle_ids:
        vehicles.setdefault(vehicle_id, []).append((item.begins, ends))
    if item.driver_id is not None:
        drivers.setdefault(item.driver_id, []).append((item.begins, ends))


@dataclasses.dataclass(frozen=True, slots=True)
class _Trip:
    """Where a vehicle's movement leaves from and goes, and when."""

    begins: dt.datetime
    ends: dt.datetime
    from_place: str
    to_place: str


def _note_trip(item: Busy, trips: dict[int, list[_Trip]], rules: PlanningRules) -> None:
    if not item.movement:
        return
    ends = item.ends
    if ends <= item.begins:
        ends = item.begins + dt.timedelta(minutes=rules.untimed_length)
    for vehicle_id in item.vehicle_ids:
        trips.setdefault(vehicle_id, []).append(
            _Trip(item.begins, ends, item.from_place, item.to_place)
        )


def _no_way_back(one: _Trip, other: _Trip) -> bool:
    """Tell whether a vehicle cannot do both trips (the conflict rule's view).

    After the earlier trip it drives back as long as it came, unless the later
    one starts where the earlier ended.
    """
    first, second = (one, other) if one.begins <= other.begins else (other, one)
    if second.begins < first.ends:
        return False  # an overlap: found by the spans already
    if not first.to_place or not second.from_place:
        return False  # where it ends or starts is not said: no way back is assumed
    if search_key(second.from_place) == search_key(first.to_place):
        return False
    return second.begins < first.ends + (first.ends - first.begins)


def _overlaps(span: _Span, others: Iterable[_Span]) -> bool:
    return any(span[0] < other[1] and other[0] < span[1] for other in others)


def busy_span(day: dt.date, start: dt.time, end: dt.time | None, length: int) -> _Span:
    """Return when a movement or an activity takes its people: ``length`` minutes when no end."""
    begins = dt.datetime.combine(day, start)
    if end is None or minutes(end) <= minutes(start):
        return begins, begins + dt.timedelta(minutes=length)
    return begins, dt.datetime.combine(day, end)
