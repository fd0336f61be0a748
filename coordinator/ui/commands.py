"""Undo commands: each change of a roster is one small command calling the service.

A command does its work once in :meth:`RosterCommand.execute` before it is
pushed, so a refused change (an invalid field, a person already on the roster)
raises there and never reaches the undo stack. Removing and re-adding gives a
participant a new id; :class:`ParticipantIds` lets older commands follow it.

The itinerary's and the guides' commands (below the roster's) follow the same
pattern with a :class:`PlanningContext`; re-created activities and guides are
followed with :class:`RecordIds`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from coordinator.domain.suggestions import Proposal
from coordinator.services.directory_service import DirectoryService
from coordinator.services.errors import ServiceError
from coordinator.services.guides import GuideService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.records import (
    ActivityInput,
    ActivityRecord,
    AssignmentRecord,
    GuideInput,
    GuideRecord,
    ParticipantInput,
    ParticipantRecord,
    UnavailabilityInput,
    UnavailabilityRecord,
    VenueInput,
    VenueRecord,
)
from coordinator.services.roster import RosterService
from coordinator.services.suggestions import SuggestionService

if TYPE_CHECKING:
    # Only named here: importing the import service loads openpyxl, which the
    # window does not need until the first import.
    from coordinator.services.roster_import import (
        ImportResult,
        PlannedUpdate,
        RosterImportService,
    )


class _ReportsFailures(Protocol):
    """A context that tells the user when an undo or redo was refused."""

    def failed(self, message: str) -> None: ...


ContextT = TypeVar("ContextT", bound=_ReportsFailures)


@dataclass
class ParticipantIds:
    """Where each participant id went when an undo re-added the participant."""

    _moved: dict[int, int] = field(default_factory=dict)

    def current(self, participant_id: int) -> int:
        """Return the id that ``participant_id`` has now."""
        seen: set[int] = set()
        while participant_id in self._moved and participant_id not in seen:
            seen.add(participant_id)
            participant_id = self._moved[participant_id]
        return participant_id

    def moved(self, old: int, new: int) -> None:
        """Record that the participant with ``old`` now has the id ``new``."""
        if old != new:
            self._moved[old] = new


@dataclass(frozen=True)
class RosterContext:
    """What every roster command needs.

    Attributes:
        roster: the service that does the work.
        ids: the shared map of re-added participants' ids.
        changed: called after each change with the program code and the id of
            the participant to select (``None`` when it is gone).
        failed: called with a sentence when an undo or redo is refused.
    """

    roster: RosterService
    ids: ParticipantIds
    changed: Callable[[str, int | None], None]
    failed: Callable[[str], None]


class ServiceCommand(QUndoCommand, Generic[ContextT]):
    """Base of the commands that call services: run once, then undo and redo safely.

    ``execute`` does the change the first time and lets a refusal propagate, so
    nothing is pushed; later undo and redo report a refusal through the
    context's ``failed`` and make the command obsolete.
    """

    def __init__(self, context: ContextT, text: str) -> None:
        super().__init__(text)
        self._context = context
        self._done = False

    def execute(self) -> None:
        """Do the change for the first time; a refusal raises and nothing is pushed.

        Raises:
            ServiceError: the service refused the change.
        """
        self._do()
        self._done = True

    def redo(self) -> None:
        """Do the change again (QUndoStack calls this on push and on Redo)."""
        if self._done:
            return
        self._guarded(self._do)

    def undo(self) -> None:
        """Revert the change."""
        self._guarded(self._undo)
        self._done = False

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except ServiceError as error:
            self.setObsolete(True)
            self._context.failed(str(error))

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class RosterCommand(ServiceCommand[RosterContext]):
    """Base of the roster commands."""

    def __init__(self, context: RosterContext, program_code: str, text: str) -> None:
        super().__init__(context, text)
        self._program_code = program_code


class AddParticipantCommand(RosterCommand):
    """Put a person on a program's roster."""

    def __init__(self, context: RosterContext, program_code: str, data: ParticipantInput) -> None:
        text = QCoreApplication.translate("Commands", "Add {name}").format(name=data.name)
        super().__init__(context, program_code, text)
        self._data = data
        self._first_id: int | None = None
        self._position: int | None = None

    def _do(self) -> None:
        record = self._context.roster.add(self._program_code, self._data, position=self._position)
        if self._first_id is None:
            self._first_id, self._position = record.id, record.position
        else:
            self._context.ids.moved(self._context.ids.current(self._first_id), record.id)
        self._context.changed(self._program_code, record.id)

    def _undo(self) -> None:
        assert self._first_id is not None
        self._context.roster.remove(self._context.ids.current(self._first_id))
        self._context.changed(self._program_code, None)

    @property
    def participant_id(self) -> int | None:
        """The id of the added participant now, once executed."""
        return None if self._first_id is None else self._context.ids.current(self._first_id)


