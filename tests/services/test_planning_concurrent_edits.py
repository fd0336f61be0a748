"""Two windows editing one activity, guide or venue lose nothing: each writes what it changed."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from coordinator.services.directory_service import DirectoryService
from coordinator.services.errors import ChangedSinceError
from coordinator.services.guides import GuideService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.records import GuideInput, UnavailabilityInput, VenueInput
from coordinator.services.suggestions import SuggestionService
from coordinator.ui.planning_commands import EditActivityCommand, PlanningContext
from tests.itinerary_support import CODE, MON, TUE, activity_input, add_guide, make_program
from tests.stores import Store


@pytest.fixture
def windows(store: Store) -> Iterator[tuple[ItineraryService, ItineraryService]]:
    first = store.open()
    make_program(first)
    second = store.open()
    yield ItineraryService(first), ItineraryService(second)
    first.close()
    second.close()


def test_a_title_and_the_guides_changed_in_two_windows_are_both_kept(
    windows: tuple[ItineraryService, ItineraryService], store: Store
) -> None:
    one, two = windows
    database = store.open()
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
    windows: tuple[ItineraryService, ItineraryService], store: Store, qtbot: QtBot
) -> None:
    one, two = windows
    database = store.open()
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


def test_a_guides_absences_and_phone_changed_in_two_windows_are_both_kept(
    store: Store,
) -> None:
    first, second = store.open(), store.open()
    try:
        one, two = GuideService(first), GuideService(second)
        guide = one.add_guide(GuideInput(name="Zekeriya Şanlıer"))
        read = guide.as_input()
        away = (UnavailabilityInput(MON, reason="leave"),)
        one.update_guide(guide.id, read, away, before=read, before_absences=())
        two.update_guide(guide.id, dataclasses.replace(read, phone="+90 532 000 00 00"),
                         before=read)  # fmt: skip
        assert one.get(guide.id).phone == "+90 532 000 00 00"
        assert [item.as_input() for item in one.unavailability(guide.id)] == list(away)
        with pytest.raises(ChangedSinceError) as refused:
            two.update_guide(guide.id, read, (UnavailabilityInput(TUE),), before=read,
                             before_absences=())  # fmt: skip
        assert refused.value.fields == ("absences",)
    finally:
        first.close()
        second.close()


def test_a_venues_travel_times_and_city_changed_in_two_windows_are_both_kept(
    store: Store,
) -> None:
    first, second = store.open(), store.open()
    try:
        one, two = DirectoryService(first), DirectoryService(second)
        market = one.add_venue(VenueInput("Spice Bazaar"))
        cafe = one.add_venue(VenueInput("Galata Tea House"))
        read = cafe.as_input()
        one.update_venue(cafe.id, read, {market.id: 15}, before=read, before_travel={})
        two.update_venue(cafe.id, dataclasses.replace(read, city="Istanbul"), before=read)
        assert [venue.city for venue in one.venues() if venue.id == cafe.id] == ["Istanbul"]
        assert [t.minutes for t in one.travel_times(cafe.id)] == [15]
    finally:
        first.close()
        second.close()
