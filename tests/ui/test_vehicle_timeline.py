"""The Transfers page's timeline of vehicles: blocks by row and hour, drags, drops, conflicts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from coordinator.domain.enums import MovementKind
from coordinator.services.demo import DEMO_PROGRAM_CODE
from coordinator.services.guides import GuideService
from coordinator.services.records import GuideInput
from coordinator.services.transfer_records import MovementInput, MovementRecord, VehicleInput
from coordinator.services.transfers import TransferService
from coordinator.services.vehicles import VehicleService
from coordinator.store import open_database
from coordinator.ui.app import Launcher
from coordinator.ui.logistics_controller import LOGISTICS_TAB, LogisticsController
from coordinator.ui.logistics_page import TRANSFERS_PAGE
from coordinator.ui.vehicle_drag import DRIVER_MIME, VEHICLE_MIME, id_mime_data
from coordinator.ui.vehicle_timeline import VehicleTimeline
from coordinator.ui.vehicle_timeline_layout import LABEL_WIDTH
from tests.ui.conftest import launch, workspace_of
from tests.ui.logistics_data import ARRIVAL_DAY, HOTEL, Logistics, add_logistics
from tests.ui.planning import open_itinerary, settle_logistics


@dataclass(frozen=True)
class Fleet:
    """The demo's logistics with a second vehicle, a second driver and two more transfers."""

    base: Logistics
    van: int
    driver: int
    unassigned: int  # 09:00–09:45, no vehicle yet
    shared: int  # 17:00, no end, in the minibus and the van


@pytest.fixture
def fleet(demo_path: Path) -> Fleet:
    database = open_database(demo_path)
    base = add_logistics(database)
    van = VehicleService(database).add_vehicle(VehicleInput("34 VAN 202", 7, "van"))
    driver = GuideService(database).add_guide(GuideInput(name="Emre Şoför", roles=("driver",)))
    transfers = TransferService(database)
    unassigned = transfers.add(
        DEMO_PROGRAM_CODE,
        MovementInput(ARRIVAL_DAY, dt.time(9), dt.time(9, 45), from_place=HOTEL, to_place="Fatih"),
    )
    shared = transfers.add(
        DEMO_PROGRAM_CODE,
        MovementInput(
            ARRIVAL_DAY,
            dt.time(17),
            kind=MovementKind.RIDE.value,
            from_place=HOTEL,
            to_place="Galata",
            vehicles=(base.minibus, van.id),
        ),
    )
    database.close()
    return Fleet(base, van.id, driver.id, unassigned.id, shared.id)


@pytest.fixture
def demo(qtbot: QtBot, demo_path: Path, fleet: Fleet, settings: QSettings) -> Iterator[Launcher]:
    launcher = launch(qtbot, str(demo_path), settings)
    yield launcher
    workspace_of(launcher).close()


def open_timeline(
    launcher: Launcher, qtbot: QtBot, day: dt.date | None = ARRIVAL_DAY
) -> VehicleTimeline:
    controller = workspace_of(launcher).logistics
    page = controller.page
    page.pages.setCurrentIndex(TRANSFERS_PAGE)
    launcher.window.workspace_view.program_view.tabs.setCurrentIndex(LOGISTICS_TAB)
    choice = page.day_choice
    choice.setCurrentIndex(next(n for n in range(choice.count()) if choice.itemData(n) == day))
    page.show_timeline.setChecked(True)
    settle_logistics(launcher, qtbot)
    return page.timeline_panel.timeline


def movement(launcher: Launcher, movement_id: int) -> MovementRecord:
    context = workspace_of(launcher).logistics.context
    assert context is not None
    return context.transfers.get(movement_id)


def rect_of(timeline: VehicleTimeline, movement_id: int, vehicle: int | None) -> QPointF:
    rect = timeline.block_rect(movement_id, vehicle)
    assert rect is not None, (movement_id, vehicle)
    return rect.center()


