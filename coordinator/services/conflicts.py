"""The conflicts of a program, as the Conflicts panel and the command line list them.

The rules live in :mod:`coordinator.domain.conflicts` (guides) and
:mod:`coordinator.domain.logistics_conflicts` with :mod:`coordinator.domain.rooming`
(transfers, arrivals, rooms); this service loads the program (with what its
guides do elsewhere on the same days) and runs them into one list.
The findings are plain frozen objects: kind, guides, activities, sentence.
"""

from __future__ import annotations

from coordinator.domain.conflicts import Finding, find_conflicts, finding_order
from coordinator.domain.logistics_conflicts import find_logistics_conflicts
from coordinator.services.logistics_loader import load_logistics, load_room_findings
from coordinator.services.plan_loader import load_plan
from coordinator.services.programs import program_by_code
from coordinator.store import Database


class ConflictService:
    """Finds what a coordinator must resolve, or knowingly keep, in a program."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def list_conflicts(self, program_code: str) -> list[Finding]:
        """Return the program's conflicts by day and time.

        Raises:
            NotFoundError: there is no such program.
        """
        with self._database.reading() as session:
            program = program_by_code(session, program_code)
            plan = load_plan(session, program)
            logistics = load_logistics(session, program)
            rooms = load_room_findings(session, program)
        found = [*find_conflicts(plan), *find_logistics_conflicts(logistics), *rooms]
        return sorted(found, key=finding_order)

    def for_activity(self, program_code: str, activity_id: int) -> list[Finding]:
        """Return the conflicts that concern one activity, e.g. after assigning a guide.

        Raises:
            NotFoundError: there is no such program.
        """
        return [
            finding
            for finding in self.list_conflicts(program_code)
            if activity_id in finding.activity_ids
        ]
