"""The directory shared by every program: search it, keep venues and travel times.

Searches compare Turkish-aware search keys word by word (``arisoy`` finds
*Ömer Arısoy*, ``uskudar`` finds *Üsküdar Municipality*) and return the
entries in Turkish alphabetical order, ready for completers and pickers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, String, and_, cast, func, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from coordinator.domain.directory import Organization, Person, Venue, VenueTravel
from coordinator.domain.itinerary import Guide
from coordinator.domain.text import fold_spaces, search_key
from coordinator.services.collation import sort_key_function
from coordinator.services.directory import organization_named
from coordinator.services.directory_edits import (
    apply_organization,
    apply_person,
    found,
    organization_record,
    person_record,
    venue_record,
)
from coordinator.services.directory_records import OrganizationInput, PersonInput
from coordinator.services.edits import (
    check_id_free,
    lock_for_edit,
    merged_edit,
    merged_part,
    written_alone,
)
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.records import (
    OrganizationRecord,
    PersonRecord,
    TravelTimeRecord,
    VenueInput,
    VenueRecord,
)
from coordinator.store import Database
from coordinator.store.json_lists import string_list

_Record = TypeVar("_Record")

_ORGANIZATION_COLUMNS = (
    Organization.id, Organization.name, Organization.kind, Organization.city,
    Organization.country, Organization.notes,
)  # fmt: skip
_PERSON_COLUMNS = (
    Person.id, Person.full_name, Person.title, Organization.name,
    cast(Person.languages, String),  # as written: the few distinct lists are parsed once
    Person.email, Person.phone, Guide.id, Person.notes,
)  # fmt: skip
_VENUE_COLUMNS = (
    Venue.id, Venue.name, func.coalesce(Organization.name, ""), Venue.kind, Venue.address,
    Venue.city, Venue.notes,
)  # fmt: skip


def _person_record(row: Sequence[Any]) -> PersonRecord:
    """One row of ``_PERSON_COLUMNS`` (and any columns after them) as a record."""
    number, name, title, organization, languages, email, phone, guide_id, notes = row[:9]
    return PersonRecord(
        number,
        name,
        title,
        organization or "",
        string_list(languages),
        email,
        phone,
        guide_id,
        notes,
    )


def _words_in(column: InstrumentedAttribute[str], query: str) -> ColumnElement[bool]:
    """Match rows whose key holds every word of ``query``."""
    words = [word for word in search_key(query).split(" ") if word]
    return and_(true(), *(column.contains(word, autoescape=True) for word in words))


def _sorted(records: Sequence[_Record], name: Callable[[_Record], str]) -> list[_Record]:
    key = sort_key_function()
    return sorted(records, key=lambda record: key(name(record)))


class DirectoryService:
    """Organizations, persons and venues, reused by every program."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def organizations(self, query: str = "") -> list[OrganizationRecord]:
        """Return the organizations whose name holds every word of ``query``."""
        with self._database.reading() as session:
            rows = session.connection().execute(
                select(*_ORGANIZATION_COLUMNS).where(_words_in(Organization.name_key, query))
            )
            records = [OrganizationRecord(*row) for row in rows.all()]
        return _sorted(records, lambda record: record.name)

    def persons(self, query: str = "") -> list[PersonRecord]:
        """Return the persons whose name holds every word of ``query``.

        One query of plain columns, no objects: ten years of work (18,000
        people) are read in a fraction of a second.
        """
        return self.persons_and_name_keys(query)[0]

    def persons_and_name_keys(self, query: str = "") -> tuple[list[PersonRecord], dict[str, str]]:
        """Return :meth:`persons`, and each one's name with the search key stored beside it.

        A list's filter takes the stored keys rather than folding the names again.
        """
        with self._database.reading() as session:
            found = session.connection().execute(
                select(*_PERSON_COLUMNS, Person.name_key)
                .outerjoin(Organization, Person.organization_id == Organization.id)
                .outerjoin(Guide, Guide.person_id == Person.id)
                .where(_words_in(Person.name_key, query))
            )
            rows = found.all()  # one fetch: row by row costs a call each
        records = [_person_record(row) for row in rows]
        keys = {row[1]: row[-1] for row in rows}  # full name: its stored key
        return _sorted(records, lambda record: record.name), keys

    def update_organization(
        self, organization_id: int, data: OrganizationInput, before: OrganizationInput | None = None
    ) -> OrganizationRecord:
        """Change an organization's fields (with ``before``: only those the edit changed).

        Raises:
            InvalidInputError: the name is empty or another organization has it.
            ChangedSinceError: someone changed a field of this edit since it was read.
            NotFoundError: the organization no longer exists.
        """
        with self._database.transaction() as session:
            lock_for_edit(session, Organization, organization_id)
            organization = found(session, Organization, organization_id)
            if before is not None:
                current = organization_record(organization).as_input()
                data = merged_edit(current, before, data, organization.name)
            apply_organization(session, organization, data)
            return organization_record(organization)

    def update_person(
        self, person_id: int, data: PersonInput, before: PersonInput | None = None
    ) -> PersonRecord:
        """Change a person's fields (with ``before``: only those the edit changed).

        The organization is found by name, or created.

        Raises:
            InvalidInputError: the name is empty or a language code is wrong.
            ChangedSinceError: someone changed a field of this edit since it was read.
            NotFoundError: the person no longer exists.
        """
        with written_alone("The person"), self._database.transaction() as session:
            lock_for_edit(session, Person, person_id)
            person = found(session, Person, person_id)
            if before is not None:
                data = merged_edit(person_record(person).as_input(), before, data, person.full_name)
            apply_person(session, person, data)
            session.flush()
            return person_record(person)

    def venues(self, query: str = "") -> list[VenueRecord]:
        """Return the venues whose name holds every word of ``query``."""
        with self._database.reading() as session:
            rows = session.connection().execute(
                select(*_VENUE_COLUMNS)
                .outerjoin(Organization, Venue.owner_id == Organization.id)
                .where(_words_in(Venue.name_key, query))
            )
            records = [VenueRecord(*row) for row in rows.all()]
        return _sorted(records, lambda record: record.name)

    def add_venue(
        self,
        data: VenueInput,
        travel: Mapping[int, int] | None = None,
        venue_id: int | None = None,
    ) -> VenueRecord:
        """Add a venue with its travel times; its owner organization is found by name or created.

        ``travel`` gives the minutes to other venues, by their ids.
        ``venue_id`` gives the venue back the id it had (a redo after an undo).
        Everything is one transaction.

        Raises:
            InvalidInputError: the name is empty, a venue of that name exists, a
                travel time is not 0 to 1440 minutes, or ``venue_id`` is taken.
            NotFoundError: a venue of ``travel`` no longer exists.
        """
        with self._database.transaction() as session:
            _check_venue_name(session, data.name, None)
            taken = f"{data.name} cannot be put back: another venue has taken its place"
            check_id_free(session, Venue, venue_id, taken, "name")
            venue = Venue(id=venue_id, name=data.name)
            session.add(venue)
            _apply_venue(session, venue, data)
            session.flush()
            _set_travel_times(session, venue.id, travel or {})
            return venue_record(venue)

    def update_venue(
        self,
        venue_id: int,
        data: VenueInput,
        travel: Mapping[int, int] | None = None,
        before: VenueInput | None = None,
        before_travel: Mapping[int, int] | None = None,
    ) -> VenueRecord:
        """Change a venue's fields and, with ``travel``, make its travel times exactly those.

        Everything is one transaction. With ``before`` (and ``before_travel``),
        as the editor read them, only what the edit changed is written, and
        only if nobody changed it since.

        Raises:
            InvalidInputError: the name is empty or another venue has it, or a
                travel time is not 0 to 1440 minutes.
            ChangedSinceError: someone changed a field of this edit since it was read.
            NotFoundError: the venue, or one of ``travel``, no longer exists.
        """
        with written_alone("The venue"), self._database.transaction() as session:
            lock_for_edit(session, Venue, venue_id)
            venue = _venue(session, venue_id)
            if before is not None:
                data = merged_edit(venue_record(venue).as_input(), before, data, venue.name)
                if travel is not None and before_travel is not None:
                    travel = merged_part(
                        _travel_of(session, venue_id), dict(before_travel), dict(travel),
                        venue.name, "travel times",
                    )  # fmt: skip
            _check_venue_name(session, data.name, venue_id)
            _apply_venue(session, venue, data)
            session.flush()
            if travel is not None:
                _set_travel_times(session, venue_id, travel)
            return venue_record(venue)

    def remove_venue(self, venue_id: int) -> None:
        """Remove a venue and its travel times; activities held there keep no venue.

        Raises:
            NotFoundError: the venue no longer exists.
        """
        with self._database.transaction() as session:
            venue = _venue(session, venue_id)
            for row in session.scalars(
                select(VenueTravel).where(
                    (VenueTravel.from_venue_id == venue_id) | (VenueTravel.to_venue_id == venue_id)
                )
            ):
                session.delete(row)
            session.flush()
            session.delete(venue)

    def travel_times(self, venue_id: int) -> list[TravelTimeRecord]:
        """Return the known travel times from (or, when known one way, to) a venue."""
        with self._database.reading() as session:
            rows = session.scalars(
                select(VenueTravel)
                .where(
                    (VenueTravel.from_venue_id == venue_id) | (VenueTravel.to_venue_id == venue_id)
                )
                .options(selectinload(VenueTravel.from_venue), selectinload(VenueTravel.to_venue))
            )
            times: dict[int, TravelTimeRecord] = {}
            for row in rows:
                outward = row.from_venue_id == venue_id
                here, there = (
                    (row.from_venue, row.to_venue) if outward else (row.to_venue, row.from_venue)
                )
                if outward or there.id not in times:
                    times[there.id] = TravelTimeRecord(
                        here.id, here.name, there.id, there.name, row.minutes
                    )
        return _sorted(list(times.values()), lambda record: record.to_venue)

    def set_travel_time(self, from_venue_id: int, to_venue_id: int, minutes: int | None) -> None:
        """Record the minutes from one venue to another (both ways), or forget them.

        Raises:
            InvalidInputError: the venues are the same or the minutes are not 0 to 1440.
            NotFoundError: a venue no longer exists.
        """
        with self._database.transaction() as session:
            _set_travel_time(session, from_venue_id, to_venue_id, minutes)


