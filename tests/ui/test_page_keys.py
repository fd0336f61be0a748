"""Ctrl+F to the filter of the list in front, F2 to edit the selected row, Delete to remove it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coordinator.ui.app import Launcher
from tests.ui.conftest import NAMES, launch, workspace_of
from tests.ui.import_support import shown_names
from tests.ui.planning import open_itinerary, settle_logistics


def _show(launcher: Launcher, qtbot: QtBot) -> None:
    launcher.window.show()
    qtbot.waitExposed(launcher.window)
    launcher.window.activateWindow()


def test_ctrl_f_puts_the_cursor_in_the_filter_of_the_list_in_front(
    planned: Launcher, qtbot: QtBot
) -> None:
    _show(planned, qtbot)
    program = planned.window.workspace_view.program_view
    program.roster_view.table.setFocus()
    find = planned.window.page_keys.find
    assert find.shortcut().toString() == "Ctrl+F"
    assert find in planned.window.menuBar().actions()[1].menu().actions()
    find.trigger()
    assert QApplication.focusWidget() is program.roster_view.filter_box
    _controller, page = open_itinerary(planned, qtbot)
    page.bottom.setCurrentWidget(page.conflicts)
    find.trigger()
    assert page.bottom.currentWidget() is page.table
    assert QApplication.focusWidget() is page.table.filter_box
    # The Ankara program has no logistics yet: the pages say so, with no list to filter.
    program.tabs.setCurrentWidget(program.logistics_page)
    settle_logistics(planned, qtbot)
    before = QApplication.focusWidget()
    find.trigger()
    assert QApplication.focusWidget() is before


def test_f2_edits_and_delete_removes_the_selected_participant(
    launcher: Launcher, qtbot: QtBot
) -> None:
    _show(launcher, qtbot)
    view = launcher.window.workspace_view.program_view.roster_view
    view.select_row(0)
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_F2)
    roster = workspace_of(launcher).roster
    dialog = roster.dialog
    assert dialog is not None
    assert dialog.isVisible()
    dialog.reject()
    QTest.keyClick(view.table, Qt.Key.Key_Delete)
    assert shown_names(launcher) == list(NAMES[1:])
    launcher.undo_stack.undo()
    assert shown_names(launcher) == list(NAMES)
    # Delete in the filter box deletes text, not a participant.
    view.filter_box.setText("ab")
    view.filter_box.setFocus()
    view.filter_box.setCursorPosition(0)
    QTest.keyClick(view.filter_box, Qt.Key.Key_Delete)
    assert view.filter_box.text() == "b"
    view.filter_box.clear()
    assert shown_names(launcher) == list(NAMES)


def test_no_two_window_wide_actions_share_a_key(planned: Launcher, qtbot: QtBot) -> None:
    """Qt runs neither action of an ambiguous key: each key belongs to one action.

    The keys that work in every window (undo, redo, find everywhere, quit)
    must not be the Directory window's own either.
    """
    from PySide6.QtGui import QAction

    _show(planned, qtbot)
    open_itinerary(planned, qtbot)  # its page's actions too
    planned.window.main_actions.directory.trigger()  # and the Directory window's
    directory = workspace_of(planned).directory.window
    assert directory is not None
    window_wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)

    def keys_of(window: QWidget, contexts: tuple[Qt.ShortcutContext, ...]) -> dict[str, set[str]]:
        owners: dict[str, set[str]] = {}
        for action in window.findChildren(QAction):
            if action.shortcutContext() in contexts:
                for key in action.shortcuts():
                    owners.setdefault(key.toString(), set()).add(action.text())
        return owners

    main = keys_of(planned.window, window_wide)
    assert {"Ctrl+Q", "Ctrl+Z", "Ctrl+K", "Ctrl+F"} <= main.keys()
    assert {key: names for key, names in main.items() if len(names) > 1} == {}
    everywhere = keys_of(planned.window, (Qt.ShortcutContext.ApplicationShortcut,))
    assert {"Ctrl+Q", "Ctrl+Z", "Ctrl+K"} <= everywhere.keys()
    own = keys_of(directory, window_wide)
    assert "Ctrl+Shift+N" in own
    assert everywhere.keys() & own.keys() == set()


def test_ctrl_k_and_ctrl_z_work_in_the_directory_window(
    qtbot: QtBot, demo_path: Path, settings: QSettings
) -> None:
    launcher = launch(qtbot, str(demo_path), settings)  # the demo: eleven venues
    _show(launcher, qtbot)
    launcher.window.main_actions.directory.trigger()
    controller = workspace_of(launcher).directory
    directory = controller.window
    assert directory is not None
    directory.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is directory)  # not the main window
    directory.venues.table.setFocus()
    first, second = directory.venue_model.records()[:2]
    controller.set_travel_time(first, second.id, 25)  # an edit made in the Directory
    assert controller.context is not None
    travel = controller.context.directory.travel_times
    assert [item.minutes for item in travel(first.id)] == [25]
    QTest.keyClick(directory, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert travel(first.id) == []  # undone from the Directory window
    search = workspace_of(launcher).search
    QTest.keyClick(directory, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: search.dialog is not None and search.dialog.isVisible())
    workspace_of(launcher).close()
