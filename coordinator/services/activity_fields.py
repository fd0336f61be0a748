"""Checking an activity's fields and writing them onto the model.

Shared by adding, editing and restoring activities, so each follows the same
rules: a day inside the program, an end after the start, a title and a kind,
hosts and the venue found in the directory by name, attendees from the roster.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.directory import Person
from coordinator.domain.itinerary import Activity, ActivityAttendee, ActivityHost
from coordinator.domain.messages import said
from coordinator.domain.programs import Participant, Program
from coordinator.domain.text import fold_spaces
from coordinator.domain.wording import day_label
from coordinator.services.directory import find_person, organization_named, venue_named
from coordinator.services.errors import InvalidInputError
from coordinator.services.records import ActivityInput, HostInput


def check_day(program: Program, day: dt.date) -> None:
    """Refuse a day outside the program's first and last day.

    Raises:
        InvalidInputError: naming the day and the program's dates.
    """
    if not program.first_day <= day <= program.last_day:
        msg = said(
            "{day}.{year} is outside the program {code}, which runs from {first_day} to {last_day}",
            day=day_label(day),
            year=f"{day:%Y}",
            code=program.code,
            first_day=f"{program.first_day:%d.%m.%Y}",
            last_day=f"{program.last_day:%d.%m.%Y}",
        )
        raise InvalidInputError(msg, "day")


def validate_activity(program: Program, data: ActivityInput) -> None:
    """Check ``data`` for ``program`` before anything is written.

    Raises:
        InvalidInputError: naming the first field that breaks a rule.
    """
    check_day(program, data.day)
    if not fold_spaces(data.title):
        msg = said("The activity needs a title")
        raise InvalidInputError(msg, "title")
    if not fold_spaces(data.kind):
        msg = said("The activity needs a kind, e.g. site visit or meeting")
        raise InvalidInputError(msg, "kind")
    if data.start_time and data.end_time and data.end_time <= data.start_time:
        msg = said(
            "The end ({end_time}) must be after the start ({start_time})",
            end_time=f"{data.end_time:%H:%M}",
            start_time=f"{data.start_time:%H:%M}",
        )
        raise InvalidInputError(msg, "end_time")
    for host in data.hosts:
        if not fold_spaces(host.name):
            msg = said("Every host needs a name")
            raise InvalidInputError(msg, "hosts")


def apply_activity(session: Session, activity: Activity, data: ActivityInput) -> None:
    """Write ``data`` onto ``activity`` (already checked with :func:`validate_activity`)."""
    activity.day = data.day
    activity.start_time = None
    activity.end_time = data.end_time
    activity.start_time = data.start_time
    activity.kind = data.kind
    activity.title = data.title
    activity.venue = venue_named(session, data.venue)
    activity.needs_guide = data.needs_guide
    activity.notes = data.notes.strip()
    activity.summary = data.summary.strip()
    activity.revision = (activity.revision or 0) + 1
    activity.hosts = _hosts(session, activity, data.hosts)
    activity.attendees = _attendees(session, activity, data.attendees)


def _hosts(
    session: Session, activity: Activity, hosts: tuple[HostInput, ...]
) -> list[ActivityHost]:
    """Return the activity's hosts, reusing the rows of persons who stay hosts."""
    existing = {host.person_id: host for host in activity.hosts}
    result: list[ActivityHost] = []
    seen: set[int] = set()
    for data in hosts:
        organization = organization_named(session, data.organization)
        person = find_person(session, data.name, organization)
        if person is None:
            person = Person(
                full_name=data.name, title=data.title.strip(), organization=organization
            )
            session.add(person)
            session.flush()
        if person.id in seen:
            continue
        seen.add(person.id)
        host = existing.get(person.id) or ActivityHost(person=person)
        host.title = data.title.strip() or person.title
        host.organization = organization or person.organization
        host.position = len(result)
        result.append(host)
    return result


def _attendees(
    session: Session, activity: Activity, participant_ids: tuple[int, ...]
) -> list[ActivityAttendee]:
    """Return the activity's attendees, refusing anyone not on the program's roster."""
    wanted = list(dict.fromkeys(participant_ids))
    if not wanted:
        return []
    program = activity.program
    found = set(
        session.scalars(
            select(Participant.id).where(
                Participant.program_id == program.id, Participant.id.in_(wanted)
            )
        )
    )
    missing = [str(item) for item in wanted if item not in found]
    if missing:
        msg = said(
            "Participant {missing} is not on the roster of {code}",
            missing=", ".join(missing),
            code=program.code,
        )
        raise InvalidInputError(msg, "attendees")
    existing = {attendee.participant_id: attendee for attendee in activity.attendees}
    return [existing.get(item) or ActivityAttendee(participant_id=item) for item in wanted]


def renumber_day(session: Session, program_id: int, day: dt.date) -> None:
    """Keep a day's activities in time order; those without a time come last."""
    session.flush()
    activities = list(
        session.scalars(
            select(Activity).where(Activity.program_id == program_id, Activity.day == day)
        )
    )
    activities.sort(
        key=lambda item: (
            item.start_time is None,
            item.start_time or dt.time.min,
            item.position,
            item.id,
        )
    )
    for position, activity in enumerate(activities):
        activity.position = position
