"""An edit refused because another coordinator changed the record meanwhile, then reapplied.

Another window (a second connection to the same file) changes the record while
its dialog is open. OK is refused: the dialog stays open with what the user
typed, the fields the user left alone now show the other coordinator's values,
and a sentence names what was changed. OK again saves the user's changes over
the record as read again, and one undo puts that record back exactly.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from coordinator.services.directory_service import DirectoryService
from coordinator.services.guides import GuideService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.records import UnavailabilityInput, VenueInput
from coordinator.services.roster import RosterService
from coordinator.store import Database, open_database
from coordinator.ui.app import Launcher
from coordinator.ui.edit_reapply import changed_since_text, reapplied, reapplied_part
from coordinator.ui.planning_commands import assignments_of
from tests.ui.conftest import PROGRAM_CODE, prompts_of, workspace_of
from tests.ui.planning import (
    PROGRAM_DAYS,
    Plan,
    activity,
    activity_dialog,
    at,
    database_of,
    open_guides,
    open_itinerary,
)


@contextmanager
def another_window(path: Path) -> Iterator[Database]:
    """The same database file as another coordinator's window has it open."""
    database = open_database(path)
    try:
        yield database
    finally:
        database.close()


def press_ok(buttons: QDialogButtonBox) -> None:
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()


def refused(message: QLabel, *words: str) -> None:
    assert not message.isHidden()
    text = message.text()
    assert "Someone else changed" in text
    assert "press OK again" in text
    for word in words:
        assert word in text


def test_an_activity_edit_is_refused_then_reapplied_over_the_other_change(
    planned: Launcher, plan: Plan, filled_path: Path, qtbot: QtBot
) -> None:
    controller, page = open_itinerary(planned, qtbot)
    dialog = activity_dialog(
        controller, qtbot, lambda: page.timeline.activity_activated.emit(plan.water_works)
    )
    stack = planned.undo_stack
    depth = stack.count()
    with another_window(filled_path) as other:
        itinerary = ItineraryService(other)
        theirs = itinerary.get_activity(plan.water_works).as_input()
        itinerary.update_activity(
            plan.water_works,
            dataclasses.replace(
                theirs, title="ASKİ water works tour", notes="Helmets at the gate", summary="Seen"
            ),
        )
        GuideService(other).assign(plan.water_works, plan.aylin)
    dialog.title.setText("Visit to the ASKİ water works")
    dialog.end.set_value(at("12:00"))

    press_ok(dialog.buttons)
    assert dialog.isVisible()
    refused(dialog.general_error, "ASKİ water works tour", "Title")
    assert dialog.title.text() == "Visit to the ASKİ water works"  # the user's, kept
    assert dialog.end.value() == at("12:00")
    assert dialog.notes.toPlainText() == "Helmets at the gate"  # theirs, shown
    assert dialog.guide_model.assignments() == ((plan.aylin, "guide"),)
    assert stack.count() == depth
    reread = activity(planned, plan.water_works)
    assert (reread.title, reread.end_time) == ("ASKİ water works tour", at("11:30"))

    press_ok(dialog.buttons)
    assert not dialog.isVisible()
    saved = activity(planned, plan.water_works)
    assert (saved.title, saved.end_time) == ("Visit to the ASKİ water works", at("12:00"))
    assert (saved.notes, saved.summary) == ("Helmets at the gate", "Seen")
    assert assignments_of(saved) == ((plan.aylin, "guide"),)
    assert stack.count() == depth + 1
    stack.undo()
    back = activity(planned, plan.water_works)
    assert back.as_input() == reread.as_input()
    assert assignments_of(back) == assignments_of(reread)
    assert prompts_of(planned).errors == []


