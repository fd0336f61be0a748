"""Backups in a folder the user chose (Tools ▸ Settings…) instead of the one beside the file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from coordinator.services.programs import ProgramService
from coordinator.services.records import ProgramInput
from coordinator.store import open_database
from coordinator.store.backup_files import find_backup
from coordinator.store.backups import (
    back_up,
    back_up_daily,
    backups_folder,
    latest_good_backup,
    list_backups,
    restore_backup,
)

FROZEN = Path(__file__).parent / "frozen"


def _program(code: str) -> ProgramInput:
    return ProgramInput(
        code=code, title="A visit", first_day=dt.date(2026, 5, 4), last_day=dt.date(2026, 5, 5)
    )


def test_every_backup_of_an_open_database_goes_to_its_folder(tmp_path: Path) -> None:
    path, chosen = tmp_path / "office" / "coordinator.sqlite", tmp_path / "disk" / "backups"
    database = open_database(path, backups_folder=chosen)
    try:
        assert backups_folder(path, chosen) == chosen
        assert backups_folder(path) == path.parent / "backups"
        daily = back_up_daily(path, folder=chosen)
        assert daily is not None
        assert daily.file.parent == chosen
        imported = back_up(database, "import")
        assert imported is not None
        assert imported.file.parent == chosen
    finally:
        database.close()
    assert not (path.parent / "backups").exists()
    assert list_backups(path) == []  # the folder beside the file has none
    assert {backup.reason for backup in list_backups(path, chosen)} == {"import", "daily"}
    assert latest_good_backup(path, chosen) in (daily, imported)
    assert find_backup(path, imported.file.name, chosen) == imported
    assert back_up_daily(path, folder=chosen) is None  # one a day, counted in that folder


def test_a_restore_keeps_the_state_it_replaces_beside_the_backup(tmp_path: Path) -> None:
    path, chosen = tmp_path / "coordinator.sqlite", tmp_path / "elsewhere"
    database = open_database(path, backups_folder=chosen)
    ProgramService(database).create(_program("BEFORE-2026"))
    backup = back_up(database, "manual")
    ProgramService(database).create(_program("AFTER-2026"))
    database.close()
    assert backup is not None
    previous = restore_backup(path, backup)
    assert previous is not None
    assert previous.file.parent == chosen
    database = open_database(path, backups_folder=chosen)
    try:
        codes = [program.code for program in ProgramService(database).list_programs()]
    finally:
        database.close()
    assert codes == ["BEFORE-2026"]
    assert not (tmp_path / "backups").exists()


def test_an_upgrade_is_backed_up_to_the_chosen_folder(tmp_path: Path) -> None:
    path, chosen = tmp_path / "old.sqlite", tmp_path / "chosen"
    connection = sqlite3.connect(path)
    connection.executescript((FROZEN / "schema_0001.sql").read_text(encoding="utf-8"))
    connection.close()
    database = open_database(path, backups_folder=chosen)
    assert database.backups_folder == chosen
    database.close()
    (backup,) = list_backups(path, chosen)
    assert (backup.reason, backup.ok) == ("migration", True)
    assert list_backups(path) == []