def test_blocks_sit_in_their_vehicle_rows_at_their_hours(
    demo: Launcher, fleet: Fleet, qtbot: QtBot
) -> None:
    timeline = open_timeline(demo, qtbot)
    page = workspace_of(demo).logistics.page
    assert page.timeline_panel.isVisible()
    assert not page.transfers.table.isVisible()
    layout = timeline.layout_
    assert timeline.width() >= layout.width - 1  # the working day fits the window's width
    assert [row.vehicle_id for row in layout.rows] == [fleet.base.minibus, fleet.van, None]
    rows = {row.vehicle_id: row for row in layout.rows}
    placed = {(b.movement.id, b.vehicle_id): b.rect for b in layout.blocks}
    assert set(placed) == {
        (fleet.base.pickup, fleet.base.minibus),
        (fleet.unassigned, None),
        (fleet.shared, fleet.base.minibus),
        (fleet.shared, fleet.van),
    }
    pickup = placed[(fleet.base.pickup, fleet.base.minibus)]
    assert pickup.left() == pytest.approx(layout.x_of(14 * 60) + 1)
    assert pickup.right() == pytest.approx(layout.x_of(15 * 60 + 30) - 1)
    assert (
        rows[fleet.base.minibus].top
        <= pickup.top()
        < pickup.bottom()
        <= (rows[fleet.base.minibus].top + rows[fleet.base.minibus].height)
    )
    assert placed[(fleet.unassigned, None)].top() >= rows[None].top
    shared = placed[(fleet.shared, fleet.van)]  # no end: half an hour long
    assert shared.width() == pytest.approx(layout.hour_width / 2 - 2)
    assert layout.x_of(8 * 60) == LABEL_WIDTH  # 08:00–20:00 at least, as the itinerary
    assert (layout.first_hour, layout.last_hour) == (8, 20)
    tip = timeline.tooltip(movement(demo, fleet.base.pickup))
    assert "Istanbul Airport (IST) → Wyndham Grand Istanbul" in tip
    assert "Hakan Sürücü" in tip
    assert "34 TDB 101" in tip
    lists = page.timeline_panel
    assert [lists.vehicle_list.item(n).text() for n in range(2)] == [
        "34 TDB 101 · 14",
        "34 VAN 202 · 7",
    ]
    assert lists.driver_list.count() == 2


def test_all_days_shows_the_first_day_and_says_so(demo: Launcher, qtbot: QtBot) -> None:
    timeline = open_timeline(demo, qtbot, None)
    page = workspace_of(demo).logistics.page
    assert "Day box" in page.timeline_panel.note.text()
    program = workspace_of(demo).programs.program
    assert program is not None
    assert all(block.movement.day == program.first_day for block in timeline.layout_.blocks)


