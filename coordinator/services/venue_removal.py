"""Removing a venue nobody uses from the directory, and putting it back exactly.

A venue is in use while an activity is held there, a movement starts or ends
there, or a stay is in it: such a venue is refused, with what uses it, so no
itinerary loses a place without notice. An unused venue goes with its travel
times; :meth:`VenueRemovalService.restore` puts both back under their ids.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coordinator.domain.directory import Venue
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.program_rows import LinkBack, Row, read_owned_rows, write_owned_rows
from coordinator.store import Database


@dataclass(frozen=True)
class RemovedVenue:
    """A removed venue: its id and name, and its rows (the venue and its travel times)."""

    venue_id: int
    name: str
    tables: tuple[tuple[str, tuple[Row, ...]], ...]
    links: tuple[LinkBack, ...] = ()


def venue_uses(links: tuple[LinkBack, ...]) -> dict[str, int]:
    """Return how many rows of each table point at a venue (activities, movements, stays)."""
    return dict(Counter(link.table for link in links))


class VenueRemovalService:
    """Remove unused venues from the directory; put them back."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def uses(self, venue_id: int) -> dict[str, int]:
        """Return how many records of each kind use the venue (empty: unused).

        Raises:
            NotFoundError: the venue no longer exists.
        """
        with self._database.reading() as session:
            _venue(session, venue_id)
            _tables, links = read_owned_rows(session, Venue.__tablename__, venue_id)
            return venue_uses(links)

    def remove_unused(self, venue_id: int) -> RemovedVenue:
        """Remove the venue and its travel times in one transaction, if nothing uses it.

        Raises:
            NotFoundError: the venue no longer exists.
            InvalidInputError: an activity, a movement or a stay uses the venue.
        """
        with self._database.transaction() as session:
            venue = _venue(session, venue_id)
            tables, links = read_owned_rows(session, Venue.__tablename__, venue_id)
            if links:
                used = ", ".join(f"{count} {table}" for table, count in venue_uses(links).items())
                msg = f"The venue {venue.name} is in use ({used}): it stays in the directory"
                raise InvalidInputError(msg)
            removed = RemovedVenue(venue.id, venue.name, tables, links)
            session.delete(venue)  # through the ORM, so the history records it
            session.flush()
            return removed

    def restore(self, removed: RemovedVenue) -> int:
        """Put a removed venue back with its travel times, under its id; return the id.

        Raises:
            InvalidInputError: the id was taken since, or a venue it had a
                travel time to is gone.
        """
        try:
            with self._database.transaction() as session:
                if session.get(Venue, removed.venue_id) is not None:
                    msg = f"The venue {removed.name} cannot be put back: its place was taken"
                    raise InvalidInputError(msg)
                write_owned_rows(session, removed.tables, removed.links)
                return removed.venue_id
        except IntegrityError as error:
            msg = f"The venue {removed.name} cannot be put back: {error.orig}"
            raise InvalidInputError(msg) from error


def _venue(session: Session, venue_id: int) -> Venue:
    venue = session.get(Venue, venue_id)
    if venue is None:
        msg = "The venue no longer exists"
        raise NotFoundError(msg)
    return venue
