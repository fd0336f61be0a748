"""Proposing a program's transfers from what is recorded: pickups, drop-offs, rides.

The rules read plain data (a :class:`Situation` the service loads in one
reading) and return :class:`TransferProposal` objects; nothing is written.

- **Pickups.** Arrivals (by air or train) at one place, bound for one hotel,
  are grouped when each lands within :attr:`PlanningRules.window` minutes of
  the group's first; the car leaves at the last landing plus the baggage
  buffer. An arrival whose time is not known is never guessed at.
- **Drop-offs.** Departures are grouped the same way; the car leaves the
  hotel in time for the group's earliest one (check-in, then travel time).
- **Rides.** Between consecutive activities of a day at different venues,
  arriving as the second starts; hotel to the first; back after the last.

Travel times are the directory's (``VenueTravel``) when both places are
venues with a known time, else the rules' defaults. Each proposal then gets
free vehicles and a free driver (:mod:`coordinator.domain.transfer_fleet`).
A proposal a recorded movement already covers (same kind, day and places, a
start close by) is left out, so planning twice proposes nothing new.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field

from coordinator.domain.enums import ActivityKind, MovementKind, TravelMode
from coordinator.domain.planning import Absence, TravelTimes
from coordinator.domain.text import search_key

_MET_MODES = frozenset({TravelMode.FLIGHT.value, TravelMode.TRAIN.value, ""})  # "": by place


@dataclass(frozen=True)
class PlanningRules:
    """The adjustable numbers of planning, in minutes unless said otherwise."""

    window: int = 60
    """Arrivals (or departures) at one place this close to the group's first travel together."""
    baggage: int = 45
    """From landing to the car leaving the airport: passport control and baggage."""
    station_buffer: int = 15
    """From a train's arrival to the car leaving the station."""
    check_in: int = 120
    """Before an (international) flight, at the airport."""
    station_check_in: int = 30
    """Before a train, at the station."""
    hotel_travel: int = 60
    """Between the hotel and an airport or station, when the directory does not know it."""
    ride_travel: int = 30
    """Between two venues, when the directory does not know it."""
    ride_from_hotel: bool = True
    """Propose the ride from the hotel to each day's first activity."""
    ride_back: bool = True
    """Propose the ride back to the hotel after each day's last activity."""
    same_within: int = 30
    """A recorded movement of the same kind and places starting this close is the same one."""
    untimed_length: int = 60
    """How long a recorded movement or an activity without an end is taken to last."""


@dataclass(frozen=True)
class Traveller:
    """A participant's travel as planning reads it; ``hotel`` is "" for the program's."""

    participant_id: int
    name: str
    arrival: dt.datetime | None = None
    arrival_known: bool = True
    arrival_mode: str = ""
    arrival_place: str = ""
    departure: dt.datetime | None = None
    departure_known: bool = True
    departure_mode: str = ""
    departure_place: str = ""
    hotel: str = ""
    hotel_venue_id: int | None = None


@dataclass(frozen=True)
class TripActivity:
    """An activity of the program with its venue; no attendees: the whole delegation."""

    id: int
    title: str
    day: dt.date
    start: dt.time | None
    end: dt.time | None
    venue_id: int | None
    venue: str
    kind: str = ""
    attendees: tuple[int, ...] = ()


@dataclass(frozen=True)
class FleetVehicle:
    """A vehicle of the directory with its passenger seats."""

    id: int
    plate: str
    seats: int


@dataclass(frozen=True)
class FleetDriver:
    """A guide with the driver role."""

    id: int
    name: str


@dataclass(frozen=True)
class Busy:
    """A time someone or something is taken: a recorded movement, or a guide's activity.

    ``vehicle_ids`` and ``driver_id`` are who it takes; ``kind``, the places
    and ``movement`` are set for a recorded movement (which a proposal must
    not duplicate), not for an activity.
    """

    begins: dt.datetime
    ends: dt.datetime
    vehicle_ids: tuple[int, ...] = ()
    driver_id: int | None = None
    kind: str = ""
    from_place: str = ""
    to_place: str = ""
    movement: bool = False


@dataclass(frozen=True)
class Situation:
    """Everything planning reads, loaded by the service in one reading."""

    travellers: tuple[Traveller, ...] = ()
    activities: tuple[TripActivity, ...] = ()
    vehicles: tuple[FleetVehicle, ...] = ()
    drivers: tuple[FleetDriver, ...] = ()
    busy: tuple[Busy, ...] = ()
    absences: tuple[Absence, ...] = ()
    travel: TravelTimes = field(default_factory=TravelTimes)
    venue_ids: Mapping[str, int] = field(default_factory=dict)
    """Venue ids by search key of their names: an airport recorded as a venue has travel times."""
    hotel: str = "Hotel"
    hotel_venue_id: int | None = None
    delegation_size: int = 0


