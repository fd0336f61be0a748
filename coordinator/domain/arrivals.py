"""The Arrivals board: by day, who lands or leaves when and where, and the transfer for them.

The rules read plain data (each participant's travel, the program's pickups
and drop-offs) and return :class:`BoardEntry` objects in board order: by day,
then time (a time not known last in its day), then place, then name.

Which transfer meets an arrival (or takes a departure) is decided so:

- a **pickup** meets an arrival, a **drop-off** takes a departure, on the
  same day;
- its passengers include the participant, or it takes the whole delegation
  (it lists nobody);
- its place fits: the pickup's *from* (the drop-off's *to*) names the same
  airport or station, or one of the two is not written (``IST`` fits
  ``Istanbul Airport (IST)``, not ``SAW``);
- when the time is known, a pickup starts from :data:`PICKUP_BEFORE` before the
  landing to :data:`PICKUP_AFTER` after it, and a drop-off from
  :data:`DROPOFF_BEFORE` before the departure up to the departure itself.

Among those, one that lists the participant by name wins over one for the
whole delegation, one that names the place over one that does not, and then
the one closest in time (for a time not known, the earliest).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coordinator.domain.enums import MovementKind
from coordinator.domain.text import search_key
from coordinator.domain.travel import flight_number

ARRIVAL = "arrival"
DEPARTURE = "departure"
PICKUP_BEFORE = dt.timedelta(minutes=30)
"""How long before a landing a pickup may start and still meet it (the car waits)."""
PICKUP_AFTER = dt.timedelta(hours=3)
"""How long after a landing a pickup may start: passport control, baggage, grouping."""
DROPOFF_BEFORE = dt.timedelta(hours=6)
"""How long before a departure a drop-off may leave: travel, then check-in."""
_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True, slots=True)
class Journey:
    """One arrival or departure of a participant, as the travel fields record it."""

    participant_id: int
    name: str
    direction: str
    """``arrival`` or ``departure``."""
    moment: dt.datetime
    time_known: bool
    mode: str = ""
    number: str = ""
    place: str = ""
    terminal: str = ""
    other_end: str = ""
    """Where an arrival comes from, or where a departure goes."""
    title: str = ""
    organization: str = ""
    role: str = ""


@dataclass(frozen=True, slots=True)
class Transfer:
    """A pickup or drop-off of the program; ``passengers`` empty: the whole delegation."""

    id: int
    kind: str
    day: dt.date
    start: dt.time
    from_place: str
    to_place: str
    passengers: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class BoardEntry:
    """A line of the Arrivals board: a journey and the transfer for it, if there is one."""

    day: dt.date
    time: dt.time | None
    """``None``: the day is known, the time is not."""
    journey: Journey
    transfer: Transfer | None

    @property
    def carrier(self) -> str:
        """The airline's code of a flight number (``TK`` of ``TK 351``), else ``""``."""
        number = flight_number(self.journey.number)
        return number.split(" ")[0] if number else ""


def journeys_of(
    participant_id: int, name: str, travel: dict[str, object], **person: str
) -> list[Journey]:
    """Return the arrival and departure of one participant from their travel fields by name.

    ``travel`` holds the participant's fields (``arrival``,
    ``arrival_time_known``, ``arrival_place``…); a direction without a moment
    is not on the board. ``person`` gives ``title``, ``organization``, ``role``.
    """
    found: list[Journey] = []
    for direction, other_end in ((ARRIVAL, "arrival_from"), (DEPARTURE, "departure_to")):
        moment = travel.get(direction)
        if not isinstance(moment, dt.datetime):
            continue
        found.append(
            Journey(
                participant_id=participant_id,
                name=name,
                direction=direction,
                moment=moment,
                time_known=bool(travel.get(f"{direction}_time_known", True)),
                mode=str(travel.get(f"{direction}_mode", "")),
                number=str(travel.get(f"{direction}_number", "")),
                place=str(travel.get(f"{direction}_place", "")),
                terminal=str(travel.get(f"{direction}_terminal", "")),
                other_end=str(travel.get(other_end, "")),
                **person,
            )
        )
    return found


def arrivals_board(journeys: Iterable[Journey], transfers: Sequence[Transfer]) -> list[BoardEntry]:
    """Return the board: every journey with its transfer, by day, time, place and name."""
    by_day: dict[tuple[str, dt.date], list[Transfer]] = {}
    for transfer in transfers:
        by_day.setdefault((transfer.kind, transfer.day), []).append(transfer)
    entries = []
    for journey in journeys:
        kind = MovementKind.PICKUP if journey.direction == ARRIVAL else MovementKind.DROPOFF
        candidates = by_day.get((kind.value, journey.moment.date()), [])
        entries.append(
            BoardEntry(
                day=journey.moment.date(),
                time=journey.moment.time() if journey.time_known else None,
                journey=journey,
                transfer=transfer_for(journey, candidates),
            )
        )
    entries.sort(key=_board_order)
    return entries


def transfer_for(journey: Journey, transfers: Iterable[Transfer]) -> Transfer | None:
    """Return the transfer that meets (or takes) ``journey`` by the module's rule, or ``None``."""
    best: tuple[tuple[int, int, float], Transfer] | None = None
    for transfer in transfers:
        listed = journey.participant_id in transfer.passengers
        if transfer.passengers and not listed:
            continue
        place = transfer.from_place if journey.direction == ARRIVAL else transfer.to_place
        fit = place_fit(journey.place, place)
        if fit is None:
            continue
        gap = _gap(journey, transfer)
        if gap is None:
            continue
        rank = (0 if listed else 1, 0 if fit else 1, gap)
        if best is None or rank < best[0]:
            best = (rank, transfer)
    return None if best is None else best[1]


def place_fit(travel_place: str, transfer_place: str) -> bool | None:
    """Tell how a transfer's place fits a journey's airport or station.

    ``True``: both name it; ``False``: one of them is not written (it may
    fit); ``None``: they name different places.
    """
    mine, theirs = _words(travel_place), _words(transfer_place)
    if not mine or not theirs:
        return False
    if mine == theirs or set(mine) <= set(theirs) or set(theirs) <= set(mine):
        return True
    return None


def _words(place: str) -> tuple[str, ...]:
    return tuple(word for word in _WORD.split(search_key(place)) if word)


def _gap(journey: Journey, transfer: Transfer) -> float | None:
    """Return how far the transfer's start is from the journey in seconds, ``None``: too far."""
    if not journey.time_known:
        return float(transfer.start.hour * 3600 + transfer.start.minute * 60)
    start = dt.datetime.combine(transfer.day, transfer.start)
    offset = start - journey.moment
    if journey.direction == ARRIVAL:
        if not -PICKUP_BEFORE <= offset <= PICKUP_AFTER:
            return None
    elif not -DROPOFF_BEFORE <= offset <= dt.timedelta():
        return None
    return abs(offset.total_seconds())


def _board_order(entry: BoardEntry) -> tuple[object, ...]:
    timed = entry.time is not None
    return (
        entry.day,
        0 if timed else 1,
        entry.time or dt.time(),
        search_key(entry.journey.place),
        0 if entry.journey.direction == ARRIVAL else 1,
        search_key(entry.journey.name),
        entry.journey.participant_id,
    )
