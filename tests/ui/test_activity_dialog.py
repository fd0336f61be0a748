"""Adding and editing activities in the dialog, with their hosts and guides, undoably."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coordinator.ui.activity_dialog import ActivityDialog
from coordinator.ui.app import Launcher
from tests.ui.planning import (
    PROGRAM_DAYS,
    TUE,
    WED,
    Plan,
    activities,
    activity,
    activity_dialog,
    at,
    open_itinerary,
    settle_itinerary,
)


def press_ok(dialog: ActivityDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()


def open_add(launcher: Launcher, qtbot: QtBot) -> ActivityDialog:
    controller, page = open_itinerary(launcher, qtbot)
    return activity_dialog(controller, qtbot, page.add_action.trigger)


def open_activity(launcher: Launcher, qtbot: QtBot, activity_id: int) -> ActivityDialog:
    """Open the dialog of an activity as a double-click on its block in the timeline does."""
    controller, page = open_itinerary(launcher, qtbot)
    return activity_dialog(
        controller, qtbot, lambda: page.timeline.activity_activated.emit(activity_id)
    )


def test_the_day_can_only_be_a_day_of_the_program(planned: Launcher, qtbot: QtBot) -> None:
    dialog = open_add(planned, qtbot)
    days = [dialog.day.itemData(index) for index in range(dialog.day.count())]
    assert days == PROGRAM_DAYS
    assert not dialog.day.isEditable()
    assert dialog.day.itemText(0).startswith("Day 1")
    dialog.reject()


def test_add_an_activity_with_a_host_and_a_guide(
    planned: Launcher, plan: Plan, qtbot: QtBot
) -> None:
    dialog = open_add(planned, qtbot)
    dialog.day.setCurrentIndex(2)
    dialog.start.set_value(at("09:00"))
    dialog.end.set_value(at("10:30"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("site_visit"))
    qtbot.keyClicks(dialog.title, "Visit to the recycling plant")
    qtbot.keyClicks(dialog.venue, "Recycling Plant")
    qtbot.keyClicks(dialog.host_name, "Mansur Yavas")
    dialog.add_host.click()
    assert dialog.host_model.rowCount() == 1
    dialog.guide_choice.setCurrentIndex(dialog.guide_choice.findData(plan.bolat))
    assert dialog.guide_role.currentData() == "interpreter"
    dialog.add_guide.click()
    press_ok(dialog)
    assert not dialog.isVisible()
    settle_itinerary(planned, qtbot)
    added = next(item for item in activities(planned) if item.title.startswith("Visit to the r"))
    assert (added.day, added.start_time, added.end_time) == (WED, at("09:00"), at("10:30"))
    assert added.kind == "site_visit"
    assert added.venue == "Recycling Plant"
    assert [host.name for host in added.hosts] == ["Mansur Yavas"]
    assert [(item.guide, item.role) for item in added.assignments] == [
        ("Bolat Nurlanov", "interpreter")
    ]
    controller, page = open_itinerary(planned, qtbot)
    assert controller.selected() is not None
    assert page.timeline.layout_.block_of(added.id) is not None
    planned.undo_stack.undo()
    assert len(activities(planned)) == 4
    planned.undo_stack.redo()
    again = [item for item in activities(planned) if item.title.startswith("Visit to the r")]
    assert len(again) == 1
    assert again[0].guides == ("Bolat Nurlanov",)


def test_a_kind_of_ones_own(planned: Launcher, qtbot: QtBot) -> None:
    dialog = open_add(planned, qtbot)
    dialog.kind.setEditText("press conference")
    qtbot.keyClicks(dialog.title, "Meeting the press")
    press_ok(dialog)
    added = next(item for item in activities(planned) if item.title == "Meeting the press")
    assert added.kind == "press conference"
    assert added.day == PROGRAM_DAYS[0]
    dialog = open_add(planned, qtbot)
    assert dialog.kind.findData("press conference") >= 0
    dialog.reject()


def test_the_dialog_stays_open_and_says_what_is_missing(planned: Launcher, qtbot: QtBot) -> None:
    dialog = open_add(planned, qtbot)
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.errors.message("title")
    qtbot.keyClicks(dialog.title, "Lunch")
    dialog.start.set_value(at("13:00"))
    dialog.end.set_value(at("12:00"))
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.errors.message("end_time")
    dialog.end.set_value(at("14:00"))
    press_ok(dialog)
    assert not dialog.isVisible()


def test_edit_an_activity_and_its_guides_then_undo(
    planned: Launcher, plan: Plan, qtbot: QtBot
) -> None:
    dialog = open_activity(planned, qtbot, plan.water_works)
    assert dialog.title.text() == "Visit to the water works"
    assert dialog.day.currentData() == TUE
    assert dialog.start.value() == at("10:00")
    dialog.title.setText("Visit to the ASKİ water works")
    dialog.end.set_value(at("12:00"))
    dialog.guide_choice.setCurrentIndex(dialog.guide_choice.findData(plan.aylin))
    dialog.add_guide.click()
    model = dialog.guide_model
    assert model.setData(model.index(0, 1), "escort")
    press_ok(dialog)
    edited = activity(planned, plan.water_works)
    assert edited.title == "Visit to the ASKİ water works"
    assert edited.end_time == at("12:00")
    assert [(item.guide, item.role) for item in edited.assignments] == [("Aylin Kaya", "escort")]
    planned.undo_stack.undo()
    back = activity(planned, plan.water_works)
    assert back.title == "Visit to the water works"
    assert back.end_time == at("11:30")
    assert back.assignments == ()
    planned.undo_stack.redo()
    assert activity(planned, plan.water_works).guides == ("Aylin Kaya",)


def test_unassign_in_the_dialog(planned: Launcher, plan: Plan, qtbot: QtBot) -> None:
    controller, _page = open_itinerary(planned, qtbot)
    controller.assign(plan.union, plan.aylin)
    settle_itinerary(planned, qtbot)
    dialog = open_activity(planned, qtbot, plan.union)
    assert dialog.guide_model.rowCount() == 1
    dialog.guide_table.selectRow(0)
    dialog.remove_guide.click()
    press_ok(dialog)
    assert activity(planned, plan.union).guides == ()
    planned.undo_stack.undo()
    assert activity(planned, plan.union).guides == ("Aylin Kaya",)


def test_an_opened_activity_shows_the_start_of_its_title_and_room_for_notes(
    planned: Launcher, plan: Plan, qtbot: QtBot
) -> None:
    dialog = open_activity(planned, qtbot, plan.water_works)
    assert dialog.title.cursorPosition() == 0  # a long title is read from its beginning
    dialog.show()
    dialog.resize(dialog.width(), 700)
    qtbot.waitExposed(dialog)
    lines = dialog.notes.fontMetrics().lineSpacing()
    assert dialog.notes.height() > lines * 8  # the notes take the column's spare height
    dialog.reject()
