"""A database in a synced folder is opened only after a warning, or moved to a safe folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from coordinator.services.roster import RosterService
from coordinator.ui.app import Launcher
from tests.ui.conftest import PROGRAM_CODE, prompts_of, workspace_of


def _in_onedrive(filled_path: Path, tmp_path: Path) -> Path:
    synced = tmp_path / "OneDrive - TDBB" / "Heyetler" / "office.sqlite"
    synced.parent.mkdir(parents=True)
    shutil.copy(filled_path, synced)
    return synced


def test_a_database_in_a_synced_folder_is_kept_there_when_the_user_says_so(
    launcher: Launcher, filled_path: Path, tmp_path: Path
) -> None:
    synced = _in_onedrive(filled_path, tmp_path)
    databases = workspace_of(launcher).databases
    assert databases.open(str(synced))
    assert prompts_of(launcher).warnings == [("office.sqlite", "synced", "OneDrive")]
    assert databases.database is not None
    assert databases.database.path == synced


def test_a_database_in_a_synced_folder_is_moved_to_a_safe_folder(
    launcher: Launcher, filled_path: Path, tmp_path: Path
) -> None:
    synced = _in_onedrive(filled_path, tmp_path)
    safe = tmp_path / "Documents" / "office.sqlite"
    safe.parent.mkdir()
    prompts = prompts_of(launcher)
    prompts.unsafe_place_answers.append("move")
    prompts.new_answers.append(str(safe))
    databases = workspace_of(launcher).databases
    assert databases.open(str(synced))
    assert databases.database is not None
    assert databases.database.path == safe
    assert synced.exists()  # the original stays where it was
    names = [p.name for p in RosterService(databases.database).list_participants(PROGRAM_CODE)]
    assert names


def test_cancel_keeps_the_database_that_was_open(
    launcher: Launcher, filled_path: Path, tmp_path: Path
) -> None:
    synced = _in_onedrive(filled_path, tmp_path)
    prompts_of(launcher).unsafe_place_answers.append("cancel")
    databases = workspace_of(launcher).databases
    databases.open(str(synced))
    assert databases.database is not None
    assert databases.database.path == filled_path
