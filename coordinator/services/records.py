"""Plain data passed between the services and their callers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from coordinator.domain.enums import ParticipantRole
from coordinator.services.directory_records import (
    OrganizationRecord,
    PersonRecord,
    TravelTimeRecord,
    VenueInput,
    VenueRecord,
)

__all__ = [
    "ActivityInput",
    "ActivityRecord",
    "AssignmentRecord",
    "GuideInput",
    "GuideRecord",
    "GuideSchedule",
    "HostInput",
    "HostRecord",
    "OrganizationRecord",
    "ParticipantInput",
    "ParticipantRecord",
    "PersonRecord",
    "ProgramInput",
    "ProgramRecord",
    "ScheduleEntry",
    "TravelTimeRecord",
    "UnavailabilityInput",
    "UnavailabilityRecord",
    "VenueInput",
    "VenueRecord",
]


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
    time_zone: str = ""


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
    time_zone: str = ""
    assumed: tuple[str, ...] = ()

    def as_input(self) -> ProgramInput:
        """Return the editable fields, e.g. to fill a dialog or to undo a change."""
        return ProgramInput(
            code=self.code,
            title=self.title,
            first_day=self.first_day,
            last_day=self.last_day,
            city=self.city,
            country=self.country,
            organizer=self.organizer,
            partners=self.partners,
            languages=self.languages,
            notes=self.notes,
            time_zone=self.time_zone,
        )


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
    nationality: str = ""
    arrival_time_known: bool = True
    arrival_mode: str = ""
    arrival_number: str = ""
    arrival_from: str = ""
    arrival_place: str = ""
    arrival_terminal: str = ""
    departure_time_known: bool = True
    departure_mode: str = ""
    departure_number: str = ""
    departure_to: str = ""
    departure_place: str = ""
    departure_terminal: str = ""


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
    nationality: str = ""
    arrival_time_known: bool = True
    arrival_mode: str = ""
    arrival_number: str = ""
    arrival_from: str = ""
    arrival_place: str = ""
    arrival_terminal: str = ""
    departure_time_known: bool = True
    departure_mode: str = ""
    departure_number: str = ""
    departure_to: str = ""
    departure_place: str = ""
    departure_terminal: str = ""
    assumed: tuple[str, ...] = ()

    def as_input(self) -> ParticipantInput:
        """Return the editable fields, e.g. to fill a dialog or to undo a change."""
        return ParticipantInput(**{name: getattr(self, name) for name in _PARTICIPANT_INPUT})


_PARTICIPANT_INPUT = tuple(item.name for item in fields(ParticipantInput))
"""A participant's editable fields, which a record has under the same names."""


@dataclass(frozen=True)
class RemovedParticipant:
    """A participant taken off a roster, with the activities they were listed on."""

    record: ParticipantRecord
    attended: tuple[int, ...] = ()


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
    program_code: str = ""
    position: int = 0
    venue_id: int | None = None
    needs_guide: bool | None = None
    guide_needed: bool = False
    attendees: tuple[int, ...] = ()
    assignments: tuple[AssignmentRecord, ...] = ()
    summary: str = ""
    assumed: tuple[str, ...] = ()
    revision: int = 0

    def as_input(self) -> ActivityInput:
        """Return the editable fields, e.g. to fill a dialog or to undo a change."""
        return ActivityInput(
            day=self.day,
            start_time=self.start_time,
            end_time=self.end_time,
            kind=self.kind,
            title=self.title,
            venue=self.venue,
            hosts=tuple(HostInput(host.name, host.title, host.organization) for host in self.hosts),
            attendees=self.attendees,
            needs_guide=self.needs_guide,
            notes=self.notes,
            summary=self.summary,
        )


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
    max_hours_per_day: float | None = None
    email: str = ""
    phone: str = ""

    def as_input(self) -> GuideInput:
        """Return the editable fields, e.g. to fill a dialog or to undo a change."""
        return GuideInput(
            name=self.name,
            title=self.title,
            organization=self.organization,
            languages=self.languages,
            roles=self.roles,
            max_hours_per_day=self.max_hours_per_day,
            email=self.email,
            phone=self.phone,
            notes=self.notes,
        )


@dataclass(frozen=True)
class HostInput:
    """A host of an activity as typed: found in the directory by name, or created."""

    name: str
    title: str = ""
    organization: str = ""


@dataclass(frozen=True)
class ActivityInput:
    """The fields of an activity as a user types them.

    ``venue`` is a venue's name (found by search key, created if new);
    ``attendees`` are participant ids, none meaning the whole delegation;
    ``needs_guide`` of ``None`` follows the kind (site visits and cultural
    tours need a guide).
    """

    day: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    kind: str
    title: str
    venue: str = ""
    hosts: tuple[HostInput, ...] = ()
    attendees: tuple[int, ...] = ()
    needs_guide: bool | None = None
    notes: str = ""
    summary: str = ""


@dataclass(frozen=True)
class AssignmentRecord:
    """A guide on an activity in a role."""

    id: int
    activity_id: int
    activity: str
    guide_id: int
    guide: str
    role: str
    title: str = ""
    notes: str = ""


@dataclass(frozen=True)
class GuideInput:
    """The fields of a guide as typed; the person is found by name or created."""

    name: str
    title: str = ""
    organization: str = ""
    languages: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    max_hours_per_day: float | None = None
    email: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class UnavailabilityInput:
    """A day a guide is away, or only some hours of it (no times: the whole day)."""

    day: dt.date
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    reason: str = ""


@dataclass(frozen=True)
class UnavailabilityRecord:
    """A stored absence of a guide."""

    id: int
    guide_id: int
    day: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    reason: str

    def as_input(self) -> UnavailabilityInput:
        """Return the fields, e.g. to put a removed absence back."""
        return UnavailabilityInput(self.day, self.start_time, self.end_time, self.reason)


@dataclass(frozen=True)
class ScheduleEntry:
    """One line of a guide's own schedule for a program."""

    activity_id: int
    day: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    title: str
    kind: str
    venue: str
    address: str
    role: str
    hosts: tuple[str, ...]
    summary: str
    revision: int = 0


@dataclass(frozen=True)
class GuideSchedule:
    """A guide's own schedule for one program, in itinerary order."""

    guide: str
    guide_title: str
    languages: tuple[str, ...]
    program_code: str
    program_title: str
    entries: tuple[ScheduleEntry, ...]
    time_zone: str = ""