def _travel_of(session: Session, venue_id: int) -> dict[int, int]:
    """Return the minutes from a venue to others as stored (outward first), by venue id."""
    rows = session.scalars(
        select(VenueTravel).where(
            (VenueTravel.from_venue_id == venue_id) | (VenueTravel.to_venue_id == venue_id)
        )
    )
    times: dict[int, int] = {}
    for row in rows:
        outward = row.from_venue_id == venue_id
        other = row.to_venue_id if outward else row.from_venue_id
        if outward or other not in times:
            times[other] = row.minutes
    return times


def _set_travel_times(session: Session, venue_id: int, wanted: Mapping[int, int]) -> None:
    """Make the travel times of a venue to others exactly ``wanted`` (minutes by venue id)."""
    rows = session.scalars(
        select(VenueTravel).where(
            (VenueTravel.from_venue_id == venue_id) | (VenueTravel.to_venue_id == venue_id)
        )
    )
    for row in rows:
        other = row.to_venue_id if row.from_venue_id == venue_id else row.from_venue_id
        if other not in wanted:
            session.delete(row)
    session.flush()
    for other, minutes in wanted.items():
        _set_travel_time(session, venue_id, other, minutes)


def _set_travel_time(
    session: Session, from_venue_id: int, to_venue_id: int, minutes: int | None
) -> None:
    if from_venue_id == to_venue_id:
        msg = "A travel time needs two different venues"
        raise InvalidInputError(msg, "to_venue")
    if minutes is not None and not 0 <= minutes <= 1440:
        msg = f"{minutes} minutes is not a travel time within a day"
        raise InvalidInputError(msg, "minutes")
    _venue(session, from_venue_id)
    _venue(session, to_venue_id)
    for pair in ((from_venue_id, to_venue_id), (to_venue_id, from_venue_id)):
        existing = session.get(VenueTravel, pair)
        if existing is not None:
            session.delete(existing)
    session.flush()
    if minutes is not None:
        session.add(
            VenueTravel(from_venue_id=from_venue_id, to_venue_id=to_venue_id, minutes=minutes)
        )


def _venue(session: Session, venue_id: int) -> Venue:
    venue = session.get(Venue, venue_id)
    if venue is None:
        msg = f"There is no venue with the id {venue_id}"
        raise NotFoundError(msg)
    return venue


def _check_venue_name(session: Session, name: str, venue_id: int | None) -> None:
    if not fold_spaces(name):
        msg = "The venue needs a name"
        raise InvalidInputError(msg, "name")
    same = session.scalars(
        select(Venue.id).where(Venue.name_key == search_key(name), Venue.id != (venue_id or -1))
    ).first()
    if same is not None:
        msg = f"There already is a venue named {fold_spaces(name)!r}"
        raise InvalidInputError(msg, "name")


def _apply_venue(session: Session, venue: Venue, data: VenueInput) -> None:
    venue.name = data.name
    venue.owner = organization_named(session, data.owner)
    venue.kind = data.kind.strip()
    venue.address = data.address.strip()
    venue.city = data.city.strip()
    venue.notes = data.notes.strip()