def test_a_guide_edit_is_refused_then_reapplied_over_the_other_change(
    planned: Launcher, plan: Plan, filled_path: Path, qtbot: QtBot
) -> None:
    controller, _page = open_guides(planned, qtbot)
    model = planned.window.workspace_view.guides_model
    row = model.row_of(lambda record: record.id == plan.bolat)
    assert row is not None
    controller.page.table.select_row(row)
    controller.page.edit_action.trigger()
    dialog = controller.dialog
    assert dialog is not None
    stack = planned.undo_stack
    depth = stack.count()
    with another_window(filled_path) as other:
        guides = GuideService(other)
        theirs = guides.get(plan.bolat).as_input()
        guides.update_guide(
            plan.bolat,
            dataclasses.replace(theirs, languages=("kk", "ru", "tr"), phone="+90 312 555 00 00"),
        )
        guides.add_unavailability(plan.bolat, UnavailabilityInput(PROGRAM_DAYS[4], reason="Exam"))
    dialog.languages.setText("kk, ru, en")
    dialog.max_hours.setValue(6)

    press_ok(dialog.buttons)
    assert dialog.isVisible()
    refused(dialog.general_error, "Bolat Nurlanov", "Languages")
    assert dialog.languages.text() == "kk, ru, en"
    assert dialog.max_hours.value() == 6
    assert dialog.phone.text() == "+90 312 555 00 00"
    assert dialog.absence_model.rowCount() == 2
    assert stack.count() == depth
    service = GuideService(database_of(planned))
    reread = service.get(plan.bolat)
    reread_absences = service.unavailability(plan.bolat)
    assert reread.languages == ("kk", "ru", "tr")

    press_ok(dialog.buttons)
    assert not dialog.isVisible()
    saved = service.get(plan.bolat)
    assert (saved.languages, saved.max_hours_per_day) == (("kk", "ru", "en"), 6)
    assert saved.phone == "+90 312 555 00 00"
    assert [item.reason for item in service.unavailability(plan.bolat)] == ["Congress", "Exam"]
    assert stack.count() == depth + 1
    stack.undo()
    assert service.get(plan.bolat).as_input() == reread.as_input()
    assert [item.as_input() for item in service.unavailability(plan.bolat)] == [
        item.as_input() for item in reread_absences
    ]
    assert prompts_of(planned).errors == []


def open_venue(launcher: Launcher, name: str) -> tuple[int, DirectoryService]:
    controller = workspace_of(launcher).directory
    launcher.window.main_actions.directory.trigger()
    window = controller.window
    assert window is not None
    row = window.venue_model.row_of(lambda record: record.name == name)
    assert row is not None
    window.venues.select_row(row)
    window.edit_venue_action.trigger()
    return window.venue_model.record(row).id, DirectoryService(database_of(launcher))


def change_venue(path: Path, venue_id: int) -> None:
    """Another coordinator changes the address and the city, and adds a travel time."""
    with another_window(path) as other:
        directory = DirectoryService(other)
        theirs = next(item for item in directory.venues() if item.id == venue_id)
        directory.update_venue(
            venue_id,
            dataclasses.replace(theirs.as_input(), address="Kazım Karabekir Cd. 1", city="Ankara"),
        )
        directory.add_venue(VenueInput("Çankaya Town Hall"), {venue_id: 20})


def test_a_venue_edit_is_refused_then_reapplied_over_the_other_change(
    planned: Launcher, filled_path: Path
) -> None:
    venue_id, directory = open_venue(planned, "ASKİ Water Works")
    dialog = workspace_of(planned).directory.dialog
    assert dialog is not None
    stack = planned.undo_stack
    depth = stack.count()
    change_venue(filled_path, venue_id)
    dialog.address_edit.setText("Hipodrom Cd. 5")
    dialog.notes_edit.setPlainText("Gate B")

    press_ok(dialog.buttons)
    assert dialog.isVisible()
    refused(dialog.error_label, "ASKİ Water Works", "Address")
    assert dialog.address_edit.text() == "Hipodrom Cd. 5"
    assert dialog.notes_edit.toPlainText() == "Gate B"
    assert dialog.city_edit.text() == "Ankara"
    assert dialog.travel_model.as_minutes() != {}
    assert stack.count() == depth
    reread = next(item for item in directory.venues() if item.id == venue_id)
    reread_travel = directory.travel_times(venue_id)
    assert reread.address == "Kazım Karabekir Cd. 1"

    press_ok(dialog.buttons)
    assert not dialog.isVisible()
    saved = next(item for item in directory.venues() if item.id == venue_id)
    assert (saved.address, saved.notes, saved.city) == ("Hipodrom Cd. 5", "Gate B", "Ankara")
    assert [(item.to_venue, item.minutes) for item in directory.travel_times(venue_id)] == [
        ("Çankaya Town Hall", 20)
    ]
    assert stack.count() == depth + 1
    stack.undo()
    assert next(item for item in directory.venues() if item.id == venue_id) == reread
    assert directory.travel_times(venue_id) == reread_travel
    assert prompts_of(planned).errors == []


