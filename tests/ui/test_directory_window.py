"""The directory window: venues, organizations and people; venue edits undoable."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coordinator.domain.conflicts import Finding
from coordinator.services.conflicts import ConflictService
from coordinator.services.directory_service import DirectoryService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.records import ActivityInput, VenueInput, VenueRecord
from coordinator.ui.app import Launcher
from coordinator.ui.directory_controller import DirectoryController
from coordinator.ui.directory_models import TravelRow, TravelTimeModel
from coordinator.ui.directory_window import DirectoryWindow
from coordinator.ui.venue_dialog import VenueDialog
from tests.ui.conftest import PROGRAM_CODE, launch, workspace_of
from tests.ui.planning import TUE, Plan, at, database_of, open_itinerary, settle_itinerary


@pytest.fixture
def demo(qtbot: QtBot, demo_path: Path, settings: QSettings) -> Iterator[Launcher]:
    """The application started on the demo database."""
    launcher = launch(qtbot, str(demo_path), settings)
    yield launcher
    workspace_of(launcher).close()


def open_directory(launcher: Launcher) -> tuple[DirectoryController, DirectoryWindow]:
    controller = workspace_of(launcher).directory
    launcher.window.main_actions.directory.trigger()
    assert controller.window is not None
    return controller, controller.window


def venue_names(window: DirectoryWindow) -> list[str]:
    model = window.venue_model
    return [model.record(row).name for row in range(model.rowCount())]


def press_ok(dialog: VenueDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()


def venue_named(launcher: Launcher, name: str) -> VenueRecord:
    return next(v for v in DirectoryService(database_of(launcher)).venues() if v.name == name)


def test_the_directory_modules_load_only_when_the_window_opens() -> None:
    # Other tests of the session may have opened it already: look at a fresh process.
    code = (
        "import sys, coordinator.ui.workspace\n"
        "print(any(name in sys.modules for name in ("
        "'coordinator.ui.directory_window', 'coordinator.ui.venue_dialog',"
        " 'coordinator.ui.directory_models')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_the_directory_lists_the_demos_venues_organizations_and_people(
    qtbot: QtBot, demo: Launcher, qtmodeltester: ModelTester
) -> None:
    controller, window = open_directory(demo)
    assert window.isVisible()
    assert not window.isModal()
    names = venue_names(window)
    assert "Tebessüm Coffeehouse" in names
    assert names == [v.name for v in DirectoryService(database_of(demo)).venues()]
    # Organizations and people arrive from the worker thread, their search keys after.
    qtbot.waitUntil(lambda: not controller.loading())
    assert window.loading_label.isHidden()
    assert window.organization_model.rowCount() > 0
    assert window.person_model.rowCount() > 0
    qtbot.waitUntil(lambda: not window.person_model.search_keys_pending())
    assert not window.organization_model.search_keys_pending()
    qtmodeltester.check(window.venue_model)
    qtmodeltester.check(window.organization_model)
    qtmodeltester.check(window.person_model)
    qtmodeltester.check(window.duplicate_model)
    window.persons.filter_box.setText("arisoy")
    assert [window.person_model.record(row).name for row in range(1)] == ["Ömer Arısoy"]
    assert window.person_model.rowCount() == 1


def test_the_filter_is_turkish_aware(demo: Launcher) -> None:
    _controller, window = open_directory(demo)
    window.venues.filter_box.setText("tebessum")
    assert venue_names(window) == ["Tebessüm Coffeehouse"]
    window.venues.filter_box.setText("")
    assert len(venue_names(window)) > 1


def test_adding_a_venue_in_the_dialog_is_undoable(planned: Launcher) -> None:
    controller, window = open_directory(planned)
    water_works = venue_named(planned, "ASKİ Water Works")
    window.add_venue_action.trigger()
    dialog = controller.dialog
    assert dialog is not None
    dialog.name_edit.setText("Çankaya Town Hall")
    dialog.owner_edit.setText("Çankaya Municipality")
    dialog.kind_box.setCurrentText("town hall")
    dialog.address_edit.setText("Ziya Gökalp Cd. 11")
    dialog.city_edit.setText("Ankara")
    dialog.set_travel(water_works.id, 25)
    press_ok(dialog)
    assert not dialog.isVisible()
    added = venue_named(planned, "Çankaya Town Hall")
    assert (added.owner, added.kind, added.city) == ("Çankaya Municipality", "town hall", "Ankara")
    assert "Çankaya Town Hall" in venue_names(window)
    directory = DirectoryService(database_of(planned))
    assert [(t.to_venue, t.minutes) for t in directory.travel_times(added.id)] == [
        ("ASKİ Water Works", 25)
    ]
    stack = planned.undo_stack
    stack.undo()
    assert "Çankaya Town Hall" not in venue_names(window)
    assert directory.travel_times(water_works.id) == []
    stack.redo()
    again = venue_named(planned, "Çankaya Town Hall")
    assert [t.minutes for t in directory.travel_times(again.id)] == [25]
    assert "Çankaya Town Hall" in venue_names(window)


def test_a_refused_venue_keeps_the_dialog_open(planned: Launcher) -> None:
    controller, window = open_directory(planned)
    window.add_venue_action.trigger()
    dialog = controller.dialog
    assert dialog is not None
    dialog.name_edit.setText("aski water works")
    press_ok(dialog)
    assert dialog.isVisible()
    assert not dialog.error_label.isHidden()
    assert planned.undo_stack.count() == 0
    dialog.reject()


def overlaps(launcher: Launcher) -> list[Finding]:
    findings = ConflictService(database_of(launcher)).list_conflicts(PROGRAM_CODE)
    return [finding for finding in findings if finding.kind == "overlap"]


def test_a_travel_time_turns_back_to_back_activities_into_an_overlap(
    planned: Launcher, plan: Plan, qtbot: QtBot
) -> None:
    database = database_of(planned)
    lunch = ItineraryService(database).add_activity(
        PROGRAM_CODE,
        ActivityInput(
            day=TUE,
            start_time=at("11:30"),
            end_time=at("12:30"),
            kind="meal",
            title="Lunch at the Kebab House",
            venue="Kebab House",
        ),
    )
    itinerary, page = open_itinerary(planned, qtbot)
    itinerary.assign(plan.water_works, plan.aylin)
    itinerary.assign(lunch.id, plan.aylin)
    settle_itinerary(planned, qtbot)
    assert overlaps(planned) == []
    shown_before = page.conflicts.model.rowCount()

    controller, window = open_directory(planned)
    kebab = venue_named(planned, "Kebab House")
    water_works = venue_named(planned, "ASKİ Water Works")
    row = window.venue_model.row_of(lambda record: record.id == water_works.id)
    assert row is not None
    window.venues.select_row(row)
    assert window.edit_venue_action.isEnabled()
    window.edit_venue_action.trigger()
    dialog = controller.dialog
    assert dialog is not None
    dialog.set_travel(kebab.id, 20)
    press_ok(dialog)
    settle_itinerary(planned, qtbot)

    found = overlaps(planned)
    assert [set(finding.activity_ids) for finding in found] == [{plan.water_works, lunch.id}]
    assert page.conflicts.model.rowCount() == shown_before + 1

    planned.undo_stack.undo()
    settle_itinerary(planned, qtbot)
    assert overlaps(planned) == []
    assert page.conflicts.model.rowCount() == shown_before
    planned.undo_stack.redo()
    settle_itinerary(planned, qtbot)
    assert len(overlaps(planned)) == 1
    assert page.conflicts.model.rowCount() == shown_before + 1


def test_removing_a_travel_time_in_the_dialog(planned: Launcher) -> None:
    database = database_of(planned)
    directory = DirectoryService(database)
    other = directory.add_venue(VenueInput("Ankara Castle", kind="museum"))
    water_works = venue_named(planned, "ASKİ Water Works")
    directory.set_travel_time(water_works.id, other.id, 30)
    controller, _window = open_directory(planned)
    controller._open_dialog(water_works)
    dialog = controller.dialog
    assert dialog is not None
    assert dialog.travel_model.as_minutes() == {other.id: 30}
    dialog.travel_table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    press_ok(dialog)
    assert directory.travel_times(water_works.id) == []
    planned.undo_stack.undo()
    assert [t.minutes for t in directory.travel_times(water_works.id)] == [30]


def test_the_travel_time_model(qtmodeltester: ModelTester) -> None:
    model = TravelTimeModel()
    model.set_rows([TravelRow(2, "Zeytin", 10), TravelRow(3, "Anıtkabir", 5)])
    qtmodeltester.check(model)
    assert [row.venue for row in model.rows()] == ["Anıtkabir", "Zeytin"]
    model.put(TravelRow(2, "Zeytin", 15))
    assert model.as_minutes() == {2: 15, 3: 5}
    model.remove(0)
    assert model.as_minutes() == {2: 15}


def test_a_filtered_list_read_again_comes_with_its_keys(qtbot: QtBot, demo: Launcher) -> None:
    controller, window = open_directory(demo)
    qtbot.waitUntil(lambda: not window.person_model.search_keys_pending())
    window.persons.filter_box.setText("arisoy")
    with qtbot.waitSignal(controller.entries_loaded):
        controller.read_entries()
    assert not window.person_model.search_keys_pending()  # no folding on the GUI thread
    assert [window.person_model.record(row).name for row in range(1)] == ["Ömer Arısoy"]


def test_a_list_behind_a_tab_clicked_open_is_fitted_to_its_contents(
    qtbot: QtBot, demo: Launcher
) -> None:
    """The click that opens the tab is not a drag of the list's column borders."""
    controller, window = open_directory(demo)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not controller.loading())
    bar = window.tabs.tabBar()
    people = window.tabs.indexOf(window.persons.parentWidget())
    people = people if people >= 0 else 2
    QTest.mousePress(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(people).center())
    QTest.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(people).center())
    assert window.persons.isVisible()
    layout = window.persons.header_layout
    assert not layout.customized
    header = window.persons.table.horizontalHeader()
    widths = {header.sectionSize(section) for section in range(header.count() - 1)}
    assert widths != {header.defaultSectionSize()}  # measured, not left as they came
    # A drag on the header's column borders makes the widths the user's own.
    border = QPoint(header.sectionViewportPosition(0) + header.sectionSize(0) - 1, 5)
    QTest.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=border)
    header.resizeSection(0, header.sectionSize(0) + 40)  # what the drag does
    QTest.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=border)
    assert layout.customized


def test_a_search_that_finds_no_twin_says_so_once(qtbot: QtBot, demo: Launcher) -> None:
    controller, window = open_directory(demo)
    qtbot.waitUntil(lambda: not controller.loading())
    entries = controller.entries
    assert entries is not None
    window.tabs.setCurrentIndex(3)
    window.find_duplicates_action.trigger()
    qtbot.waitUntil(lambda: not entries.searching())
    assert window.duplicate_model.total_count() == 0  # the demo keeps no twins
    assert window.duplicate_placeholder.sentence() == "No possible duplicates found."
    assert window.duplicates_label.text() == window.duplicates_hint  # not the same again
