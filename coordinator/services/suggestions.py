"""Suggested assignments for a program: propose, then accept (undoably) or reject.

The heuristic and its guarantee (no conflict introduced, hours spread
evenly) are described in :mod:`coordinator.domain.suggestions`. Rejecting
is doing nothing; accepting writes every proposal in one transaction and
returns the assignments made, which :meth:`SuggestionService.revert` removes
again for an undo.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from coordinator.domain.itinerary import Assignment
from coordinator.domain.messages import said
from coordinator.domain.suggestions import Proposal, Suggestions, suggest
from coordinator.services.assignments import add_assignment
from coordinator.services.errors import InvalidInputError
from coordinator.services.guide_fields import guide_by_id
from coordinator.services.itinerary import activity_by_id, assignment_record
from coordinator.services.plan_loader import load_plan
from coordinator.services.programs import program_by_code
from coordinator.services.records import AssignmentRecord
from coordinator.store import Database


class SuggestionService:
    """Proposes guides for the activities that lack one."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def suggest(self, program_code: str) -> Suggestions:
        """Return the proposals for the program and, for the rest, why nothing fits.

        Raises:
            NotFoundError: there is no such program.
        """
        with self._database.reading() as session:
            plan = load_plan(session, program_by_code(session, program_code))
        return suggest(plan)

    def accept(self, program_code: str, proposals: Iterable[Proposal]) -> list[AssignmentRecord]:
        """Make the proposed assignments in one transaction; return them for an undo.

        Raises:
            InvalidInputError: a proposal is no longer possible (an activity of
                another program, or the guide is already on it); nothing is written.
            NotFoundError: the program, an activity or a guide no longer exists.
        """
        with self._database.transaction() as session:
            program = program_by_code(session, program_code)
            made: list[AssignmentRecord] = []
            for proposal in proposals:
                activity = activity_by_id(session, proposal.activity_id)
                if activity.program_id != program.id:
                    msg = said(
                        "{activity} is not an activity of {code}",
                        activity=f"{proposal.activity!r}",
                        code=program.code,
                    )
                    raise InvalidInputError(msg)
                guide = guide_by_id(session, proposal.guide_id)
                made.append(
                    assignment_record(add_assignment(session, activity, guide, proposal.role))
                )
            return made

    def revert(self, accepted: Iterable[AssignmentRecord]) -> None:
        """Remove assignments made by :meth:`accept` (the undo of accepting)."""
        ids = [record.id for record in accepted]
        with self._database.transaction() as session:
            for assignment in session.scalars(select(Assignment).where(Assignment.id.in_(ids))):
                session.delete(assignment)