def test_cancel_after_a_refusal_keeps_the_other_coordinators_venue(
    planned: Launcher, filled_path: Path
) -> None:
    venue_id, directory = open_venue(planned, "ASKİ Water Works")
    dialog = workspace_of(planned).directory.dialog
    assert dialog is not None
    depth = planned.undo_stack.count()
    change_venue(filled_path, venue_id)
    dialog.address_edit.setText("Hipodrom Cd. 5")
    press_ok(dialog.buttons)
    assert dialog.isVisible()
    dialog.buttons.rejected.emit()
    assert not dialog.isVisible()
    kept = next(item for item in directory.venues() if item.id == venue_id)
    assert (kept.address, kept.city) == ("Kazım Karabekir Cd. 1", "Ankara")
    assert planned.undo_stack.count() == depth


def test_a_participant_reapplied_keeps_the_other_coordinators_other_fields(
    launcher: Launcher, filled_path: Path
) -> None:
    view = launcher.window.workspace_view
    view.program_view.roster_view.select_row(0)
    first = view.roster_model.record(0)
    launcher.window.main_actions.edit_participant.trigger()
    dialog = workspace_of(launcher).roster.dialog
    assert dialog is not None
    with another_window(filled_path) as other:
        theirs = dataclasses.replace(
            first.as_input(), room="305", dietary="Halal", nationality="Kazakhstan"
        )
        RosterService(other).update(first.id, theirs)
    dialog.room.setText("214")
    dialog.phone.setText("+7 701 234 56 78")
    press_ok(dialog.buttons)
    assert dialog.isVisible()
    refused(dialog.general_error, first.name, "Room")
    assert dialog.dietary.text() == "Halal"
    press_ok(dialog.buttons)
    assert not dialog.isVisible()
    database = workspace_of(launcher).databases.database
    assert database is not None
    saved = RosterService(database).list_participants(PROGRAM_CODE)[0]
    assert (saved.room, saved.phone) == ("214", "+7 701 234 56 78")
    assert (saved.dietary, saved.nationality) == ("Halal", "Kazakhstan")
    assert prompts_of(launcher).errors == []


def test_the_sentence_names_the_fields_when_known_and_reads_well_without() -> None:
    named = changed_since_text("Zeynep Işık", ["&Room:", "Dietar&y:"])
    assert "Zeynep Işık" in named
    assert "Room, Dietary." in named
    unnamed = changed_since_text("Zeynep Işık", [])
    assert "fields" not in unnamed
    assert "Nothing was saved" in unnamed


def test_reapplied_keeps_the_users_changes_over_the_new_record() -> None:
    opened = VenueInput("Hall", city="Ankara", notes="")
    typed = VenueInput("Hall", city="Ankara", notes="Gate B")
    current = VenueInput("Hall", city="İstanbul", notes="")
    assert reapplied(opened, typed, current) == VenueInput("Hall", city="İstanbul", notes="Gate B")
    assert reapplied_part({1: 5}, {1: 5}, {1: 9}) == {1: 9}
    assert reapplied_part({1: 5}, {1: 7}, {1: 9}) == {1: 7}
