"""Coming back to the window shows what another window, a script or a colleague changed."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from coordinator.services.roster import RosterService
from coordinator.store import open_database
from coordinator.ui import workspace as workspace_module
from coordinator.ui.app import Launcher
from tests.ui.conftest import workspace_of


def _rooms(launcher: Launcher) -> dict[str, str]:
    model = workspace_of(launcher).programs._view.roster_model
    return {model.record(row).name: model.record(row).room for row in range(model.rowCount())}


def _change_elsewhere(path: Path, code: str, room: str) -> str:
    database = open_database(path)
    try:
        roster = RosterService(database)
        first = roster.list_participants(code)[0]
        roster.update(first.id, dataclasses.replace(first.as_input(), room=room))
        return first.name
    finally:
        database.close()


def _leave_and_come_back(launcher: Launcher) -> None:
    window = launcher.window
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))


def test_a_change_made_elsewhere_appears_on_return(
    launcher: Launcher, filled_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workspace_module, "REFRESH_AFTER_S", 0.0)
    program = workspace_of(launcher).programs.program
    assert program is not None
    roster_view = workspace_of(launcher).programs._view.program_view.roster_view
    roster_view.select_row(1)
    selected = workspace_of(launcher).programs._view.roster_model.record(1).id
    name = _change_elsewhere(filled_path, program.code, "Suite 12")
    assert _rooms(launcher)[name] != "Suite 12"
    _leave_and_come_back(launcher)
    assert _rooms(launcher)[name] == "Suite 12"
    row = roster_view.current_row()
    assert row is not None
    assert workspace_of(launcher).programs._view.roster_model.record(row).id == selected


def test_a_short_absence_reads_nothing(
    launcher: Launcher, filled_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workspace_module, "REFRESH_AFTER_S", 3600.0)
    program = workspace_of(launcher).programs.program
    assert program is not None
    name = _change_elsewhere(filled_path, program.code, "Suite 12")
    _leave_and_come_back(launcher)
    assert _rooms(launcher)[name] != "Suite 12"