class EditParticipantCommand(RosterCommand):
    """Change the fields of a participant."""

    def __init__(
        self, context: RosterContext, before: ParticipantRecord, after: ParticipantInput
    ) -> None:
        text = QCoreApplication.translate("Commands", "Edit {name}").format(name=after.name)
        super().__init__(context, before.program_code, text)
        self._id = before.id
        self._before = before.as_input()
        self._after = after

    def _apply(self, data: ParticipantInput) -> None:
        record = self._context.roster.update(self._context.ids.current(self._id), data)
        self._context.changed(self._program_code, record.id)

    def _do(self) -> None:
        self._apply(self._after)

    def _undo(self) -> None:
        self._apply(self._before)


class RemoveParticipantCommand(RosterCommand):
    """Take a participant off the roster; undo puts them back in the same place."""

    def __init__(self, context: RosterContext, record: ParticipantRecord) -> None:
        text = QCoreApplication.translate("Commands", "Remove {name}").format(name=record.name)
        super().__init__(context, record.program_code, text)
        self._id = record.id
        self._record = record

    def _do(self) -> None:
        self._record = self._context.roster.remove(self._context.ids.current(self._id))
        self._context.changed(self._program_code, None)

    def _undo(self) -> None:
        restored = self._context.roster.add(
            self._program_code, self._record.as_input(), position=self._record.position
        )
        self._context.ids.moved(self._context.ids.current(self._id), restored.id)
        self._context.changed(self._program_code, restored.id)


# The itinerary and the guides

Assignments = tuple[tuple[int, str], ...]
"""The guides of an activity as (guide id, role) pairs."""


class RecordIds(ParticipantIds):
    """Where each activity or guide id went when an undo re-created it."""


@dataclass(frozen=True)
class PlanningContext:
    """What every itinerary and guide command needs.

    Attributes:
        itinerary: the service of the activities.
        guides: the service of the guides and their assignments.
        suggestions: the service that accepts and reverts suggested assignments.
        activity_ids: the shared map of re-created activities' ids.
        guide_ids: the shared map of re-created guides' ids.
        activity_changed: called after each change of an itinerary with the
            program code and the activity to select (``None``: none).
        guide_changed: called after each change of a guide with its id
            (``None`` when it is gone).
        failed: called with a sentence when an undo or redo is refused.
    """

    itinerary: ItineraryService
    guides: GuideService
    suggestions: SuggestionService
    activity_ids: RecordIds
    guide_ids: RecordIds
    activity_changed: Callable[[str, int | None], None]
    guide_changed: Callable[[int | None], None]
    failed: Callable[[str], None]

    def activity(self, activity_id: int) -> int:
        """Return the id that the activity first known as ``activity_id`` has now."""
        return self.activity_ids.current(activity_id)

    def guide(self, guide_id: int) -> int:
        """Return the id that the guide first known as ``guide_id`` has now."""
        return self.guide_ids.current(guide_id)

    def current_guides(self, wanted: Assignments) -> Assignments:
        """Return ``wanted`` with each guide's id as it is now (after undo and redo)."""
        return tuple((self.guide(guide_id), role) for guide_id, role in wanted)


def assignments_of(record: ActivityRecord) -> Assignments:
    """Return the guides of ``record`` as (guide id, role) pairs."""
    return tuple((item.guide_id, item.role) for item in record.assignments)


class PlanningCommand(ServiceCommand["PlanningContext"]):
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
        self._first_id: int | None = None

    def _do(self) -> None:
        context = self._context
        record = context.itinerary.add_activity(
            self._program_code, self._data, context.current_guides(self._assignments)
        )
        if self._first_id is None:
            self._first_id = record.id
        else:
            context.activity_ids.moved(context.activity(self._first_id), record.id)
        context.activity_changed(self._program_code, record.id)

    def _undo(self) -> None:
        assert self._first_id is not None
        self._context.itinerary.remove_activity(self._context.activity(self._first_id))
        self._context.activity_changed(self._program_code, None)

    @property
    def activity_id(self) -> int | None:
        """The id of the added activity now, once executed."""
        return None if self._first_id is None else self._context.activity(self._first_id)


class EditActivityCommand(PlanningCommand):
    """Change an activity's fields and, when given, its guides and their roles."""

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

    def _apply(self, data: ActivityInput, assignments: Assignments | None) -> None:
        context = self._context
        activity_id = context.activity(self._id)
        guides = None if assignments is None else context.current_guides(assignments)
        context.itinerary.update_activity(activity_id, data, guides)
        context.activity_changed(self._program_code, activity_id)

    def _do(self) -> None:
        self._apply(*self._after)

    def _undo(self) -> None:
        data, assignments = self._before
        self._apply(data, assignments if self._after[1] is not None else None)


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
        activity_id = self._context.activity(self._before.id)
        self._context.itinerary.move_activity(activity_id, self._day, self._start_time)
        self._context.activity_changed(self._before.program_code, activity_id)

    def _undo(self) -> None:
        before = self._before
        activity_id = self._context.activity(before.id)
        if before.start_time is None:
            self._context.itinerary.update_activity(activity_id, before.as_input())
        else:
            self._context.itinerary.move_activity(activity_id, before.day, before.start_time)
        self._context.activity_changed(before.program_code, activity_id)


