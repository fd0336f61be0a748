"""Directory ▸ Remove venue: an unused venue goes and comes back on undo; a used one stays."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from coordinator.services.directory_service import DirectoryService
from coordinator.services.records import VenueInput
from coordinator.ui.app import Launcher
from coordinator.ui.directory_controller import DirectoryController
from coordinator.ui.directory_window import DirectoryWindow
from tests.ui.conftest import launch, prompts_of, workspace_of


@pytest.fixture
def demo(qtbot: QtBot, demo_path: Path, settings: QSettings) -> Iterator[Launcher]:
    launcher = launch(qtbot, str(demo_path), settings)
    yield launcher
    workspace_of(launcher).close()


def _directory(launcher: Launcher) -> DirectoryService:
    database = workspace_of(launcher).databases.database
    assert database is not None
    return DirectoryService(database)


def _open(launcher: Launcher) -> tuple[DirectoryController, DirectoryWindow]:
    controller = workspace_of(launcher).directory
    launcher.window.main_actions.directory.trigger()
    assert controller.window is not None
    return controller, controller.window


def _select(window: DirectoryWindow, name: str) -> None:
    row = window.venue_model.row_of(lambda record: record.name == name)
    assert row is not None
    window.venues.select_row(row)


def test_an_unused_venue_is_removed_and_undo_brings_it_back(demo: Launcher) -> None:
    added = _directory(demo).add_venue(VenueInput("Spice Bazaar", city="Istanbul"))
    controller, window = _open(demo)
    controller.load()
    _select(window, "Spice Bazaar")
    assert window.remove_venue_action.isEnabled()
    window.remove_venue_action.trigger()
    assert _directory(demo).venues("spice") == []
    assert window.venue_model.row_of(lambda record: record.name == "Spice Bazaar") is None
    demo.undo_stack.undo()
    assert _directory(demo).venues("spice") == [added]
    demo.undo_stack.redo()
    assert _directory(demo).venues("spice") == []


def test_a_venue_in_use_stays_and_the_window_says_why(demo: Launcher) -> None:
    _controller, window = _open(demo)
    cafe = _directory(demo).venues("tebessum")[0]
    _select(window, cafe.name)
    window.remove_venue_action.trigger()
    assert _directory(demo).venues("tebessum") == [cafe]
    _title, message = prompts_of(demo).errors[-1]
    assert cafe.name in message
    assert "activit" in message
    assert demo.undo_stack.count() == 0
