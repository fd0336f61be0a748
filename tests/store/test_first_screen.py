"""The first-screen reader returns what the services return, or ``None``."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from coordinator.services.demo import load_demo
from coordinator.services.first_screen import first_screen
from coordinator.services.programs import ProgramService
from coordinator.services.roster import RosterService
from coordinator.store import Database
from coordinator.store.first_screen import read_first_screen


def test_reads_what_the_services_read(database: Database, database_path: Path) -> None:
    program = load_demo(database)
    programs = ProgramService(database).list_programs()
    screen = first_screen(str(database_path))
    assert screen is not None
    assert screen.programs == programs
    assert screen.roster_code == programs[0].code
    assert screen.roster == RosterService(database).list_participants(programs[0].code)
    assert screen.roster
    chosen = first_screen(str(database_path), program.code)
    assert chosen is not None
    assert chosen.roster_code == program.code
    assert chosen.roster == RosterService(database).list_participants(program.code)


def test_empty_database(database: Database, database_path: Path) -> None:
    screen = first_screen(str(database_path))
    assert screen is not None
    assert screen.programs == []
    assert screen.roster_code is None
    assert screen.roster == []


def test_other_schema_revision(database: Database, database_path: Path) -> None:
    load_demo(database)
    database.close()
    with sqlite3.connect(database_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0002'")
    connection.close()
    assert read_first_screen(str(database_path)) is None


def test_missing_corrupt_or_not_sqlite(tmp_path: Path) -> None:
    assert read_first_screen(str(tmp_path / "missing.sqlite")) is None
    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"not a database at all" * 100)
    assert read_first_screen(str(corrupt)) is None
    assert read_first_screen("postgresql://user@localhost/coordinator") is None
    assert read_first_screen(f"sqlite:///{corrupt}") is None
    assert read_first_screen(None) is None


def test_imports_no_sqlalchemy() -> None:
    code = (
        "import sys, coordinator.store.first_screen, coordinator.services.first_screen\n"
        "sys.exit('sqlalchemy' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
