"""The itinerary of a program as the GUI and the command line list it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from coordinator.domain.directory import Venue
from coordinator.domain.itinerary import Activity, ActivityHost, Assignment, Guide
from coordinator.services.programs import program_by_code
from coordinator.services.records import ActivityRecord, HostRecord
from coordinator.store import Database


def activity_record(activity: Activity) -> ActivityRecord:
    """Describe ``activity`` with its venue, hosts and guides."""
    venue = activity.venue
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
    )


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
            activities = session.scalars(
                select(Activity)
                .where(Activity.program_id == program.id)
                .options(
                    selectinload(Activity.venue).selectinload(Venue.owner),
                    selectinload(Activity.hosts).selectinload(ActivityHost.person),
                    selectinload(Activity.hosts).selectinload(ActivityHost.organization),
                    selectinload(Activity.assignments)
                    .selectinload(Assignment.guide)
                    .selectinload(Guide.person),
                )
                .order_by(Activity.day, Activity.position, Activity.start_time, Activity.id)
            )
            return [activity_record(activity) for activity in activities]
