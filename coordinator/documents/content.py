"""What a document knows of a program: plain, frozen records, built by the services.

Each record carries only what may be printed for people outside the office:
never internal notes. ``key`` fields are stable names of the record
(``participant:12``, ``guide:3``, ``host:7``, ``activity:40``) that the
services use to tell which documents a change makes out of date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

DOCUMENT_LANGUAGES = ("en", "tr")
PAPERS = ("a4", "letter")


@dataclass(frozen=True)
class PersonLine:
    """A person as printed: the name with the title and organization of that visit."""

    name: str
    title: str = ""
    organization: str = ""


@dataclass(frozen=True)
class Delegate:
    """A participant of the delegation (``role``: head, member or staff)."""

    key: str
    name: str
    title: str = ""
    organization: str = ""
    role: str = "member"
    nationality: str = ""
    passport_number: str = ""
    birth_date: dt.date | None = None
    email: str = ""
    phone: str = ""
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class Host:
    """A person who receives the delegation at an activity, as of that day."""

    key: str
    name: str
    title: str = ""
    organization: str = ""


@dataclass(frozen=True)
class GuideOnActivity:
    """A guide, interpreter, escort, driver or host official on one activity."""

    key: str
    name: str
    role: str
    title: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ActivityItem:
    """One item of the itinerary as a document prints it.

    ``attendees`` holds the keys of the delegates who attend; empty means the
    whole delegation. ``summary`` is what happened or will happen, written
    for outsiders (the report uses it); internal notes are not here.
    """

    key: str
    day: dt.date
    start: dt.time | None
    end: dt.time | None
    kind: str
    title: str
    venue: str = ""
    address: str = ""
    venue_owner: str = ""
    hosts: tuple[Host, ...] = ()
    guides: tuple[GuideOnActivity, ...] = ()
    attendees: tuple[str, ...] = ()
    summary: str = ""

    def attended_by(self, delegate_key: str) -> bool:
        """Tell whether the delegate ``delegate_key`` attends this activity."""
        return not self.attendees or delegate_key in self.attendees


@dataclass(frozen=True)
class Staff:
    """A guide of the program: who accompanies the delegation, with their phone."""

    key: str
    name: str
    title: str = ""
    organization: str = ""
    roles: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Signatory:
    """A person who signs the certificates, with the title printed under the line."""

    name: str
    title: str = ""
    organization: str = ""


@dataclass(frozen=True)
class ProgramContent:
    """A program with everything its documents print, activities in itinerary order."""

    code: str
    title: str
    first_day: dt.date
    last_day: dt.date
    organizer: str = ""
    partners: tuple[str, ...] = ()
    city: str = ""
    country: str = ""
    languages: tuple[str, ...] = ()
    time_zone: str = ""
    delegates: tuple[Delegate, ...] = ()
    activities: tuple[ActivityItem, ...] = ()
    staff: tuple[Staff, ...] = ()
    signatories: tuple[Signatory, ...] = ()
    certificate_background: bytes | None = field(default=None, repr=False)

    def days(self) -> list[dt.date]:
        """Return every day of the program, first to last."""
        count = (self.last_day - self.first_day).days + 1
        return [self.first_day + dt.timedelta(days=offset) for offset in range(count)]

    def activities_on(self, day: dt.date) -> list[ActivityItem]:
        """Return the activities of ``day`` in itinerary order."""
        return [activity for activity in self.activities if activity.day == day]

    def heads(self) -> list[Delegate]:
        """Return the heads of the delegation, in roster order."""
        return [delegate for delegate in self.delegates if delegate.role == "head"]

    def delegation_languages(self) -> list[str]:
        """Return the program's languages, or else every language a delegate speaks, once."""
        codes = list(self.languages)
        if not codes:
            for delegate in self.delegates:
                codes.extend(code for code in delegate.languages if code not in codes)
        return codes

    def hosts(self) -> list[Host]:
        """Return every host of the program once, in the order they first receive it."""
        seen: dict[str, Host] = {}
        for activity in self.activities:
            for host in activity.hosts:
                seen.setdefault(host.key, host)
        return list(seen.values())
