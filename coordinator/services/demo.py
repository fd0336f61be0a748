"""The demo program: the Turkistan delegation of August 2021, from the seed report.

The demo file (:mod:`coordinator.services.demo_file`) is saved in one
transaction that reuses the directory's organizations, persons and venues of
the same names.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coordinator.domain.directory import Organization, Person, Venue
from coordinator.domain.itinerary import Activity, ActivityHost, Assignment, Guide
from coordinator.domain.messages import said
from coordinator.domain.programs import Participant, Program
from coordinator.services.demo_file import (
    DemoAssignment,
    DemoData,
    DemoGuide,
    DemoOrganization,
    DemoPerson,
    DemoVenue,
    read_demo,
)
from coordinator.services.directory import find_person, organization_named, venue_named
from coordinator.services.errors import InvalidInputError
from coordinator.services.programs import program_record
from coordinator.services.records import ProgramRecord
from coordinator.store import Database

DEMO_PROGRAM_CODE = "TURKISTAN-2021"


class _DemoWriter:
    """Writes the demo in one session, reusing directory entries of the same names.

    A reused entry keeps what it has and only gains what it lacked: the
    directory holds the latest titles, while the program records those of 2021.
    """

    def __init__(self, session: Session, data: DemoData) -> None:
        self._session = session
        self._data = data
        self._organizations: dict[str, Organization] = {}
        self._people: dict[str, tuple[Person, DemoPerson]] = {}
        self._venues: dict[str, Venue] = {}
        self._guides: dict[str, Guide] = {}

    def write(self) -> Program:
        """Write everything and return the new program."""
        for organization in self._data.organizations:
            self._add_organization(organization)
        program = self._add_program()
        self._add_participants(program)
        for person in self._data.people:
            self._people[person.name] = (self._add_person(person), person)
        for venue in self._data.venues:
            self._add_venue(venue)
        for guide in self._data.guides:
            self._add_guide(guide)
        self._add_activities(program)
        self._session.flush()
        return program

    def _add_organization(self, item: DemoOrganization) -> None:
        organization = organization_named(self._session, item.name)
        if organization is None:  # pragma: no cover - names are required when read
            return
        organization.kind = organization.kind or item.kind
        organization.city = organization.city or item.city
        organization.country = organization.country or item.country
        organization.notes = organization.notes or item.notes
        self._organizations[item.name] = organization

    def _add_program(self) -> Program:
        item = self._data.program
        program = Program(
            code=item.code,
            title=item.title,
            city=item.city,
            country=item.country,
            first_day=item.first_day,
            last_day=item.last_day,
            languages=list(item.languages),
            notes=item.notes,
            time_zone=item.time_zone,
            assumed=list(item.assumed),
        )
        program.organizer = self._organizations[item.organizer]
        program.set_partners([self._organizations[name] for name in item.partners])
        self._session.add(program)
        return program

    def _add_participants(self, program: Program) -> None:
        for position, item in enumerate(self._data.participants):
            person = self._add_person(DemoPerson(item.name, item.title, item.organization, (), ""))
            participant = Participant(
                program=program,
                person=person,
                role=item.role.value,
                title=item.title,
                organization=self._organizations[item.organization],
                position=position,
                notes=item.notes,
                nationality=item.nationality,
                assumed=list(item.assumed),
            )
            self._session.add(participant)

    def _add_person(self, item: DemoPerson) -> Person:
        organization = self._organizations[item.organization]
        person = find_person(self._session, item.name, organization)
        if person is None:
            person = Person(
                full_name=item.name,
                title=item.title,
                organization=organization,
                languages=list(item.languages),
                notes=item.notes,
            )
            self._session.add(person)
        return person

    def _add_venue(self, item: DemoVenue) -> None:
        venue = venue_named(self._session, item.name, self._organizations.get(item.owner))
        if venue is None:  # pragma: no cover - names are required when read
            return
        venue.kind = venue.kind or item.kind
        venue.address = venue.address or item.address
        venue.city = venue.city or item.city
        venue.notes = venue.notes or item.notes
        self._venues[item.name] = venue

    def _add_guide(self, item: DemoGuide) -> None:
        person = self._people[item.name][0]
        guide = person.guide
        if guide is None:
            guide = Guide(
                person=person,
                languages=list(item.languages),
                roles=[role.value for role in item.roles],
                notes=item.notes,
            )
            self._session.add(guide)
        self._guides[item.name] = guide

    def _add_activities(self, program: Program) -> None:
        positions: dict[dt.date, int] = {}
        for item in self._data.activities:
            position = positions.get(item.day, 0)
            positions[item.day] = position + 1
            activity = Activity(
                program=program,
                day=item.day,
                start_time=item.start,
                end_time=item.end,
                position=position,
                kind=item.kind.value,
                title=item.title,
                venue=self._venues.get(item.venue),
                notes=item.notes,
                summary=item.summary,
                assumed=list(item.assumed),
            )
            activity.hosts = [self._host(name, index) for index, name in enumerate(item.hosts)]
            activity.assignments = [self._assignment(assignment) for assignment in item.guides]
            self._session.add(activity)

    def _host(self, name: str, position: int) -> ActivityHost:
        person, item = self._people[name]
        return ActivityHost(
            person=person,
            title=item.title,
            organization=self._organizations[item.organization],
            position=position,
        )

    def _assignment(self, item: DemoAssignment) -> Assignment:
        return Assignment(
            guide=self._guides[item.guide],
            role=item.role.value,
            title=self._people[item.guide][1].title,
        )


def load_demo(database: Database) -> ProgramRecord:
    """Load the seed program into ``database`` in one transaction.

    Organizations, persons and venues already in the directory under the same
    names are reused, never duplicated.

    Raises:
        InvalidInputError: the demo program is already loaded, or the demo file
            is damaged; nothing is written.
    """
    data = read_demo()
    try:
        with database.transaction() as session:
            if session.scalars(select(Program.id).where(Program.code == data.program.code)).first():
                msg = said("The demo program is already loaded")
                raise InvalidInputError(msg, "code")
            program = _DemoWriter(session, data).write()
            return program_record(session, program)
    except (IntegrityError, ValueError) as error:
        msg = said("The demo program could not be saved: {error}", error=error)
        raise InvalidInputError(msg) from error


def is_empty(database: Database) -> bool:
    """Tell whether ``database`` holds no program at all, so the demo may be offered."""
    with database.reading() as session:
        return session.scalars(select(Program.id).limit(1)).first() is None
