"""Undo and redo are exact reverses, one service call each: records come back under their ids.

A command lower on the undo stack names a record by its id; when an undo
removes that record and a redo puts it back, the id must be the same or the
older command would miss it. Real services on a real SQLite file, a real
QUndoStack.
"""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from coordinator.services.directory_service import DirectoryService
from coordinator.services.guides import GuideService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.records import (
    GuideInput,
    ParticipantInput,
    UnavailabilityInput,
    VenueInput,
)
from coordinator.services.roster import RosterService
from coordinator.services.suggestions import SuggestionService
from coordinator.store import Database
from coordinator.ui.command_base import ServiceCommand
from coordinator.ui.directory_commands import AddVenueCommand, DirectoryContext, EditVenueCommand
from coordinator.ui.guide_commands import AddGuideCommand, EditGuideCommand
from coordinator.ui.planning_commands import (
    AddActivityCommand,
    EditActivityCommand,
    PlanningContext,
    RemoveActivityCommand,
)
from coordinator.ui.roster_commands import (
    AddParticipantCommand,
    RemoveParticipantCommand,
    RosterContext,
)
from tests.itinerary_support import CODE, MON, TUE, activity_input, make_program


def _fail(message: str) -> None:
    pytest.fail(f"an undo or redo was refused: {message}")


@pytest.fixture
def stack(qtbot: QtBot) -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def planning(database: Database) -> PlanningContext:
    make_program(database)
    return PlanningContext(
        ItineraryService(database), GuideService(database), SuggestionService(database),
        lambda _code, _id: None, lambda _id: None, _fail,
    )  # fmt: skip


def push(stack: QUndoStack, command: ServiceCommand[object]) -> None:  # type: ignore[type-var]
    command.execute()
    stack.push(command)


def test_an_activity_undone_and_redone_keeps_its_id_for_the_edit_above_it(
    stack: QUndoStack, planning: PlanningContext
) -> None:
    add = AddActivityCommand(planning, CODE, activity_input("Water works"))
    push(stack, add)
    activity_id = add.activity_id
    assert activity_id is not None
    before = planning.itinerary.get_activity(activity_id)
    push(
        stack,
        EditActivityCommand(planning, before, activity_input("Water works", "14:00", "15:00")),
    )
    stack.undo()
    stack.undo()
    assert planning.itinerary.list_activities(CODE) == []
    stack.redo()
    stack.redo()
    (again,) = planning.itinerary.list_activities(CODE)
    assert (again.id, str(again.start_time)) == (activity_id, "14:00:00")
    assert add.activity_id == activity_id


def test_a_removed_activity_comes_back_with_its_id(
    stack: QUndoStack, planning: PlanningContext
) -> None:
    record = planning.itinerary.add_activity(CODE, activity_input("Cultural tour"))
    push(stack, RemoveActivityCommand(planning, record))
    stack.undo()
    (back,) = planning.itinerary.list_activities(CODE)
    assert back.id == record.id


def test_a_guide_and_their_absences_undone_and_redone(
    stack: QUndoStack, planning: PlanningContext
) -> None:
    away = (UnavailabilityInput(MON, reason="leave"),)
    add = AddGuideCommand(planning, GuideInput(name="Zekeriya Şanlıer"), away)
    push(stack, add)
    guide_id = add.guide_id
    assert guide_id is not None
    record = planning.guides.get(guide_id)
    later = (UnavailabilityInput(TUE),)
    push(stack, EditGuideCommand(planning, record, tuple(planning.guides.unavailability(guide_id)),
                                 record.as_input(), later))  # fmt: skip
    assert [item.day for item in planning.guides.unavailability(guide_id)] == [TUE]
    stack.undo()
    assert [item.day for item in planning.guides.unavailability(guide_id)] == [MON]
    stack.undo()
    assert planning.guides.list_guides() == []
    stack.redo()
    stack.redo()
    assert [guide.id for guide in planning.guides.list_guides()] == [guide_id]
    assert [item.day for item in planning.guides.unavailability(guide_id)] == [TUE]


def test_a_participant_removed_comes_back_with_their_id_place_and_activities(
    stack: QUndoStack, planning: PlanningContext, database: Database
) -> None:
    roster = RosterService(database)
    context = RosterContext(roster, lambda _code, _id: None, _fail)
    add = AddParticipantCommand(context, CODE, ParticipantInput(name="Berik Baibolov"))
    push(stack, add)
    first = roster.add(CODE, ParticipantInput(name="Zhandos Tasov"))
    assert add.participant_id is not None
    only_berik = planning.itinerary.add_activity(
        CODE, activity_input("Museum", attendees=(add.participant_id,))
    )
    (berik, tasov) = roster.list_participants(CODE)
    push(stack, RemoveParticipantCommand(context, berik))
    stack.undo()
    assert roster.list_participants(CODE) == [berik, tasov]
    assert planning.itinerary.get_activity(only_berik.id).attendees == (berik.id,)
    assert tasov.id == first.id


def test_a_venue_with_its_travel_times_undone_and_redone(
    stack: QUndoStack, database: Database
) -> None:
    directory = DirectoryService(database)
    context = DirectoryContext(directory, lambda _id: None, _fail)
    market = directory.add_venue(VenueInput("Spice Bazaar"))
    add = AddVenueCommand(context, VenueInput("Galata Tea House"), {market.id: 10})
    push(stack, add)
    venue_id = add.venue_id
    assert venue_id is not None
    record = next(venue for venue in directory.venues() if venue.id == venue_id)
    after = dataclasses.replace(record.as_input(), city="Istanbul")
    push(stack, EditVenueCommand(context, record, {market.id: 10}, after, {market.id: 25}))
    stack.undo()
    stack.undo()
    stack.redo()
    stack.redo()
    assert [(t.to_venue_id, t.minutes) for t in directory.travel_times(venue_id)] == [
        (market.id, 25)
    ]