@dataclass(frozen=True)
class TransferProposal:
    """A movement planning proposes; ``passengers`` empty means the whole delegation."""

    kind: str
    begins: dt.datetime
    ends: dt.datetime
    from_place: str
    to_place: str
    from_venue_id: int | None = None
    to_venue_id: int | None = None
    activity_id: int | None = None
    passengers: tuple[int, ...] = ()
    seats: int = 0
    """How many passengers need a seat."""
    vehicle_ids: tuple[int, ...] = ()
    driver_id: int | None = None
    short_of_seats: bool = False
    """The free vehicles do not seat everybody: the chosen ones seat as many as they can."""

    @property
    def day(self) -> dt.date:
        """The day the movement starts."""
        return self.begins.date()

    @property
    def start(self) -> dt.time:
        """The time it starts."""
        return self.begins.time()

    @property
    def end(self) -> dt.time | None:
        """The time it arrives, or ``None`` past midnight (a movement's end is on its day)."""
        if self.ends.date() != self.begins.date() or self.ends <= self.begins:
            return None
        return self.ends.time()


def propose_transfers(
    situation: Situation, rules: PlanningRules | None = None
) -> list[TransferProposal]:
    """Return the pickups, drop-offs and rides the program lacks, with vehicles and drivers.

    Proposals come in time order; none duplicates a recorded movement.
    """
    from coordinator.domain.transfer_fleet import allocate  # noqa: PLC0415 - it reads this module

    rules = rules or PlanningRules()
    drafts = [*pickups(situation, rules), *dropoffs(situation, rules), *rides(situation, rules)]
    fresh = [draft for draft in drafts if not recorded_already(draft, situation.busy, rules)]
    fresh.sort(key=lambda item: (item.begins, item.kind, search_key(item.from_place)))
    return allocate(fresh, situation, rules)


def pickups(situation: Situation, rules: PlanningRules) -> list[TransferProposal]:
    """Return a pickup for each group of arrivals at one place bound for one hotel."""
    proposals = []
    for place, hotel, group in _groups(situation, rules, arriving=True):
        buffer = rules.station_buffer if _by_train(group, arriving=True) else rules.baggage
        last = max(_when(item, arriving=True) for item in group)
        begins = last + _minutes(buffer)
        place_id = situation.venue_ids.get(search_key(place))
        travel = _travel(situation, place_id, hotel[1], rules.hotel_travel)
        proposals.append(
            TransferProposal(
                kind=MovementKind.PICKUP.value,
                begins=begins,
                ends=begins + _minutes(travel),
                from_place=place,
                to_place=hotel[0],
                from_venue_id=place_id,
                to_venue_id=hotel[1],
                passengers=tuple(item.participant_id for item in group),
                seats=len(group),
            )
        )
    return proposals


def dropoffs(situation: Situation, rules: PlanningRules) -> list[TransferProposal]:
    """Return a drop-off for each group of departures, in time for its earliest one."""
    proposals = []
    for place, hotel, group in _groups(situation, rules, arriving=False):
        check_in = rules.station_check_in if _by_train(group, arriving=False) else rules.check_in
        earliest = min(_when(item, arriving=False) for item in group)
        place_id = situation.venue_ids.get(search_key(place))
        travel = _travel(situation, hotel[1], place_id, rules.hotel_travel)
        ends = earliest - _minutes(check_in)
        proposals.append(
            TransferProposal(
                kind=MovementKind.DROPOFF.value,
                begins=ends - _minutes(travel),
                ends=ends,
                from_place=hotel[0],
                to_place=place,
                from_venue_id=hotel[1],
                to_venue_id=place_id,
                passengers=tuple(item.participant_id for item in group),
                seats=len(group),
            )
        )
    return proposals


def rides(situation: Situation, rules: PlanningRules) -> list[TransferProposal]:
    """Return the rides of each day: hotel to first venue, venue to venue, last venue back."""
    days: dict[dt.date, list[TripActivity]] = {}
    for activity in situation.activities:
        timed = activity.start is not None and activity.venue_id is not None
        if timed and activity.kind != ActivityKind.TRANSFER.value:
            days.setdefault(activity.day, []).append(activity)
    hotel = (situation.hotel, situation.hotel_venue_id)
    proposals = []
    for day in sorted(days):
        items = sorted(days[day], key=lambda item: (item.start, item.id))
        if rules.ride_from_hotel and items[0].venue_id != hotel[1]:
            proposals.append(_ride_to(situation, rules, hotel, items[0]))
        for before, after in itertools.pairwise(items):
            if before.venue_id != after.venue_id:
                proposals.append(_ride_to(situation, rules, (before.venue, before.venue_id), after))
        if rules.ride_back and items[-1].venue_id != hotel[1]:
            proposals.append(_ride_back(situation, rules, items[-1], hotel))
    return proposals


