"""Undo commands of the itinerary: activities, their guides, accepted suggestions.

Each is one service call, and so is its undo. An activity an undo removes and
a redo adds again (or a removal undone) gets its own id back, so every
command below it on the stack still names the same activity.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from coordinator.domain.suggestions import Proposal
from coordinator.services.guides import GuideService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.records import ActivityInput, ActivityRecord, AssignmentRecord
from coordinator.services.suggestions import SuggestionService
from coordinator.ui.command_base import ServiceCommand

Assignments = tuple[tuple[int, str], ...]
"""The guides of an activity as (guide id, role) pairs."""


@dataclass(frozen=True)
class PlanningContext:
    """What every itinerary and guide command needs.

    Attributes:
        itinerary: the service of the activities.
        guides: the service of the guides and their assignments.
        suggestions: the service that accepts and reverts suggested assignments.
        activity_changed: called after each change of an itinerary with the
            program code and the activity to select (``None``: none).
        guide_changed: called after each change of a guide with its id
            (``None`` when it is gone).
        failed: called with a sentence when an undo or redo is refused.
    """

    itinerary: ItineraryService
    guides: GuideService
    suggestions: SuggestionService
    activity_changed: Callable[[str, int | None], None]
    guide_changed: Callable[[int | None], None]
    failed: Callable[[str], None]


def assignments_of(record: ActivityRecord) -> Assignments:
    """Return the guides of ``record`` as (guide id, role) pairs."""
    return tuple((item.guide_id, item.role) for item in record.assignments)


class PlanningCommand(ServiceCommand[PlanningContext]):
    """Base of the itinerary and guide commands."""


class AddActivityCommand(PlanningCommand):
    """Add an activity to a program's itinerary, with its guides."""

    def __init__(
        self,
        context: PlanningContext,
        program_code: str,
        data: ActivityInput,
        assignments: Assignments = (),
    ) -> None:
        text = QCoreApplication.translate("Commands", "Add {title}").format(title=data.title)
        super().__init__(context, text)
        self._program_code = program_code
        self._data = data
        self._assignments = assignments
        self._id: int | None = None

    def _do(self) -> None:
        record = self._context.itinerary.add_activity(
            self._program_code, self._data, self._assignments, activity_id=self._id
        )
        self._id = record.id
        self._context.activity_changed(self._program_code, record.id)

    def _undo(self) -> None:
        assert self._id is not None
        self._context.itinerary.remove_activity(self._id)
        self._context.activity_changed(self._program_code, None)

    @property
    def activity_id(self) -> int | None:
        """The id of the added activity, once executed (the same after undo and redo)."""
        return self._id


class EditActivityCommand(PlanningCommand):
    """Change an activity's fields and, when given, its guides; undo reverts only those."""

    def __init__(
        self,
        context: PlanningContext,
        before: ActivityRecord,
        after: ActivityInput,
        assignments: Assignments | None = None,
    ) -> None:
        text = QCoreApplication.translate("Commands", "Edit {title}").format(title=after.title)
        super().__init__(context, text)
        self._program_code = before.program_code
        self._id = before.id
        self._before = (before.as_input(), assignments_of(before))
        self._after = (after, assignments)

    def _save(
        self,
        was: ActivityInput,
        now: ActivityInput,
        was_guides: Assignments | None,
        now_guides: Assignments | None,
    ) -> None:
        self._context.itinerary.update_activity(self._id, now, now_guides, was, was_guides)
        self._context.activity_changed(self._program_code, self._id)

    def _do(self) -> None:
        (before, before_guides), (after, guides) = self._before, self._after
        self._save(before, after, before_guides if guides is not None else None, guides)

    def _undo(self) -> None:
        (before, before_guides), (after, guides) = self._before, self._after
        self._save(after, before, guides, before_guides if guides is not None else None)


class MoveActivityCommand(PlanningCommand):
    """Move an activity to another day or time, keeping its length."""

    def __init__(
        self,
        context: PlanningContext,
        before: ActivityRecord,
        day: dt.date,
        start_time: dt.time | None,
    ) -> None:
        text = QCoreApplication.translate("Commands", "Move {title}").format(title=before.title)
        super().__init__(context, text)
        self._before = before
        self._day = day
        self._start_time = start_time

    def _do(self) -> None:
        before = self._before
        self._context.itinerary.move_activity(before.id, self._day, self._start_time)
        self._context.activity_changed(before.program_code, before.id)

    def _undo(self) -> None:
        before = self._before
        if before.start_time is None:
            self._context.itinerary.update_activity(before.id, before.as_input())
        else:
            self._context.itinerary.move_activity(before.id, before.day, before.start_time)
        self._context.activity_changed(before.program_code, before.id)


class RemoveActivityCommand(PlanningCommand):
    """Take an activity off the itinerary; undo puts it back with its id and guides."""

    def __init__(self, context: PlanningContext, record: ActivityRecord) -> None:
        text = QCoreApplication.translate("Commands", "Remove {title}").format(title=record.title)
        super().__init__(context, text)
        self._record = record

    def _do(self) -> None:
        self._record = self._context.itinerary.remove_activity(self._record.id)
        self._context.activity_changed(self._record.program_code, None)

    def _undo(self) -> None:
        record = self._record
        restored = self._context.itinerary.restore_activity(record.program_code, record)
        self._context.activity_changed(record.program_code, restored.id)


class AssignGuideCommand(PlanningCommand):
    """Put a guide on an activity (e.g. dropped on its block), in their usual role."""

    def __init__(
        self,
        context: PlanningContext,
        activity: ActivityRecord,
        guide_id: int,
        guide_name: str,
        role: str | None = None,
    ) -> None:
        text = QCoreApplication.translate("Commands", "Assign {guide} to {title}").format(
            guide=guide_name, title=activity.title
        )
        super().__init__(context, text)
        self._program_code = activity.program_code
        self._activity_id = activity.id
        self._guide_id = guide_id
        self._role = role
        self.assignment: AssignmentRecord | None = None

    def _do(self) -> None:
        self.assignment = self._context.guides.assign(self._activity_id, self._guide_id, self._role)
        self._role = self.assignment.role
        self._context.activity_changed(self._program_code, self._activity_id)

    def _undo(self) -> None:
        self._context.guides.unassign(self._activity_id, self._guide_id)
        self._context.activity_changed(self._program_code, self._activity_id)


class AcceptSuggestionsCommand(PlanningCommand):
    """Make every accepted suggested assignment at once; undo takes them all back."""

    def __init__(
        self, context: PlanningContext, program_code: str, proposals: tuple[Proposal, ...]
    ) -> None:
        text = QCoreApplication.translate(
            "Commands", "Accept suggested assignments ({count})"
        ).format(count=len(proposals))
        super().__init__(context, text)
        self._program_code = program_code
        self._proposals = proposals
        self.made: list[AssignmentRecord] = []

    def _do(self) -> None:
        proposals = list(self._proposals)
        self.made = self._context.suggestions.accept(self._program_code, proposals)
        first = proposals[0].activity_id if proposals else None
        self._context.activity_changed(self._program_code, first)

    def _undo(self) -> None:
        self._context.suggestions.revert(self.made)
        self.made = []
        self._context.activity_changed(self._program_code, None)
