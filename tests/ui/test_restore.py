"""Backups in the window: the daily one, File ▸ Restore from backup…, a damaged file."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coordinator.services.demo import DEMO_PROGRAM_CODE
from coordinator.services.programs import ProgramService
from coordinator.services.records import ProgramInput
from coordinator.store.backup_files import backup_name
from coordinator.store.backups import (
    Backup,
    back_up_daily,
    back_up_file,
    backups_folder,
    list_backups,
)
from coordinator.ui import database_controller
from coordinator.ui.app import Launcher
from coordinator.ui.database_lock import DatabaseLock
from tests.ui.conftest import FakePrompts, launch, prompts_of, workspace_of

NEW_CODE = "ALMATY-2026"


def _settle(launcher: Launcher, qtbot: QtBot) -> None:
    """Wait until the daily backup and any restore are over."""
    databases = workspace_of(launcher).databases
    qtbot.waitUntil(
        lambda: not databases.daily.busy() and not databases.runner.busy(), timeout=20_000
    )


def _codes(launcher: Launcher) -> list[str]:
    model = launcher.window.workspace_view.program_list_model
    return [model.program(row).code for row in range(model.rowCount())]


def _add_program(launcher: Launcher) -> None:
    workspace = workspace_of(launcher)
    assert workspace.databases.database is not None
    ProgramService(workspace.databases.database).create(
        ProgramInput(
            code=NEW_CODE,
            title="Almaty Study Visit",
            first_day=dt.date(2026, 5, 4),
            last_day=dt.date(2026, 5, 8),
        )
    )
    workspace.programs.reload()


def _damage(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[2 * page : 2 * page + 64] = bytes(range(64))
    path.write_bytes(bytes(data))
    return bytes(data)


def test_opening_a_database_takes_its_daily_backup_once_a_day(
    qtbot: QtBot, demo_path: Path, settings: QSettings
) -> None:
    launcher = launch(qtbot, str(demo_path), settings)
    _settle(launcher, qtbot)
    (daily,) = list_backups(demo_path)
    assert (daily.reason, daily.ok) == ("daily", True)
    assert daily.file.name in launcher.window.statusBar().currentMessage()
    assert launcher.window.main_actions.restore_backup.isEnabled()
    workspace_of(launcher).close()
    again = launch(qtbot, str(demo_path), settings)
    _settle(again, qtbot)
    assert list_backups(demo_path) == [daily]
    workspace_of(again).close()


def test_file_restore_lists_the_backups_and_restores_the_chosen_one(
    qtbot: QtBot, demo_path: Path, settings: QSettings
) -> None:
    now = dt.datetime.now(dt.UTC)
    older = back_up_file(demo_path, "manual", now=now - dt.timedelta(days=2))
    failed = backups_folder(demo_path) / backup_name(
        demo_path, now - dt.timedelta(days=1), "import", ok=False
    )
    shutil.copy(older.file, failed)
    launcher = launch(qtbot, str(demo_path), settings)
    _settle(launcher, qtbot)
    _add_program(launcher)
    assert _codes(launcher) == [NEW_CODE, DEMO_PROGRAM_CODE]
    launcher.window.main_actions.restore_backup.trigger()
    databases = workspace_of(launcher).databases
    dialog = databases.restore_dialog
    assert dialog is not None
    assert dialog.isVisible()
    model = dialog.model
    assert [model.backup(row).reason for row in range(model.rowCount())] == [
        "daily",
        "import",
        "manual",
    ]
    assert model.data(model.index(1, 2)) == "Failed its check"
    assert model.data(model.index(2, 1)) == "taken by hand"
    assert not model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert dialog.chosen() == model.backup(0)  # the newest good one
    dialog.table.selectRow(2)
    assert dialog.chosen() == older
    dialog.restore.click()
    assert not launcher.window.main_actions.restore_backup.isEnabled()  # while it runs
    _settle(launcher, qtbot)
    assert prompts_of(launcher).errors == []
    assert _codes(launcher) == [DEMO_PROGRAM_CODE]
    assert not dialog.isVisible()
    assert launcher.window.main_actions.restore_backup.isEnabled()
    assert "Restored the backup" in launcher.window.statusBar().currentMessage()
    previous = next(backup for backup in list_backups(demo_path) if backup.reason == "restore")
    assert previous.ok
    # The window still holds the file: another window is refused.
    assert DatabaseLock(demo_path.resolve()).acquire() is not None
    workspace_of(launcher).close()


def test_a_restore_that_is_not_confirmed_changes_nothing(
    qtbot: QtBot, demo_path: Path, settings: QSettings
) -> None:
    launcher = launch(qtbot, str(demo_path), settings)
    _settle(launcher, qtbot)
    _add_program(launcher)
    prompts_of(launcher).confirm = False
    launcher.window.main_actions.restore_backup.trigger()
    dialog = workspace_of(launcher).databases.restore_dialog
    assert dialog is not None
    dialog.restore.click()
    assert not workspace_of(launcher).databases.runner.busy()
    assert _codes(launcher) == [NEW_CODE, DEMO_PROGRAM_CODE]
    assert [backup.reason for backup in list_backups(demo_path)] == ["daily"]
    dialog.close()
    workspace_of(launcher).close()


def _restoring(answer: bool) -> Callable[[QWidget], FakePrompts]:
    def make(parent: QWidget) -> FakePrompts:
        prompts = FakePrompts(parent)
        prompts.restore_offered = answer
        return prompts

    return make


def _launch_with(
    qtbot: QtBot, path: Path, settings: QSettings, prompts: Callable[[QWidget], FakePrompts]
) -> Launcher:
    launcher = Launcher(str(path), settings, prompts)
    qtbot.addWidget(launcher.window)
    with qtbot.waitSignal(launcher.workspace_ready, timeout=10_000):
        launcher.start()
    return launcher


def test_a_damaged_database_is_offered_its_latest_good_backup(
    qtbot: QtBot, demo_path: Path, settings: QSettings
) -> None:
    backup = back_up_file(demo_path, "daily", now=dt.datetime.now(dt.UTC))
    damaged = _damage(demo_path)
    launcher = _launch_with(qtbot, demo_path, settings, _restoring(answer=True))
    _settle(launcher, qtbot)
    prompts = prompts_of(launcher)
    (offer,) = prompts.offers
    assert "daily backup" in offer
    assert "is damaged" in prompts.failures[0]
    assert prompts.errors == []
    assert _codes(launcher) == [DEMO_PROGRAM_CODE]
    kept = next(b for b in list_backups(demo_path) if b.reason == "restore")
    assert not kept.ok
    assert kept.file.read_bytes() == damaged
    assert backup in list_backups(demo_path)
    workspace_of(launcher).close()


def test_a_declined_offer_keeps_the_file_and_file_restore_still_offers_it(
    qtbot: QtBot, demo_path: Path, settings: QSettings
) -> None:
    back_up_file(demo_path, "daily", now=dt.datetime.now(dt.UTC))
    damaged = _damage(demo_path)
    launcher = _launch_with(qtbot, demo_path, settings, _restoring(answer=False))
    window = launcher.window
    assert not window.workspace_shown()
    assert "is damaged" in window.empty_state.message.text()
    assert demo_path.read_bytes() == damaged
    assert window.main_actions.restore_backup.isEnabled()
    # Another window took the file meanwhile: the restore is refused, naming it.
    held = DatabaseLock(demo_path.resolve())
    assert held.acquire() is None
    try:
        window.main_actions.restore_backup.trigger()
        dialog = workspace_of(launcher).databases.restore_dialog
        assert dialog is not None
        dialog.restore.click()
    finally:
        held.release()
    ((title, message),) = prompts_of(launcher).errors
    assert title == "Restore from backup"
    assert "open in another Delegation Coordinator window" in message
    assert demo_path.read_bytes() == damaged
    # Once it is free, the same choice restores it.
    dialog.restore.click()
    _settle(launcher, qtbot)
    assert _codes(launcher) == [DEMO_PROGRAM_CODE]
    workspace_of(launcher).close()


def test_a_restore_that_fails_opens_the_database_again_as_it_was(
    qtbot: QtBot, demo_path: Path, settings: QSettings
) -> None:
    older = back_up_file(demo_path, "manual", now=dt.datetime.now(dt.UTC) - dt.timedelta(days=2))
    _damage(older.file)  # since it was taken
    launcher = launch(qtbot, str(demo_path), settings)
    _settle(launcher, qtbot)
    _add_program(launcher)
    launcher.window.main_actions.restore_backup.trigger()
    dialog = workspace_of(launcher).databases.restore_dialog
    assert dialog is not None
    dialog.table.selectRow(1)
    assert dialog.chosen() == older
    dialog.restore.click()
    _settle(launcher, qtbot)
    ((title, message),) = prompts_of(launcher).errors
    assert title == "Restore from backup"
    assert "is damaged" in message
    assert _codes(launcher) == [NEW_CODE, DEMO_PROGRAM_CODE]
    assert workspace_of(launcher).databases.database is not None
    assert [backup.ok for backup in list_backups(demo_path) if backup.reason == "manual"] == [False]
    workspace_of(launcher).close()


def test_the_daily_backup_never_covers_what_the_user_just_did(
    qtbot: QtBot, demo_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()

    def slow_backup(path: Path, **options: Any) -> Backup | None:
        release.wait(10)
        return back_up_daily(path, **options)

    monkeypatch.setattr(database_controller, "back_up_daily", slow_backup)
    launcher = launch(qtbot, str(demo_path), settings)
    launcher.window.statusBar().showMessage("Exported the roster")
    release.set()
    _settle(launcher, qtbot)
    (daily,) = list_backups(demo_path)
    assert daily.ok
    assert launcher.window.statusBar().currentMessage() == "Exported the roster"
    workspace_of(launcher).close()
