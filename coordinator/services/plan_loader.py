"""Loading a program into the pure planning data the conflict rules read.

One query per table: the program's activities with their venues and
attendees, every guide of the directory, the assignments and absences on the
program's days (other programs' too: a guide booked elsewhere at the same
hour is busy), and the known travel times.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from coordinator.domain.directory import Person, Venue, VenueTravel
from coordinator.domain.itinerary import (
    Activity,
    ActivityAttendee,
    Assignment,
    Guide,
    GuideUnavailability,
)
from coordinator.domain.planning import (
    Absence,
    Plan,
    PlanActivity,
    PlanAssignment,
    PlanGuide,
    TravelTimes,
    delegation_languages,
    kind_needs_guide,
)
from coordinator.domain.programs import Participant, Program
from coordinator.domain.text import search_key


def load_plan(session: Session, program: Program) -> Plan:
    """Return ``program``'s days as a :class:`Plan`, its own activities in focus."""
    activities = list(
        session.scalars(
            select(Activity)
            .where(Activity.day.between(program.first_day, program.last_day))
            .options(
                selectinload(Activity.program),
                selectinload(Activity.venue),
                selectinload(Activity.attendees),
            )
        )
    )
    ids = [activity.id for activity in activities]
    assignments = session.scalars(select(Assignment).where(Assignment.activity_id.in_(ids)))
    plan_assignments = tuple(
        PlanAssignment(item.activity_id, item.guide_id, item.role) for item in assignments
    )
    busy = {item.activity_id for item in plan_assignments}
    languages = _language_lookup(session, program)
    return Plan(
        activities=tuple(
            _plan_activity(activity, program, languages)
            for activity in activities
            if activity.program_id == program.id or activity.id in busy
        ),
        guides=tuple(_plan_guide(guide) for guide in _guides(session)),
        assignments=plan_assignments,
        absences=_absences(session, program),
        travel=TravelTimes(
            {
                (row.from_venue_id, row.to_venue_id): row.minutes
                for row in session.scalars(select(VenueTravel))
            }
        ),
    )


class _LanguageLookup:
    """The delegation's languages for an activity, given who attends it."""

    def __init__(self, working: list[str], spoken: dict[int, list[str]]) -> None:
        self._working = working
        self._spoken = spoken
        self._everyone = delegation_languages(working, spoken.values())

    def for_attendees(self, attendees: list[ActivityAttendee]) -> frozenset[str]:
        if not attendees or self._working:
            return self._everyone
        return delegation_languages(
            (), (self._spoken.get(item.participant_id, []) for item in attendees)
        )


def _language_lookup(session: Session, program: Program) -> _LanguageLookup:
    rows = session.execute(
        select(Participant.id, Person.languages)
        .join(Person, Participant.person_id == Person.id)
        .where(Participant.program_id == program.id)
    ).all()
    return _LanguageLookup(list(program.languages), {row[0]: list(row[1]) for row in rows})


def _plan_activity(
    activity: Activity, program: Program, languages: _LanguageLookup
) -> PlanActivity:
    venue: Venue | None = activity.venue
    needs = activity.needs_guide
    return PlanActivity(
        id=activity.id,
        title=activity.title,
        day=activity.day,
        start=activity.start_time,
        end=activity.end_time,
        venue_id=activity.venue_id,
        venue=venue.name if venue else "",
        venue_owner_id=venue.owner_id if venue else None,
        needs_guide=kind_needs_guide(activity.kind) if needs is None else needs,
        languages=languages.for_attendees(activity.attendees),
        program=activity.program.code,
        in_focus=activity.program_id == program.id,
    )


def _guides(session: Session) -> list[Guide]:
    return list(
        session.scalars(
            select(Guide).options(selectinload(Guide.person).selectinload(Person.organization))
        )
    )


def _plan_guide(guide: Guide) -> PlanGuide:
    person = guide.person
    return PlanGuide(
        id=guide.id,
        name=person.full_name,
        languages=frozenset(guide.languages or person.languages),
        roles=frozenset(guide.roles),
        max_hours_per_day=guide.max_hours_per_day,
        organization_id=person.organization_id,
        organization=person.organization.name if person.organization else "",
        sort_key=search_key(person.full_name),
    )


def _absences(session: Session, program: Program) -> tuple[Absence, ...]:
    rows = session.scalars(
        select(GuideUnavailability).where(
            GuideUnavailability.day.between(program.first_day, program.last_day)
        )
    )
    return tuple(
        Absence(row.guide_id, row.day, row.start_time, row.end_time, row.reason) for row in rows
    )
