"""The itinerary of a program: list, add, edit, move and remove activities.

Every call is one transaction. Removing an activity returns its full record
(hosts, attendees and assignments), which :meth:`ItineraryService.restore_activity`
puts back, so the GUI can undo it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql import Select

from coordinator.domain.directory import Venue
from coordinator.domain.enums import ActivityKind
from coordinator.domain.itinerary import Activity, ActivityHost, Assignment, Guide
from coordinator.domain.messages import said
from coordinator.domain.planning import kind_needs_guide
from coordinator.domain.programs import Program
from coordinator.services.activity_fields import (
    apply_activity,
    check_day,
    renumber_day,
    validate_activity,
)
from coordinator.services.assignments import set_guides
from coordinator.services.edits import (
    check_id_free,
    lock_for_edit,
    merged_edit,
    merged_part,
    written_alone,
)
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.programs import program_by_code
from coordinator.services.records import ActivityInput, ActivityRecord, AssignmentRecord, HostRecord
from coordinator.store import Database

_LARGEST_ID = 2**31 - 1
"""The largest id an activity can have on a server (SQLite's never get that far)."""


def assignment_record(assignment: Assignment) -> AssignmentRecord:
    """Describe ``assignment`` as a plain record."""
    return AssignmentRecord(
        id=assignment.id,
        activity_id=assignment.activity_id,
        activity=assignment.activity.title,
        guide_id=assignment.guide_id,
        guide=assignment.guide.person.full_name,
        role=assignment.role,
        title=assignment.title,
        notes=assignment.notes,
    )


def activity_record(activity: Activity) -> ActivityRecord:
    """Describe ``activity`` with its venue, hosts, attendees and guides."""
    venue = activity.venue
    needs = activity.needs_guide
    return ActivityRecord(
        id=activity.id,
        day=activity.day,
        start_time=activity.start_time,
        end_time=activity.end_time,
        kind=activity.kind,
        title=activity.title,
        venue=venue.name if venue else "",
        venue_owner=venue.owner.name if venue and venue.owner else "",
        hosts=tuple(
            HostRecord(
                name=host.person.full_name,
                title=host.title,
                organization=host.organization.name if host.organization else "",
            )
            for host in activity.hosts
        ),
        guides=tuple(assignment.guide.person.full_name for assignment in activity.assignments),
        notes=activity.notes,
        program_code=activity.program.code,
        position=activity.position,
        venue_id=activity.venue_id,
        needs_guide=needs,
        guide_needed=kind_needs_guide(activity.kind) if needs is None else needs,
        attendees=tuple(sorted(attendee.participant_id for attendee in activity.attendees)),
        assignments=tuple(assignment_record(item) for item in activity.assignments),
        summary=activity.summary,
        assumed=tuple(activity.assumed),
        revision=activity.revision,
    )


def _with_details(query: Select[Activity]) -> Select[Activity]:
    return query.options(
        selectinload(Activity.program),
        selectinload(Activity.venue).selectinload(Venue.owner),
        selectinload(Activity.hosts).selectinload(ActivityHost.person),
        selectinload(Activity.hosts).selectinload(ActivityHost.organization),
        selectinload(Activity.attendees),
        selectinload(Activity.assignments)
        .selectinload(Assignment.guide)
        .selectinload(Guide.person),
    )


def activity_by_id(session: Session, activity_id: int) -> Activity:
    """Return the activity with ``activity_id``.

    Raises:
        NotFoundError: when it no longer exists.
    """
    found = None
    # A server's INTEGER id holds 32 bits and refuses to compare with a larger number.
    if activity_id <= _LARGEST_ID:
        query = _with_details(select(Activity).where(Activity.id == activity_id))
        found = session.scalars(query).first()
    if found is None:
        msg = said("There is no activity with the id {activity_id}", activity_id=activity_id)
        raise NotFoundError(msg)
    return found


def program_activities(session: Session, program: Program) -> list[Activity]:
    """Return the program's activities by day, time and their order in the day."""
    query = _with_details(select(Activity).where(Activity.program_id == program.id))
    order = (Activity.day, Activity.position, Activity.start_time, Activity.id)
    return list(session.scalars(query.order_by(*order)))


class ItineraryService:
    """The activities of a program, day by day."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def list_activities(self, program_code: str) -> list[ActivityRecord]:
        """Return the program's activities by day, time and their order in the day.

        Raises:
            NotFoundError: there is no such program.
        """
        with self._database.reading() as session:
            program = program_by_code(session, program_code)
            return [activity_record(item) for item in program_activities(session, program)]

    def get_activity(self, activity_id: int) -> ActivityRecord:
        """Return one activity.

        Raises:
            NotFoundError: it no longer exists.
        """
        with self._database.reading() as session:
            return activity_record(activity_by_id(session, activity_id))

    def activity_kinds(self) -> list[str]:
        """Return the usual kinds, then those users added, for a kind chooser."""
        usual = [kind.value for kind in ActivityKind]
        with self._database.reading() as session:
            used = session.scalars(select(Activity.kind).distinct().order_by(Activity.kind))
            return usual + [kind for kind in used if kind not in usual]

    def add_activity(
        self,
        program_code: str,
        data: ActivityInput,
        guides: Sequence[tuple[int, str]] = (),
        activity_id: int | None = None,
    ) -> ActivityRecord:
        """Add an activity to the program; its day keeps its activities in time order.

        ``guides`` (guide id, role pairs) are assigned in the same transaction.
        ``activity_id`` gives the activity back the id it had (a redo after an
        undo), so what refers to it still does.

        Raises:
            InvalidInputError: a field breaks a rule, e.g. a day outside the
                program, or ``activity_id`` belongs to another activity now.
            NotFoundError: there is no such program, or a guide is gone.
        """
        with self._database.transaction() as session:
            program = program_by_code(session, program_code)
            activity = add_activity(session, program, data, guides, activity_id)
            return activity_record(activity_by_id(session, activity.id))

    def update_activity(
        self,
        activity_id: int,
        data: ActivityInput,
        guides: Sequence[tuple[int, str]] | None = None,
        before: ActivityInput | None = None,
        before_guides: Sequence[tuple[int, str]] | None = None,
    ) -> ActivityRecord:
        """Change an activity's fields, and its guides when ``guides`` is given.

        Without ``guides`` the assigned guides stay; with it, they become
        exactly those (guide id, role) pairs. Everything is one transaction.
        With ``before`` (and ``before_guides``), as the editor read them, only
        what the edit changed is written, and only if nobody changed it since
        (see :mod:`coordinator.services.edits`).

        Raises:
            InvalidInputError: a field breaks a rule.
            ChangedSinceError: someone changed a field of this edit since it was read.
            NotFoundError: the activity, or a guide, no longer exists.
        """
        with written_alone("The activity"), self._database.transaction() as session:
            lock_for_edit(session, Activity, activity_id)
            activity = activity_by_id(session, activity_id)
            update_activity(session, activity, data, guides, before, before_guides)
            return activity_record(activity)

    def move_activity(
        self, activity_id: int, day: dt.date, start_time: dt.time | None = None
    ) -> ActivityRecord:
        """Move an activity to ``day`` and, when given, ``start_time``, keeping its length.

        Raises:
            InvalidInputError: the day is outside the program or it would end after midnight.
            NotFoundError: the activity no longer exists.
        """
        with self._database.transaction() as session:
            activity = activity_by_id(session, activity_id)
            check_day(activity.program, day)
            old_day = activity.day
            activity.day = day
            if start_time is not None:
                _shift(activity, start_time)
            renumber_day(session, activity.program_id, old_day)
            renumber_day(session, activity.program_id, day)
            return activity_record(activity)

    def remove_activity(self, activity_id: int) -> ActivityRecord:
        """Remove an activity with its hosts and assignments; return what was removed.

        Raises:
            NotFoundError: the activity no longer exists.
        """
        with self._database.transaction() as session:
            return remove_activity(session, activity_id)

    def restore_activity(self, program_code: str, record: ActivityRecord) -> ActivityRecord:
        """Put back a removed activity with its guides (the undo of a removal).

        The activity gets its id back; guides who no longer exist are left out.

        Raises:
            InvalidInputError: a field breaks a rule, or the id is taken now.
            NotFoundError: there is no such program.
        """
        with self._database.transaction() as session:
            program = program_by_code(session, program_code)
            activity = restore_activity(session, program, record)
            return activity_record(activity_by_id(session, activity.id))


def add_activity(
    session: Session,
    program: Program,
    data: ActivityInput,
    guides: Sequence[tuple[int, str]] = (),
    activity_id: int | None = None,
) -> Activity:
    """Add an activity inside ``session`` (see :meth:`ItineraryService.add_activity`)."""
    validate_activity(program, data)
    _check_free(session, activity_id, data.title)
    activity = Activity(id=activity_id, program=program, position=10**6)
    session.add(activity)
    apply_activity(session, activity, data)
    renumber_day(session, program.id, data.day)
    session.flush()
    if guides:
        set_guides(session, activity, guides)
    return activity


def update_activity(
    session: Session,
    activity: Activity,
    data: ActivityInput,
    guides: Sequence[tuple[int, str]] | None = None,
    before: ActivityInput | None = None,
    before_guides: Sequence[tuple[int, str]] | None = None,
) -> None:
    """Change an activity inside ``session`` (see :meth:`ItineraryService.update_activity`)."""
    if before is not None:
        current = activity_record(activity)
        data = merged_edit(current.as_input(), before, data, activity.title)
        if guides is not None and before_guides is not None:
            guides = merged_part(
                _pairs(current.assignments), tuple(before_guides), tuple(guides),
                activity.title, "guides",
            )  # fmt: skip
    validate_activity(activity.program, data)
    old_day = activity.day
    apply_activity(session, activity, data)
    renumber_day(session, activity.program_id, old_day)
    renumber_day(session, activity.program_id, data.day)
    if guides is not None:
        set_guides(session, activity, guides)


def remove_activity(session: Session, activity_id: int) -> ActivityRecord:
    """Remove an activity inside ``session`` (see :meth:`ItineraryService.remove_activity`)."""
    activity = activity_by_id(session, activity_id)
    record = activity_record(activity)
    program_id = activity.program_id
    session.delete(activity)
    renumber_day(session, program_id, record.day)
    session.flush()
    return record


def restore_activity(session: Session, program: Program, record: ActivityRecord) -> Activity:
    """Put back a removed activity inside ``session`` (the undo of a removal)."""
    data = record.as_input()
    validate_activity(program, data)
    _check_free(session, record.id, record.title)
    activity = Activity(id=record.id, program=program, position=10**6)
    session.add(activity)
    apply_activity(session, activity, data)
    for item in record.assignments:
        if session.get(Guide, item.guide_id) is not None:
            activity.assignments.append(
                Assignment(
                    guide_id=item.guide_id, role=item.role, title=item.title, notes=item.notes
                )
            )
    renumber_day(session, program.id, data.day)
    session.flush()
    return activity


def _pairs(assignments: Sequence[AssignmentRecord]) -> tuple[tuple[int, str], ...]:
    return tuple((item.guide_id, item.role) for item in assignments)


def _check_free(session: Session, activity_id: int | None, title: str) -> None:
    taken = f"{title} cannot be put back: another activity has taken its place"
    check_id_free(session, Activity, activity_id, taken, "title")


def _shift(activity: Activity, start_time: dt.time) -> None:
    old_start, old_end = activity.start_time, activity.end_time
    if old_start is None or old_end is None:
        activity.end_time = None
        activity.start_time = start_time
        return
    length = dt.datetime.combine(activity.day, old_end) - dt.datetime.combine(
        activity.day, old_start
    )
    end = dt.datetime.combine(activity.day, start_time) + length
    if end.date() != activity.day:
        msg = said(
            "Starting at {start_time}, the activity would end after midnight",
            start_time=f"{start_time:%H:%M}",
        )
        raise InvalidInputError(msg, "start_time")
    activity.end_time = None
    activity.start_time = start_time
    activity.end_time = end.time()