class RemoveActivityCommand(PlanningCommand):
    """Take an activity off the itinerary; undo puts it back with its guides."""

    def __init__(self, context: PlanningContext, record: ActivityRecord) -> None:
        text = QCoreApplication.translate("Commands", "Remove {title}").format(title=record.title)
        super().__init__(context, text)
        self._id = record.id
        self._record = record

    def _do(self) -> None:
        self._record = self._context.itinerary.remove_activity(self._context.activity(self._id))
        self._context.activity_changed(self._record.program_code, None)

    def _undo(self) -> None:
        context = self._context
        restored = context.itinerary.restore_activity(self._record.program_code, self._record)
        context.activity_ids.moved(context.activity(self._id), restored.id)
        context.activity_changed(self._record.program_code, restored.id)


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
        context = self._context
        activity_id = context.activity(self._activity_id)
        self.assignment = context.guides.assign(
            activity_id, context.guide(self._guide_id), self._role
        )
        self._role = self.assignment.role
        context.activity_changed(self._program_code, activity_id)

    def _undo(self) -> None:
        context = self._context
        activity_id = context.activity(self._activity_id)
        context.guides.unassign(activity_id, context.guide(self._guide_id))
        context.activity_changed(self._program_code, activity_id)


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
        context = self._context
        proposals = [
            replace(
                proposal,
                activity_id=context.activity(proposal.activity_id),
                guide_id=context.guide(proposal.guide_id),
            )
            for proposal in self._proposals
        ]
        self.made = context.suggestions.accept(self._program_code, proposals)
        first = proposals[0].activity_id if proposals else None
        context.activity_changed(self._program_code, first)

    def _undo(self) -> None:
        self._context.suggestions.revert(self.made)
        self.made = []
        self._context.activity_changed(self._program_code, None)


class AddGuideCommand(PlanningCommand):
    """Make a person a guide, with the days or hours they are away."""

    def __init__(
        self,
        context: PlanningContext,
        data: GuideInput,
        absences: tuple[UnavailabilityInput, ...] = (),
    ) -> None:
        text = QCoreApplication.translate("Commands", "Add guide {name}").format(name=data.name)
        super().__init__(context, text)
        self._data = data
        self._absences = absences
        self._first_id: int | None = None

    def _do(self) -> None:
        context = self._context
        record = context.guides.add_guide(self._data)
        if self._first_id is None:
            self._first_id = record.id
        else:
            context.guide_ids.moved(context.guide(self._first_id), record.id)
        for absence in self._absences:
            context.guides.add_unavailability(record.id, absence)
        context.guide_changed(record.id)

    def _undo(self) -> None:
        assert self._first_id is not None
        self._context.guides.remove_guide(self._context.guide(self._first_id))
        self._context.guide_changed(None)

    @property
    def guide_id(self) -> int | None:
        """The id of the added guide now, once executed."""
        return None if self._first_id is None else self._context.guide(self._first_id)


class EditGuideCommand(PlanningCommand):
    """Change a guide's fields and, when they differ, the days they are away."""

    def __init__(
        self,
        context: PlanningContext,
        before: GuideRecord,
        before_absences: tuple[UnavailabilityRecord, ...],
        after: GuideInput,
        after_absences: tuple[UnavailabilityInput, ...],
    ) -> None:
        text = QCoreApplication.translate("Commands", "Edit guide {name}").format(name=after.name)
        super().__init__(context, text)
        self._id = before.id
        old_absences = tuple(item.as_input() for item in before_absences)
        self._absences_changed = old_absences != after_absences
        self._before = (before.as_input(), old_absences)
        self._after = (after, after_absences)

    def _apply(self, data: GuideInput, absences: tuple[UnavailabilityInput, ...]) -> None:
        context = self._context
        guide_id = context.guide(self._id)
        context.guides.update_guide(guide_id, data)
        if self._absences_changed:
            for item in context.guides.unavailability(guide_id):
                context.guides.remove_unavailability(item.id)
            for absence in absences:
                context.guides.add_unavailability(guide_id, absence)
        context.guide_changed(guide_id)

    def _do(self) -> None:
        self._apply(*self._after)

    def _undo(self) -> None:
        self._apply(*self._before)


# Imports of a roster from a file


