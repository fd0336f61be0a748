"""Plain data passed between the services and their callers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coordinator.domain.enums import ParticipantRole


@dataclass(frozen=True)
class ProgramInput:
    """What a user gives to create a program."""

    code: str
    title: str
    first_day: dt.date
    last_day: dt.date
    city: str = ""
    country: str = ""
    organizer: str = ""
    partners: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class ProgramRecord:
    """A program as lists and headers show it."""

    id: int
    code: str
    title: str
    first_day: dt.date
    last_day: dt.date
    city: str
    country: str
    organizer: str
    partners: tuple[str, ...]
    languages: tuple[str, ...]
    notes: str
    participant_count: int
    activity_count: int


@dataclass(frozen=True)
class ParticipantInput:
    """The fields of a participant as a user types them in a dialog or a sheet.

    ``name``, ``title`` and ``organization`` are recorded with the program;
    the directory's person is created or found by name.
    """

    name: str
    title: str = ""
    organization: str = ""
    role: str = ParticipantRole.MEMBER.value
    arrival: dt.datetime | None = None
    departure: dt.datetime | None = None
    room: str = ""
    dietary: str = ""
    needs: str = ""
    passport_number: str = ""
    birth_date: dt.date | None = None
    email: str = ""
    phone: str = ""
    languages: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class ParticipantRecord:
    """A participant on a roster, with the title and organization of that visit."""

    id: int
    program_code: str
    person_id: int
    position: int
    name: str
    title: str
    organization: str
    role: str
    arrival: dt.datetime | None
    departure: dt.datetime | None
    room: str
    dietary: str
    needs: str
    passport_number: str
    birth_date: dt.date | None
    email: str
    phone: str
    languages: tuple[str, ...]
    notes: str

    def as_input(self) -> ParticipantInput:
        """Return the editable fields, e.g. to fill a dialog or to undo a change."""
        return ParticipantInput(
            name=self.name,
            title=self.title,
            organization=self.organization,
            role=self.role,
            arrival=self.arrival,
            departure=self.departure,
            room=self.room,
            dietary=self.dietary,
            needs=self.needs,
            passport_number=self.passport_number,
            birth_date=self.birth_date,
            email=self.email,
            phone=self.phone,
            languages=self.languages,
            notes=self.notes,
        )


@dataclass(frozen=True)
class HostRecord:
    """A host of an activity with the title of that day."""

    name: str
    title: str
    organization: str


@dataclass(frozen=True)
class ActivityRecord:
    """One itinerary item with its venue, hosts and guides, ready to show."""

    id: int
    day: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    kind: str
    title: str
    venue: str
    venue_owner: str
    hosts: tuple[HostRecord, ...]
    guides: tuple[str, ...]
    notes: str


@dataclass(frozen=True)
class GuideRecord:
    """A guide as the Guides tab of a program shows it."""

    id: int
    person_id: int
    name: str
    title: str
    organization: str
    languages: tuple[str, ...]
    roles: tuple[str, ...]
    unavailable: tuple[dt.date, ...]
    activities: tuple[str, ...] = field(default=())
    notes: str = ""
