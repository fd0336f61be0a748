"""The main window over a real database: programs, the roster, filter and sort."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.ui.app import Launcher
from tests.ui.conftest import NAMES, PROGRAM_CODE, workspace_of


def shown_names(launcher: Launcher) -> list[str]:
    model = launcher.window.workspace_view.roster_model
    return [model.record(row).name for row in range(model.rowCount())]


def test_opening_a_database_lists_its_programs_and_shows_the_roster(launcher: Launcher) -> None:
    window = launcher.window
    assert window.workspace_shown()
    assert window.workspace_view.program_list_model.rowCount() == 1
    assert window.workspace_view.program_list_model.program(0).code == PROGRAM_CODE
    assert window.workspace_view.program_list.currentIndex().row() == 0
    assert shown_names(launcher) == list(NAMES)
    assert (
        window.workspace_view.program_view.title_label.text() == "Ankara Municipality Study Visit"
    )
    details = window.workspace_view.program_view.details_label.text()
    assert "04.05.2026" in details
    assert "Organizer: Union of Turkish World Municipalities" in details
    # Two lines at most; the partners, often a long list, are in the tool tip.
    assert details.count("\n") <= 1
    assert "Çankaya Municipality" in window.workspace_view.program_view.details_label.toolTip()
    assert window.database_label.text() == "coordinator.sqlite"
    assert window.main_actions.add_participant.isEnabled()
    assert not window.main_actions.edit_participant.isEnabled()


def test_filter_box_finds_names_without_turkish_letters(launcher: Launcher, qtbot: QtBot) -> None:
    view = launcher.window.workspace_view.program_view.roster_view
    for typed, expected in [
        ("arisoy", ["İsmail Arısoy"]),
        ("ismail", ["İsmail Arısoy"]),
        ("IŞIK", ["Zeynep Işık"]),
        ("ınce", ["Murat İnce"]),
    ]:
        view.filter_box.clear()
        if typed.isascii():
            qtbot.keyClicks(view.filter_box, typed)
        else:  # QTest types Latin-1 only
            view.filter_box.insert(typed)
        assert shown_names(launcher) == expected, typed
    view.filter_box.clear()
    assert shown_names(launcher) == list(NAMES)


def test_clicking_the_name_header_sorts_in_turkish_order(launcher: Launcher) -> None:
    table = launcher.window.workspace_view.program_view.roster_view.table
    table.horizontalHeader().sectionClicked.emit(0)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown_names(launcher) == [
        "Ayşe Çakır",
        "Cem Yılmaz",
        "İsmail Arısoy",
        "Murat İnce",
        "Zeynep Işık",
    ]


def test_selecting_a_participant_enables_edit_and_remove(launcher: Launcher) -> None:
    window = launcher.window
    window.workspace_view.program_view.roster_view.select_row(1)
    assert window.main_actions.edit_participant.isEnabled()
    assert window.main_actions.remove_participant.isEnabled()


def test_status_bar_counts(launcher: Launcher) -> None:
    workspace = workspace_of(launcher)
    assert workspace.programs.program is not None
    assert workspace.programs.program.participant_count == len(NAMES)
    assert launcher.window.counts_label.text()