def drag(timeline: VehicleTimeline, start: QPointF, target: QPoint) -> None:
    point = start.toPoint()
    QTest.mousePress(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.mouseMove(timeline, point + QPoint(20, 0))
    QTest.mouseMove(timeline, target)
    assert timeline.marks.ghost is not None
    QTest.mouseRelease(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)


def test_dragging_a_block_moves_its_time_and_undo_puts_it_back(
    demo: Launcher, fleet: Fleet, qtbot: QtBot
) -> None:
    timeline = open_timeline(demo, qtbot)
    pickup, minibus = fleet.base.pickup, fleet.base.minibus
    rect = timeline.block_rect(pickup, minibus)
    assert rect is not None
    grab = QPointF(rect.left() + 11, rect.center().y())  # 10 px after the start
    target = QPointF(timeline.layout_.x_of(16 * 60 + 2) + 10, grab.y()).toPoint()  # snaps to 16:00
    drag(timeline, grab, target)
    settle_logistics(demo, qtbot)
    moved = movement(demo, pickup)
    assert (moved.start_time, moved.end_time) == (dt.time(16), dt.time(17, 30))
    assert [v.id for v in moved.vehicles] == [minibus]
    assert timeline.block_rect(pickup, minibus) is not None
    demo.undo_stack.undo()
    back = movement(demo, pickup)
    assert back == movement(demo, pickup)
    assert (back.start_time, back.end_time) == (dt.time(14), dt.time(15, 30))
    demo.undo_stack.redo()
    assert movement(demo, pickup).start_time == dt.time(16)


def test_dragging_to_another_row_changes_the_vehicle(
    demo: Launcher, fleet: Fleet, qtbot: QtBot
) -> None:
    timeline = open_timeline(demo, qtbot)
    pickup, minibus = fleet.base.pickup, fleet.base.minibus
    before = movement(demo, pickup)
    start = rect_of(timeline, pickup, minibus)
    van_row = timeline.point_of(fleet.van, 0)
    drag(timeline, start, QPoint(start.toPoint().x(), van_row.y()))
    settle_logistics(demo, qtbot)
    moved = movement(demo, pickup)
    assert [v.id for v in moved.vehicles] == [fleet.van]
    assert moved.start_time == before.start_time
    assert moved.end_time == before.end_time
    assert timeline.block_rect(pickup, fleet.van) is not None
    assert timeline.block_rect(pickup, minibus) is None
    demo.undo_stack.undo()
    assert movement(demo, pickup) == before


def drop(timeline: VehicleTimeline, where: QPointF, kind: str, item_id: int) -> None:
    data = id_mime_data(kind, item_id)  # kept alive: the event does not own it
    event = QDropEvent(
        where, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    timeline.dropEvent(event)


def test_dropping_a_vehicle_adds_it_and_undo_takes_it_away(
    demo: Launcher, fleet: Fleet, qtbot: QtBot
) -> None:
    timeline = open_timeline(demo, qtbot)
    before = movement(demo, fleet.unassigned)
    drop(timeline, rect_of(timeline, fleet.unassigned, None), VEHICLE_MIME, fleet.van)
    settle_logistics(demo, qtbot)
    assert [v.id for v in movement(demo, fleet.unassigned).vehicles] == [fleet.van]
    assert timeline.block_rect(fleet.unassigned, fleet.van) is not None
    demo.undo_stack.undo()
    settle_logistics(demo, qtbot)
    assert movement(demo, fleet.unassigned) == before
    assert timeline.block_rect(fleet.unassigned, None) is not None


def test_dropping_a_driver_sets_them_and_undo_puts_the_first_back(
    demo: Launcher, fleet: Fleet, qtbot: QtBot
) -> None:
    timeline = open_timeline(demo, qtbot)
    pickup, minibus = fleet.base.pickup, fleet.base.minibus
    before = movement(demo, pickup)
    drop(timeline, rect_of(timeline, pickup, minibus), DRIVER_MIME, fleet.driver)
    changed = movement(demo, pickup)
    assert (changed.driver_id, changed.driver) == (fleet.driver, "Emre Şoför")
    assert demo.undo_stack.count() == 1
    demo.undo_stack.undo()
    assert movement(demo, pickup) == before
    demo.undo_stack.redo()
    assert movement(demo, pickup).driver_id == fleet.driver


def test_a_vehicle_double_booked_is_outlined_and_highlighted_from_the_panel(
    demo: Launcher, fleet: Fleet, qtbot: QtBot
) -> None:
    controller: LogisticsController = workspace_of(demo).logistics
    context = controller.context
    assert context is not None
    clash = context.transfers.add(
        DEMO_PROGRAM_CODE,
        MovementInput(
            ARRIVAL_DAY, dt.time(14, 30), dt.time(15), from_place=HOTEL, to_place="Fatih",
            vehicles=(fleet.base.minibus,),
        ),
    )  # fmt: skip
    workspace_of(demo).refresh()
    timeline = open_timeline(demo, qtbot)
    assert {fleet.base.pickup, clash.id} <= set(timeline.marks.conflicted)
    assert "34 TDB 101" in timeline.tooltip(movement(demo, clash.id))
    # Choose the finding in the Itinerary's Conflicts panel: the Transfers page shows it.
    tabs = demo.window.workspace_view.program_view.tabs
    _itinerary, page = open_itinerary(demo, qtbot)
    panel = page.conflicts
    row = next(
        n for n in range(panel.model.rowCount())
        if clash.id in (panel.model.finding(n).movement_ids or ())
    )  # fmt: skip
    controller.page.day_choice.setCurrentIndex(0)
    panel.select_row(row)
    settle_logistics(demo, qtbot)
    assert tabs.currentIndex() == LOGISTICS_TAB
    assert controller.chosen_day() == ARRIVAL_DAY
    assert {fleet.base.pickup, clash.id} <= timeline.marks.highlighted
