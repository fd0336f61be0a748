"""Tools ▸ History of the program: the changes read off the GUI thread and shown, filterable."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pytestqt.qtbot import QtBot

from coordinator.services.roster import RosterService
from coordinator.store import open_database
from coordinator.ui.app import Launcher
from tests.ui.conftest import PROGRAM_CODE, workspace_of


def test_the_history_shows_a_change_and_filters_to_the_selected_participant(
    launcher: Launcher, qtbot: QtBot, filled_path: Path
) -> None:
    database = open_database(filled_path)
    try:
        roster = RosterService(database)
        second = roster.list_participants(PROGRAM_CODE)[1]
        roster.update(second.id, dataclasses.replace(second.as_input(), room="214"))
    finally:
        database.close()
    view = launcher.window.workspace_view
    workspace_of(launcher).roster.refresh()
    row = next(r for r in range(view.roster_model.rowCount())
               if view.roster_model.record(r).id == second.id)  # fmt: skip
    view.program_view.roster_view.select_row(row)
    history = workspace_of(launcher).history
    assert history.action.isEnabled()
    history.action.trigger()
    qtbot.waitUntil(lambda: history.dialog is not None, timeout=10_000)
    dialog = history.dialog
    assert dialog is not None
    assert dialog.view.filter_box.text() == second.name
    model = dialog.model
    shown = [model.record(r) for r in range(model.rowCount())]
    assert shown
    assert all(second.name in change.label for change in shown)
    assert ("room", "", "214") in [(c.field, c.old, c.new) for c in shown]
    dialog.view.filter_box.clear()
    assert model.rowCount() >= len(shown)
    dialog.reject()
