"""Every empty table says what to do next, and a filter that hides every row says so."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from coordinator.services.programs import ProgramService
from coordinator.services.records import ProgramInput
from coordinator.ui.app import Launcher
from coordinator.ui.placeholder import EmptyPlaceholder
from tests.ui.conftest import workspace_of
from tests.ui.planning import database_of

ITINERARY_TAB, GUIDES_TAB = 1, 2


def test_a_list_shows_the_sentence_only_while_it_is_empty(qtbot: QtBot) -> None:
    model = QStringListModel()
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    placeholder = EmptyPlaceholder(view, "Nothing here yet. Add one above.")
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    assert placeholder.text() == "Nothing here yet. Add one above."
    assert placeholder.label.isVisible()
    assert placeholder.label.geometry() == view.viewport().geometry()
    model.setStringList(["İsmail Arısoy"])
    assert placeholder.text() == ""
    assert not placeholder.label.isVisible()
    model.removeRows(0, 1)
    assert placeholder.label.isVisible()
    view.resize(500, 200)
    assert placeholder.label.geometry() == view.viewport().geometry()
    placeholder.set_text("Still nothing.")
    assert placeholder.text() == "Still nothing."


def test_the_roster_says_how_to_fill_it_and_when_the_filter_hides_everyone(
    launcher: Launcher, qtbot: QtBot
) -> None:
    program_view = launcher.window.workspace_view.program_view
    roster = program_view.roster_placeholder
    assert roster.text() == ""  # five participants
    program_view.roster_view.filter_box.setText("nobody by this name")
    assert roster.text().startswith("Nothing matches the filter")
    program_view.roster_view.filter_box.clear()
    assert roster.text() == ""
    ProgramService(database_of(launcher)).create(
        ProgramInput(
            code="EMPTY-2026",
            title="A visit without a roster yet",
            first_day=dt.date(2026, 6, 1),
            last_day=dt.date(2026, 6, 2),
        )
    )
    workspace_of(launcher).programs.reload(select_code="EMPTY-2026")
    assert roster.text().startswith("No participants yet.")
    assert "File ▸ Import roster…" in roster.text()
    assert "Roster ▸ Add participant…" in roster.text()
    assert roster.label.isVisible()


def test_the_itinerary_guides_and_conflicts_say_what_to_do(launcher: Launcher) -> None:
    view = launcher.window.workspace_view
    program_view = view.program_view
    program_view.tabs.setCurrentIndex(ITINERARY_TAB)
    program_view.itinerary_page.bottom.setCurrentIndex(0)
    assert view.itinerary_model.rowCount() == 0
    assert program_view.itinerary_placeholder.text().startswith("No activities yet.")
    assert program_view.itinerary_placeholder.label.isVisible()
    page = program_view.itinerary_page
    assert page.guide_list_placeholder.text() == "No guides yet: add them on the Guides tab."
    page.show_conflicts()
    assert page.conflicts.placeholder.text().startswith("Nothing to resolve.")
    assert page.conflicts.placeholder.label.isVisible()
    program_view.tabs.setCurrentIndex(GUIDES_TAB)
    assert program_view.guides_placeholder.text().startswith("No guides yet.")
    assert program_view.guides_placeholder.label.isVisible()


def test_an_empty_directory_tab_says_how_it_fills(launcher: Launcher, qtbot: QtBot) -> None:
    launcher.window.main_actions.directory.trigger()
    window = workspace_of(launcher).directory.window
    assert window is not None
    qtbot.waitUntil(lambda: window.person_model.rowCount() > 0)  # read in the background
    assert window.venue_placeholder.text().startswith("No venues yet.")
    assert window.duplicate_placeholder.text().startswith("Press Find possible duplicates")
    assert window.person_placeholder.text() == ""  # the roster's five people
    assert window.organization_placeholder.text() == ""
    window.close()
