"""Opening, creating and failing to open databases; the demo; recent files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coordinator.services.demo import DEMO_PROGRAM_CODE
from coordinator.ui.app import Launcher
from coordinator.ui.recent_files import RecentFiles
from tests.ui.conftest import PROGRAM_CODE, FakePrompts, launch, prompts_of, workspace_of
from tests.ui.planning import open_guides, open_itinerary


def test_empty_database_offers_the_demo_and_loading_it_shows_the_roster(
    qtbot: QtBot, database_path: Path, settings: QSettings
) -> None:
    launcher = launch(qtbot, str(database_path), settings)
    window = launcher.window
    assert not window.workspace_shown()
    empty = window.empty_state
    assert not empty.demo_button.isHidden()
    assert not empty.new_program_button.isHidden()
    assert empty.open_button.isHidden()
    qtbot.mouseClick(empty.demo_button, Qt.MouseButton.LeftButton)
    assert window.workspace_shown()
    assert window.workspace_view.program_list_model.program(0).code == DEMO_PROGRAM_CODE
    assert window.workspace_view.roster_model.rowCount() == 8
    view = window.workspace_view
    assert view.itinerary_model.rowCount() == 0  # read when its tab is first shown
    open_itinerary(launcher, qtbot)
    assert view.itinerary_model.rowCount() > 0
    first_day = view.itinerary_model.data(view.itinerary_model.index(0, 0))
    assert first_day.startswith("2")  # e.g. 25.08.2021 Wed
    assert first_day[:10].count(".") == 2
    open_guides(launcher, qtbot)
    assert view.guides_model.rowCount() > 0
    assert view.program_view.tabs.tabText(2).endswith(f"({view.guides_model.rowCount()})")
    workspace_of(launcher).close()


def test_demo_database_shows_the_turkistan_delegation(
    qtbot: QtBot, demo_path: Path, settings: QSettings
) -> None:
    launcher = launch(qtbot, str(demo_path), settings)
    window = launcher.window
    assert window.workspace_view.program_view.title_label.text().startswith("Turkistan")
    organizations = {record.organization for record in window.workspace_view.roster_model.records()}
    assert any("Turkistan" in name for name in organizations)
    workspace_of(launcher).close()


def test_file_open_switches_to_another_database(
    launcher: Launcher, tmp_path: Path, demo_path: Path
) -> None:
    prompts_of(launcher).open_answers.append(str(demo_path))
    launcher.window.main_actions.open_database.trigger()
    window = launcher.window
    assert window.workspace_view.program_list_model.program(0).code == DEMO_PROGRAM_CODE
    assert window.database_label.text() == "demo.sqlite"
    assert not launcher.undo_stack.canUndo()


def test_recent_files_remember_and_reopen(
    launcher: Launcher, settings: QSettings, filled_path: Path, demo_path: Path
) -> None:
    prompts_of(launcher).open_answers.append(str(demo_path))
    launcher.window.main_actions.open_database.trigger()
    recent = RecentFiles(settings)
    assert recent.entries() == [str(demo_path.resolve()), str(filled_path.resolve())]
    menu_texts = [action.text() for action in launcher.window.recent_menu.actions()]
    assert any(str(filled_path.resolve()) in text for text in menu_texts)
    workspace_of(launcher).databases.open_recent(str(filled_path.resolve()))
    assert launcher.window.workspace_view.program_list_model.program(0).code == PROGRAM_CODE
    assert RecentFiles(settings).last() == str(filled_path.resolve())


def test_a_missing_recent_file_is_forgotten(launcher: Launcher, settings: QSettings) -> None:
    gone = "/nonexistent/folder/gone.sqlite"
    RecentFiles(settings).add(gone)
    workspace_of(launcher).databases.open_recent(gone)
    assert gone not in RecentFiles(settings).entries()
    assert prompts_of(launcher).errors


def test_a_file_that_is_not_a_database_is_refused_and_another_can_be_chosen(
    qtbot: QtBot, tmp_path: Path, filled_path: Path, settings: QSettings
) -> None:
    broken = tmp_path / "notes.sqlite"
    broken.write_text("These are meeting notes, not a database.\n" * 50)
    launcher = Launcher(str(broken), settings, _choose_then(filled_path))
    qtbot.addWidget(launcher.window)
    with qtbot.waitSignal(launcher.workspace_ready, timeout=10_000):
        launcher.start()
    prompts = prompts_of(launcher)
    assert prompts.failures
    assert "notes.sqlite" in prompts.failures[0]
    assert launcher.window.workspace_view.program_list_model.program(0).code == PROGRAM_CODE
    workspace_of(launcher).close()


def _choose_then(path: Path) -> Callable[[QWidget], FakePrompts]:
    def make(parent: QWidget) -> FakePrompts:
        prompts = FakePrompts(parent)
        prompts.choose_another = True
        prompts.open_answers.append(str(path))
        return prompts

    return make


def test_giving_up_on_a_broken_file_shows_how_to_go_on(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"\x00garbage" * 100)
    launcher = launch(qtbot, str(broken), settings)
    window = launcher.window
    assert not window.workspace_shown()
    assert not window.empty_state.open_button.isHidden()
    assert not window.empty_state.new_database_button.isHidden()
    assert "broken.sqlite" in window.empty_state.message.text()
    assert not window.main_actions.new_program.isEnabled()


def test_new_database_creates_an_empty_file(launcher: Launcher, tmp_path: Path) -> None:
    target = tmp_path / "office" / "fresh"
    prompts_of(launcher).new_answers.append(f"{target}.sqlite")
    launcher.window.main_actions.new_database.trigger()
    assert Path(f"{target}.sqlite").exists()
    assert not launcher.window.workspace_shown()
    assert "fresh.sqlite" in launcher.window.empty_state.message.text()


def test_new_database_refuses_to_overwrite(launcher: Launcher, filled_path: Path) -> None:
    prompts_of(launcher).new_answers.append(str(filled_path))
    launcher.window.main_actions.new_database.trigger()
    assert prompts_of(launcher).errors
