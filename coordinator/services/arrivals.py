"""The Arrivals board of a program: who lands or leaves when and where, and who meets them.

A thin use case over :mod:`coordinator.domain.arrivals`: one reading loads the
roster's travel and the program's pickups and drop-offs (with their listed
passengers), and the domain's rules put them together.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from coordinator.domain.arrivals import BoardEntry, Transfer, arrivals_board, journeys_of
from coordinator.domain.directory import Venue
from coordinator.domain.enums import MovementKind
from coordinator.domain.logistics import Movement
from coordinator.domain.programs import Participant
from coordinator.domain.travel import TRAVEL_FIELDS
from coordinator.services.programs import program_by_code
from coordinator.store import Database

_MET = (MovementKind.PICKUP.value, MovementKind.DROPOFF.value)


class ArrivalsService:
    """The arrivals and departures of a program's delegation."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def board(self, program_code: str) -> list[BoardEntry]:
        """Return the board: each arrival and departure with the transfer for it, in board order.

        Participants without an arrival or departure date are not on it.

        Raises:
            NotFoundError: there is no such program.
        """
        with self._database.reading() as session:
            program = program_by_code(session, program_code)
            participants = session.scalars(
                select(Participant)
                .where(Participant.program_id == program.id)
                .where((Participant.arrival.is_not(None)) | (Participant.departure.is_not(None)))
                .options(selectinload(Participant.person), selectinload(Participant.organization))
                .order_by(Participant.position, Participant.id)
            )
            journeys = [
                journey
                for participant in participants
                for journey in journeys_of(
                    participant.id,
                    participant.person.full_name,
                    {
                        name: getattr(participant, name)
                        for name in ("arrival", "departure", *TRAVEL_FIELDS)
                    },
                    title=participant.title,
                    organization=participant.organization.name if participant.organization else "",
                    role=participant.role,
                )
            ]
            movements = session.scalars(
                select(Movement)
                .where(Movement.program_id == program.id, Movement.kind.in_(_MET))
                .options(
                    selectinload(Movement.passengers),
                    selectinload(Movement.from_venue),
                    selectinload(Movement.to_venue),
                )
                .order_by(Movement.day, Movement.start_time, Movement.id)
            )
            transfers = [
                Transfer(
                    id=movement.id,
                    kind=movement.kind,
                    day=movement.day,
                    start=movement.start_time,
                    from_place=movement.from_place or _venue_name(movement.from_venue),
                    to_place=movement.to_place or _venue_name(movement.to_venue),
                    passengers=frozenset(item.participant_id for item in movement.passengers),
                )
                for movement in movements
            ]
        return arrivals_board(journeys, transfers)


def _venue_name(venue: Venue | None) -> str:
    return venue.name if venue is not None else ""
