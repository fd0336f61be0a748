"""The database layer loads off the GUI thread; the file opened there is the one used."""

from __future__ import annotations

import dataclasses
import gc
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from coordinator.services.programs import ProgramService
from coordinator.services.records import ParticipantRecord, ProgramRecord
from coordinator.services.roster import RosterService
from coordinator.store import open_database
from coordinator.ui import workspace_loader
from coordinator.ui.app import Launcher
from coordinator.ui.program_list_model import ProgramListModel
from coordinator.ui.workspace_loader import load_database_layer, taken_if_same
from tests.ui.conftest import FakePrompts, workspace_of


def _never(_done: int, _total: int) -> bool:
    return True


def _started(qtbot: QtBot, database: Path, settings: QSettings) -> Launcher:
    """Start the window on ``database`` and wait until its workspace is ready."""
    launcher = Launcher(str(database), settings, FakePrompts)
    qtbot.addWidget(launcher.window)
    with qtbot.waitSignal(launcher.workspace_ready, timeout=20_000):
        launcher.start()
    return launcher


def test_the_worker_opens_a_database_file_and_refuses_anything_else(
    demo_path: Path, tmp_path: Path
) -> None:
    loaded = load_database_layer(demo_path, "TURKISTAN-2021", None, _never)
    assert loaded.database is not None
    assert loaded.database.path == demo_path
    assert [p.code for p in ProgramService(loaded.database).list_programs()] == ["TURKISTAN-2021"]
    loaded.database.close()
    garbage = tmp_path / "notes.sqlite"
    garbage.write_bytes(b"not a database at all" * 100)
    assert load_database_layer(garbage, None, None, _never).database is None
    assert load_database_layer(None, None, None, _never).database is None


def test_a_database_opened_ahead_is_taken_only_for_its_own_file_and_folder(
    demo_path: Path, tmp_path: Path
) -> None:
    database = open_database(demo_path)
    assert taken_if_same(database, demo_path, None) is database
    assert taken_if_same(database, tmp_path / "other.sqlite", None) is None
    assert database.engine.pool.checkedout() == 0  # closed, not left open
    another = open_database(demo_path)
    assert taken_if_same(another, demo_path, tmp_path / "backups") is None
    assert taken_if_same(None, demo_path, None) is None


def test_the_launcher_uses_the_database_the_worker_opened(
    qtbot: QtBot, demo_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    real = workspace_loader.load_database_layer

    collecting: list[bool] = []

    def spy(*arguments: object) -> workspace_loader.LoadedLayer:
        collecting.append(gc.isenabled())
        loaded = real(*arguments)  # type: ignore[arg-type]
        opened.append(loaded.database)
        return loaded

    monkeypatch.setattr(workspace_loader, "load_database_layer", spy)
    launcher = _started(qtbot, demo_path, settings)
    workspace = workspace_of(launcher)
    assert len(opened) == 1
    assert workspace.databases.database is opened[0]
    assert workspace.programs.program is not None
    assert launcher.window.workspace_view.roster_model.rowCount() == 8
    # The garbage collector waits while the start-up imports, and collects again after.
    assert collecting == [False]
    assert gc.isenabled()
    workspace.close()


def test_the_worker_reads_the_program_list_and_roster_the_window_then_shows(
    qtbot: QtBot, demo_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded = load_database_layer(demo_path, "TURKISTAN-2021", None, _never)
    assert loaded.database is not None
    assert [program.code for program in loaded.programs or []] == ["TURKISTAN-2021"]
    assert loaded.roster is not None
    assert loaded.roster[0] == "TURKISTAN-2021"
    assert len(loaded.roster[1]) == 8
    loaded.database.close()
    # In the window, those reads are not made again on the GUI thread.
    threads: list[threading.Thread] = []
    listing, roster = ProgramService.list_programs, RosterService.list_participants

    def listed(service: ProgramService) -> list[ProgramRecord]:
        threads.append(threading.current_thread())
        return listing(service)

    def read(service: RosterService, code: str) -> list[ParticipantRecord]:
        threads.append(threading.current_thread())
        return roster(service, code)

    monkeypatch.setattr(ProgramService, "list_programs", listed)
    monkeypatch.setattr(RosterService, "list_participants", read)
    launcher = _started(qtbot, demo_path, settings)
    workspace = workspace_of(launcher)
    assert threads
    assert threading.main_thread() not in threads
    assert launcher.window.workspace_view.roster_model.rowCount() == 8
    # A later read asks the database: what the worker read is taken once.
    workspace.programs.reload()
    assert threads[-1] is threading.main_thread()
    workspace.close()


def test_the_worker_lets_the_garbage_collector_run_again_if_it_was_running(
    demo_path: Path,
) -> None:
    assert gc.isenabled()
    loaded = load_database_layer(demo_path, "TURKISTAN-2021", None, _never)
    assert gc.isenabled()
    assert loaded.database is not None
    loaded.database.close()


def test_the_program_list_shows_the_new_programs_after_a_reset(
    qtbot: QtBot, demo_path: Path
) -> None:
    database = open_database(demo_path)
    programs = ProgramService(database).list_programs()
    database.close()
    model = ProgramListModel()
    model.set_programs(programs)
    first = model.index(0, 0).data()
    assert first.startswith(programs[0].title)
    assert model.index(0, 0).data() == first  # the kept text
    renamed = [dataclasses.replace(programs[0], title="Renamed visit")]
    model.set_programs(renamed)
    assert model.index(0, 0).data().startswith("Renamed visit")
