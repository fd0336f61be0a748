"""A full disk during an import, an export or a backup: nothing partial, the data intact.

- The database fills up (SQLite's ``max_page_count`` set low on the
  connection) in the middle of an import: the import is refused, the roster
  and the directory are as before, the file passes ``integrity_check``, and
  the command line calls the error "The disk is full: nothing was written".
  With room again, the same import goes through.
- An export or a backup cut short: a child whose files may not grow past a
  few kilobytes (``RLIMIT_FSIZE``, as on a full disk; SIGXFSZ ignored, so the
  write fails with EFBIG) writes a workbook, a document's bytes and a roster
  over older files, then backs the database up: each is refused, the older
  file is untouched, no ``.part`` file remains, no half backup either, and
  the database passes its check.
- Where the system lets a test mount a tiny file system of its own (a tmpfs
  in a private mount namespace, with ``unshare``), the import, the export and
  the backup again on a disk that is really full (ENOSPC). The test is
  skipped elsewhere.

The services turn each of these into a refusal the window and the command
line show as such (see :mod:`coordinator.services.disk_errors`): SQLite's
"database or disk is full", the system's ENOSPC, and lxml's
``SerialisationError`` (openpyxl writes sheets with lxml, whose write errors
are not ``OSError``).
"""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from coordinator.cli.failures import disk_full, refusal_of
from coordinator.services.errors import ServiceError
from coordinator.services.programs import ProgramService
from coordinator.services.roster import RosterService
from coordinator.services.roster_import import RosterImportService
from coordinator.store import Database, open_database
from tests.conftest import REPOSITORY
from tests.crash.harness import REPLY_SECONDS, Zygote, connected, integrity, parts
from tests.crash.workloads import program_code, program_input, write_batch

CODE = program_code(1)


@contextlib.contextmanager
def _page_limit(database: Database, extra_pages: int) -> Iterator[None]:
    """Let every new connection grow the file by ``extra_pages`` pages at most."""
    with database.engine.connect() as connection:
        pages = int(connection.exec_driver_sql("PRAGMA page_count").scalar_one())

    def limit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + extra_pages}")

    event.listen(database.engine, "connect", limit)
    database.engine.dispose()
    try:
        yield
    finally:
        event.remove(database.engine, "connect", limit)
        database.engine.dispose()


def _persons(path: Path) -> int:
    with connected(path) as connection:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])


def test_an_import_that_fills_the_database_writes_nothing(
    database: Database, database_path: Path, tmp_path: Path
) -> None:
    ProgramService(database).create(program_input(CODE))
    importer, roster = RosterImportService(database), RosterService(database)
    small = write_batch(tmp_path / "small.xlsx", 1, 5)
    importer.apply(importer.plan(CODE, importer.read(small)))
    before, persons = roster.list_participants(CODE), _persons(database_path)
    plan = importer.plan(CODE, importer.read(write_batch(tmp_path / "large.xlsx", 2, 1000)))
    # The service says so itself; the command line passes its sentence on.
    full = "The disk is full: nothing was imported"
    with _page_limit(database, extra_pages=4), pytest.raises(ServiceError, match=full) as raised:
        importer.apply(plan)
    assert disk_full(raised.value)
    refusal = refusal_of(raised.value)
    assert refusal is not None
    assert str(refusal) == full
    assert roster.list_participants(CODE) == before
    assert _persons(database_path) == persons
    assert integrity(database_path) == ["ok"]
    importer.apply(plan)  # with room again, the same plan goes through
    assert len(roster.list_participants(CODE)) == 1005


def test_an_import_that_fills_the_database_is_a_clear_refusal(
    database: Database, tmp_path: Path
) -> None:
    ProgramService(database).create(program_input(CODE))
    importer = RosterImportService(database)
    plan = importer.plan(CODE, importer.read(write_batch(tmp_path / "large.xlsx", 2, 1000)))
    with _page_limit(database, extra_pages=4), pytest.raises(ServiceError):
        importer.apply(plan)


@dataclass(frozen=True)
class CutShort:
    """What a child with a file size limit found: the refusals, and the files before."""

    folder: Path
    refusals: dict[str, list[str]]
    older: dict[str, Path]
    contents: dict[str, bytes]


