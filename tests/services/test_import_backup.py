"""Every import begins with a backup of the database; without one it does not start.

The backups are copies of the SQLite file: these tests run on SQLite only (a
server's backups are the server's job).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from coordinator.services.errors import InvalidInputError
from coordinator.services.programs import ProgramService
from coordinator.services.records import ProgramInput
from coordinator.services.roster import RosterService
from coordinator.services.roster_import import RosterImportService
from coordinator.store import Database
from coordinator.store.backup_files import backups_folder, list_backups
from tests.excel.workbooks import write_xlsx

CODE = "KZ-2021"

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def service(database: Database) -> RosterImportService:
    ProgramService(database).create(
        ProgramInput(CODE, "Turkistan Municipality Study Visit", dt.date(2021, 8, 24),
                     dt.date(2021, 8, 29))
    )  # fmt: skip
    return RosterImportService(database)


@pytest.fixture
def roster_file(tmp_path: Path) -> Path:
    rows = [["Adı Soyadı", "Kurumu"], ["Zhandos Tasov", "Turkistan Municipality"]]
    return write_xlsx(tmp_path / "heyet.xlsx", rows)


def test_an_import_is_backed_up_first(
    service: RosterImportService, database_path: Path, roster_file: Path
) -> None:
    service.apply(service.plan(CODE, service.read(roster_file)))
    (backup,) = list_backups(database_path)
    assert (backup.reason, backup.ok) == ("import", True)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_an_import_that_cannot_be_backed_up_is_not_started(
    service: RosterImportService, database: Database, database_path: Path, roster_file: Path
) -> None:
    plan = service.plan(CODE, service.read(roster_file))
    folder = backups_folder(database_path)
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(InvalidInputError, match="The import was not started"):
            service.apply(plan)
    finally:
        folder.chmod(0o700)
    assert RosterService(database).list_participants(CODE) == []


def test_an_import_whose_backup_folder_is_a_file_is_not_started(
    service: RosterImportService, database: Database, database_path: Path, roster_file: Path
) -> None:
    plan = service.plan(CODE, service.read(roster_file))
    backups_folder(database_path).write_text("not a folder", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="The import was not started"):
        service.apply(plan)
    assert RosterService(database).list_participants(CODE) == []
