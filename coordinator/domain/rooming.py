"""Rooms of a visit: the nights of a stay, who sleeps in which room, and what is wrong.

Pure rules over plain data (no session, no Qt), for the stays service, the
rooming list and the conflict engine alike.

**Nights.** A stay's nights are the dates from check-in up to the day before
check-out: in on 24 August and out on 29 August is five nights (24–28). A
check-in or check-out left empty follows the participant's arrival or
departure date; a participant whose arrival or departure is not recorded
either is taken to come on the program's first day and leave on its last,
as a delegation does.

**Rooms.** Participants who share a room point at each other (``shares_with``);
guests linked that way in the same hotel are one room, whatever the length
of the chain, so a room booked for three by mistake shows as one room over
its capacity rather than as two rooms. Guests are listed in the roster's
order (the head of the delegation first).

**Capacity** by room type (:data:`ROOM_CAPACITY`): a single takes one guest;
a double (one large bed), a twin (two beds) and a suite take two. An extra
bed is not modelled: a third guest in a suite is a finding to look at.

**Findings** for the conflict engine (:class:`RoomFinding`): ``no_room``, the
participants without a room on a night of their visit (one finding per
night, naming everyone concerned), and ``over_capacity``, a room with more
guests on a night than its type takes (one finding per room, on the first
such night).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from coordinator.domain.enums import RoomType
from coordinator.domain.text import search_key

ROOM_CAPACITY: dict[RoomType, int] = {
    RoomType.SINGLE: 1,
    RoomType.DOUBLE: 2,
    RoomType.TWIN: 2,
    RoomType.SUITE: 2,
}
"""How many guests each room type takes (no extra beds)."""

_TYPE_ORDER = {room_type.value: index for index, room_type in enumerate(RoomType)}


class RoomProblem(StrEnum):
    """What a room check finds."""

    NO_ROOM = "no_room"
    """Participants of the visit with no room on a night they are there."""
    OVER_CAPACITY = "over_capacity"
    """A room holding more guests on a night than its type takes."""


@dataclass(frozen=True, slots=True)
class Visit:
    """A participant's days in the city, as the roster records them (dates, no times)."""

    participant_id: int
    name: str
    arrival: dt.date | None
    departure: dt.date | None
    position: int = 0
    """The place on the roster, which orders guests in a room."""


@dataclass(frozen=True, slots=True)
class StayFacts:
    """One participant's stay as the rules need it."""

    participant_id: int
    hotel: str
    """The hotel's name; empty when none is chosen yet."""
    room_type: str
    shares_with_id: int | None
    check_in: dt.date | None
    check_out: dt.date | None
    requests: str = ""


@dataclass(frozen=True, slots=True)
class Guest:
    """A guest of a room, with the nights of their own stay."""

    participant_id: int
    name: str
    check_in: dt.date | None
    check_out: dt.date | None
    requests: str

    @property
    def nights(self) -> tuple[dt.date, ...]:
        """The nights this guest sleeps in the room."""
        return nights_between(self.check_in, self.check_out)


