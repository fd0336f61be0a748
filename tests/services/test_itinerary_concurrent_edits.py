"""Two windows editing one activity lose nothing: each writes only what it changed."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from coordinator.services.errors import ChangedSinceError
from coordinator.services.guides import GuideService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.suggestions import SuggestionService
from coordinator.store import open_database
from coordinator.ui.planning_commands import EditActivityCommand, PlanningContext
from tests.itinerary_support import CODE, activity_input, add_guide, make_program


@pytest.fixture
def windows(database_path: Path) -> Iterator[tuple[ItineraryService, ItineraryService]]:
    first = open_database(database_path)
    make_program(first)
    second = open_database(database_path)
    yield ItineraryService(first), ItineraryService(second)
    first.close()
    second.close()


def test_a_title_and_the_guides_changed_in_two_windows_are_both_kept(
    windows: tuple[ItineraryService, ItineraryService], database_path: Path
) -> None:
    one, two = windows
    database = open_database(database_path)
    guide = add_guide(database, "Zekeriya Şanlıer")
    database.close()
    seen = one.add_activity(CODE, activity_input("Water works"))
    read = seen.as_input()
    one.update_activity(seen.id, dataclasses.replace(read, title="Water Works Visit"), before=read)
    two.update_activity(seen.id, read, ((guide.id, "guide"),), before=read, before_guides=())
    now = one.get_activity(seen.id)
    assert now.title == "Water Works Visit"
    assert [(item.guide_id, item.role) for item in now.assignments] == [(guide.id, "guide")]


def test_the_same_field_changed_in_two_windows_is_refused_the_second_time(
    windows: tuple[ItineraryService, ItineraryService],
) -> None:
    one, two = windows
    seen = one.add_activity(CODE, activity_input("Water works"))
    read = seen.as_input()
    one.update_activity(seen.id, dataclasses.replace(read, title="Water Works Visit"), before=read)
    with pytest.raises(ChangedSinceError) as refused:
        two.update_activity(seen.id, dataclasses.replace(read, title="Dam"), before=read)
    assert refused.value.fields == ("title",)
    assert one.get_activity(seen.id).title == "Water Works Visit"


def test_undo_of_an_activity_edit_keeps_another_windows_later_change(
    windows: tuple[ItineraryService, ItineraryService], database_path: Path, qtbot: QtBot
) -> None:
    one, two = windows
    database = open_database(database_path)
    failures: list[str] = []
    context = PlanningContext(
        one, GuideService(database), SuggestionService(database),
        lambda _code, _id: None, lambda _id: None, failures.append,
    )  # fmt: skip
    seen = one.add_activity(CODE, activity_input("Water works"))
    stack = QUndoStack()
    edit = EditActivityCommand(context, seen, dataclasses.replace(seen.as_input(), notes="Bus"))
    edit.execute()
    stack.push(edit)
    other = two.get_activity(seen.id)
    changed = dataclasses.replace(other.as_input(), title="Water Works Visit")
    two.update_activity(seen.id, changed, before=other.as_input())
    stack.undo()
    now = one.get_activity(seen.id)
    assert (now.title, now.notes) == ("Water Works Visit", "")
    assert failures == []
    database.close()
