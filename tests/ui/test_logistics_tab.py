"""The Logistics tab: the demo program's arrivals, transfers, rooms, meals and gifts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coordinator.services.demo import DEMO_PROGRAM_CODE
from coordinator.services.gifts import GiftService
from coordinator.services.stays import StayService
from coordinator.services.transfers import TransferService
from coordinator.services.vehicles import VehicleService
from coordinator.store import open_database
from coordinator.ui.app import Launcher
from coordinator.ui.gift_dialog import GiftDialog
from coordinator.ui.logistics_controller import LOGISTICS_TAB, LogisticsController
from coordinator.ui.logistics_page import (
    ARRIVALS_PAGE,
    GIFTS_PAGE,
    MEALS_PAGE,
    ROOMS_PAGE,
    TRANSFERS_PAGE,
    LogisticsPage,
)
from coordinator.ui.logistics_tables import WARNING_COLOR
from coordinator.ui.movement_dialog import MovementDialog, set_checked
from coordinator.ui.stay_dialog import StayDialog
from coordinator.ui.transfer_plan_dialog import TransferPlanDialog
from coordinator.ui.vehicles_dialog import VehicleForm
from tests.ui.conftest import launch, prompts_of, workspace_of
from tests.ui.logistics_data import HOTEL, Logistics, add_logistics
from tests.ui.planning import database_of, settle_logistics


@pytest.fixture
def logistics_data(demo_path: Path) -> Logistics:
    database = open_database(demo_path)
    added = add_logistics(database)
    database.close()
    return added


@pytest.fixture
def demo(
    qtbot: QtBot, demo_path: Path, logistics_data: Logistics, settings: QSettings
) -> Iterator[Launcher]:
    launcher = launch(qtbot, str(demo_path), settings)
    yield launcher
    workspace_of(launcher).close()


def open_page(
    launcher: Launcher, qtbot: QtBot, page: int
) -> tuple[LogisticsController, LogisticsPage]:
    controller = workspace_of(launcher).logistics
    controller.page.pages.setCurrentIndex(page)
    launcher.window.workspace_view.program_view.tabs.setCurrentIndex(LOGISTICS_TAB)
    settle_logistics(launcher, qtbot)
    return controller, controller.page


def show_page(launcher: Launcher, qtbot: QtBot, index: int) -> None:
    workspace_of(launcher).logistics.page.pages.setCurrentIndex(index)
    settle_logistics(launcher, qtbot)


def cells(page: LogisticsPage, index: int) -> list[list[str]]:
    model = page.sections()[index].model
    return [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def press_ok(dialog: MovementDialog | StayDialog | GiftDialog | VehicleForm) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()


def test_nothing_is_read_until_the_tab_and_its_page_are_shown(demo: Launcher, qtbot: QtBot) -> None:
    page = workspace_of(demo).logistics.page
    assert all(section.model.total_count() == 0 for section in page.sections())
    open_page(demo, qtbot, ARRIVALS_PAGE)
    assert page.arrivals.model.total_count() == 2
    assert page.transfers.model.total_count() == 0  # not shown yet
    show_page(demo, qtbot, TRANSFERS_PAGE)
    assert page.transfers.model.total_count() == 1


def test_each_page_shows_the_programs_logistics(
    demo: Launcher, logistics_data: Logistics, qtmodeltester: ModelTester, qtbot: QtBot
) -> None:
    _controller, page = open_page(demo, qtbot, ARRIVALS_PAGE)
    met, unmet = cells(page, ARRIVALS_PAGE)
    assert met[1] == "13:20"
    assert "Flight TK 351" in met
    assert "Istanbul Airport (IST)" in met
    assert met[8].startswith("Pickup 14:00")
    assert unmet[1] == "time not known"
    assert unmet[8] == "⚠ no transfer"
    model = page.arrivals.model
    assert model.data(model.index(1, 8), Qt.ItemDataRole.ForegroundRole) == WARNING_COLOR
    for index in (TRANSFERS_PAGE, ROOMS_PAGE, MEALS_PAGE, GIFTS_PAGE):
        show_page(demo, qtbot, index)
    (transfer,) = cells(page, TRANSFERS_PAGE)
    assert transfer[1:8] == [
        "14:00–15:30", "Pickup", f"Istanbul Airport (IST) → {HOTEL}", "34 TDB 101",
        "Hakan Sürücü", "1 passenger(s)", "1 of 14",
    ]  # fmt: skip
    rooms = cells(page, ROOMS_PAGE)
    assert len(rooms) == 8
    assert rooms[0][1:4] == [HOTEL, "Twin", rooms[1][0]]
    assert rooms[1][1:4] == [HOTEL, "Twin", rooms[0][0]]  # the roommate's stay points back
    assert rooms[2][1] == "no room yet"
    (meal,) = cells(page, MEALS_PAGE)
    assert meal[2] == "Welcome dinner"
    assert meal[4] == "8"
    (gift,) = cells(page, GIFTS_PAGE)
    assert gift[2] == "Given"
    assert gift[5] == "Framed calligraphy"
    assert gift[6] == "1 500.00 TRY"
    for section in page.sections():
        assert not section.empty_label.isVisible()
        qtmodeltester.check(section.model, force_py=True)


def test_add_edit_and_remove_a_transfer_then_undo_and_redo_each(
    demo: Launcher, logistics_data: Logistics, qtbot: QtBot
) -> None:
    controller, page = open_page(demo, qtbot, TRANSFERS_PAGE)
    service = TransferService(database_of(demo))
    stack = demo.undo_stack
    page.add_transfer.trigger()
    dialog = controller.transfer_actions.dialog
    assert isinstance(dialog, MovementDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("dropoff"))
    dialog.origin.setCurrentText(HOTEL)
    dialog.target.setCurrentText("Istanbul Airport (IST)")
    set_checked(dialog.vehicle_model, [logistics_data.minibus])
    dialog.driver.setCurrentIndex(dialog.driver.findData(logistics_data.driver))
    press_ok(dialog)
    assert not dialog.isVisible()
    settle_logistics(demo, qtbot)
    movements = service.list_movements(DEMO_PROGRAM_CODE)
    added = next(item for item in movements if item.kind == "dropoff")
    assert added.whole_delegation
    assert added.driver == "Hakan Sürücü"
    assert page.transfers.model.total_count() == 2
    stack.undo()
    settle_logistics(demo, qtbot)
    assert len(service.list_movements(DEMO_PROGRAM_CODE)) == 1
    assert page.transfers.model.total_count() == 1
    stack.redo()
    settle_logistics(demo, qtbot)
    assert service.get(added.id).to_place == "Istanbul Airport (IST)"  # back under its id

    row = page.transfers.model.row_of(lambda record: record.id == logistics_data.pickup)
    assert row is not None
    page.transfers.table.select_row(row)
    page.edit_transfer.trigger()
    dialog = controller.transfer_actions.dialog
    assert isinstance(dialog, MovementDialog)
    dialog.notes.setPlainText("Sign: TDBB")
    press_ok(dialog)
    assert service.get(logistics_data.pickup).notes == "Sign: TDBB"
    stack.undo()
    assert service.get(logistics_data.pickup).notes == ""
    stack.redo()
    settle_logistics(demo, qtbot)
    assert service.get(logistics_data.pickup).notes == "Sign: TDBB"

    page.transfers.table.select_row(page.transfers.model.row_of(lambda r: r.id == added.id) or 0)
    page.remove_transfer.trigger()
    assert [item.id for item in service.list_movements(DEMO_PROGRAM_CODE)] == [
        logistics_data.pickup
    ]
    stack.undo()
    assert service.get(added.id).kind == "dropoff"
    stack.redo()
    assert len(service.list_movements(DEMO_PROGRAM_CODE)) == 1


def test_accept_the_planned_transfers_as_one_step_then_undo(demo: Launcher, qtbot: QtBot) -> None:
    controller, page = open_page(demo, qtbot, TRANSFERS_PAGE)
    service = TransferService(database_of(demo))
    page.plan_transfers.trigger()
    qtbot.waitUntil(lambda: isinstance(controller.transfer_actions.dialog, TransferPlanDialog))
    dialog = controller.transfer_actions.dialog
    assert isinstance(dialog, TransferPlanDialog)
    count = dialog.model.rowCount()
    assert count > 0
    first = dialog.model.index(0, 0)
    assert dialog.model.data(first, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    dialog.model.setData(first, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    dialog.accept_button.click()
    settle_logistics(demo, qtbot)
    assert len(service.list_movements(DEMO_PROGRAM_CODE)) == 1 + count - 1
    assert page.transfers.model.total_count() == count
    assert demo.undo_stack.undoText().startswith("Accept planned transfers")
    demo.undo_stack.undo()
    settle_logistics(demo, qtbot)
    assert len(service.list_movements(DEMO_PROGRAM_CODE)) == 1
    assert page.transfers.model.total_count() == 1


def test_edit_a_room_then_undo(demo: Launcher, logistics_data: Logistics, qtbot: QtBot) -> None:
    controller, page = open_page(demo, qtbot, ROOMS_PAGE)
    stays = StayService(database_of(demo))
    row = page.rooms.model.row_of(lambda r: r.participant_id == logistics_data.first)
    assert row is not None
    page.rooms.table.select_row(row)
    page.edit_stay.trigger()
    dialog = controller.room_gift_actions.dialog
    assert isinstance(dialog, StayDialog)
    dialog.shares_with.setCurrentIndex(0)  # nobody
    dialog.room_type.setCurrentIndex(dialog.room_type.findData("single"))
    press_ok(dialog)
    settle_logistics(demo, qtbot)
    first, second = stays.get(logistics_data.first), stays.get(logistics_data.second)
    assert first is not None
    assert second is not None
    assert (first.room_type, first.shares_with_id, second.shares_with_id) == ("single", None, None)
    assert cells(page, ROOMS_PAGE)[row][2] == "Single"
    demo.undo_stack.undo()
    first, second = stays.get(logistics_data.first), stays.get(logistics_data.second)
    assert first is not None
    assert second is not None
    assert (first.room_type, first.shares_with_id) == ("twin", logistics_data.second)
    assert second.shares_with_id == logistics_data.first
    demo.undo_stack.redo()
    settle_logistics(demo, qtbot)
    first = stays.get(logistics_data.first)
    assert first is not None
    assert first.room_type == "single"
    page.rooms.table.select_row(row)
    page.remove_stay.trigger()
    assert stays.get(logistics_data.first) is None
    demo.undo_stack.undo()
    restored = stays.get(logistics_data.first)
    assert restored is not None
    assert restored.room_type == "single"


def test_add_a_gift_then_undo(demo: Launcher, qtbot: QtBot) -> None:
    controller, page = open_page(demo, qtbot, GIFTS_PAGE)
    gifts = GiftService(database_of(demo))
    page.add_gift.trigger()
    dialog = controller.room_gift_actions.dialog
    assert isinstance(dialog, GiftDialog)
    press_ok(dialog)
    assert dialog.isVisible()  # a gift needs a description
    assert dialog.errors.message("description")
    dialog.description.setText("Turkish carpet")
    dialog.direction.setCurrentIndex(dialog.direction.findData("received"))
    dialog.giver.setText("Zhandos Tasov")
    dialog.value.setText("abc")
    press_ok(dialog)
    assert dialog.errors.message("value")
    dialog.value.setText("2 500,50")
    dialog.day.set_value(dt.date(2021, 8, 26))
    press_ok(dialog)
    assert not dialog.isVisible()
    settle_logistics(demo, qtbot)
    added = [g for g in gifts.list_gifts(DEMO_PROGRAM_CODE) if g.description == "Turkish carpet"]
    assert [(g.direction, str(g.value)) for g in added] == [("received", "2500.50")]
    assert page.gifts.model.total_count() == 2
    demo.undo_stack.undo()
    settle_logistics(demo, qtbot)
    assert len(gifts.list_gifts(DEMO_PROGRAM_CODE)) == 1
    assert page.gifts.model.total_count() == 1
    demo.undo_stack.redo()
    assert any(g.id == added[0].id for g in gifts.list_gifts(DEMO_PROGRAM_CODE))


def test_add_a_vehicle_in_the_vehicles_dialog_then_undo(demo: Launcher, qtbot: QtBot) -> None:
    controller, page = open_page(demo, qtbot, TRANSFERS_PAGE)
    vehicles = VehicleService(database_of(demo))
    page.vehicles.trigger()
    listing = controller.transfer_actions.vehicles_dialog
    assert listing is not None
    assert listing.model.total_count() == 1
    listing.add_button.click()
    form = controller.transfer_actions.dialog
    assert isinstance(form, VehicleForm)
    form.plate.setText("34 TDB 202")
    form.seats.setValue(45)
    press_ok(form)
    assert [v.plate for v in vehicles.list_vehicles()] == ["34 TDB 101", "34 TDB 202"]
    assert listing.model.total_count() == 2
    demo.undo_stack.undo()
    assert listing.model.total_count() == 1


def test_export_the_manifest_of_a_day(demo: Launcher, qtbot: QtBot, tmp_path: Path) -> None:
    controller, page = open_page(demo, qtbot, TRANSFERS_PAGE)
    page.day_choice.setCurrentIndex(page.day_choice.findData(dt.date(2021, 8, 24)))
    settle_logistics(demo, qtbot)
    assert page.transfers.model.total_count() == 1
    target = tmp_path / "manifest.xlsx"
    prompts_of(demo).document_answers.append(str(target))
    with qtbot.waitSignal(controller.runner.idle, timeout=10_000):
        page.export_manifest.trigger()
    assert target.exists()
    assert load_workbook(target).active is not None
    assert not prompts_of(demo).errors


@pytest.mark.parametrize(
    ("page_index", "action", "written"),
    [
        (ROOMS_PAGE, "export_rooming", ("rooms.xlsx",)),
        (MEALS_PAGE, "export_catering", ("meals.xlsx", "meals-allergies.xlsx")),
        (GIFTS_PAGE, "export_gifts", ("gifts.xlsx",)),
    ],
)
def test_export_the_rooming_list_the_caterers_sheet_and_the_gift_register(
    demo: Launcher,
    qtbot: QtBot,
    tmp_path: Path,
    page_index: int,
    action: str,
    written: tuple[str, ...],
) -> None:
    controller, page = open_page(demo, qtbot, page_index)
    prompts_of(demo).document_answers.append(str(tmp_path / written[0]))
    with qtbot.waitSignal(controller.runner.idle, timeout=10_000):
        getattr(page, action).trigger()
    assert not prompts_of(demo).errors
    for name in written:
        assert load_workbook(tmp_path / name).active is not None
    message = demo.window.statusBar().currentMessage()
    assert str(tmp_path / written[0]) in message


def test_an_empty_page_says_what_to_do_next(launcher: Launcher, qtbot: QtBot) -> None:
    _controller, page = open_page(launcher, qtbot, ARRIVALS_PAGE)
    assert page.arrivals.empty_label.isVisibleTo(page)
    assert "Roster tab" in page.arrivals.empty_label.text()
    assert not page.arrivals.table.isVisibleTo(page)
    show_page(launcher, qtbot, TRANSFERS_PAGE)
    assert "Plan transfers" in page.transfers.empty_label.text()
    assert page.transfers.empty_label.isVisibleTo(page)
    show_page(launcher, qtbot, ROOMS_PAGE)
    assert page.rooms.model.total_count() == 5  # every participant, none with a room yet
    assert not page.rooms.empty_label.isVisibleTo(page)
    for index in (MEALS_PAGE, GIFTS_PAGE):
        show_page(launcher, qtbot, index)
        assert page.sections()[index].empty_label.isVisibleTo(page)