@pytest.fixture(scope="module")
def cut_short(zygote: Zygote, tmp_path_factory: pytest.TempPathFactory) -> CutShort:
    """Run the exports of a child whose files may not grow past 64 KiB, once."""
    folder = tmp_path_factory.mktemp("cut-short")
    path = folder / "limited.sqlite"
    database = open_database(path)
    try:
        ProgramService(database).create(program_input(CODE))
        importer = RosterImportService(database)
        rows = write_batch(folder / "rows.xlsx", 1, 400)
        importer.apply(importer.plan(CODE, importer.read(rows)))
    finally:
        database.close()
    older = {
        "workbook": write_batch(folder / "sheet.xlsx", 9, 3),
        "bytes": folder / "report.pdf",
        "roster": folder / "roster.xlsx",
    }
    older["bytes"].write_bytes(b"%PDF-1.7 the previous report")
    shutil.copyfile(older["workbook"], older["roster"])
    contents = {name: file.read_bytes() for name, file in older.items()}
    child = zygote.start(
        "limited_writes",
        database=str(path),
        limit=64 * 1024,
        rows=1000,
        program=CODE,
        **{name: str(file) for name, file in older.items()},
    )
    assert child.watch(REPLY_SECONDS, until="done"), child.lines
    child.kill()
    refusals = {
        line.split()[1]: line.split(maxsplit=4)[2:]
        for _, line in child.lines
        if line.startswith("refused ")
    }
    assert sorted(refusals) == sorted([*older, "backup"]), child.lines
    return CutShort(folder, refusals, older, contents)


def test_exports_cut_short_keep_the_older_files(cut_short: CutShort) -> None:
    found = {name: file.read_bytes() for name, file in cut_short.older.items()}
    assert found == cut_short.contents
    assert parts(cut_short.folder) == []
    assert cut_short.refusals["bytes"][:2] == ["EFBIG", "OSError"]


def test_a_backup_cut_short_leaves_nothing_behind(cut_short: CutShort) -> None:
    assert cut_short.refusals["backup"][1] == "BackupError", cut_short.refusals["backup"]
    assert "limited.sqlite cannot be copied" in cut_short.refusals["backup"][2]
    # Only the backup taken before the child's first import (a small file) is there.
    left = sorted(path.name for path in (cut_short.folder / "backups").iterdir())
    assert all(name.endswith(" import.sqlite") for name in left), left
    assert integrity(cut_short.folder / "limited.sqlite") == ["ok"]


def test_a_roster_export_cut_short_is_a_clear_refusal(cut_short: CutShort) -> None:
    assert cut_short.refusals["roster"][1] == "InvalidInputError", cut_short.refusals["roster"]


def _tiny_disk_command(folder: Path, *program: str) -> list[str]:
    mount = 'mount -t tmpfs -o size=8m tmpfs "$1" && shift && exec "$@"'
    unshare = ["unshare", "--user", "--map-root-user", "--mount", "--"]
    return [*unshare, "sh", "-c", mount, "sh", str(folder), *program]


def test_a_really_full_disk_keeps_the_database_and_the_export(tmp_path: Path) -> None:
    folder = tmp_path / "tiny"
    folder.mkdir()
    if sys.platform != "linux" or shutil.which("unshare") is None:
        pytest.skip("needs Linux's unshare to mount a tiny file system")
    probe = subprocess.run(
        _tiny_disk_command(folder, "true"), capture_output=True, text=True, check=False, timeout=30
    )
    if probe.returncode != 0:
        pytest.skip(f"cannot mount a tiny file system here: {probe.stderr.strip()}")
    result = subprocess.run(
        _tiny_disk_command(folder, sys.executable, "-m", "tests.crash.tiny_disk", str(folder)),
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["export"]["message"] == "The disk is full: roster.xlsx was not written", found
    assert found["export intact"] is True
    assert found["export leftovers"] == []
    assert found["backup"]["type"].endswith(".BackupError"), found
    assert found["backup"]["message"].endswith("database or disk is full"), found
    # Only the backup before the first import, taken while there was room.
    assert all(name.endswith(" import.sqlite") for name in found["backups left"]), found
    # The import does not start: the backup it begins with cannot be written.
    assert found["import"]["message"].startswith("The import was not started"), found
    assert found["import"]["disk full"] is True
    assert found["import"]["command line says"] == found["import"]["message"]
    assert found["roster after the failure"] == 200
    assert found["integrity after the failure"] == ["ok"]
    assert found["roster with room again"] == 1200
    assert found["integrity at the end"] == ["ok"]
