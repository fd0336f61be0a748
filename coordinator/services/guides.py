"""Guides: the directory's guides, their absences, and assigning them to activities.

Every call is one transaction and returns plain records. Removing something
returns what was removed, so the GUI can undo it with the matching add.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from coordinator.domain.directory import Person
from coordinator.domain.itinerary import Activity, Assignment, Guide, GuideUnavailability
from coordinator.domain.messages import said
from coordinator.domain.text import matches
from coordinator.services.assignments import add_assignment, assignment_of
from coordinator.services.collation import sort_key_function
from coordinator.services.edits import (
    check_id_free,
    lock_with_person,
    merged_edit,
    merged_part,
    written_alone,
)
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.guide_fields import (
    all_guides,
    apply_guide,
    check_role,
    guide_by_id,
    guide_named,
    guide_record,
    person_for_guide,
    validate_guide,
)
from coordinator.services.itinerary import activity_by_id, assignment_record
from coordinator.services.programs import program_by_code
from coordinator.services.records import (
    AssignmentRecord,
    GuideInput,
    GuideRecord,
    UnavailabilityInput,
    UnavailabilityRecord,
)
from coordinator.services.unavailability import new_absence, unavailability_record
from coordinator.store import Database


class GuideService:
    """Guides as the directory keeps them and as a program uses them."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def list_for_program(self, program_code: str) -> list[GuideRecord]:
        """Return the guides assigned to any activity of the program.

        Each record lists the titles of that guide's activities in the program,
        in itinerary order, and the unavailable days within the program.

        Raises:
            NotFoundError: there is no such program.
        """
        with self._database.reading() as session:
            program = program_by_code(session, program_code)
            rows = session.execute(
                select(Assignment, Activity)
                .join(Activity, Assignment.activity_id == Activity.id)
                .where(Activity.program_id == program.id)
                .options(
                    selectinload(Assignment.guide)
                    .selectinload(Guide.person)
                    .selectinload(Person.organization),
                    selectinload(Assignment.guide).selectinload(Guide.unavailable),
                )
                .order_by(Activity.day, Activity.position, Activity.start_time, Activity.id)
            ).all()
            guides: dict[int, tuple[Guide, list[str], str]] = {}
            for assignment, activity in rows:
                guide = assignment.guide
                entry = guides.setdefault(guide.id, (guide, [], assignment.title))
                entry[1].append(activity.title)
            days = set(program.days())
            return [
                replace(guide_record(guide, days, tuple(titles)), title=title or guide.person.title)
                for guide, titles, title in guides.values()
            ]

    def list_guides(self, query: str = "") -> list[GuideRecord]:
        """Return the directory's guides whose name, organization or languages match.

        ``query`` is matched word by word with the Turkish-aware search key;
        the list is in Turkish alphabetical order.
        """
        with self._database.reading() as session:
            records = guides_matching([guide_record(guide) for guide in all_guides(session)], query)
        key = sort_key_function()
        return sorted(records, key=lambda record: key(record.name))

    def get(self, guide_id: int) -> GuideRecord:
        """Return one guide.

        Raises:
            NotFoundError: the guide no longer exists.
        """
        with self._database.reading() as session:
            return guide_record(guide_by_id(session, guide_id))

    def find(self, name: str) -> GuideRecord:
        """Return the one guide named ``name`` (search key; a unique part of it will do).

        Raises:
            NotFoundError: nobody has that name.
            InvalidInputError: several guides match.
        """
        with self._database.reading() as session:
            return guide_record(guide_named(session, name))

    def add_guide(
        self,
        data: GuideInput,
        absences: Sequence[UnavailabilityInput] = (),
        guide_id: int | None = None,
    ) -> GuideRecord:
        """Make a person of the directory (found by name, or new) a guide, with their absences.

        Everything is one transaction. ``guide_id`` gives the guide back the id
        it had (a redo after an undo), so what refers to it still does.

        Raises:
            InvalidInputError: a field breaks a rule, the person already is a
                guide, or ``guide_id`` belongs to another guide now.
        """
        validate_guide(data)
        with self._database.transaction() as session:
            person = person_for_guide(session, data)
            if person.id is not None and person.guide is not None:
                msg = said("{full_name} already is a guide", full_name=person.full_name)
                raise InvalidInputError(msg, "name")
            taken = f"{data.name} cannot be put back: another guide has taken their place"
            check_id_free(session, Guide, guide_id, taken, "name")
            guide = Guide(person=person, id=guide_id)
            session.add(guide)
            apply_guide(session, guide, data)
            for absence in absences:
                session.add(new_absence(guide, absence))
            session.flush()
            return guide_record(guide)

    def update_guide(
        self,
        guide_id: int,
        data: GuideInput,
        absences: Sequence[UnavailabilityInput] | None = None,
        before: GuideInput | None = None,
        before_absences: Sequence[UnavailabilityInput] | None = None,
    ) -> GuideRecord:
        """Change a guide's fields and their person's directory entry, and their absences.

        With ``absences`` the guide's absences become exactly those; without,
        they stay. Everything is one transaction. With ``before`` (and
        ``before_absences``), as the editor read them, only what the edit
        changed is written, and only if nobody changed it since.

        Raises:
            InvalidInputError: a field breaks a rule.
            ChangedSinceError: someone changed a field of this edit since it was read.
            NotFoundError: the guide no longer exists.
        """
        with written_alone("The guide"), self._database.transaction() as session:
            lock_with_person(session, Guide, guide_id)
            guide = guide_by_id(session, guide_id)
            if before is not None:
                name = guide.person.full_name
                data = merged_edit(guide_record(guide).as_input(), before, data, name)
                if absences is not None and before_absences is not None:
                    current = tuple(unavailability_record(a).as_input() for a in guide.unavailable)
                    absences = merged_part(
                        current, tuple(before_absences), tuple(absences), name, "absences"
                    )
            validate_guide(data)
            apply_guide(session, guide, data)
            if absences is not None:
                guide.unavailable.clear()  # orphans are deleted
                session.flush()
                for absence in absences:
                    session.add(new_absence(guide, absence))
            session.flush()
            return guide_record(guide)

    def remove_guide(self, guide_id: int) -> GuideRecord:
        """Stop a person being a guide: their absences and assignments go too.

        The person stays in the directory.

        Raises:
            NotFoundError: the guide no longer exists.
        """
        with self._database.transaction() as session:
            guide = guide_by_id(session, guide_id)
            record = guide_record(guide)
            session.delete(guide)
            return record

    def unavailability(self, guide_id: int) -> list[UnavailabilityRecord]:
        """Return a guide's absences by day and time.

        Raises:
            NotFoundError: the guide no longer exists.
        """
        with self._database.reading() as session:
            guide = guide_by_id(session, guide_id)
            return [unavailability_record(item) for item in guide.unavailable]

    def add_unavailability(self, guide_id: int, data: UnavailabilityInput) -> UnavailabilityRecord:
        """Mark a guide away for a day, or for hours of it.

        Raises:
            InvalidInputError: the end is not after the start.
            NotFoundError: the guide no longer exists.
        """
        with self._database.transaction() as session:
            guide = guide_by_id(session, guide_id)
            absence = new_absence(guide, data)
            session.add(absence)
            session.flush()
            return unavailability_record(absence)

    def remove_unavailability(self, unavailability_id: int) -> UnavailabilityRecord:
        """Remove an absence and return it, so it can be put back.

        Raises:
            NotFoundError: it no longer exists.
        """
        with self._database.transaction() as session:
            absence = session.get(GuideUnavailability, unavailability_id)
            if absence is None:
                msg = said("This absence no longer exists")
                raise NotFoundError(msg)
            record = unavailability_record(absence)
            session.delete(absence)
            return record

    def assign(self, activity_id: int, guide_id: int, role: str | None = None) -> AssignmentRecord:
        """Put a guide on an activity; the role defaults to the guide's first one.

        Conflicts are warnings, not locks: an assignment that creates one is
        made all the same (see :class:`~coordinator.services.conflicts.ConflictService`).

        Raises:
            InvalidInputError: the role is unknown or the guide is already on it.
            NotFoundError: the activity or the guide no longer exists.
        """
        try:
            with self._database.transaction() as session:
                activity = activity_by_id(session, activity_id)
                guide = guide_by_id(session, guide_id)
                return assignment_record(add_assignment(session, activity, guide, role))
        except IntegrityError as error:  # pragma: no cover - a concurrent assignment
            msg = said("The assignment could not be saved: {error}", error=error.orig)
            raise InvalidInputError(msg) from error

    def unassign(self, activity_id: int, guide_id: int) -> AssignmentRecord:
        """Take a guide off an activity and return the assignment removed.

        Raises:
            NotFoundError: the guide is not on that activity.
        """
        with self._database.transaction() as session:
            assignment = assignment_of(session, activity_id, guide_id)
            record = assignment_record(assignment)
            session.delete(assignment)
            return record

    def change_role(self, activity_id: int, guide_id: int, role: str) -> AssignmentRecord:
        """Change the role a guide has on an activity.

        Raises:
            InvalidInputError: the role is unknown.
            NotFoundError: the guide is not on that activity.
        """
        with self._database.transaction() as session:
            assignment = assignment_of(session, activity_id, guide_id)
            assignment.role = check_role(role)
            return assignment_record(assignment)


def guides_matching(guides: Sequence[GuideRecord], query: str) -> list[GuideRecord]:
    """Return the ``guides`` whose name, organization or languages match ``query``, in order.

    ``query`` is matched word by word with the Turkish-aware search key; an
    empty one keeps every guide.
    """
    if not query.strip():
        return list(guides)
    return [
        guide
        for guide in guides
        if matches(query, guide.name, guide.organization, " ".join(guide.languages))
    ]
