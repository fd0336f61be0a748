"""Gathering what a program's documents print, as the documents layer's plain records.

One read of the program builds a :class:`~coordinator.documents.content.ProgramContent`:
the roster with the titles of that visit, the activities in itinerary order with
their venues, hosts and guides, the staff who accompany the delegation with their
phones, and the certificate's signatories and background. Internal notes are
left out here, so no document can print them.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from coordinator.documents.content import (
    ActivityItem,
    Delegate,
    GuideOnActivity,
    Host,
    ProgramContent,
    Signatory,
    Staff,
)
from coordinator.domain.directory import Person, Venue
from coordinator.domain.documents import CertificateDesign
from coordinator.domain.documents import Signatory as SignatoryRow
from coordinator.domain.itinerary import Activity, ActivityHost, Assignment, Guide
from coordinator.domain.programs import Participant, Program, ProgramPartner


def participant_key(participant_id: int) -> str:
    """Return the stable key of a roster entry in documents."""
    return f"participant:{participant_id}"


def guide_key(guide_id: int) -> str:
    """Return the stable key of a guide in documents."""
    return f"guide:{guide_id}"


def host_key(person_id: int) -> str:
    """Return the stable key of a host (a directory person) in documents."""
    return f"host:{person_id}"


def activity_key(activity_id: int) -> str:
    """Return the stable key of an activity in documents."""
    return f"activity:{activity_id}"


def read_content(session: Session, program: Program) -> ProgramContent:
    """Return everything the documents of ``program`` print, read in one session."""
    delegates = _delegates(session, program)
    activities, staff = _itinerary(session, program)
    signatories = tuple(
        Signatory(row.name, row.title, row.organization)
        for row in session.scalars(
            select(SignatoryRow)
            .where(SignatoryRow.program_id == program.id)
            .order_by(SignatoryRow.position, SignatoryRow.id)
        )
    )
    design = session.get(CertificateDesign, program.id)
    return ProgramContent(
        code=program.code,
        title=program.title,
        first_day=program.first_day,
        last_day=program.last_day,
        organizer=program.organizer.name if program.organizer else "",
        partners=tuple(partner.name for partner in program.partners),
        city=program.city,
        country=program.country,
        languages=tuple(program.languages),
        time_zone=program.time_zone,
        delegates=delegates,
        activities=activities,
        staff=staff,
        signatories=signatories,
        certificate_background=design.background if design else None,
    )


def load_program(session: Session, program_id: int) -> Program:
    """Return the program with its organizer and partners loaded."""
    return session.scalars(
        select(Program)
        .where(Program.id == program_id)
        .options(
            selectinload(Program.organizer),
            selectinload(Program.partner_links).selectinload(ProgramPartner.organization),
        )
    ).one()


def _delegates(session: Session, program: Program) -> tuple[Delegate, ...]:
    participants = session.scalars(
        select(Participant)
        .where(Participant.program_id == program.id)
        .options(selectinload(Participant.person), selectinload(Participant.organization))
        .order_by(Participant.position, Participant.id)
    )
    return tuple(
        Delegate(
            key=participant_key(participant.id),
            name=participant.person.full_name,
            title=participant.title,
            organization=participant.organization.name if participant.organization else "",
            role=participant.role,
            nationality=participant.nationality,
            passport_number=participant.passport_number,
            birth_date=participant.birth_date,
            email=participant.person.email,
            phone=participant.person.phone,
            languages=tuple(participant.person.languages),
        )
        for participant in participants
    )


def _itinerary(
    session: Session, program: Program
) -> tuple[tuple[ActivityItem, ...], tuple[Staff, ...]]:
    activities = session.scalars(
        select(Activity)
        .where(Activity.program_id == program.id)
        .options(
            selectinload(Activity.venue).selectinload(Venue.owner),
            selectinload(Activity.hosts).selectinload(ActivityHost.person),
            selectinload(Activity.hosts).selectinload(ActivityHost.organization),
            selectinload(Activity.attendees),
            selectinload(Activity.assignments)
            .selectinload(Assignment.guide)
            .selectinload(Guide.person)
            .selectinload(Person.organization),
        )
        .order_by(Activity.day, Activity.position, Activity.start_time, Activity.id)
    ).all()
    staff: dict[int, Staff] = {}
    items = []
    for activity in activities:
        for assignment in activity.assignments:
            staff.setdefault(assignment.guide_id, _staff(assignment.guide))
        items.append(_activity(activity))
    return tuple(items), tuple(staff.values())


def _activity(activity: Activity) -> ActivityItem:
    venue = activity.venue
    return ActivityItem(
        key=activity_key(activity.id),
        day=activity.day,
        start=activity.start_time,
        end=activity.end_time,
        kind=activity.kind,
        title=activity.title,
        venue=venue.name if venue else "",
        address=venue.address if venue else "",
        venue_owner=venue.owner.name if venue and venue.owner else "",
        hosts=tuple(
            Host(
                key=host_key(host.person_id),
                name=host.person.full_name,
                title=host.title,
                organization=host.organization.name if host.organization else "",
            )
            for host in activity.hosts
        ),
        guides=tuple(
            GuideOnActivity(
                key=guide_key(assignment.guide_id),
                name=assignment.guide.person.full_name,
                role=assignment.role,
                title=assignment.title or assignment.guide.person.title,
                phone=assignment.guide.person.phone,
            )
            for assignment in activity.assignments
        ),
        attendees=tuple(
            participant_key(attendee.participant_id)
            for attendee in sorted(activity.attendees, key=lambda item: item.participant_id)
        ),
        summary=activity.summary,
    )


def _staff(guide: Guide) -> Staff:
    person = guide.person
    return Staff(
        key=guide_key(guide.id),
        name=person.full_name,
        title=person.title,
        organization=person.organization.name if person.organization else "",
        roles=tuple(guide.roles),
        languages=tuple(guide.languages),
        phone=person.phone,
        email=person.email,
    )
