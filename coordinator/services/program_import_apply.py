"""Carry out a program import plan in ONE transaction: program, roster, itinerary, logistics.

Any failure rolls everything back: a program workbook is imported whole or
not at all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.directory import Person
from coordinator.domain.itinerary import Activity, Assignment, Guide
from coordinator.domain.messages import said
from coordinator.domain.programs import Program
from coordinator.domain.text import search_key
from coordinator.excel.absence_text import AbsenceEntry
from coordinator.excel.bulk_work import older_objects_set_aside
from coordinator.excel.program_records import ContactEntry, GuideEntry, VenueEntry
from coordinator.services.activity_fields import apply_activity, renumber_day, validate_activity
from coordinator.services.directory import find_person, organization_named, venue_named
from coordinator.services.errors import NotFoundError
from coordinator.services.guide_fields import apply_guide, person_for_guide, validate_guide
from coordinator.services.itinerary import activity_by_id
from coordinator.services.logistics_import import apply_logistics
from coordinator.services.program_import_directory import (
    CreatedIds,
    created_since,
    directory_marks,
)
from coordinator.services.programs import program_by_code, update_program
from coordinator.services.records import GuideInput, UnavailabilityInput
from coordinator.services.rooms_gifts_import import apply_rooms_gifts
from coordinator.services.roster_import_apply import apply_plan_in
from coordinator.services.unavailability import new_absence
from coordinator.store import Database

if TYPE_CHECKING:
    from coordinator.services.program_import import ProgramImportPlan

ActivityKey = tuple[dt.date, dt.time | None, str]


def activity_key(day: dt.date, start: dt.time | None, title: str) -> ActivityKey:
    """Return what matches an activity of a file to one of the program."""
    return (day, start, search_key(title))


def apply_program_plan(database: Database, plan: ProgramImportPlan) -> CreatedIds:
    """Write everything ``plan`` holds in one transaction; return the directory rows it created.

    Raises:
        NotFoundError: the program or an activity to update is gone.
        InvalidInputError: something changed since the plan in a way that breaks it.
    """
    with older_objects_set_aside(), database.transaction() as session:
        program = program_by_code(session, plan.program_code)
        marks = directory_marks(session)
        if plan.program_update is not None:
            update_program(session, program, plan.program_update)
        for roster in (plan.roster, plan.travel):
            if roster is not None:
                apply_plan_in(session, roster, None)
        for venue in plan.workbook.venues:
            _venue(session, venue)
        for contact in plan.workbook.contacts:
            _contact(session, contact)
        guides = {search_key(entry.name): _guide(session, entry) for entry in plan.workbook.guides}
        activities = _activities(session, program, plan)
        for item in plan.assignments:
            guide = guides.get(search_key(item.guide)) or _guide_named(session, item.guide)
            guides[search_key(item.guide)] = guide
            activity = activities.get(item.key) or _existing(session, program, item.key)
            _assign(session, activity, guide, item.role)
        session.flush()
        apply_logistics(session, program, plan.logistics)
        apply_rooms_gifts(session, program, plan.rooms_gifts)
        session.flush()
        return created_since(session, marks)


def _venue(session: Session, entry: VenueEntry) -> None:
    owner = organization_named(session, entry.owner)
    venue = venue_named(session, entry.name, owner)
    if venue is None:
        return
    if owner is not None:
        venue.owner = owner
    for name in ("kind", "address", "city", "notes"):
        value = getattr(entry, name)
        if value:
            setattr(venue, name, value)


def _contact(session: Session, entry: ContactEntry) -> None:
    """Create a contact, or fill what the directory lacks: it keeps the latest titles."""
    organization = organization_named(session, entry.organization)
    person = find_person(session, entry.name, organization)
    if person is None:
        person = Person(full_name=entry.name, organization=organization)
        session.add(person)
    if person.organization is None:
        person.organization = organization
    for name in ("title", "email", "phone"):
        if not getattr(person, name) and getattr(entry, name):
            setattr(person, name, getattr(entry, name))
    if not person.languages and entry.languages:
        person.languages = list(entry.languages)
    session.flush()


def _find_guide(session: Session, name: str) -> Guide | None:
    return session.scalars(
        select(Guide).join(Person).where(Person.name_key == search_key(name)).order_by(Guide.id)
    ).first()


def _guide_named(session: Session, name: str) -> Guide:
    """Return the guide named ``name``, making the person (found or new) a guide if needed."""
    guide = _find_guide(session, name)
    if guide is not None:
        return guide
    person = person_for_guide(session, GuideInput(name=name))
    guide = Guide(person=person, languages=[], roles=[])
    session.add(guide)
    session.flush()
    return guide


def _guide(session: Session, entry: GuideEntry) -> Guide:
    guide = _guide_named(session, entry.name)
    person = guide.person
    current = GuideInput(
        name=person.full_name,
        title=person.title,
        organization=person.organization.name if person.organization else "",
        languages=tuple(guide.languages),
        roles=tuple(guide.roles),
        max_hours_per_day=guide.max_hours_per_day,
        email=person.email,
        phone=person.phone,
        notes=guide.notes,
    )
    changes = {
        "title": entry.title, "organization": entry.organization, "languages": entry.languages,
        "roles": entry.roles, "max_hours_per_day": entry.max_hours, "email": entry.email,
        "phone": entry.phone,
    }  # fmt: skip
    filled = {name: value for name, value in changes.items() if value not in ("", (), None)}
    data = dataclasses.replace(current, **filled)  # type: ignore[arg-type]
    validate_guide(data)
    apply_guide(session, guide, data)
    _absences(session, guide, entry.unavailable)
    session.flush()
    return guide


def _absences(session: Session, guide: Guide, absences: tuple[AbsenceEntry, ...]) -> None:
    """Add the absences the guide lacks: a whole day away covers its hours."""
    known = {(item.day, item.start_time, item.end_time) for item in guide.unavailable}
    whole_days = {item.day for item in guide.unavailable if item.start_time is None}
    for item in absences:
        if item.day in whole_days or (item.day, item.start, item.end) in known:
            continue
        session.add(new_absence(guide, UnavailabilityInput(item.day, item.start, item.end)))
        known.add((item.day, item.start, item.end))


def _activities(
    session: Session, program: Program, plan: ProgramImportPlan
) -> dict[ActivityKey, Activity]:
    done: dict[ActivityKey, Activity] = {}
    days: set[dt.date] = set()
    for planned in plan.activities:
        if planned.unchanged:
            continue
        validate_activity(program, planned.data)
        if planned.activity_id is None:
            activity = Activity(program=program)
            session.add(activity)
        else:
            activity = activity_by_id(session, planned.activity_id)
            days.add(activity.day)
        apply_activity(session, activity, planned.data)
        days.add(planned.data.day)
        done[activity_key(planned.data.day, planned.data.start_time, planned.data.title)] = activity
    for day in days:
        renumber_day(session, program.id, day)
    return done


def _existing(session: Session, program: Program, key: ActivityKey) -> Activity:
    day, start, _title = key
    for activity in session.scalars(
        select(Activity).where(Activity.program_id == program.id, Activity.day == day)
    ):
        if activity_key(activity.day, activity.start_time, activity.title) == key:
            return activity
    msg = said(
        "The activity of {day} {start} is gone: plan the import again",
        day=f"{day:%d.%m.%Y}",
        start=start or "",
    )
    raise NotFoundError(msg)


def _assign(session: Session, activity: Activity, guide: Guide, role: str) -> None:
    session.flush()
    for assignment in activity.assignments:
        if assignment.guide_id == guide.id:
            assignment.role = role
            return
    session.add(Assignment(activity=activity, guide=guide, role=role))
    if role not in guide.roles:
        guide.roles = [*guide.roles, role]
