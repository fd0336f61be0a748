"""The conflicts of a program, as the Conflicts panel and the command line list them.

The rules live in :mod:`coordinator.domain.conflicts`; this service loads the
program (with what its guides do elsewhere on the same days) and runs them.
The findings are plain frozen objects: kind, guides, activities, sentence.
"""

from __future__ import annotations

from coordinator.domain.conflicts import Finding, find_conflicts
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
            plan = load_plan(session, program_by_code(session, program_code))
        return find_conflicts(plan)

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