def recorded_already(
    proposal: TransferProposal, busy: tuple[Busy, ...], rules: PlanningRules
) -> bool:
    """Tell whether a recorded movement is this proposal: same kind, day, places, near start."""
    near = _minutes(rules.same_within)
    places = (search_key(proposal.from_place), search_key(proposal.to_place))
    return any(
        item.movement
        and item.kind == proposal.kind
        and item.begins.date() == proposal.day
        and abs(item.begins - proposal.begins) <= near
        and (search_key(item.from_place), search_key(item.to_place)) == places
        for item in busy
    )


def _ride_to(
    situation: Situation,
    rules: PlanningRules,
    origin: tuple[str, int | None],
    activity: TripActivity,
) -> TransferProposal:
    assert activity.start is not None
    ends = dt.datetime.combine(activity.day, activity.start)
    travel = _travel(situation, origin[1], activity.venue_id, rules.ride_travel)
    return TransferProposal(
        kind=MovementKind.RIDE.value,
        begins=ends - _minutes(travel),
        ends=ends,
        from_place=origin[0],
        to_place=activity.venue,
        from_venue_id=origin[1],
        to_venue_id=activity.venue_id,
        activity_id=activity.id,
        passengers=activity.attendees,
        seats=len(activity.attendees) or situation.delegation_size,
    )


def _ride_back(
    situation: Situation,
    rules: PlanningRules,
    activity: TripActivity,
    hotel: tuple[str, int | None],
) -> TransferProposal:
    assert activity.start is not None
    start = dt.datetime.combine(activity.day, activity.start)
    begins = (
        dt.datetime.combine(activity.day, activity.end)
        if activity.end is not None
        else start + _minutes(rules.untimed_length)
    )
    travel = _travel(situation, activity.venue_id, hotel[1], rules.ride_travel)
    return TransferProposal(
        kind=MovementKind.RIDE.value,
        begins=begins,
        ends=begins + _minutes(travel),
        from_place=activity.venue,
        to_place=hotel[0],
        from_venue_id=activity.venue_id,
        to_venue_id=hotel[1],
        passengers=activity.attendees,
        seats=len(activity.attendees) or situation.delegation_size,
    )


_Hotel = tuple[str, int | None]


def _groups(
    situation: Situation, rules: PlanningRules, *, arriving: bool
) -> list[tuple[str, _Hotel, list[Traveller]]]:
    """Return the travellers met (or seen off) together: by place, hotel and window."""
    by_place: dict[tuple[str, str], list[Traveller]] = {}
    places: dict[tuple[str, str], tuple[str, _Hotel]] = {}
    for item in situation.travellers:
        place = (item.arrival_place if arriving else item.departure_place).strip()
        if not place or not _timed(item, arriving=arriving):
            continue
        hotel = (item.hotel, item.hotel_venue_id) if item.hotel else None
        hotel = hotel or (situation.hotel, situation.hotel_venue_id)
        key = (search_key(place), search_key(hotel[0]))
        by_place.setdefault(key, []).append(item)
        places.setdefault(key, (place, hotel))
    window = _minutes(rules.window)
    groups = []
    for key, travellers in by_place.items():
        travellers.sort(key=lambda item: (_when(item, arriving=arriving), item.participant_id))
        current: list[Traveller] = []
        for item in travellers:
            first = _when(current[0], arriving=arriving) if current else None
            if first is not None and _when(item, arriving=arriving) - first > window:
                groups.append((*places[key], current))
                current = []
            current.append(item)
        groups.append((*places[key], current))
    return groups


def _timed(item: Traveller, *, arriving: bool) -> bool:
    if arriving:
        return item.arrival is not None and item.arrival_known and item.arrival_mode in _MET_MODES
    return item.departure is not None and item.departure_known and item.departure_mode in _MET_MODES


def _when(item: Traveller, *, arriving: bool) -> dt.datetime:
    moment = item.arrival if arriving else item.departure
    assert moment is not None
    return moment


def _by_train(group: list[Traveller], *, arriving: bool) -> bool:
    modes = {item.arrival_mode if arriving else item.departure_mode for item in group}
    return modes == {TravelMode.TRAIN.value}


def _travel(situation: Situation, first: int | None, second: int | None, default: int) -> int:
    if first is None or second is None or first == second:
        return default if first is None or second is None else 0
    return situation.travel.known.get((first, second), default)


def _minutes(count: int) -> dt.timedelta:
    return dt.timedelta(minutes=count)
