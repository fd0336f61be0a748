"""The timeline: blocks placed by day and time, moved by dragging, guides dropped on them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from coordinator.services.guides import GuideService
from coordinator.services.records import GuideRecord
from coordinator.ui.app import Launcher
from coordinator.ui.guide_drag import guide_mime_data
from tests.ui.conftest import prompts_of
from tests.ui.planning import (
    MON,
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


def test_blocks_sit_in_their_day_column_at_their_hours(
    planned: Launcher, plan: Plan, qtbot: QtBot
) -> None:
    _controller, page = open_itinerary(planned, qtbot)
    layout = page.timeline.layout_
    assert layout.days == tuple(PROGRAM_DAYS)
    water = layout.block_of(plan.water_works)
    mayor = layout.block_of(plan.mayor)
    union = layout.block_of(plan.union)
    dinner = layout.block_of(plan.dinner)
    assert water is not None
    assert mayor is not None
    assert union is not None
    assert dinner is not None
    hour = layout.metrics.hour_height
    width = layout.column_width
    # Tuesday is the second column; the block spans 10:00 to 11:30.
    assert water.column == 1
    assert water.rect.left() >= width
    assert water.rect.right() <= 2 * width
    assert water.rect.top() == pytest.approx(layout.y_of(10 * 60), abs=2)
    assert water.rect.height() == pytest.approx(1.5 * hour, abs=3)
    # The overlapping courtesy visit shares the column in a second lane.
    assert mayor.column == 1
    assert mayor.rect.left() > water.rect.left()
    assert mayor.rect.width() == pytest.approx(water.rect.width(), abs=2)
    assert water.rect.width() < width / 2
    assert mayor.rect.top() == pytest.approx(layout.y_of(10 * 60 + 30), abs=2)
    # Wednesday 14:00, one hour, the whole width of the third column.
    assert union.column == 2
    assert union.rect.top() == pytest.approx(layout.y_of(14 * 60), abs=2)
    assert union.rect.width() > width * 0.9
    # The dinner has no time: listed at the top of Monday, above the hours.
    assert dinner.column == 0
    assert not dinner.timed
    assert dinner.rect.bottom() <= layout.band_height
    assert layout.y_of(layout.first_hour * 60) == layout.band_height


def test_dragging_a_block_moves_the_activity_and_undo_puts_it_back(
    planned: Launcher, plan: Plan, qtbot: QtBot
) -> None:
    _controller, page = open_itinerary(planned, qtbot)
    timeline = page.timeline
    timeline.resize(1000, 900)
    rect = timeline.block_rect(plan.union)
    assert rect is not None
    start = rect.center()
    grab = start.y() - rect.top()
    # Drop it on Thursday, with the top of the block near 09:10: it snaps to 09:15.
    target = timeline.viewport_point(PROGRAM_DAYS[3], 9 * 60 + 10) + QPoint(0, grab)
    viewport = timeline.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(0, 20))
    QTest.mouseMove(viewport, target)
    assert timeline.marks.ghost is not None
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    settle_itinerary(planned, qtbot)
    moved = activity(planned, plan.union)
    assert moved.day == PROGRAM_DAYS[3]
    assert (moved.start_time, moved.end_time) == (at("09:15"), at("10:15"))
    block = timeline.layout_.block_of(plan.union)
    assert block is not None
    assert block.column == 3
    assert timeline.marks.ghost is None
    planned.undo_stack.undo()
    back = activity(planned, plan.union)
    assert (back.day, back.start_time, back.end_time) == (WED, at("14:00"), at("15:00"))
    planned.undo_stack.redo()
    assert activity(planned, plan.union).day == PROGRAM_DAYS[3]


def test_a_short_drag_is_a_click_and_moves_nothing(
    planned: Launcher, plan: Plan, qtbot: QtBot
) -> None:
    controller, page = open_itinerary(planned, qtbot)
    rect = page.timeline.block_rect(plan.water_works)
    assert rect is not None
    viewport = page.timeline.viewport()
    QTest.mouseClick(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )
    assert activity(planned, plan.water_works).start_time == at("10:00")
    assert not planned.undo_stack.canUndo()
    selected = controller.selected()
    assert selected is not None
    assert selected.id == plan.water_works


def test_moving_an_untimed_activity_into_the_hours_gives_it_a_start(
    planned: Launcher, plan: Plan, qtbot: QtBot
) -> None:
    controller, _page = open_itinerary(planned, qtbot)
    controller.move(plan.dinner, TUE, at("19:00"))
    moved = activity(planned, plan.dinner)
    assert (moved.day, moved.start_time, moved.end_time) == (TUE, at("19:00"), None)
    planned.undo_stack.undo()
    back = activity(planned, plan.dinner)
    assert (back.day, back.start_time) == (MON, None)


def test_a_move_past_midnight_is_refused_with_a_message(
    planned: Launcher, plan: Plan, qtbot: QtBot
) -> None:
    controller, _page = open_itinerary(planned, qtbot)
    controller.move(plan.water_works, TUE, at("23:30"))
    assert prompts_of(planned).errors
    assert activity(planned, plan.water_works).start_time == at("10:00")
    assert not planned.undo_stack.canUndo()


def drop_guide(planned: Launcher, qtbot: QtBot, activity_id: int, guide_id: int) -> None:
    _controller, page = open_itinerary(planned, qtbot)
    rect = page.timeline.block_rect(activity_id)
    assert rect is not None
    data = guide_mime_data(guide_id)  # kept alive: the event does not own it
    event = QDropEvent(
        QPointF(rect.center()),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.timeline.dropEvent(event)
    settle_itinerary(planned, qtbot)


def test_the_guide_filter_keeps_the_guides_it_matches_without_reading_them_again(
    planned: Launcher, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _controller, page = open_itinerary(planned, qtbot)
    reads: list[str] = []
    listing = GuideService.list_guides

    def counted(service: GuideService, query: str = "") -> list[GuideRecord]:
        reads.append(query)
        return listing(service, query)

    monkeypatch.setattr(GuideService, "list_guides", counted)
    qtbot.keyClicks(page.guide_filter, "bolat")
    assert [guide.name for guide in page.guide_model.guides()] == ["Bolat Nurlanov"]
    page.guide_filter.setText("KK")  # a language, folded as the search key folds it
    assert [guide.name for guide in page.guide_model.guides()] == ["Aylin Kaya", "Bolat Nurlanov"]
    page.guide_filter.clear()
    assert len(page.guide_model.guides()) == 2
    assert reads == []  # every keystroke filtered what the tab had read


def test_dropping_a_guide_on_a_block_assigns_them(
    planned: Launcher, plan: Plan, qtbot: QtBot
) -> None:
    _controller, page = open_itinerary(planned, qtbot)
    assert [guide.name for guide in page.guide_model.guides()] == ["Aylin Kaya", "Bolat Nurlanov"]
    drop_guide(planned, qtbot, plan.water_works, plan.aylin)
    record = activity(planned, plan.water_works)
    assert record.guides == ("Aylin Kaya",)
    assert record.assignments[0].role == "guide"
    block = page.timeline.layout_.block_of(plan.water_works)
    assert block is not None
    assert block.activity.guides == ("Aylin Kaya",)
    planned.undo_stack.undo()
    assert activity(planned, plan.water_works).guides == ()
    planned.undo_stack.redo()
    assert activity(planned, plan.water_works).guides == ("Aylin Kaya",)


def test_dropping_a_guide_twice_says_so(planned: Launcher, plan: Plan, qtbot: QtBot) -> None:
    drop_guide(planned, qtbot, plan.water_works, plan.aylin)
    drop_guide(planned, qtbot, plan.water_works, plan.aylin)
    assert len(prompts_of(planned).errors) == 1
    assert planned.undo_stack.count() == 1


def test_the_guide_list_drags_a_guide_id(planned: Launcher, plan: Plan, qtbot: QtBot) -> None:
    _controller, page = open_itinerary(planned, qtbot)
    model = page.guide_model
    data = model.mimeData([model.index(1, 0)])
    assert bytes(data.data("application/x-coordinator-guide").data()) == str(plan.bolat).encode()
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled


def test_selecting_in_the_timeline_selects_in_the_list_and_back(
    planned: Launcher, plan: Plan, qtbot: QtBot
) -> None:
    _controller, page = open_itinerary(planned, qtbot)
    model = planned.window.workspace_view.itinerary_model
    page.timeline.activity_clicked.emit(plan.union)
    row = page.table.current_row()
    assert row is not None
    assert model.record(row).id == plan.union
    other = model.row_of(lambda record: record.id == plan.mayor)
    assert other is not None
    page.table.select_row(other)
    assert page.timeline.marks.selected == plan.mayor
    assert page.edit_action.isEnabled()


def test_remove_asks_and_undo_brings_the_activity_back_with_its_guide(
    planned: Launcher, plan: Plan, qtbot: QtBot
) -> None:
    controller, page = open_itinerary(planned, qtbot)
    drop_guide(planned, qtbot, plan.union, plan.aylin)
    page.timeline.activity_clicked.emit(plan.union)
    prompts_of(planned).confirm = False
    page.remove_action.trigger()
    assert len(activities(planned)) == 4
    prompts_of(planned).confirm = True
    page.remove_action.trigger()
    settle_itinerary(planned, qtbot)
    titles = [item.title for item in activities(planned)]
    assert "Meeting at the Union" not in titles
    assert page.timeline.layout_.block_of(plan.union) is None
    planned.undo_stack.undo()
    settle_itinerary(planned, qtbot)
    restored = [item for item in activities(planned) if item.title == "Meeting at the Union"]
    assert len(restored) == 1
    assert restored[0].guides == ("Aylin Kaya",)
    assert controller.selected() is not None


def test_double_click_on_an_empty_hour_opens_the_dialog_there(
    planned: Launcher, plan: Plan, qtbot: QtBot
) -> None:
    controller, page = open_itinerary(planned, qtbot)
    page.timeline.resize(1000, 900)
    point = page.timeline.viewport_point(PROGRAM_DAYS[4], 16 * 60 + 5)
    dialog = activity_dialog(
        controller,
        qtbot,
        lambda: QTest.mouseDClick(
            page.timeline.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            point,
        ),
    )
    assert dialog.day.currentData() == PROGRAM_DAYS[4]
    assert dialog.start.value() == dt.time(16, 0)
    dialog.reject()