class ImportRosterCommand(RosterCommand):
    """A roster import already applied (off the GUI thread) before it is pushed.

    Undo removes exactly the participants it added and restores those it
    updated; redo applies the same plan again. Participants re-added by a redo
    get new ids, which :class:`ParticipantIds` passes on to later commands.
    """

    def __init__(
        self, context: RosterContext, importer: RosterImportService, result: ImportResult
    ) -> None:
        text = QCoreApplication.translate("Commands", "Import {file}").format(
            file=result.plan.table.source.name
        )
        super().__init__(context, result.plan.program_code, text)
        self._importer = importer
        self._result = result
        self._plan = result.plan
        self._first_added = result.added
        self._done = True

    def _current_updates(self) -> tuple[PlannedUpdate, ...]:
        ids = self._context.ids
        return tuple(
            replace(
                update,
                participant_id=ids.current(update.participant_id),
                before=replace(update.before, id=ids.current(update.before.id)),
            )
            for update in self._plan.updates
        )

    def _do(self) -> None:
        plan = replace(self._plan, updates=self._current_updates())
        result = self._importer.apply(plan)
        ids = self._context.ids
        for first, new in zip(self._first_added, result.added, strict=True):
            ids.moved(ids.current(first), new)
        self._context.changed(self._program_code, None)

    def _undo(self) -> None:
        ids = self._context.ids
        added = tuple(ids.current(first) for first in self._first_added)
        self._importer.undo(replace(self._result, added=added, updated=self._current_updates()))
        self._context.changed(self._program_code, None)


# The directory's venues and their travel times

TravelTimes = dict[int, int]
"""The minutes from a venue to others, by the other venue's id."""


@dataclass(frozen=True)
class DirectoryContext:
    """What every venue command needs.

    Attributes:
        directory: the service of the venues and their travel times.
        venue_ids: the shared map of re-created venues' ids.
        changed: called after each change with the venue to select (``None``: none).
        failed: called with a sentence when an undo or redo is refused.
    """

    directory: DirectoryService
    venue_ids: RecordIds
    changed: Callable[[int | None], None]
    failed: Callable[[str], None]

    def venue(self, venue_id: int) -> int:
        """Return the id that the venue first known as ``venue_id`` has now."""
        return self.venue_ids.current(venue_id)

    def set_travel_times(self, venue_id: int, wanted: TravelTimes) -> None:
        """Make the known travel times of a venue exactly ``wanted``."""
        current = {item.to_venue_id: item.minutes for item in self.directory.travel_times(venue_id)}
        target = {self.venue(other): minutes for other, minutes in wanted.items()}
        for other in current.keys() - target.keys():
            self.directory.set_travel_time(venue_id, other, None)
        for other, minutes in target.items():
            if current.get(other) != minutes:
                self.directory.set_travel_time(venue_id, other, minutes)


class VenueCommand(ServiceCommand["DirectoryContext"]):
    """Base of the venue commands."""


class AddVenueCommand(VenueCommand):
    """Add a venue to the directory, with its travel times to other venues."""

    def __init__(self, context: DirectoryContext, data: VenueInput, travel: TravelTimes) -> None:
        text = QCoreApplication.translate("Commands", "Add venue {name}").format(name=data.name)
        super().__init__(context, text)
        self._data = data
        self._travel = dict(travel)
        self._first_id: int | None = None

    def _do(self) -> None:
        context = self._context
        record = context.directory.add_venue(self._data)
        if self._first_id is None:
            self._first_id = record.id
        else:
            context.venue_ids.moved(context.venue(self._first_id), record.id)
        context.set_travel_times(record.id, self._travel)
        context.changed(record.id)

    def _undo(self) -> None:
        assert self._first_id is not None
        self._context.directory.remove_venue(self._context.venue(self._first_id))
        self._context.changed(None)

    @property
    def venue_id(self) -> int | None:
        """The id of the added venue now, once executed."""
        return None if self._first_id is None else self._context.venue(self._first_id)


class EditVenueCommand(VenueCommand):
    """Change a venue's fields and its travel times to other venues."""

    def __init__(
        self,
        context: DirectoryContext,
        before: VenueRecord,
        before_travel: TravelTimes,
        after: VenueInput,
        after_travel: TravelTimes,
    ) -> None:
        text = QCoreApplication.translate("Commands", "Edit venue {name}").format(name=after.name)
        super().__init__(context, text)
        self._id = before.id
        self._before = (before.as_input(), dict(before_travel))
        self._after = (after, dict(after_travel))

    def _apply(self, data: VenueInput, travel: TravelTimes) -> None:
        context = self._context
        venue_id = context.venue(self._id)
        context.directory.update_venue(venue_id, data)
        context.set_travel_times(venue_id, travel)
        context.changed(venue_id)

    def _do(self) -> None:
        self._apply(*self._after)

    def _undo(self) -> None:
        self._apply(*self._before)