@dataclass(frozen=True, slots=True)
class Room:
    """A room of a hotel and its guests; arrival is the first check-in, departure the last."""

    hotel: str
    room_type: str
    guests: tuple[Guest, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """The guests' names, in roster order."""
        return tuple(guest.name for guest in self.guests)

    @property
    def arrival(self) -> dt.date | None:
        """The first guest's check-in; ``None`` when no date is known."""
        return min((g.check_in for g in self.guests if g.check_in is not None), default=None)

    @property
    def departure(self) -> dt.date | None:
        """The last guest's check-out; ``None`` when no date is known."""
        return max((g.check_out for g in self.guests if g.check_out is not None), default=None)

    @property
    def nights(self) -> int:
        """How many nights the room is booked, from the first check-in to the last check-out."""
        return len(nights_between(self.arrival, self.departure))

    @property
    def requests(self) -> str:
        """The guests' special requests, joined."""
        return "; ".join(guest.requests for guest in self.guests if guest.requests)

    @property
    def capacity(self) -> int:
        """How many guests the room's type takes."""
        return ROOM_CAPACITY[RoomType(self.room_type)]


@dataclass(frozen=True, slots=True)
class RoomFinding:
    """A problem with the rooms: its kind, the participants concerned and the night."""

    kind: RoomProblem
    participant_ids: tuple[int, ...]
    participants: tuple[str, ...]
    night: dt.date | None
    """The night concerned; ``None`` for a room whose guests' nights are unknown."""
    hotel: str = ""
    room_type: str = ""


def nights_between(check_in: dt.date | None, check_out: dt.date | None) -> tuple[dt.date, ...]:
    """Return the nights from ``check_in`` to the night before ``check_out``.

    Nothing when either date is unknown or check-out is not after check-in.
    """
    if check_in is None or check_out is None or check_out <= check_in:
        return ()
    return tuple(
        check_in + dt.timedelta(days=offset) for offset in range((check_out - check_in).days)
    )


def visit_dates(visit: Visit, first_day: dt.date, last_day: dt.date) -> tuple[dt.date, dt.date]:
    """Return the arrival and departure dates of ``visit``, the program's days when unknown."""
    return visit.arrival or first_day, visit.departure or last_day


def effective_dates(
    stay: StayFacts, visit: Visit, first_day: dt.date, last_day: dt.date
) -> tuple[dt.date, dt.date]:
    """Return a stay's check-in and check-out: as recorded, or following the visit's dates."""
    arrival, departure = visit_dates(visit, first_day, last_day)
    return stay.check_in or arrival, stay.check_out or departure


def room_sort_key(room: Room, collate: Callable[[str], Any] = str.casefold) -> tuple[object, ...]:
    """Return how hotels want rooms listed: by arrival, then room type, then surname.

    Rooms without a known arrival come last; room types go single, double,
    twin, suite; the surname is the last word of the first guest's name
    (names are written given name first), compared with ``collate`` (the
    Turkish collation in the application), then the whole name.
    """
    first = room.names[0] if room.names else ""
    surname = first.split()[-1] if first.split() else ""
    return (
        room.arrival is None,
        room.arrival or dt.date.min,
        _TYPE_ORDER.get(room.room_type, len(_TYPE_ORDER)),
        collate(surname),
        collate(first),
    )


def rooms_of(
    stays: Iterable[StayFacts],
    visits: Sequence[Visit],
    first_day: dt.date,
    last_day: dt.date,
    collate: Callable[[str], Any] = str.casefold,
) -> list[Room]:
    """Group ``stays`` into rooms, sorted as :func:`room_sort_key` says.

    Stays that point at each other within one hotel are one room; the room's
    type is its first guest's. Stays of participants not in ``visits`` are
    left out.
    """
    by_id = {visit.participant_id: visit for visit in visits}
    known = {stay.participant_id: stay for stay in stays if stay.participant_id in by_id}
    groups = _linked(known)
    rooms = []
    for members in groups:
        ordered = sorted(members, key=lambda pid: (by_id[pid].position, pid))
        guests = []
        for pid in ordered:
            stay = known[pid]
            check_in, check_out = effective_dates(stay, by_id[pid], first_day, last_day)
            guests.append(Guest(pid, by_id[pid].name, check_in, check_out, stay.requests))
        first = known[ordered[0]]
        rooms.append(Room(first.hotel, first.room_type, tuple(guests)))
    rooms.sort(key=lambda room: (search_key(room.hotel), *room_sort_key(room, collate)))
    return rooms


def _linked(stays: dict[int, StayFacts]) -> list[list[int]]:
    """Return the groups of participants linked by ``shares_with`` within one hotel."""
    parent = {pid: pid for pid in stays}

    def root(pid: int) -> int:
        while parent[pid] != pid:
            parent[pid] = parent[parent[pid]]
            pid = parent[pid]
        return pid

    for pid, stay in stays.items():
        other = stays.get(stay.shares_with_id) if stay.shares_with_id is not None else None
        if other is not None and search_key(other.hotel) == search_key(stay.hotel):
            parent[root(pid)] = root(other.participant_id)
    groups: dict[int, list[int]] = {}
    for pid in stays:
        groups.setdefault(root(pid), []).append(pid)
    return list(groups.values())


def nights_without_room(
    visits: Sequence[Visit],
    stays: Iterable[StayFacts],
    first_day: dt.date,
    last_day: dt.date,
) -> list[RoomFinding]:
    """Return, night by night, the participants who have no room that night.

    A participant's nights are those of their visit (arrival to departure, the
    program's days when not recorded); a stay covers the nights of its
    effective check-in and check-out. A stay without a hotel covers nothing.
    """
    by_participant = {stay.participant_id: stay for stay in stays}
    missing: dict[dt.date, list[Visit]] = {}
    for visit in visits:
        arrival, departure = visit_dates(visit, first_day, last_day)
        stay = by_participant.get(visit.participant_id)
        covered: set[dt.date] = set()
        if stay is not None and stay.hotel.strip():
            covered = set(nights_between(*effective_dates(stay, visit, first_day, last_day)))
        for night in nights_between(arrival, departure):
            if night not in covered:
                missing.setdefault(night, []).append(visit)
    return [
        RoomFinding(
            RoomProblem.NO_ROOM,
            tuple(visit.participant_id for visit in missing[night]),
            tuple(visit.name for visit in missing[night]),
            night,
        )
        for night in sorted(missing)
    ]


def rooms_over_capacity(rooms: Iterable[Room]) -> list[RoomFinding]:
    """Return the rooms with more guests on some night than their type takes.

    Guests are counted night by night, so a guest who leaves the morning the
    next one arrives does not make a double over-full. A room whose guests'
    nights are unknown is counted by its guests.
    """
    findings = []
    for room in rooms:
        night = _first_full_night(room)
        if night is None and (len(room.guests) <= room.capacity or _any_nights(room)):
            continue
        findings.append(
            RoomFinding(
                RoomProblem.OVER_CAPACITY,
                tuple(guest.participant_id for guest in room.guests),
                room.names,
                night,
                room.hotel,
                room.room_type,
            )
        )
    return findings


def _any_nights(room: Room) -> bool:
    return any(guest.nights for guest in room.guests)


def _first_full_night(room: Room) -> dt.date | None:
    counts: dict[dt.date, int] = {}
    for guest in room.guests:
        for night in guest.nights:
            counts[night] = counts.get(night, 0) + 1
    over = [night for night, count in counts.items() if count > room.capacity]
    return min(over, default=None)


def room_findings(
    visits: Sequence[Visit],
    stays: Sequence[StayFacts],
    first_day: dt.date,
    last_day: dt.date,
) -> list[RoomFinding]:
    """Return every room finding of a program: nights without a room, then full rooms."""
    rooms = rooms_of(stays, visits, first_day, last_day)
    return [
        *nights_without_room(visits, stays, first_day, last_day),
        *rooms_over_capacity(rooms),
    ]
