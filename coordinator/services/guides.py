"""The guides who accompany a program's delegation."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from coordinator.domain.directory import Person
from coordinator.domain.itinerary import Activity, Assignment, Guide
from coordinator.services.programs import program_by_code
from coordinator.services.records import GuideRecord
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
                GuideRecord(
                    id=guide.id,
                    person_id=guide.person.id,
                    name=guide.person.full_name,
                    title=title or guide.person.title,
                    organization=(
                        guide.person.organization.name if guide.person.organization else ""
                    ),
                    languages=tuple(guide.languages),
                    roles=tuple(guide.roles),
                    unavailable=tuple(
                        sorted({item.day for item in guide.unavailable if item.day in days})
                    ),
                    activities=tuple(titles),
                    notes=guide.notes,
                )
                for guide, titles, title in guides.values()
            ]
